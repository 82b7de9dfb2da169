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
  void defaultTighteningAnchoredToFyp15() {
    // FYP15: about 3 % lower intensity over 2026-2030, spread evenly: r = 0.6 % a year [A derived from V].
    // BP 2027 = 0.86721712538... x 0.994 = 0.86201382262996...; L1: X = 1 - 0.85 / 0.8620138 = +1.394 %,
    // α = 0.15 x 0.013937 = 0.0020906, A = floor(850,000 x 1.0020906) = floor(851,776.96) = 851,776.
    // L2: X = 1 - 0.8 / 0.8620138 = +7.194 %, A = floor(1,200,000 x 1.0107912) = 1,212,949.
    // L3: X = 1 - 0.875 / 0.8620138 = -1.506 %, A = floor(700,000 x 0.9977403) = 698,418.
    // L4: X = 1 - 1.04 / 0.8620138 = -20.65 % <= -20 % → 0.97 x 520,000 = 504,400.
    Allocation a = Rulebook.chinaNational(Year.of(2027)).allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    assertTrue(a.balanceValue().get().toPlainString().startsWith("0.862013822629969"), a.balanceValue().get()::toPlainString);
    allocations(a, "851776", "1212949", "698418", "504400");
    // 2028: BP x 0.994^2 = 0.85684173969...; L1 X = +0.799 % → floor(851,018.07) = 851,018.
    Allocation b = Rulebook.chinaNational(Year.of(2028)).allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    allocations(b, "851018", "1211940", "697774", "504400");
    assertEquals(new BigDecimal("0.006"), Phase2.DEFAULT.parameter().value());
    assertEquals("FYP15", Phase2.DEFAULT.parameter().source().document());
  }

  @Test
  void aRoundTwoPercentIsStillAnOption() {
    // BP 2027 = 0.8672171... x 0.98 = 0.8498728...; L1: X = 1 - 0.85 / 0.8498728 = -0.00014968,
    // α = -0.0000224534, A = floor(850,000 x 0.99997755) = 849,980. L4: X < -20 % → 0.97 x 520,000 = 504,400.
    Rulebook y2027 = Rulebook.chinaNational(Year.of(2027)).withPhase2(Phase2.tightening(bd("0.02")));
    Allocation a = y2027.allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    assertTrue(a.balanceValue().get().toPlainString().startsWith("0.84987278"));
    allocations(a, "849980", "1210562", "696895", "504400");
    // 2028: BP x 0.98^2.
    Allocation b = Rulebook.chinaNational(Year.of(2028)).withPhase2(Phase2.tightening(bd("0.02")))
        .allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
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
