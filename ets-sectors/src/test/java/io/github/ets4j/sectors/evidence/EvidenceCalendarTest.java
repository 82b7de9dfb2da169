package io.github.ets4j.sectors.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.calendar.CalendarEntry;
import io.github.ets4j.sectors.calendar.CalendarStep;
import io.github.ets4j.sectors.calendar.ReportingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Monthly evidence deadlines read from the calendar of coverage.md (N25 [V]). */
class EvidenceCalendarTest {
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final EvidenceDeadline NATIONAL = EvidenceDeadline.chinaNational();

  private static Evidence ev(String id, LocalDate uploaded) {
    return Evidence.of(EvidenceKind.LEDGER, id, SHA, uploaded);
  }

  @Test
  void industrialMonthsOf2025BeforeJulyAreBackFilledBy31October() {
    for (int m = 1; m <= 6; m++) {
      assertEquals(Optional.of(LocalDate.of(2025, 10, 31)), NATIONAL.deadlineFor(Sector.CEMENT, YearMonth.of(2025, m)));
    }
    // July 2025: 31 July + 40 days = 9 September (31 − 31 = 0 left in July, 31 in August, 9 in September)
    assertEquals(Optional.of(LocalDate.of(2025, 9, 9)), NATIONAL.deadlineFor(Sector.STEEL, YearMonth.of(2025, 7)));
    // power follows the 40-day rule from January: 31 Jan 2025 + 40 = 12 March
    assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), NATIONAL.deadlineFor(Sector.POWER, YearMonth.of(2025, 1)));
    // 2026: the 40-day rule everywhere; 31 Jan 2026 + 40 = 12 March 2026
    assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), NATIONAL.deadlineFor(Sector.ALUMINUM, YearMonth.of(2026, 1)));
    // industry had no monthly evidence for 2024 data [A]
    assertEquals(Optional.empty(), NATIONAL.deadlineFor(Sector.CEMENT, YearMonth.of(2024, 5)));
  }

  @Test
  void findingsUseTheBackFillDate() {
    // an upload on 2025-10-31 for March 2025 is on time; one on 2025-11-01 is late
    Map<String, List<Evidence>> evidence = Map.of("clinker", List.of(ev("A", LocalDate.of(2025, 10, 31))),
        "coal", List.of(ev("B", LocalDate.of(2025, 11, 1))), "ncv", List.of());
    List<EvidenceFinding> findings = NATIONAL.findings(Sector.CEMENT, YearMonth.of(2025, 3), evidence);
    assertEquals(2, findings.size());
    assertEquals("coal", findings.get(0).parameter());
    assertEquals(EvidenceProblem.LATE, findings.get(0).problem());
    assertEquals(LocalDate.of(2025, 10, 31), findings.get(0).deadline());
    assertTrue(findings.get(0).rule().contains("back-filled by 2025-10-31"), findings.get(0).rule());
    assertTrue(findings.get(0).rule().contains("N25"), findings.get(0).rule());
    assertEquals(EvidenceProblem.MISSING, findings.get(1).problem());
    // the same upload under the 40-day rule (power) is late: 31 March + 40 = 10 May
    List<EvidenceFinding> power = NATIONAL.findings(Sector.POWER, YearMonth.of(2025, 3), evidence);
    assertEquals(3, power.size());
    assertEquals(LocalDate.of(2025, 5, 10), power.get(0).deadline());
    assertTrue(power.get(0).rule().contains("40 calendar days"), power.get(0).rule());
    // 2024 industrial months: no obligation, no findings
    assertEquals(List.of(), NATIONAL.findings(Sector.STEEL, YearMonth.of(2024, 3), evidence));
  }

  @Test
  void aCalendarOfOnesOwn() {
    Source mine = Source.of("N27", "monthly evidence", Confidence.OFFICIAL);
    ReportingCalendar calendar = ReportingCalendar.chinaNational().with(List.of(
        CalendarEntry.of(Sector.POWER, Year.of(2027), CalendarStep.MONTHLY_EVIDENCE_FROM, LocalDate.of(2027, 4, 1), mine)));
    EvidenceDeadline own = NATIONAL.withCalendar(calendar);
    assertEquals(calendar, own.calendar());
    assertNotEquals(NATIONAL, own);
    assertNotEquals(NATIONAL.hashCode(), own.hashCode());
    // 30 April 2027 + 40 days: 31 to 31 May, 9 more to 9 June
    assertEquals(Optional.of(LocalDate.of(2027, 6, 9)), own.deadlineFor(Sector.POWER, YearMonth.of(2027, 4)));
    // a first month without a back-fill date for the months before it
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> own.deadlineFor(Sector.POWER, YearMonth.of(2027, 2)));
    assertTrue(e.getMessage().contains("back-fill"), e.getMessage());
    assertEquals(ReportingCalendar.chinaNational(), EvidenceDeadline.of(39, mine).calendar());
  }
}
