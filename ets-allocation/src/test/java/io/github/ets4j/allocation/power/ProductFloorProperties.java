package io.github.ets4j.allocation.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.allocation.AllocationUnits;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link ProductFloor} gives the digits and scale of the decimal route, {@code WHOLE_TONNES_FLOOR.round(a × b × c)}:
 * on generated outputs, benchmarks and factors (fixed seed), on products that are whole tonnes exactly or 1e-12 t
 * beside one (where the doubles cannot decide and the decimals must), and on figures beyond the doubles' range.
 */
class ProductFloorProperties {
  private static final long SEED = 20_261_204L;

  private static BigDecimal decimal(BigDecimal a, BigDecimal b, BigDecimal c) {
    return AllocationUnits.WHOLE_TONNES_FLOOR.round(a.multiply(b).multiply(c));
  }

  /** Output in thousandths of a MWh, Be in ten-thousandths, Ff in millionths, and a kind of case. */
  private static Gen<long[]> cases() {
    return longs().between(0, 90_000_000_000_000L).zip(longs().between(0, 20_000L), longs().between(0, 2_000_000L),
        integers().between(0, 3), (q, be, ff, kind) -> new long[] {q, be, ff, kind});
  }

  @Test
  void theDoublesGiveTheDecimalFloor() {
    AtomicInteger screened = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(50_000).forAll(cases()).checkAssert(c -> {
      BigDecimal q = BigDecimal.valueOf(c[0], 3);
      BigDecimal be = BigDecimal.valueOf(c[1], 4);
      BigDecimal ff = BigDecimal.valueOf(c[2], 6);
      if (c[3] == 1) {
        // A whole product: Qe a multiple of 10^10 / (Be Ff) is rare; take Be = 0.5, Ff = 1.25 and Qe a multiple of 1.6.
        be = new BigDecimal("0.5000");
        ff = new BigDecimal("1.250000");
        q = BigDecimal.valueOf(16 * (c[0] % 1_000_000_000L), 1);
      } else if (c[3] == 2) {
        // 1e-12 t to 1e-3 t beside a whole tonne.
        be = BigDecimal.ONE;
        ff = BigDecimal.ONE;
        q = BigDecimal.valueOf(c[0] % 1_000_000_000L).add(BigDecimal.valueOf(c[2] % 2 == 0 ? 1 : -1, 3 + (int) (c[1] % 10)));
        q = q.max(BigDecimal.ZERO);
      }
      BigDecimal expected = decimal(q, be, ff);
      assertEquals(expected, ProductFloor.of(q, be, ff), q + " x " + be + " x " + ff);
      assertEquals(AllocationUnits.WHOLE_TONNES_FLOOR.round(q.multiply(be)), ProductFloor.of(q, be),
          q + " x " + be);
      double product = q.doubleValue() * be.doubleValue() * ff.doubleValue();
      if (ProductFloor.screened(product) >= 0) {
        screened.incrementAndGet();
      }
    });
    // Not vacuous: the ordinary half of the cases (kinds 0 and 3) is decided on doubles, and some near-whole ones.
    assertTrue(screened.get() > 24_000, "decided on doubles: " + screened.get());
  }

  @Test
  void aWholeProductIsLeftToTheDecimals() {
    // 3 x 0.1 is 0.30000000000000004 in doubles, 10 x 0.3 x 1 exactly 3: the decimals decide.
    assertEquals(-1, ProductFloor.screened(3.0000000000000004));
    assertEquals(-1, ProductFloor.screened(2.9999999999999996));
    assertEquals(new BigDecimal("3"), ProductFloor.of(BigDecimal.TEN, new BigDecimal("0.3"), BigDecimal.ONE));
    assertEquals(3L, ProductFloor.screened(3.5));
  }

  @Test
  void figuresBeyondTheDoublesRangeTakeTheDecimalRoute() {
    BigDecimal huge = new BigDecimal("1e400");
    BigDecimal tiny = new BigDecimal("1e-400");
    assertEquals(decimal(huge, tiny, BigDecimal.TEN), ProductFloor.of(huge, tiny, BigDecimal.TEN));
    assertEquals(decimal(new BigDecimal("1e-310"), new BigDecimal("1e311"), BigDecimal.ONE),
        ProductFloor.of(new BigDecimal("1e-310"), new BigDecimal("1e311"), BigDecimal.ONE));
    // Beyond 2^53 t.
    BigDecimal big = new BigDecimal("123456789012345678.9");
    assertEquals(decimal(big, BigDecimal.ONE, BigDecimal.ONE), ProductFloor.of(big, BigDecimal.ONE, BigDecimal.ONE));
    assertEquals(new BigDecimal("123456789012345678"), ProductFloor.of(big, BigDecimal.ONE));
    // A zero factor: exactly zero, scale 0.
    assertEquals(decimal(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE), ProductFloor.of(new BigDecimal("0.000"),
        BigDecimal.TEN, BigDecimal.ONE));
  }
}
