package io.github.ets4j.sectors.mrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualReportTest {
  static final Evidence LAB = Evidence.of(EvidenceKind.LAB_REPORT, "LAB-7", "c".repeat(64), LocalDate.of(2025, 3, 1));

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  /** A cement month: 1,000 t anthracite (default or measured NCV) and 10,000 t Portland clinker. */
  static MonthlyReport month(int year, int m, boolean measured) {
    FuelLine coal = FuelLine.of(Fuel.ANTHRACITE, bd("1000"), FuelUnit.TONNE);
    if (measured) {
      coal = coal.withNcv(Parameter.measured("NCV", bd("24"), "GJ/t", LAB));
    }
    return MonthlyReport.of("E", "line-1", ClinkerLineMonth.builder().month(YearMonth.of(year, m))
        .clinkerType(ClinkerType.PORTLAND).clinkerTonnes(bd("10000")).addFuels(coal).build());
  }

  static List<MonthlyReport> months(int count) {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= count; m++) {
      months.add(month(2025, m, false));
    }
    return months;
  }

  @Test
  void elevenMonthsNameTheMissingMonth() {
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> AnnualReport.of(months(11)));
    assertEquals("month", e.field());
    assertEquals("2025-12", e.value());
    assertTrue(e.rule().contains("missing"), e.getMessage());
  }

  @Test
  void thirteenMonthsOrTwoReportsForOneMonthAreRefused() {
    List<MonthlyReport> thirteen = months(12);
    thirteen.add(month(2025, 4, false));
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> AnnualReport.of(thirteen));
    assertEquals("2025-04", e.value());
    assertTrue(e.rule().contains("two monthly reports"), e.getMessage());
    List<MonthlyReport> otherYear = months(12);
    otherYear.add(month(2026, 1, false));
    EtsValidationException year = assertThrows(EtsValidationException.class, () -> AnnualReport.of(otherYear));
    assertEquals("2026-01", year.value());
    assertThrows(EtsValidationException.class, () -> AnnualReport.of(List.of()));
  }

  @Test
  void reportsOfOneFacilityOnly() {
    List<MonthlyReport> mixed = months(11);
    mixed.add(MonthlyReport.of("E", "line-2", month(2025, 12, false).data()));
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> AnnualReport.of(mixed));
    assertEquals("facilityId", e.field());
    List<MonthlyReport> entity = months(11);
    entity.add(MonthlyReport.of("F", "line-1", month(2025, 12, false).data()));
    assertThrows(EtsValidationException.class, () -> AnnualReport.of(entity));
  }

  @Test
  void aSolidFuelMeasuredCannotSwitchBackToTheDefault() {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(month(2025, m, m <= 3));
    }
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> AnnualReport.of(months));
    assertTrue(e.getMessage().contains("cannot switch back to the default"), e.getMessage());
    assertTrue(e.getMessage().contains("2025-01"), e.getMessage());
    List<MonthlyReport> later = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      later.add(month(2025, m, m > 3));
    }
    EtsValidationException fixed = assertThrows(EtsValidationException.class, () -> AnnualReport.of(later));
    assertTrue(fixed.getMessage().contains("fixed for the year"), fixed.getMessage());
    List<MonthlyReport> allMeasured = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      allMeasured.add(month(2025, m, true));
    }
    assertEquals(bd("24.000"), AnnualReport.of(allMeasured).annualNcv("anthracite").orElseThrow());
  }

  @Test
  void figuresLinesAndDefaults() {
    AnnualReport report = AnnualReport.of(months(12));
    // anthracite 1,000 × 25.024 = 25,024 GJ × 0.02749 = 687.90976 tC × 0.99 × 44/12 = 2,497.1124… → 2,497.11
    // clinker 10,000 × 0.535 = 5,350.00; year 12 × 2,497.11 = 29,965.32 and 64,200.00 → 94,165.32 → 94,165
    assertEquals(bd("29965.32"), report.sourceCo2e(EmissionSource.FUEL_COMBUSTION));
    assertEquals(bd("64200.00"), report.sourceCo2e(EmissionSource.INDUSTRIAL_PROCESS));
    assertEquals(bd("94165.32"), report.coveredCo2e());
    assertEquals(bd("94165"), report.verifiedEmissions());
    assertEquals(bd("0.00"), report.indirectCo2());
    assertEquals(bd("29965.32"), report.sourceLines().get("FUEL_COMBUSTION anthracite"));
    assertEquals(0, bd("29965.32").compareTo(report.emissions().bySource(EmissionSource.FUEL_COMBUSTION).totalCo2e(GwpSet.AR5)));
    assertEquals(List.of("anthracite"), List.copyOf(report.fuels()));
    assertTrue(report.annualNcv("lignite").isEmpty());
    assertEquals(4, report.defaultsUsed().size());
    // every default here is either [A] (fuel table assumed for cement) or [C] (clinker factor)
    assertEquals(4, report.nonOfficialDefaultsUsed().size());
    assertTrue(report.findings().isEmpty());
    assertEquals(12, report.months().size());
    assertEquals(YearMonth.of(2025, 1), report.months().get(0).month());
    assertEquals("E", report.entityId());
    assertEquals("line-1", report.facilityId());
    assertEquals(GwpSet.AR5, report.gwpSet());
    assertEquals(report, AnnualReport.of(months(12)));
    assertEquals(report.hashCode(), AnnualReport.of(months(12)).hashCode());
    assertNotEquals(report, "report");
    MonthlyReport january = report.months().get(0);
    assertEquals(january, month(2025, 1, false));
    assertEquals(january.hashCode(), month(2025, 1, false).hashCode());
    assertFalse(january.equals(month(2025, 2, false)));
    assertTrue(january.toString().contains("2025-01"));
    assertEquals(2, january.explain().split("\n").length);
    assertThrows(EtsValidationException.class, () -> MonthlyReport.of(" ", "x", january.data()));
  }
}
