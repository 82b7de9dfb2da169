package io.github.ets4j.sectors.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dates of coverage.md "Calendar" (December 2026), typed from its table. */
class ReportingCalendarTest {
  private static final ReportingCalendar CAL = ReportingCalendar.chinaNational();
  private static final Year Y2024 = Year.of(2024);
  private static final Year Y2025 = Year.of(2025);
  private static final Sector[] INDUSTRY = {Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM};

  private static Optional<LocalDate> date(Sector sector, Year year, CalendarStep step) {
    return CAL.date(sector, year, step);
  }

  private static Optional<LocalDate> day(String iso) {
    return Optional.of(LocalDate.parse(iso));
  }

  @Test
  void data2024() {
    assertEquals(day("2025-03-31"), date(Sector.POWER, Y2024, CalendarStep.ANNUAL_REPORT));
    assertEquals(day("2025-06-30"), date(Sector.POWER, Y2024, CalendarStep.VERIFICATION));
    assertEquals(day("2025-04-20"), date(Sector.POWER, Y2024, CalendarStep.PRE_ALLOCATION));
    assertEquals(day("2025-07-31"), date(Sector.POWER, Y2024, CalendarStep.FINAL_ALLOCATION_DECIDED));
    assertEquals(day("2025-08-20"), date(Sector.POWER, Y2024, CalendarStep.FINAL_ALLOCATION_ISSUED));
    assertEquals(day("2025-12-31"), date(Sector.POWER, Y2024, CalendarStep.SURRENDER));
    for (Sector sector : INDUSTRY) {
      assertEquals(day("2025-06-30"), date(sector, Y2024, CalendarStep.ANNUAL_REPORT));
      assertEquals(day("2025-08-31"), date(sector, Y2024, CalendarStep.VERIFICATION));
      // industry: no pre-allocation for 2024 data, a row that says so
      assertEquals(Optional.empty(), date(sector, Y2024, CalendarStep.PRE_ALLOCATION));
      assertTrue(CAL.find(sector, Y2024, CalendarStep.PRE_ALLOCATION).isPresent());
      assertEquals(day("2025-09-30"), date(sector, Y2024, CalendarStep.FINAL_ALLOCATION_DECIDED));
      assertEquals(day("2025-10-20"), date(sector, Y2024, CalendarStep.FINAL_ALLOCATION_ISSUED));
      assertEquals(day("2025-12-31"), date(sector, Y2024, CalendarStep.SURRENDER));
      // no monthly evidence for 2024 data [A]
      CalendarEntry none = CAL.find(sector, Y2024, CalendarStep.MONTHLY_EVIDENCE_FROM).orElseThrow();
      assertTrue(none.date().isEmpty());
      assertEquals(Confidence.ASSUMED, none.source().confidence());
    }
  }

  @Test
  void data2025() {
    for (Sector sector : Sector.values()) {
      assertEquals(day("2026-03-31"), date(sector, Y2025, CalendarStep.ANNUAL_REPORT));
      assertEquals(day("2026-09-20"), date(sector, Y2025, CalendarStep.FINAL_ALLOCATION_DECIDED));
      assertEquals(day("2026-09-30"), date(sector, Y2025, CalendarStep.FINAL_ALLOCATION_ISSUED));
      assertEquals(day("2026-12-31"), date(sector, Y2025, CalendarStep.SURRENDER));
      assertEquals(day("2026-10-31"), date(sector, Y2025, CalendarStep.NEXT_LIST));
      assertEquals(day("2026-12-31"), date(sector, Y2025, CalendarStep.DATA_QUALITY_PLAN));
      assertEquals("N26", CAL.find(sector, Y2025, CalendarStep.NEXT_LIST).orElseThrow().source().document());
    }
    assertEquals(day("2026-06-30"), date(Sector.POWER, Y2025, CalendarStep.VERIFICATION));
    assertEquals(day("2026-06-30"), date(Sector.POWER, Y2025, CalendarStep.PRE_ALLOCATION));
    assertEquals(Optional.empty(), date(Sector.POWER, Y2025, CalendarStep.MONTHLY_EVIDENCE_FROM));
    for (Sector sector : INDUSTRY) {
      assertEquals(day("2026-07-31"), date(sector, Y2025, CalendarStep.VERIFICATION));
      assertEquals(day("2026-04-10"), date(sector, Y2025, CalendarStep.PRE_ALLOCATION));
      assertEquals(day("2025-07-01"), date(sector, Y2025, CalendarStep.MONTHLY_EVIDENCE_FROM));
      assertEquals(day("2025-10-31"), date(sector, Y2025, CalendarStep.MONTHLY_EVIDENCE_BACKFILL));
      assertEquals("N26", CAL.find(sector, Y2025, CalendarStep.VERIFICATION).orElseThrow().source().document());
    }
  }

  @Test
  void generalRulesForOtherYears() {
    // report by 31 March of Y+1 (MEASURES-2021 Art 25), surrender by 31 December of Y+1
    assertEquals(day("2024-03-31"), date(Sector.POWER, Year.of(2023), CalendarStep.ANNUAL_REPORT));
    assertEquals(day("2024-12-31"), date(Sector.POWER, Year.of(2023), CalendarStep.SURRENDER));
    assertEquals(day("2027-03-31"), date(Sector.CEMENT, Year.of(2026), CalendarStep.ANNUAL_REPORT));
    assertEquals(day("2027-12-31"), date(Sector.STEEL, Year.of(2026), CalendarStep.SURRENDER));
    assertEquals(ReportingCalendar.REPORT_RULE,
        CAL.find(Sector.CEMENT, Year.of(2026), CalendarStep.ANNUAL_REPORT).orElseThrow().source());
    assertEquals(ReportingCalendar.SURRENDER_RULE,
        CAL.find(Sector.CEMENT, Year.of(2026), CalendarStep.SURRENDER).orElseThrow().source());
    assertEquals(Optional.empty(), CAL.find(Sector.CEMENT, Year.of(2026), CalendarStep.VERIFICATION));
    EtsValidationException early = assertThrows(EtsValidationException.class,
        () -> CAL.find(Sector.CEMENT, Year.of(2023), CalendarStep.ANNUAL_REPORT));
    assertTrue(early.getMessage().contains("2024"), early.getMessage());
  }

  @Test
  void aNewNoticeIsNewRows() {
    Source n27 = Source.of("N27", "2027 work notice", Confidence.OFFICIAL);
    CalendarEntry verification = CalendarEntry.of(Sector.CEMENT, Year.of(2026), CalendarStep.VERIFICATION,
        LocalDate.of(2027, 7, 31), n27);
    ReportingCalendar next = CAL.with(List.of(verification));
    assertEquals(day("2027-07-31"), next.date(Sector.CEMENT, Year.of(2026), CalendarStep.VERIFICATION));
    assertEquals(CAL.rows().size() + 1, next.rows().size());
    assertEquals(verification, next.rows().get(0));
    assertNotEquals(CAL, next);
    assertEquals(next, CAL.with(List.of(verification)));
    assertEquals(next.hashCode(), CAL.with(List.of(verification)).hashCode());
    assertNotEquals(CAL, "calendar");
    assertThrows(EtsValidationException.class, () -> CAL.with(List.of(verification, verification)));
    CalendarEntry none = CalendarEntry.none(Sector.CEMENT, Year.of(2026), CalendarStep.VERIFICATION, n27);
    assertTrue(none.sameStep(verification));
    assertNotEquals(none, verification);
    assertNotEquals(none.hashCode(), verification.hashCode());
    assertNotEquals(verification, "row");
    assertFalse(none.sameStep(CalendarEntry.none(Sector.STEEL, Year.of(2026), CalendarStep.VERIFICATION, n27)));
    assertFalse(none.sameStep(CalendarEntry.none(Sector.CEMENT, Year.of(2027), CalendarStep.VERIFICATION, n27)));
    assertFalse(none.sameStep(CalendarEntry.none(Sector.CEMENT, Year.of(2026), CalendarStep.SURRENDER, n27)));
    assertEquals("CEMENT 2026 VERIFICATION by 2027-07-31 (" + n27 + ")", verification.toString());
    assertEquals("CEMENT 2026 VERIFICATION none (" + n27 + ")", none.toString());
    assertTrue(CAL.toString().startsWith("ReportingCalendar["));
  }
}
