package io.github.ets4j.allocation.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The entity top-up with its double screen ({@link PowerBenchmarkPolicy#entityTopUp}) is the top-up of the formula's
 * exact steps ({@link PowerBenchmarkPolicy#entityTopUpExact}), value and scale ({@code equals}), on generated
 * entities (fixed seed): allocations far above the floor (the screen decides), exactly at it, one tonne either
 * side, 1e-12 of it either side, zeros, verified emissions with decimals, caps of other scales, and figures beyond
 * the doubles' exact integers (2^53) and range.
 */
class EntityTopUpProperties {
  private static final long SEED = 20_261_202L;
  private static final BigDecimal CAP = new BigDecimal("0.8");

  /** (verified, initial, cap) with the initial allocation placed relative to floor(verified × cap). */
  private static Gen<BigDecimal[]> entities() {
    return integers().between(0, 11).zip(longs().between(0, 3_000_000_000L), integers().between(0, 3),
        (kind, v, capKind) -> {
          BigDecimal cap = capKind == 0 ? CAP : capKind == 1 ? new BigDecimal("0.80") : capKind == 2
              ? new BigDecimal("0.95") : BigDecimal.ONE;
          BigDecimal verified = kind == 9 ? BigDecimal.valueOf(v, 3) : kind == 10
              ? BigDecimal.valueOf(v).multiply(new BigDecimal("1e300")) : BigDecimal.valueOf(v);
          BigDecimal floor = verified.multiply(cap).setScale(0, java.math.RoundingMode.FLOOR);
          BigDecimal initial;
          switch (kind) {
            case 0:
              initial = floor;
              break;
            case 1:
              initial = floor.add(BigDecimal.ONE);
              break;
            case 2:
              initial = floor.subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
              break;
            case 3:
              initial = BigDecimal.ZERO;
              break;
            case 4:
              // 1e-12 of the floor above it: inside the screen's margin, the exact route decides.
              initial = floor.add(floor.movePointLeft(12).setScale(0, java.math.RoundingMode.CEILING));
              break;
            case 5:
              initial = floor.add(BigDecimal.valueOf(1L << 53));
              break;
            case 11:
              initial = new BigDecimal("1e400");
              break;
            default:
              // Well above the floor (most entities): the doubles decide.
              initial = floor.multiply(BigDecimal.valueOf(kind)).divide(BigDecimal.valueOf(5), 0,
                  java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
              break;
          }
          return new BigDecimal[] {verified, initial, cap};
        });
  }

  @Test
  void screenedTopUpIsTheExactOne() {
    int[] screened = {0};
    int[] exact = {0};
    qt().withFixedSeed(SEED).withExamples(40_000).forAll(entities()).checkAssert(e -> {
      BigDecimal plain = PowerBenchmarkPolicy.entityTopUpExact(e[0], e[1], e[2]);
      BigDecimal fast = PowerBenchmarkPolicy.entityTopUp(e[0], e[1], e[2]);
      // equals compares value and scale.
      assertEquals(plain, fast, () -> "verified " + e[0] + ", initial " + e[1] + ", cap " + e[2]);
      double product = e[0].doubleValue() * e[2].doubleValue();
      if (e[1].doubleValue() > 0 && Double.isFinite(product) && product < e[1].doubleValue() * (1 - 1e-12)) {
        screened[0]++;
      } else {
        exact[0]++;
      }
    });
    // Both routes taken many times.
    assertTrue(screened[0] > 10_000, "screened: " + screened[0]);
    assertTrue(exact[0] > 10_000, "exact route: " + exact[0]);
  }

  @Test
  void topUpOfTheDomainExamples() {
    // allocation.md E3: verified 1,000,000, initial 700,000 -> top-up 100,000 (final 800,000).
    assertEquals(new BigDecimal("100000"), PowerBenchmarkPolicy.entityTopUp(new BigDecimal("1000000"),
        new BigDecimal("700000"), CAP));
    // allocation.md E2: initial 1,950,096 against verified 2,150,000, above 80 % (1,720,000): no top-up.
    assertEquals(BigDecimal.ZERO, PowerBenchmarkPolicy.entityTopUp(new BigDecimal("2150000"), new BigDecimal("1950096"),
        CAP));
  }
}
