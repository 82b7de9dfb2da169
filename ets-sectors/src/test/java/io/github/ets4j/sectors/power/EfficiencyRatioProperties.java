package io.github.ets4j.sectors.power;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The efficiency screen answers "below the limit" only where the rule's comparison (the ratio divided to 34
 * significant digits, then compared) says so: on ordinary figures, and on outputs exactly at the limit and a few
 * units of their last digit beside it, where the doubles' rounding or the 34-digit step could decide the other way.
 */
class EfficiencyRatioProperties {
  private static final long SEED = 20_261_202L;
  // The national limits (VG-POWER-2026 [V]): condensing 0.46, CHP 1.
  private static final BigDecimal CONDENSING = new BigDecimal("0.46");
  private static final BigDecimal CHP = BigDecimal.ONE;

  private static boolean ruleSaysBelow(BigDecimal output, BigDecimal fuelHeat, BigDecimal limit) {
    return output.divide(fuelHeat, MathContext.DECIMAL128).compareTo(limit) < 0;
  }

  @Test
  void ordinaryFiguresAreScreenedOnlyWhenBelow() {
    AtomicInteger screened = new AtomicInteger();
    AtomicInteger left = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(longs().between(1, 999_999_999_999L), integers().between(0, 6),
            longs().between(1, 999_999_999_999L), integers().between(0, 6))
        .checkAssert((o, oScale, h, hScale) -> {
          BigDecimal output = BigDecimal.valueOf(o, oScale);
          BigDecimal heat = BigDecimal.valueOf(h, hScale);
          for (BigDecimal limit : new BigDecimal[] {CONDENSING, CHP}) {
            if (EfficiencyRatio.surelyBelow(output, heat, limit)) {
              screened.incrementAndGet();
              assertTrue(ruleSaysBelow(output, heat, limit), output + " / " + heat + " against " + limit);
            } else {
              left.incrementAndGet();
            }
          }
        });
    assertTrue(screened.get() > 5_000, "the screen decided only " + screened.get() + " cases");
    assertTrue(left.get() > 5_000, "the division decided only " + left.get() + " cases");
  }

  @Test
  void outputsAtAndBesideTheLimitAreLeftToTheDivisionUnlessBelow() {
    AtomicInteger screened = new AtomicInteger();
    AtomicInteger atOrAbove = new AtomicInteger();
    // output = limit × heat + delta units of its last decimal: the ratio is the limit or within 10^-12 of it.
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(longs().between(1, 999_999_999_999L), integers().between(0, 6), integers().between(-3, 3),
            integers().between(0, 1))
        .checkAssert((h, hScale, delta, chp) -> {
          BigDecimal limit = chp == 1 ? CHP : CONDENSING;
          BigDecimal heat = BigDecimal.valueOf(h, hScale);
          BigDecimal exact = limit.multiply(heat);
          BigDecimal output = exact.add(BigDecimal.valueOf(delta, exact.scale()));
          if (output.signum() <= 0) {
            return;
          }
          boolean below = ruleSaysBelow(output, heat, limit);
          if (!below) {
            atOrAbove.incrementAndGet();
          }
          if (EfficiencyRatio.surelyBelow(output, heat, limit)) {
            screened.incrementAndGet();
            assertTrue(below, output + " / " + heat + " against " + limit);
          }
        });
    assertTrue(atOrAbove.get() > 5_000, "only " + atOrAbove.get() + " cases at or above the limit");
    assertTrue(screened.get() < 100, "the screen decided " + screened.get() + " cases within 10^-12 of the limit");
  }

  @Test
  void aRatioThatTheDivisionRoundsUpToTheLimitIsLeftToIt() {
    // 0.46 − 10^-36: the 34-digit quotient is 0.46 exactly, which the rule finds not below the limit.
    BigDecimal output = CONDENSING.subtract(BigDecimal.ONE.movePointLeft(36));
    assertFalse(ruleSaysBelow(output, BigDecimal.ONE, CONDENSING));
    assertFalse(EfficiencyRatio.surelyBelow(output, BigDecimal.ONE, CONDENSING));
  }

  @Test
  void valuesOutsideTheDoublesNormalRangeAreLeftToTheDivision() {
    BigDecimal tiny = BigDecimal.ONE.movePointLeft(400);
    BigDecimal huge = BigDecimal.ONE.movePointRight(400);
    assertFalse(EfficiencyRatio.surelyBelow(tiny, BigDecimal.TEN, CONDENSING));
    assertFalse(EfficiencyRatio.surelyBelow(BigDecimal.ONE, huge, CONDENSING));
    assertFalse(EfficiencyRatio.surelyBelow(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO));
    assertFalse(EfficiencyRatio.surelyBelow(BigDecimal.ZERO, BigDecimal.TEN, CONDENSING));
    // A quotient that underflows: 10^-200 / 10^200.
    assertFalse(EfficiencyRatio.surelyBelow(BigDecimal.ONE.movePointLeft(200), BigDecimal.ONE.movePointRight(200),
        CONDENSING));
    assertTrue(EfficiencyRatio.surelyBelow(BigDecimal.ONE, BigDecimal.TEN, CONDENSING));
  }
}
