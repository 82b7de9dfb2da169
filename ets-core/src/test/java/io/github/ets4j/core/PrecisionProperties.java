package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * {@link Precision#round(double)} gives the same {@code BigDecimal}, digit and scale, as rounding
 * {@code new BigDecimal(value)}: on generated doubles of every magnitude and sign, on half-way values (odd multiples
 * of half a unit in the last kept decimal that a double holds exactly) and their neighbours, and on the values the
 * shortcut leaves to the {@code BigDecimal} route.
 */
class PrecisionProperties {
  private static final long SEED = 20_261_202L;

  private static void assertSameAsBigDecimal(double value, int decimals) {
    BigDecimal halfUp = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
    BigDecimal shortcut = Precision.halfUp(value, decimals);
    if (shortcut != null) {
      // equals: the same unscaled value and the same scale.
      assertEquals(halfUp, shortcut, () -> value + " to " + decimals + " decimals");
    }
    if (decimals <= 12) {
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.FLOOR}) {
        Precision precision = Precision.of("test", decimals, mode, Source.of("TEST", "property", Confidence.ASSUMED));
        assertEquals(new BigDecimal(value).setScale(decimals, mode), precision.round(value),
            () -> value + " to " + decimals + " decimals, " + mode);
      }
    }
  }

  @Test
  void anyDoubleRoundsAsItsExactDecimal() {
    qt().withFixedSeed(SEED).withExamples(20_000).forAll(longs().all(), integers().between(0, 20))
        .checkAssert((bits, decimals) -> {
          double value = Double.longBitsToDouble(bits);
          if (Double.isFinite(value)) {
            assertSameAsBigDecimal(value, decimals);
          }
        });
  }

  @Test
  void factorsNearOneRoundAsTheirExactDecimals() {
    qt().withFixedSeed(SEED).withExamples(20_000).forAll(doubles().between(-10, 10), integers().between(0, 18))
        .checkAssert(PrecisionProperties::assertSameAsBigDecimal);
  }

  @Test
  void halfWayValuesRoundUpAndTheirNeighboursDoNot() {
    // (2k + 1) × 5^d / 2^(d + 1) × 10^-d = (2k + 1) / 2^(d + 1): exactly half a unit of the d-th decimal past k units.
    qt().withFixedSeed(SEED).withExamples(20_000).forAll(longs().between(0, 1L << 40), integers().between(0, 12))
        .checkAssert((k, decimals) -> {
          double half = (2 * k + 1) / Math.pow(2, decimals + 1);
          assertSameAsBigDecimal(half, decimals);
          assertSameAsBigDecimal(-half, decimals);
          assertSameAsBigDecimal(Math.nextUp(half), decimals);
          assertSameAsBigDecimal(Math.nextDown(half), decimals);
        });
    assertEquals(new BigDecimal("0.007813"), Precision.of("t", 6, RoundingMode.HALF_UP,
        Source.of("TEST", "property", Confidence.ASSUMED)).round(0.0078125));
  }

  @Test
  void theShortcutLeavesTheEdgesToBigDecimal() {
    assertNull(Precision.halfUp(0.0, 6));
    assertNull(Precision.halfUp(Double.MIN_VALUE, 6));
    assertNull(Precision.halfUp(1e300, 6));
    assertNull(Precision.halfUp(1e-20, 6));
    assertNull(Precision.halfUp(1.5, 19));
    assertNotNull(Precision.halfUp(1.234567, 6));
    assertSameAsBigDecimal(0.0, 6);
    assertSameAsBigDecimal(-0.0, 6);
    assertSameAsBigDecimal(Double.MIN_VALUE, 6);
    assertSameAsBigDecimal(1e300, 6);
    assertSameAsBigDecimal(9.2e12, 6);
  }
}
