package io.github.ets4j.sectors;

import static io.github.ets4j.sectors.fixtures.FacilityYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.aluminum.AluminumYear;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.cement.NegativeProcessPolicy;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.FacilityYear;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.PowerUnitYear;
import io.github.ets4j.sectors.steel.SteelEnterpriseYear;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annual skeleton that the four sector views share: the sector check, verified and indirect emissions,
 * defaults used, findings, the explanation and equality, shown on the hand-computed clinker line of
 * {@code CementFacilityYearTest} (verified 926,003 t in 2025).
 */
class FacilityYearTest {

  /** The clinker line of CementFacilityYearTest, buying 1,000 MWh of electricity every month. */
  static AnnualReport lineBuyingElectricity() {
    return FacilityYears.year("E", "line-2", m -> FacilityYears.cementMonth(m).purchasedElectricityMwh(bd("1000")).build());
  }

  @Test
  void theSkeletonGivesTheFiguresEverySectorShares() {
    ClinkerLineYear line = ClinkerLineYear.of(lineBuyingElectricity());
    // covered as in CementFacilityYearTest: 926,002.60 → 926,003 t; the electricity stays out of it
    assertEquals(bd("926003"), line.verifiedEmissions());
    // indirect: 1,000 MWh × 0.5306 (GRID23 national, cement from data year 2025 [A]) = 530.60 a month,
    // 12 × 530.60 = 6,367.20 tCO2
    assertEquals(bd("6367.20"), line.indirectEmissions());
    assertEquals(bd("0.00"), ClinkerLineYear.of(FacilityYears.year("E", "line-2",
        m -> FacilityYears.cementMonth(m).build())).indirectEmissions());
    // defaults (mrv.md): bituminous coal NCV 23.736 GJ/t, CC 0.02618 tC/GJ, OF 99 %; EF_clinker Portland 0.535;
    // D carbide slag 0.480, D coal fly ash 0.055; grid 0.5306 — each once for the year
    List<BigDecimal> values = new ArrayList<>();
    for (Parameter parameter : line.defaultsUsed()) {
      values.add(parameter.value().stripTrailingZeros());
    }
    for (String expected : List.of("23.736", "0.02618", "99", "0.535", "0.48", "0.055", "0.5306")) {
      assertTrue(values.contains(bd(expected).stripTrailingZeros()), expected + " in " + values);
    }
    assertEquals(values.size(), values.stream().distinct().count(), values.toString());
    assertEquals(line.report().defaultsUsed(), line.defaultsUsed());
    assertTrue(line.findings().isEmpty());
  }

  @Test
  void theFourHandComputedYearsThroughTheSkeleton() {
    // verified figures derived by hand in PowerFacilityYearTest (1,212,794 t), CementFacilityYearTest (926,003 t),
    // SteelFacilityYearTest (2,242,507 t) and AluminumFacilityYearTest (631,754 tCO2e)
    List<FacilityYear> years = List.of(
        PowerUnitYear.of(FacilityYears.year("E", "unit-1", m -> FacilityYears.powerMonth(m).build())),
        ClinkerLineYear.of(FacilityYears.year("E", "line-2", m -> FacilityYears.cementMonth(m).build())),
        SteelEnterpriseYear.of(FacilityYears.year("E", "enterprise", m -> FacilityYears.steelMonth(m).build())),
        AluminumYear.of(FacilityYears.year("E", "potline-1", m -> FacilityYears.aluminumMonth(m).build())));
    List<BigDecimal> verified = new ArrayList<>();
    List<String> lastLines = new ArrayList<>();
    for (FacilityYear year : years) {
      verified.add(year.verifiedEmissions());
      String[] lines = year.explain().split("\n");
      lastLines.add(lines[lines.length - 1].replaceFirst(".*→ ", ""));
    }
    assertEquals(List.of(bd("1212794"), bd("926003"), bd("2242507"), bd("631754")), verified);
    assertEquals(List.of("verified 1,212,794 t", "verified 926,003 t", "verified 2,242,507 t", "verified 631,754 t"),
        lastLines);
    // crude steel 12 × 80,000 = 960,000.00 t
    assertEquals("SteelEnterpriseYear[enterprise 2025: 2242507 tCO2, 960000.00 t crude steel]", years.get(2).toString());
    // power: 11 × 120,000 + 140,000 = 1,460,000.000 MWh gross, no heat
    assertEquals("PowerUnitYear[unit-1 2025: 1212794 tCO2, 1460000.000 MWh, 0.00 GJ]", years.get(0).toString());
  }

  @Test
  void theExplanationNamesEachMonthAndTheYearsRounding() {
    ClinkerLineYear line = ClinkerLineYear.of(FacilityYears.year("E", "line-2", m -> FacilityYears.cementMonth(m).build()));
    String[] lines = line.explain().split("\n");
    // two lines a month (coal, clinker process) and the year's sum
    assertEquals(25, lines.length, line.explain());
    assertTrue(lines[13].startsWith("2025-07 clinker process: 80,000.00 t clinker × 0.535 tCO2/t"), lines[13]);
    assertTrue(lines[13].contains("= 40,290.00 tCO2"), lines[13]);
    // 12 × 27,068.55 + 11 × 50,990.00 + 40,290.00 = 926,002.60 → 926,003 t
    assertEquals("2025: Σ covered lines 926,002.60 tCO2 → verified 926,003 t", lines[24]);
  }

  @Test
  void findingsOfTheMonthsReachTheYearAndARateAbove100PercentIsRefused() {
    // every month: 1,000 t clinker × 0.535 = 535.00 tCO2 gross, carbide slag 2,000 t × 0.480 = 960.00 deducted,
    // floored to 0 with a finding; the substitution rate 12 × 960 / 12 × 535 = 179 % cannot be a share
    ClinkerLineYear floored = ClinkerLineYear.of(FacilityYears.year("E", "line-9", m -> ClinkerLineMonth.builder()
        .month(YearMonth.of(2025, m)).clinkerType(ClinkerType.PORTLAND).clinkerTonnes(bd("1000"))
        .putAlternativeMaterials(AlternativeMaterial.CARBIDE_SLAG, bd("2000"))
        .negativeProcessPolicy(NegativeProcessPolicy.FLOOR_AT_ZERO_AND_WARN).build()));
    assertEquals(12, floored.findings().size());
    assertEquals(bd("0"), floored.verifiedEmissions());
    EtsValidationException e = assertThrows(EtsValidationException.class, floored::carbideSlagSubstitution);
    assertEquals("carbide-slag substitution", e.field());
    assertEquals("11520.00 / 6420.00 tCO2", e.value());
    assertTrue(e.rule().contains("line-9 in 2025 exceeds the clinker's process CO2"), e.rule());
    assertThrows(EtsValidationException.class, floored::carbideSlagSubstitutionPercent);
  }

  /** A view of the skeleton's own, as a sector of the user's would write it. */
  static final class IdleCementYear extends FacilityYear {
    IdleCementYear(AnnualReport report, Sector sector, String rule) {
      super(report, sector, rule);
    }

    @Override
    protected String outputs() {
      return figure(io.github.ets4j.sectors.cement.CementFigures.CLINKER).toPlainString() + " t clinker";
    }
  }

  @Test
  void theSkeletonChecksItsArgumentsAndComparesByTypeAndReport() {
    AnnualReport idle = YearViewsTest.idleCementYear();
    String rule = "a clinker line's year needs a CEMENT report";
    assertEquals("report", assertThrows(EtsValidationException.class,
        () -> new IdleCementYear(null, Sector.CEMENT, rule)).field());
    assertEquals("sector", assertThrows(EtsValidationException.class,
        () -> new IdleCementYear(idle, null, rule)).field());
    assertEquals("rule", assertThrows(EtsValidationException.class,
        () -> new IdleCementYear(idle, Sector.CEMENT, null)).field());
    EtsValidationException wrong = assertThrows(EtsValidationException.class,
        () -> new IdleCementYear(idle, Sector.STEEL, "a steel enterprise's year needs a STEEL report"));
    assertEquals("a steel enterprise's year needs a STEEL report", wrong.rule());
    assertEquals("report", assertThrows(EtsValidationException.class, () -> SteelEnterpriseYear.of(null)).field());
    IdleCementYear own = new IdleCementYear(idle, Sector.CEMENT, rule);
    // the same report in two view types: not equal, since a view is its type's reading of the report
    assertNotEquals(own, ClinkerLineYear.of(idle));
    assertEquals(own, new IdleCementYear(YearViewsTest.idleCementYear(), Sector.CEMENT, rule));
    assertEquals(own.hashCode(), ClinkerLineYear.of(idle).hashCode());
    assertEquals("IdleCementYear[L 2025: 0 tCO2, 0.00 t clinker]", own.toString());
    assertEquals("ClinkerLineYear[L 2025: 0 tCO2, 0.00 t clinker]", ClinkerLineYear.of(idle).toString());
    // an idle month still reports its clinker line: 0.00 t × 0.535 = 0.00 tCO2; twelve of them and the year
    String[] lines = own.explain().split("\n");
    assertEquals(13, lines.length, own.explain());
    assertTrue(lines[0].startsWith("2025-01 clinker process: 0.00 t clinker × 0.535 tCO2/t = 0.00 tCO2"), lines[0]);
    assertEquals("2025: Σ covered lines 0.00 tCO2 → verified 0 t", lines[12]);
  }
}
