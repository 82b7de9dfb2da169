package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.allocation.industry.ProducerClass;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.cement.ClinkerType;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who is on the list (coverage.md [V N25, N26-A1]; allocation.md "Cement scope" [D]): a non-Portland clinker line
 * reports only for 2024–2026 data and is on the list from 2027 [A: allocated by the cement method]; an
 * electric-arc-only steel producer reports only. Expected values typed from allocation.md or derived by hand.
 */
class ListedProducersTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  /** The four Portland lines of allocation.md and a non-Portland line L5 of entity D: 90,000 t / 100,000 t. */
  private static List<IndustrialUnit> cementWithNonPortland() {
    List<IndustrialUnit> units = new ArrayList<>(List.of(
        IndustrialUnit.cementLine("L1", "A", bd("850000"), bd("1000000")),
        IndustrialUnit.cementLine("L2", "A", bd("1200000"), bd("1500000")),
        IndustrialUnit.cementLine("L3", "B", bd("700000"), bd("800000")),
        IndustrialUnit.cementLine("L4", "C", bd("520000"), bd("500000"))));
    units.add(nonPortland());
    return units;
  }

  private static IndustrialUnit nonPortland() {
    return IndustrialUnit.builder().from(IndustrialUnit.cementLine("L5", "D", bd("90000"), bd("100000")))
        .producerClass(ProducerClass.NON_PORTLAND_CLINKER).build();
  }

  @Test
  void nonPortlandLinesReportOnlyIn2025AndLeaveTheBalanceValueAlone() {
    Allocation a = Rulebook.chinaNational(Year.of(2025)).allocateIndustry(Sector.CEMENT, cementWithNonPortland());
    // The Portland lines are allocated exactly as in allocation.md: BP 0.867217…, 852,531 ... 504,459.
    assertTrue(a.balanceValue().get().toPlainString().startsWith("0.867217"));
    same("852531", a.unit("L1").get().allocation());
    same("504459", a.unit("L4").get().allocation());
    same("3269998", a.total());
    // L5 is a status beside the allocation, in no total and with no zero allocation.
    same("3270000", a.verifiedTotal());
    assertTrue(a.unit("L5").isEmpty());
    assertTrue(a.entity("D").isEmpty());
    assertEquals(1, a.reportOnly().size());
    ReportOnlyUnit l5 = a.reportOnly().get(0);
    assertEquals("L5", l5.unitId());
    assertEquals("D", l5.entityId());
    same("90000", l5.verifiedEmissions());
    assertTrue(l5.reason().contains("non-Portland"));
    assertTrue(a.explain().contains("L5 (entity D): report only, verified 90000 t: non-Portland clinker line"),
        a::explain);
    // The same through the policy itself.
    Allocation direct = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2026))
        .allocate(cementWithNonPortland());
    same("3269998", direct.total());
    assertEquals(List.of(l5), direct.reportOnly());
  }

  @Test
  void nonPortlandLinesReportOnlyIn2024() {
    // 2024: allocation = verified emissions of the Portland lines: 850,000 + 1,200,000 + 700,000 + 520,000.
    Allocation a = Rulebook.chinaNational(Year.of(2024)).allocateIndustry(Sector.CEMENT, cementWithNonPortland());
    same("3270000", a.total());
    assertTrue(a.unit("L5").isEmpty());
    assertEquals("L5", a.reportOnly().get(0).unitId());
    // A sector of report-only lines only: nothing allocated, nothing refused.
    Allocation only = Rulebook.chinaNational(Year.of(2024)).allocateIndustry(Sector.CEMENT, List.of(nonPortland()));
    same("0", only.total());
    assertTrue(only.entities().isEmpty());
    assertEquals(1, only.reportOnly().size());
    Allocation only2025 = Rulebook.chinaNational(Year.of(2025)).allocateIndustry(Sector.CEMENT,
        List.of(nonPortland()));
    assertTrue(only2025.entities().isEmpty());
    assertTrue(only2025.balanceValue().isEmpty());
  }

  @Test
  void from2027NonPortlandLinesAreListedByAnAssumedRule() {
    Rulebook rules = Rulebook.chinaNational(Year.of(2027));
    Allocation a = rules.allocateIndustry(Sector.CEMENT, cementWithNonPortland());
    // BP over five lines, none saturated: (2,835,800 + 90,000 × 0.9) / 3,360,000 = 2,916,800 / 3,360,000
    //   = 0.86809523…; 2027 level × 0.994 = 0.86288666…; L5: X = 1 − 0.9 / 0.8628867 = −4.30 %,
    //   A = floor(90,000 × (1 − 0.15 × 0.043012)) = floor(89,419.3) = 89,419.
    assertTrue(a.solvedBalanceValue().get().toPlainString().startsWith("0.86809523"));
    same("89419", a.unit("L5").get().allocation());
    assertTrue(a.reportOnly().isEmpty());
    assertTrue(rules.assumptions().stream().anyMatch(v -> v.name().startsWith("non-Portland clinker lines")));
    assertFalse(Rulebook.chinaNational(Year.of(2026)).assumptions().stream()
        .anyMatch(v -> v.name().startsWith("non-Portland clinker lines")));
    assertFalse(ProducerClass.NON_PORTLAND_CLINKER.reportOnlyIn(Year.of(2027)));
    assertTrue(ProducerClass.NON_PORTLAND_CLINKER.reportOnlyIn(Year.of(2026)));
  }

  @Test
  void electricArcOnlySteelReportsOnly() {
    IndustrialUnit longProcess = IndustrialUnit.steelEnterprise("S1", "SA", bd("2000000"), bd("1500000"),
        bd("300000"), bd("1000000"));
    IndustrialUnit arc = IndustrialUnit.builder().from(IndustrialUnit.steelEnterprise("S2", "SB", bd("150000"),
        bd("0"), bd("0"), bd("0"))).producerClass(ProducerClass.ELECTRIC_ARC_ONLY).build();
    for (int y = 2024; y <= 2028; y++) {
      Allocation a = Rulebook.chinaNational(Year.of(y)).allocateIndustry(Sector.STEEL, List.of(longProcess, arc));
      // One listed enterprise: in 2024 A = E; from 2025 BP is its own intensity, X = 0, α = 0, A = E;
      // from 2027 the tightened level makes X < 0, so A < E. The electric-arc producer is never allocated.
      if (y <= 2026) {
        same("2000000", a.total());
      } else {
        assertTrue(a.total().compareTo(bd("2000000")) < 0);
      }
      assertEquals("S2", a.reportOnly().get(0).unitId());
      assertTrue(a.reportOnly().get(0).reason().contains("electric-arc"));
      assertTrue(a.unit("S2").isEmpty());
    }
    assertTrue(ProducerClass.ELECTRIC_ARC_ONLY.reportOnlyIn(Year.of(2040)));
    assertEquals(Sector.STEEL, ProducerClass.ELECTRIC_ARC_ONLY.sector());
  }

  @Test
  void aNonPortlandLineIsReadFromItsReport() {
    IndustrialUnit aluminate = IndustrialUnit.cementLine(ClinkerLineYear.of(SectorReports.year("E-C", "aluminate",
        m -> SectorReports.clinker(m, ClinkerType.ALUMINATE, "1000").build())));
    assertEquals(ProducerClass.NON_PORTLAND_CLINKER, aluminate.producerClass().get());
    IndustrialUnit portland = IndustrialUnit.cementLine(ClinkerLineYear.of(SectorReports.cementLineB()));
    assertTrue(portland.producerClass().isEmpty());
    IndustrialUnit white = IndustrialUnit.cementLine(ClinkerLineYear.of(SectorReports.cementWhite()));
    assertTrue(white.producerClass().isEmpty());
  }

  @Test
  void refusals() {
    // A producer class of another sector.
    assertThrows(EtsValidationException.class, () -> IndustrialUnit.builder()
        .from(IndustrialUnit.cementLine("L", "E", bd("1"), bd("1"))).producerClass(ProducerClass.ELECTRIC_ARC_ONLY)
        .build());
    // A steel unit handed to the cement policy is refused even when it only reports.
    IndustrialUnit arc = IndustrialUnit.builder().from(IndustrialUnit.steelEnterprise("S2", "SB", bd("1"),
        bd("0"), bd("0"), bd("0"))).producerClass(ProducerClass.ELECTRIC_ARC_ONLY).build();
    List<IndustrialUnit> mixed = new ArrayList<>(cementWithNonPortland());
    mixed.add(arc);
    assertThrows(EtsValidationException.class,
        () -> IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025)).allocate(mixed));
    // A unit cannot be both allocated and report-only; empty and null inputs are refused.
    Allocation a = Rulebook.chinaNational(Year.of(2025)).allocateIndustry(Sector.CEMENT, cementWithNonPortland());
    IndustrialUnit l1 = cementWithNonPortland().get(0);
    assertThrows(EtsValidationException.class, () -> a.withReportOnly(List.of(ReportOnlyUnit.of(l1, "x"))));
    assertThrows(EtsValidationException.class, () -> a.withReportOnly(null));
    assertThrows(EtsValidationException.class,
        () -> Rulebook.chinaNational(Year.of(2024)).allocateIndustry(Sector.CEMENT, List.of()));
    assertThrows(EtsValidationException.class, () -> ReportOnlyUnit.of(l1, " "));
    ReportOnlyUnit r = ReportOnlyUnit.of(l1, "why");
    assertEquals(r, ReportOnlyUnit.of(l1, "why"));
    assertEquals(r.hashCode(), ReportOnlyUnit.of(l1, "why").hashCode());
    assertFalse(r.equals(ReportOnlyUnit.of(l1, "other")));
    assertFalse(r.equals("L1"));
  }
}
