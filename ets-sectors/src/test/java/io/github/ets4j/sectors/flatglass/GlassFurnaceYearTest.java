package io.github.ets4j.sectors.flatglass;

import static io.github.ets4j.sectors.fixtures.FacilityYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.entity.CoverageRules;
import io.github.ets4j.core.entity.CreditCode;
import io.github.ets4j.core.entity.Province;
import io.github.ets4j.core.entity.ReportOnlyEntity;
import io.github.ets4j.sectors.aluminum.Carbonate;
import io.github.ets4j.sectors.aluminum.CarbonateUse;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.Finding;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.mrv.ReportOnlyYear;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A flat-glass furnace's 2025 (a test sector on the kit, not the official glass guideline) reports end to end.
 *
 * <pre>
 * each month: natural gas 500 × 10^4 Nm3 at the national defaults (NCV 389.31 GJ/10^4 Nm3, CC 0.01532 tC/GJ, OF 99 %)
 *   500 × 389.31 = 194,655 GJ × 0.01532 = 2,982.1146 tC × 0.99 = 2,952.293454 × 44/12 = 10,825.075998 → 10,825.08
 * soda ash   2,000 t × 0.4149 × 99.5 % = 829.8 × 0.995   = 825.651   →   825.65
 * limestone  1,000 t × 0.4400 × 98 %   = 440 × 0.98      = 431.2     →   431.20
 * dolomite     800 t × 0.4773 × 97 %   = 381.84 × 0.97   = 370.3848  →   370.38
 * covered month 10,825.08 + 825.65 + 431.20 + 370.38 = 12,452.31 tCO2
 * purchased electricity 3,000 MWh × 0.5306 (GRID23 national, industrial data year 2025) = 1,591.80 tCO2, indirect
 * year: 12 × 12,452.31 = 149,427.72 → 149,428 t verified (≥ 26,000 t: the entity reports); 12 × 1,591.80 = 19,101.60
 * glass 40,000 t a month, none in August (furnace held hot): 11 × 40,000 = 440,000.00 t; August's carbonates: a finding
 * </pre>
 */
class GlassFurnaceYearTest {
  static final String FIRST17 = "91130100MA0000002";
  static final ReportOnlyEntity NORTH_GLASS = ReportOnlyEntity.of(
      CreditCode.of(FIRST17 + CreditCode.checkCharacterOf(FIRST17)), "North Glass", Province.HEBEI,
      AnnouncedSector.FLAT_GLASS, List.of("furnace-1"));

  static GlassFurnaceMonth month(int m) {
    return GlassFurnaceMonth.builder().month(YearMonth.of(2025, m))
        .glassTonnes(m == 8 ? bd("0") : bd("40000"))
        .addFuels(FuelLine.of(Fuel.NATURAL_GAS, bd("500"), FuelUnit.TEN_THOUSAND_NM3))
        .addCarbonates(CarbonateUse.of(Carbonate.NA2CO3, bd("2000"), bd("99.5")),
            CarbonateUse.of(Carbonate.CACO3, bd("1000"), bd("98")),
            CarbonateUse.of(Carbonate.DOLOMITE, bd("800"), bd("97")))
        .purchasedElectricityMwh(bd("3000"))
        .build();
  }

  @Test
  void aMonthCalculatesItsFuelAndCarbonateLines() {
    MonthlyReport january = MonthlyReport.of(NORTH_GLASS.creditCode().value(), "furnace-1", month(1));
    List<BigDecimal> lines = january.data().calculatedLines().stream().map(CalculatedLine::reportedCo2e)
        .collect(Collectors.toList());
    assertEquals(List.of(bd("10825.08"), bd("825.65"), bd("431.20"), bd("370.38"), bd("1591.80")), lines);
    assertEquals(bd("12452.31"), january.coveredCo2e());
    assertEquals(bd("40000.00"), january.figure(AbstractGlassFurnaceMonth.GLASS));
    String explained = january.explain();
    assertTrue(explained.contains("carbonate na2co3"), explained);
    assertTrue(explained.contains("0.4149 tCO2/t × 99.5 %"), explained);
    assertTrue(explained.contains("purchased electricity"), explained);
  }

  @Test
  void theYearReportsFindingsDefaultsAndTheReportOnlyTotals() {
    AnnualReport year = FacilityYears.year(NORTH_GLASS.creditCode().value(), "furnace-1", GlassFurnaceYearTest::month);
    assertEquals(bd("149427.72"), year.coveredCo2e());
    assertEquals(bd("149428"), year.verifiedEmissions());
    assertEquals(bd("19101.60"), year.indirectCo2());
    assertEquals(bd("440000.00"), year.figure(AbstractGlassFurnaceMonth.GLASS));

    List<Finding> findings = year.findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(YearMonth.of(2025, 8), findings.get(0).month());
    assertEquals(AbstractGlassFurnaceMonth.NO_OUTPUT_CHECK, findings.get(0).code());

    // the defaults: the gas's NCV, CC and OF, the three carbonate factors and the grid factor
    List<BigDecimal> defaults = new ArrayList<>();
    for (Parameter used : year.defaultsUsed()) {
      if (!defaults.contains(used.value())) {
        defaults.add(used.value());
      }
    }
    for (String value : List.of("0.4149", "0.4400", "0.4773", "0.01532", "0.5306")) {
      assertTrue(defaults.stream().anyMatch(d -> d.compareTo(bd(value)) == 0), value + " in " + defaults);
    }

    List<CalculatedLine> lines = new ArrayList<>();
    for (MonthlyReport report : year.months()) {
      lines.addAll(report.data().calculatedLines());
    }
    ReportOnlyYear reported = ReportOnlyYear.of(NORTH_GLASS, Year.of(2025), lines);
    assertEquals(bd("149427.72"), reported.directCo2e());
    assertEquals(bd("149428"), reported.reportedEmissions());
    assertEquals(bd("19101.60"), reported.indirectCo2());
    assertTrue(reported.reachesThreshold(CoverageRules.chinaNational()));
  }
}
