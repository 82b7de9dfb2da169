package io.github.ets4j.allocation;

import static io.github.ets4j.allocation.SectorReports.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IndustrySpecialUnit;
import io.github.ets4j.allocation.industry.IndustryUnitAllocation;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.PowerSpecialUnit;
import io.github.ets4j.allocation.power.PowerUnitAllocation;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.aluminum.AluminumYear;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.power.PowerUnitYear;
import io.github.ets4j.sectors.steel.SteelEnterpriseYear;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bridge from verified annual reports (ets-sectors) to allocation inputs, checked against the report
 * figures computed by hand in {@link SectorReports} and allocations computed by hand below.
 */
class ReportBridgeTest {
  private static final Rulebook RULES_2025 = Rulebook.chinaNational(Year.of(2025));

  private static UnitAllocation unit(Allocation allocation, String id) {
    return allocation.unit(id).orElseThrow();
  }

  @Test
  void generatingUnitFromItsReport() {
    GeneratingUnit unit = GeneratingUnit.fromReport(PowerUnitYear.of(SectorReports.power()), UnitCategory.I);
    assertEquals("unit-1", unit.id());
    assertEquals(SectorReports.POWER_ENTITY, unit.entityId());
    assertEquals(UnitCategory.I, unit.category());
    assertEquals(Optional.empty(), unit.special());
    assertEquals(0, bd("1212794").compareTo(unit.verifiedEmissions()));
    assertEquals(0, bd("1460000").compareTo(unit.grossGenerationMwh()));
    assertEquals(0, bd("1344000").compareTo(unit.suppliedElectricityMwh().orElseThrow()));
    assertEquals(0, bd("1200000").compareTo(unit.heatSuppliedGj()));
    // 31.20 % → 0.3120, exactly
    assertEquals(bd("0.3120"), unit.loadFactor().orElseThrow());

    // 2025, category I: Ff = 7.254 − 0.633 (1 − e^(−31.2/29.822)) − 5.643 (1 − e^(−31.2/6.871))
    //   = 7.254 − 0.633 × 0.64873… − 5.643 × 0.98934… = 1.2605327… → 1.260533
    // Ae = floor(1,460,000 × 0.7902 × 1.260533) = floor(1,454,266.837836) = 1,454,266
    // Ah = floor(1,200,000 × 0.1027) = 123,240; A = 1,577,506 (above 80 % of 1,212,794: no top-up)
    Allocation power = RULES_2025.allocatePower(List.of(unit));
    PowerUnitAllocation result = (PowerUnitAllocation) unit(power, "unit-1");
    assertEquals(bd("1.260533"), result.electricityFactor());
    assertEquals(0, bd("1454266").compareTo(result.electricityPart()));
    assertEquals(0, bd("123240").compareTo(result.heatPart()));
    assertEquals(0, bd("1577506").compareTo(power.total()));
    assertEquals(0, power.entities().get(0).topUp().signum());
    // shortfall rate (1,212,794 − 1,577,506) / 1,212,794 = −30.072… % → −30.07 %
    assertEquals(bd("-30.07"), power.entities().get(0).shortfallRatePercent());

    // what the report does not know is set with the generated withers
    GeneratingUnit standby = unit.withSpecial(PowerSpecialUnit.EMERGENCY_STANDBY).withId("unit-1s");
    assertEquals(0, bd("1212794").compareTo(RULES_2025.allocatePower(List.of(standby)).total()));
  }

  @Test
  void generatingUnitBadInput() {
    PowerUnitYear year = PowerUnitYear.of(SectorReports.power());
    EtsValidationException noYear = assertThrows(EtsValidationException.class,
        () -> GeneratingUnit.fromReport(null, UnitCategory.I));
    assertTrue(noYear.getMessage().contains("year"), noYear.getMessage());
    EtsValidationException noCategory = assertThrows(EtsValidationException.class,
        () -> GeneratingUnit.fromReport(year, null));
    assertTrue(noCategory.getMessage().contains("category"), noCategory.getMessage());
  }

  @Test
  void clinkerLinesFromTheirReports() {
    IndustrialUnit a = IndustrialUnit.cementLine(ClinkerLineYear.of(SectorReports.cementLineA()));
    assertEquals("line-A", a.id());
    assertEquals("E-A", a.entityId());
    assertEquals(Sector.CEMENT, a.sector());
    assertEquals(0, bd("926003").compareTo(a.verifiedEmissions()));
    assertEquals(0, bd("926003").compareTo(a.intensityEmissions()));
    assertEquals(0, bd("1180000").compareTo(a.output()));
    assertEquals(bd("0.0456"), a.carbideSlagRate().orElseThrow());
    assertEquals(Optional.empty(), a.special());

    IndustrialUnit b = IndustrialUnit.cementLine(ClinkerLineYear.of(SectorReports.cementLineB()));
    IndustrialUnit white = IndustrialUnit.cementLine(ClinkerLineYear.of(SectorReports.cementWhite()));
    IndustrialUnit carbide = IndustrialUnit.cementLine(ClinkerLineYear.of(SectorReports.cementCarbide()));
    assertEquals(0, bd("902623").compareTo(b.verifiedEmissions()));
    assertEquals(0, bd("1080000").compareTo(b.output()));
    assertEquals(bd("0.0000"), b.carbideSlagRate().orElseThrow());
    assertEquals(Optional.of(IndustrySpecialUnit.WHITE_CLINKER), white.special());
    assertEquals(0, bd("6600").compareTo(white.verifiedEmissions()));
    // the report gives the rate; the policy of the year decides (35.89 % > 15 % in 2025)
    assertEquals(bd("0.3589"), carbide.carbideSlagRate().orElseThrow());
    assertEquals(Optional.empty(), carbide.special());

    // Ordinary lines A and B (white and carbide are special and left out of BP):
    //   I_A = 926,003 / 1,180,000 = 0.784748…; I_B = 902,623 / 1,080,000 = 0.835762…
    //   neither saturates, so BP = Σ E I / Σ E = (926,003 I_A + 902,623 I_B) / 1,828,626 = 0.809929… → 0.8099
    //   X_A = 1 − I_A / BP = +3.11 %, A_A = floor(926,003 × (1 + 0.15 × 0.031090…)) = floor(930,321.42…) = 930,321
    //   X_B = −3.19 %, A_B = floor(902,623 × (1 − 0.15 × 0.031895…)) = floor(898,304.58…) = 898,304
    //   (930,321.42… + 898,304.58… = 1,828,626: the sector balances before flooring)
    Allocation cement = RULES_2025.allocateIndustry(Sector.CEMENT, List.of(a, b, white, carbide));
    assertEquals(bd("0.8099"), cement.balanceValueReported().orElseThrow());
    assertEquals(0, bd("930321").compareTo(unit(cement, "line-A").allocation()));
    assertEquals(0, bd("898304").compareTo(unit(cement, "line-B").allocation()));
    assertEquals(bd("3.11"), ((IndustryUnitAllocation) unit(cement, "line-A")).deviationPercentReported());
    assertEquals(bd("-3.19"), ((IndustryUnitAllocation) unit(cement, "line-B")).deviationPercentReported());
    assertEquals(0, bd("6600").compareTo(unit(cement, "white").allocation()));
    assertEquals(Optional.of(IndustrySpecialUnit.CARBIDE_SLAG),
        ((IndustryUnitAllocation) unit(cement, "carbide")).special());
    assertEquals(0, bd("41160").compareTo(unit(cement, "carbide").allocation()));
    // entities: E-A 930,321 + 6,600 = 936,921; E-B 898,304 + 41,160 = 939,464
    assertEquals(0, bd("936921").compareTo(cement.entity("E-A").orElseThrow().allocation()));
    assertEquals(0, bd("939464").compareTo(cement.entity("E-B").orElseThrow().allocation()));
  }

  @Test
  void aLineWithOneMonthOfOrdinaryClinkerIsNotWhite() {
    AnnualReport mixed = SectorReports.year("E-C", "mixed", m -> SectorReports.clinker(m,
        m == 1 ? ClinkerType.PORTLAND : ClinkerType.WHITE_PORTLAND, "1000").build());
    assertEquals(Optional.empty(), IndustrialUnit.cementLine(ClinkerLineYear.of(mixed)).special());
    AnnualReport lastMonth = SectorReports.year("E-C", "mixed", m -> SectorReports.clinker(m,
        m == 12 ? ClinkerType.PORTLAND : ClinkerType.WHITE_PORTLAND, "1000").build());
    assertEquals(Optional.empty(), IndustrialUnit.cementLine(ClinkerLineYear.of(lastMonth)).special());
    // gypsum-to-sulfuric-acid clinker is not in the report: the caller says so
    IndustrialUnit gypsum = IndustrialUnit.cementLine(ClinkerLineYear.of(SectorReports.cementLineB()))
        .withSpecial(IndustrySpecialUnit.GYPSUM_SULFURIC_ACID);
    assertEquals(Optional.of(IndustrySpecialUnit.GYPSUM_SULFURIC_ACID), gypsum.special());
  }

  @Test
  void steelEnterpriseFromItsReport() {
    IndustrialUnit steel = IndustrialUnit.steelEnterprise(SteelEnterpriseYear.of(SectorReports.steel()));
    assertEquals("enterprise", steel.id());
    assertEquals(SectorReports.POWER_ENTITY, steel.entityId());
    assertEquals(Sector.STEEL, steel.sector());
    assertEquals(0, bd("2242507").compareTo(steel.verifiedEmissions()));
    assertEquals(0, bd("670371").compareTo(steel.intensityEmissions()));
    assertEquals(0, bd("830000").compareTo(steel.output()));
    assertEquals(Optional.empty(), steel.special());

    // With a second enterprise given directly: E 1,000,000, (400,000 + 100,000) / 500,000 t → I = 1
    //   I_R = 670,371 / 830,000 = 0.807675…; BP = (2,242,507 I_R + 1,000,000 × 1) / 3,242,507 = 0.866989… → 0.8670
    //   X_R = +6.84 %: floor(2,242,507 × (1 + 0.15 × 0.068413…)) = floor(2,265,519.516…) = 2,265,519
    //   X_D = −15.34 %: floor(1,000,000 × (1 − 0.15 × 0.153416…)) = floor(976,987.48…) = 976,987
    IndustrialUnit direct = IndustrialUnit.steelEnterprise("direct", "E9", bd("1000000"), bd("400000"),
        bd("100000"), bd("500000"));
    Allocation allocation = RULES_2025.allocateIndustry(Sector.STEEL, List.of(steel, direct));
    assertEquals(bd("0.8670"), allocation.balanceValueReported().orElseThrow());
    assertEquals(0, bd("2265519").compareTo(unit(allocation, "enterprise").allocation()));
    assertEquals(0, bd("976987").compareTo(unit(allocation, "direct").allocation()));
  }

  @Test
  void electrolysisProcessFromItsReport() {
    AluminumYear year = AluminumYear.of(SectorReports.aluminum(GwpSet.AR5));
    IndustrialUnit potline = IndustrialUnit.aluminumProcess(year, RULES_2025.gwpSet());
    assertEquals("potline-1", potline.id());
    assertEquals(SectorReports.POWER_ENTITY, potline.entityId());
    assertEquals(Sector.ALUMINUM, potline.sector());
    // E = anode + PFC only, not the verified 631,754 t that includes fuel and carbonates
    assertEquals(0, bd("618276.16").compareTo(potline.verifiedEmissions()));
    assertEquals(0, bd("618276.16").compareTo(potline.intensityEmissions()));
    assertEquals(0, bd("355000").compareTo(potline.output()));

    // With a second process given directly: 500,000 + 10 t CF4 × 6,630 + 1 t C2F6 × 11,100 = 577,400 t, 300,000 t
    //   I_R = 618,276.16 / 355,000 = 1.741623…; I_D = 577,400 / 300,000 = 1.924667…
    //   BP = (618,276.16 I_R + 577,400 I_D) / 1,195,676.16 = 1.830016… → 1.8300
    //   X_R = +4.83 %: floor(618,276.16 × (1 + 0.15 × 0.048302…)) = floor(622,755.735…) = 622,755
    //   X_D = −5.17 %: floor(577,400 × (1 − 0.15 × 0.051721…)) = floor(572,920.42…) = 572,920
    IndustrialUnit direct = IndustrialUnit.aluminumProcess("direct", "E9", bd("500000"), bd("10"), bd("1"),
        GwpSet.AR5, bd("300000"));
    Allocation allocation = RULES_2025.allocateIndustry(Sector.ALUMINUM, List.of(potline, direct));
    assertEquals(bd("1.8300"), allocation.balanceValueReported().orElseThrow());
    assertEquals(0, bd("622755").compareTo(unit(allocation, "potline-1").allocation()));
    assertEquals(0, bd("572920").compareTo(unit(allocation, "direct").allocation()));
  }

  @Test
  void aReportInAnotherGwpSetIsRefused() {
    AluminumYear ar2 = AluminumYear.of(SectorReports.aluminum(GwpSet.AR2));
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> IndustrialUnit.aluminumProcess(ar2, GwpSet.AR5));
    assertTrue(e.getMessage().contains("gwpSet"), e.getMessage());
    assertTrue(e.getMessage().contains("the report converts PFCs to CO2e with " + GwpSet.AR2.name()), e.getMessage());
    assertTrue(e.getMessage().contains("report the year with " + GwpSet.AR5.name()), e.getMessage());
    // the same report allocates under rules that convert with AR2
    assertEquals(Sector.ALUMINUM, IndustrialUnit.aluminumProcess(ar2, GwpSet.AR2).sector());
  }

  @Test
  void nullViewsAreRefusedByName() {
    assertTrue(assertThrows(EtsValidationException.class, () -> IndustrialUnit.cementLine((ClinkerLineYear) null))
        .getMessage().contains("line"));
    assertTrue(assertThrows(EtsValidationException.class,
        () -> IndustrialUnit.steelEnterprise((SteelEnterpriseYear) null)).getMessage().contains("year"));
    assertTrue(assertThrows(EtsValidationException.class,
        () -> IndustrialUnit.aluminumProcess(null, GwpSet.AR5)).getMessage().contains("year"));
    AluminumYear year = AluminumYear.of(SectorReports.aluminum(GwpSet.AR5));
    assertTrue(assertThrows(EtsValidationException.class,
        () -> IndustrialUnit.aluminumProcess(year, null)).getMessage().contains("gwpSet"));
  }

  // README:BEGIN
  /** 2025 allocations from verified annual reports (ets-sectors): clinker lines and a coal unit. */
  static List<Allocation> allocate2025(List<AnnualReport> clinkerReports, AnnualReport unitReport) {
    Rulebook rules = Rulebook.chinaNational(Year.of(2025));
    List<IndustrialUnit> lines = clinkerReports.stream()
        .map(report -> IndustrialUnit.cementLine(ClinkerLineYear.of(report))).toList();
    Allocation cement = rules.allocateIndustry(Sector.CEMENT, lines);
    GeneratingUnit unit = GeneratingUnit.fromReport(PowerUnitYear.of(unitReport), UnitCategory.I);
    Allocation power = rules.allocatePower(List.of(unit));
    return List.of(cement, power);
  }
  // README:END

  @Test
  void readmeBridgeExampleCompilesAndHolds() {
    List<Allocation> both = allocate2025(List.of(SectorReports.cementLineA(), SectorReports.cementLineB()),
        SectorReports.power());
    Allocation cement = both.get(0);
    Allocation power = both.get(1);
    // BP 0.8099: 930,321 t + 898,304 t (clinkerLinesFromTheirReports); F 31.20 %, Ff 1.260533: 1,577,506 t
    assertEquals(bd("0.8099"), cement.balanceValueReported().orElseThrow());
    assertEquals(0, bd("1828625").compareTo(cement.total()));
    assertEquals(0, bd("1577506").compareTo(power.total()));
    assertFalse(Stream.of(cement, power).anyMatch(x -> x.explain().isEmpty()));
  }
}
