package io.github.ets4j.allocation.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.Phase2;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Phase 2 options on the cement example of allocation.md, hand-computed with exact fractions. */
class Phase2Test {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void allocations(Allocation a, String... expected) {
    for (int i = 0; i < expected.length; i++) {
      BigDecimal actual = a.unit("L" + (i + 1)).get().allocation();
      assertEquals(0, bd(expected[i]).compareTo(actual), "L" + (i + 1) + ": " + actual);
    }
  }

  @Test
  void defaultTighteningTwoPercentAYear() {
    // BP 2027 = 0.8672171... x 0.98 = 0.8498728...; L1: X = 1 - 0.85 / 0.8498728 = -0.00014968,
    // α = -0.0000224534, A = floor(850,000 x 0.99997755) = 849,980. L4: X < -20 % → 0.97 x 520,000 = 504,400.
    Allocation a = Rulebook.chinaNational(Year.of(2027)).allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    assertTrue(a.balanceValue().get().toPlainString().startsWith("0.84987278"));
    allocations(a, "849980", "1210562", "696895", "504400");
    // 2028: BP x 0.98^2.
    Allocation b = Rulebook.chinaNational(Year.of(2028)).allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    allocations(b, "847378", "1207104", "694689", "504400");
  }

  @Test
  void bestHalfOfOutput() {
    // Output 3,800,000; half 1,900,000: L2 (I 0.8, 1,500,000 t) whole, then 400,000 t of L1 (I 0.85):
    // level = (1,200,000 + 340,000) / 1,900,000 = 0.8105263…; allocations 843,790; 1,202,337; 691,647; 504,400.
    Allocation a = Rulebook.chinaNational(Year.of(2027)).withPhase2(Phase2.bestShare(bd("0.5")))
        .allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    assertEquals(bd("0.8105"), a.balanceValueReported().get());
    allocations(a, "843790", "1202337", "691647", "504400");
    assertTrue(a.total().compareTo(a.verifiedTotal()) < 0);
  }

  @Test
  void badParameters() {
    assertThrows(EtsValidationException.class, () -> Phase2.bestShare(bd("0")));
    assertThrows(EtsValidationException.class, () -> Phase2.bestShare(bd("1.1")));
    assertThrows(EtsValidationException.class, () -> Phase2.tightening(bd("1")));
    assertThrows(EtsValidationException.class, () -> Phase2.tightening(bd("-0.1")));
    assertEquals(Phase2.Kind.TIGHTENING, Phase2.DEFAULT.kind());
    assertTrue(Phase2.DEFAULT.parameter().isAssumed());
    assertEquals(Phase2.bestShare(bd("0.5")), Phase2.bestShare(bd("0.50")));
  }
}
