package io.github.ets4j.allocation.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.calendar.CalendarEntry;
import io.github.ets4j.sectors.calendar.CalendarStep;
import io.github.ets4j.sectors.calendar.ReportingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The calendar of coverage.md "Calendar" [V N25, N26], dates typed in from the table. */
class ComplianceCalendarTest {
  private static final ComplianceCalendar CAL = ComplianceCalendar.chinaNational();
  private static final Year Y2024 = Year.of(2024);
  private static final Year Y2025 = Year.of(2025);

  private static Optional<LocalDate> date(String iso) {
    return Optional.of(LocalDate.parse(iso));
  }

  @Test
  void dataYear2024() {
    // Power: report 2025-03-31, verification 2025-06-30, pre-allocation by 2025-04-20, final 2025-07-31 / 08-20.
    assertEquals(date("2025-03-31"), CAL.deadline(Sector.POWER, Y2024, CalendarStep.ANNUAL_REPORT));
    assertEquals(date("2025-06-30"), CAL.deadline(Sector.POWER, Y2024, CalendarStep.VERIFICATION));
    assertEquals(date("2025-04-20"), CAL.deadline(Sector.POWER, Y2024, CalendarStep.PRE_ALLOCATION));
    assertEquals(date("2025-07-31"), CAL.deadline(Sector.POWER, Y2024, CalendarStep.FINAL_ALLOCATION_DECIDED));
    assertEquals(date("2025-08-20"), CAL.deadline(Sector.POWER, Y2024, CalendarStep.FINAL_ALLOCATION_ISSUED));
    assertEquals(date("2025-12-31"), CAL.deadline(Sector.POWER, Y2024, CalendarStep.SURRENDER));
    for (Sector sector : List.of(Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM)) {
      // Industry: report 2025-06-30 (first year), verification 2025-08-31, no pre-allocation,
      // final 2025-09-30 / 10-20, surrender 2025-12-31.
      assertEquals(date("2025-06-30"), CAL.deadline(sector, Y2024, CalendarStep.ANNUAL_REPORT));
      assertTrue(CAL.find(sector, Y2024, CalendarStep.ANNUAL_REPORT).get().source().place().contains("first year"));
      assertEquals(date("2025-08-31"), CAL.deadline(sector, Y2024, CalendarStep.VERIFICATION));
      CalendarEntry none = CAL.find(sector, Y2024, CalendarStep.PRE_ALLOCATION).get();
      assertTrue(none.date().isEmpty());
      assertEquals(sector + " 2024 PRE_ALLOCATION none (N25 2024 data: industry has no pre-allocation [V])",
          none.toString());
      assertEquals(date("2025-09-30"), CAL.deadline(sector, Y2024, CalendarStep.FINAL_ALLOCATION_DECIDED));
      assertEquals(date("2025-10-20"), CAL.deadline(sector, Y2024, CalendarStep.FINAL_ALLOCATION_ISSUED));
      assertEquals(date("2025-12-31"), CAL.deadline(sector, Y2024, CalendarStep.SURRENDER));
      assertEquals(6, CAL.of(sector, Y2024).size());
    }
    assertEquals("N25", CAL.find(Sector.POWER, Y2024, CalendarStep.VERIFICATION).get().source().document());
  }

  @Test
  void dataYear2025() {
    // All sectors: report 2026-03-31, final 2026-09-20 / 09-30, surrender 2026-12-31.
    // Verification: power 2026-06-30, industry 2026-07-31; pre-allocation: industry 2026-04-10, power 2026-06-30.
    for (Sector sector : Sector.values()) {
      assertEquals(date("2026-03-31"), CAL.deadline(sector, Y2025, CalendarStep.ANNUAL_REPORT));
      assertEquals(date("2026-09-20"), CAL.deadline(sector, Y2025, CalendarStep.FINAL_ALLOCATION_DECIDED));
      assertEquals(date("2026-09-30"), CAL.deadline(sector, Y2025, CalendarStep.FINAL_ALLOCATION_ISSUED));
      assertEquals(date("2026-12-31"), CAL.deadline(sector, Y2025, CalendarStep.SURRENDER));
      assertEquals("N26", CAL.find(sector, Y2025, CalendarStep.SURRENDER).get().source().document());
      boolean power = sector == Sector.POWER;
      assertEquals(date(power ? "2026-06-30" : "2026-07-31"), CAL.deadline(sector, Y2025, CalendarStep.VERIFICATION));
      assertEquals(date(power ? "2026-06-30" : "2026-04-10"), CAL.deadline(sector, Y2025, CalendarStep.PRE_ALLOCATION));
    }
  }

  @Test
  void otherYearsFollowTheGeneralRules() {
    // Report by 31 March of Y+1 (MEASURES-2021 Art 25 [V]); surrender by 31 December of Y+1 (2023 → 2024-12-31).
    assertEquals(date("2024-03-31"), CAL.deadline(Sector.POWER, Year.of(2023), CalendarStep.ANNUAL_REPORT));
    assertEquals("MEASURES-2021",
        CAL.find(Sector.POWER, Year.of(2023), CalendarStep.ANNUAL_REPORT).get().source().document());
    assertEquals(date("2024-12-31"), CAL.deadline(Sector.POWER, Year.of(2023), CalendarStep.SURRENDER));
    assertEquals(date("2028-03-31"), CAL.deadline(Sector.CEMENT, Year.of(2027), CalendarStep.ANNUAL_REPORT));
    assertEquals(date("2028-12-31"), CAL.deadline(Sector.STEEL, Year.of(2027), CalendarStep.SURRENDER));
    assertEquals(Confidence.OFFICIAL,
        CAL.find(Sector.STEEL, Year.of(2027), CalendarStep.SURRENDER).get().source().confidence());
    // No general date for the other steps.
    assertTrue(CAL.find(Sector.CEMENT, Year.of(2027), CalendarStep.VERIFICATION).isEmpty());
    assertTrue(CAL.deadline(Sector.POWER, Year.of(2026), CalendarStep.PRE_ALLOCATION).isEmpty());
    assertEquals(2, CAL.of(Sector.POWER, Year.of(2026)).size());
    // The compliance rules read their surrender date from the calendar.
    assertEquals(LocalDate.parse("2025-12-31"), ComplianceRules.chinaNational(Y2024).surrenderDeadline());
    assertEquals(LocalDate.parse("2020-12-31"), ComplianceRules.chinaNational(Year.of(2019)).surrenderDeadline());
  }

  @Test
  void aNewNoticeIsNewRows() {
    Source n27 = Source.of("N27", "2027 work notice, 2026 data", Confidence.OFFICIAL);
    CalendarEntry verification = CalendarEntry.of(Sector.CEMENT, Year.of(2026), CalendarStep.VERIFICATION,
        LocalDate.parse("2027-07-31"), n27);
    CalendarEntry report = CalendarEntry.of(Sector.POWER, Y2025, CalendarStep.ANNUAL_REPORT, LocalDate.parse("2026-04-15"),
        n27);
    ComplianceCalendar next = CAL.with(List.of(verification, report));
    assertEquals(Optional.of(verification), next.find(Sector.CEMENT, Year.of(2026), CalendarStep.VERIFICATION));
    assertEquals(date("2026-04-15"), next.deadline(Sector.POWER, Y2025, CalendarStep.ANNUAL_REPORT));
    assertEquals(CAL.rows().size() + 2, next.rows().size());
    assertEquals(date("2026-03-31"), CAL.deadline(Sector.POWER, Y2025, CalendarStep.ANNUAL_REPORT));
    assertEquals(verification, CalendarEntry.of(Sector.CEMENT, Year.of(2026), CalendarStep.VERIFICATION,
        LocalDate.parse("2027-07-31"), n27));
    assertEquals(verification.hashCode(), CalendarEntry.of(Sector.CEMENT, Year.of(2026), CalendarStep.VERIFICATION,
        LocalDate.parse("2027-07-31"), n27).hashCode());
    assertNotEquals(verification, report);
    assertNotEquals(verification, "row");
    assertEquals(Sector.CEMENT, verification.sector());
    assertEquals(Year.of(2026), verification.dataYear());
    assertEquals(CalendarStep.VERIFICATION, verification.step());
    assertTrue(next.toString().startsWith("ComplianceCalendar["));
  }

  @Test
  void refusals() {
    assertThrows(EtsValidationException.class, () -> CAL.find(Sector.CEMENT, Year.of(2023), CalendarStep.SURRENDER));
    assertThrows(EtsValidationException.class, () -> CAL.find(Sector.POWER, Year.of(2018), CalendarStep.SURRENDER));
    assertThrows(EtsValidationException.class, () -> CAL.find(null, Y2024, CalendarStep.SURRENDER));
    assertThrows(EtsValidationException.class, () -> CAL.find(Sector.POWER, null, CalendarStep.SURRENDER));
    assertThrows(EtsValidationException.class, () -> CAL.find(Sector.POWER, Y2024, null));
    assertThrows(EtsValidationException.class, () -> CAL.with(null));
    CalendarEntry row = CalendarEntry.of(Sector.POWER, Y2025, CalendarStep.SURRENDER, LocalDate.parse("2026-12-31"),
        Source.of("X", "", Confidence.OFFICIAL));
    assertThrows(EtsValidationException.class, () -> CAL.with(List.of(row, row)));
    assertThrows(EtsValidationException.class, () -> CalendarEntry.of(Sector.POWER, Y2025, CalendarStep.SURRENDER,
        null, Source.of("X", "", Confidence.OFFICIAL)));
    assertThrows(EtsValidationException.class, () -> CalendarEntry.none(Sector.POWER, Y2025, CalendarStep.SURRENDER, null));
    // The monitoring steps are the reporting calendar's, not compliance steps.
    EtsValidationException monitoring = assertThrows(EtsValidationException.class,
        () -> CAL.find(Sector.CEMENT, Y2025, CalendarStep.MONTHLY_EVIDENCE_FROM));
    assertTrue(monitoring.rule().contains("is a monitoring step"), monitoring.rule());
    CalendarEntry list = CalendarEntry.of(Sector.POWER, Y2025, CalendarStep.NEXT_LIST, LocalDate.parse("2026-10-31"),
        Source.of("N26", "", Confidence.OFFICIAL));
    assertThrows(EtsValidationException.class, () -> CAL.with(List.of(list)));
  }

  @Test
  void theStepsAreTheSixOfACycleAndTheRowsTheReportingCalendars() {
    assertEquals(List.of(CalendarStep.ANNUAL_REPORT, CalendarStep.VERIFICATION, CalendarStep.PRE_ALLOCATION,
        CalendarStep.FINAL_ALLOCATION_DECIDED, CalendarStep.FINAL_ALLOCATION_ISSUED, CalendarStep.SURRENDER),
        ComplianceCalendar.steps());
    for (CalendarEntry row : CAL.rows()) {
      assertTrue(ReportingCalendar.chinaNational().rows().contains(row), row.toString());
      assertTrue(ComplianceCalendar.steps().contains(row.step()), row.toString());
    }
    assertEquals(CAL, ComplianceCalendar.chinaNational());
    assertEquals(CAL.hashCode(), ComplianceCalendar.chinaNational().hashCode());
  }
}
