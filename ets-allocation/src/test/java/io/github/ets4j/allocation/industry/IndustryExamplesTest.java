package io.github.ets4j.allocation.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked industry examples of allocation.md, expected values typed in from the document. */
class IndustryExamplesTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  static List<IndustrialUnit> cementExample() {
    return List.of(
        IndustrialUnit.cementLine("L1", "A", bd("850000"), bd("1000000")),
        IndustrialUnit.cementLine("L2", "A", bd("1200000"), bd("1500000")),
        IndustrialUnit.cementLine("L3", "B", bd("700000"), bd("800000")),
        IndustrialUnit.cementLine("L4", "C", bd("520000"), bd("500000")));
  }

  @Test
  void cementBalanceValueExample() {
    Allocation a = Rulebook.chinaNational(Year.of(2025)).allocateIndustry(Sector.CEMENT, cementExample());
    assertEquals(AllocationMethod.INTENSITY_COEFFICIENT, a.method());
    // allocation.md: BP = 0.867217...; no unit saturated, so BP = Σ E I / Σ E = 2,835,800 / 3,270,000 exactly.
    assertTrue(a.balanceValue().get().toPlainString().startsWith("0.867217"));
    assertEquals(bd("0.8672"), a.balanceValueReported().get());
    same("0.8672171253822629969418960244648318", a.balanceValue().get());
    String[] x = {"1.99", "7.75", "-0.90", "-19.92"};
    String[] alloc = {"852531", "1213951", "699057", "504459"};
    for (int i = 0; i < 4; i++) {
      IndustryUnitAllocation u = (IndustryUnitAllocation) a.unit("L" + (i + 1)).get();
      assertEquals(bd(x[i]), u.deviationPercentReported());
      same(alloc[i], u.allocation());
    }
    // Totals balance at 3,270,000 before flooring.
    BigDecimal unrounded = BigDecimal.ZERO;
    for (var u : a.units()) {
      unrounded = unrounded.add(((IndustryUnitAllocation) u).unroundedAllocation());
    }
    assertTrue(unrounded.subtract(bd("3270000")).abs().compareTo(bd("1e-20")) < 0, unrounded::toPlainString);
    same("3269998", a.total());
    same("2066482", a.entity("A").get().allocation());
    assertTrue(a.explain().contains("0.8672"));
  }

  @Test
  void cement2026IsTheSameMethod() {
    Allocation a = Rulebook.chinaNational(Year.of(2026)).allocateIndustry(Sector.CEMENT, cementExample());
    same("852531", a.unit("L1").get().allocation());
  }

  @Test
  void industry2024IsVerifiedEmissions() {
    Allocation a = Rulebook.chinaNational(Year.of(2024)).allocateIndustry(Sector.CEMENT, cementExample());
    assertEquals(AllocationMethod.VERIFIED_EMISSIONS, a.method());
    same("850000", a.unit("L1").get().allocation());
    same("3270000", a.total());
    assertTrue(a.balanceValue().isEmpty());
  }

  @Test
  void specialUnitsAtVerifiedAndOutOfTheBalance() {
    // Adding a white-clinker line and a carbide-slag line (rate 0.2 > 0.15 in 2025) leaves BP unchanged.
    List<IndustrialUnit> units = new java.util.ArrayList<>(cementExample());
    units.add(IndustrialUnit.builder().from(IndustrialUnit.cementLine("W", "D", bd("90000.6"), bd("50000")))
        .special(IndustrySpecialUnit.WHITE_CLINKER).build());
    units.add(IndustrialUnit.builder().from(IndustrialUnit.cementLine("S", "D", bd("40000"), bd("100000")))
        .carbideSlagRate(bd("0.2")).build());
    Allocation a = Rulebook.chinaNational(Year.of(2025)).allocateIndustry(Sector.CEMENT, units);
    assertEquals(bd("0.8672"), a.balanceValueReported().get());
    same("90000", a.unit("W").get().allocation());
    same("40000", a.unit("S").get().allocation());
    assertTrue(a.unit("S").get().isSpecial());
    // In 2026 the threshold is 30 %: the 20 % line is ordinary again and enters the balance.
    Allocation b = Rulebook.chinaNational(Year.of(2026)).allocateIndustry(Sector.CEMENT, units);
    assertTrue(!b.unit("S").get().isSpecial());
  }

  @Test
  void steelIntensityOnIronmakingButAllocationOnEnterpriseEmissions() {
    // Two enterprises; I1 = (1,500,000 + 300,000) / 1,000,000 = 1.8, I2 = (2,000,000 + 400,000) / 1,200,000 = 2.0.
    // E1 = 2,000,000, E2 = 3,000,000. Unsaturated: BP = Σ E I / Σ E = (3,600,000 + 6,000,000) / 5,000,000 = 1.92.
    // X1 = (1.92 - 1.8) / 1.92 = 0.0625 → α = 0.009375 → A1 = 2,018,750; X2 = -0.08/1.92 = -0.041666… →
    // α = -0.00625 → A2 = 2,981,250.
    List<IndustrialUnit> steel = List.of(
        IndustrialUnit.steelEnterprise("S1", "S1", bd("2000000"), bd("1500000"), bd("300000"), bd("1000000")),
        IndustrialUnit.steelEnterprise("S2", "S2", bd("3000000"), bd("2000000"), bd("400000"), bd("1200000")));
    Allocation a = Rulebook.chinaNational(Year.of(2025)).allocateIndustry(Sector.STEEL, steel);
    same("1.92", a.balanceValue().get());
    same("2018750", a.unit("S1").get().allocation());
    same("2981250", a.unit("S2").get().allocation());
  }

  @Test
  void aluminumEmissionsAreAnodePlusPfcWithAr5() {
    // 100,000 t anode CO2 + 2 t CF4 × 6630 + 0.2 t C2F6 × 11100 = 100,000 + 13,260 + 2,220 = 115,480.
    IndustrialUnit u = IndustrialUnit.aluminumProcess("P1", "AL", bd("100000"), bd("2"), bd("0.2"), GwpSet.AR5,
        bd("80000"));
    same("115480", u.verifiedEmissions());
    same("115480", u.intensityEmissions());
    assertEquals(GwpSet.AR5, Rulebook.chinaNational(Year.of(2025)).gwpSet());
  }
}
