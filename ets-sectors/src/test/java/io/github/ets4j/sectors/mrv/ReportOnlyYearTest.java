package io.github.ets4j.sectors.mrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.entity.CoverageRules;
import io.github.ets4j.core.entity.CreditCode;
import io.github.ets4j.core.entity.Province;
import io.github.ets4j.core.entity.ReportOnlyEntity;
import io.github.ets4j.sectors.fuel.FuelCombustion;
import io.github.ets4j.sectors.indirect.PurchasedElectricity;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report of a flat-glass entity (an announced, not covered sector, N26 §四 [V]), lines of the user's own
 * monitoring.
 *
 * <pre>
 * natural gas 5,000 × 10^4 Nm3 × 389.310 GJ × 0.01532 tC/GJ × 99 % × 44/12:
 *   5,000 × 389.310 = 1,946,550 GJ × 0.01532 = 29,821.146 tC × 0.99 = 29,522.93454 × 44/12 = 108,250.75998 → 108,250.76
 * carbonate: 1,234.5 t limestone × 0.440 = 543.18 t
 * direct = 108,793.94 → reported 108,794 t (≥ 26,000: reports)
 * purchased electricity 10,000 MWh × 0.5306 (GRID23, the user's choice) = 5,306.00 t indirect
 * </pre>
 */
class ReportOnlyYearTest {
  private static final String FIRST17 = "91130100MA0000001";
  private static final ReportOnlyEntity GLASS = ReportOnlyEntity.of(
      CreditCode.of(FIRST17 + CreditCode.checkCharacterOf(FIRST17)), "North Glass", Province.HEBEI,
      AnnouncedSector.FLAT_GLASS, List.of("line-1"));
  private static final Source GRID23 = Source.of("GRID23", "national", Confidence.OFFICIAL);

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static List<CalculatedLine> lines() {
    BigDecimal gas = FuelCombustion.co2(bd("5000"), bd("389.310"), bd("0.01532"), bd("99"));
    return List.of(
        CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "natural gas", gas, "5,000 × 389.310 × 0.01532 × 99 % × 44/12",
            List.of()),
        CalculatedLine.co2(EmissionSource.INDUSTRIAL_PROCESS, "limestone", bd("1234.5").multiply(bd("0.440")),
            "1,234.5 t × 0.440", List.of()),
        PurchasedElectricity.line(bd("10000"), Parameter.ofDefault("grid factor", bd("0.5306"), "tCO2/MWh", GRID23)));
  }

  @Test
  void reportsItsEmissions() {
    ReportOnlyYear report = ReportOnlyYear.of(GLASS, Year.of(2025), lines());
    assertEquals(bd("108793.94"), report.directCo2e());
    assertEquals(bd("108794"), report.reportedEmissions());
    assertEquals(bd("5306.00"), report.indirectCo2());
    assertTrue(report.reachesThreshold(CoverageRules.chinaNational()));
    assertFalse(ReportOnlyYear.of(GLASS, Year.of(2025), lines().subList(1, 2))
        .reachesThreshold(CoverageRules.chinaNational()));
    assertEquals(GLASS.reportOnlyReason(), report.reportOnlyReason());
    assertEquals(GLASS, report.entity());
    assertEquals(Year.of(2025), report.year());
    assertEquals(3, report.lines().size());
    assertEquals("North Glass (" + GLASS.creditCode() + ") 2025: report only, direct 108793.94 t", report.toString());
    assertEquals(report, ReportOnlyYear.of(GLASS, Year.of(2025), lines()));
    assertEquals(report.hashCode(), ReportOnlyYear.of(GLASS, Year.of(2025), lines()).hashCode());
    assertNotEquals(report, ReportOnlyYear.of(GLASS, Year.of(2026), lines()));
    assertNotEquals(report, ReportOnlyYear.of(GLASS, Year.of(2025), List.of()));
    assertNotEquals(report, "report");
    assertEquals(bd("0.00"), ReportOnlyYear.of(GLASS, Year.of(2025), List.of()).directCo2e());
  }

  @Test
  void notBeforeItsFirstReportYear() {
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> ReportOnlyYear.of(GLASS, Year.of(2024), lines()));
    assertTrue(e.getMessage().contains("reports from 2025"), e.getMessage());
    assertThrows(EtsValidationException.class,
        () -> ReportOnlyYear.of(GLASS, Year.of(2025), java.util.Arrays.asList((CalculatedLine) null)));
  }
}
