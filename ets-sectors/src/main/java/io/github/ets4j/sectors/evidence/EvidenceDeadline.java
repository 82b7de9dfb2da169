package io.github.ets4j.sectors.evidence;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.calendar.CalendarEntry;
import io.github.ets4j.sectors.calendar.CalendarStep;
import io.github.ets4j.sectors.calendar.ReportingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The deadline for the evidence of a month's key parameters, and the check that turns late or missing
 * evidence into findings.
 *
 * <p>Evidence is due within {@link #days()} calendar days after the month ends: 40 days by AG-STEEL-2024
 * §10.2 [V], the catalogue entry {@link #chinaNational()}. The last day counts: for January 2025 (ending on
 * the 31st) the deadline is 2025-03-12, and an upload that day is on time. Reading "within 40 days" as
 * inclusive is an <b>assumption</b> of this project; a caller who reads it as exclusive uses
 * {@code EvidenceDeadline.of(39, source)}. An upload before the month ends is on time.
 *
 * <p>The sector-aware methods ({@link #deadlineFor(Sector, YearMonth)}, {@link #findings(Sector, YearMonth, Map)})
 * also read the monthly-evidence rows of the {@link ReportingCalendar} (coverage.md "Calendar"): industrial
 * months of 2025 before July were back-filled by 2025-10-31 (N25 [V]), and industry had no monthly evidence for
 * its 2024 data [A, see the calendar]. Immutable and thread-safe.
 */
public final class EvidenceDeadline {

  /** Source of the 40-day deadline. */
  public static final Source SOURCE = Source.of("AG-STEEL-2024", "§10.2", Confidence.OFFICIAL);

  private static final EvidenceDeadline CHINA_NATIONAL = new EvidenceDeadline(40, SOURCE,
      ReportingCalendar.chinaNational());

  private final int days;
  private final Source source;
  private final ReportingCalendar calendar;

  private EvidenceDeadline(int days, Source source, ReportingCalendar calendar) {
    this.days = days;
    this.source = source;
    this.calendar = calendar;
  }

  /**
   * The deadline of the national ETS: 40 calendar days after the month ends (AG-STEEL-2024 §10.2 [V]).
   *
   * @return the catalogue entry
   */
  public static EvidenceDeadline chinaNational() {
    return CHINA_NATIONAL;
  }

  /**
   * Creates another deadline, e.g. for a study or a later guideline.
   *
   * @param days calendar days after the month ends, 0 to 366
   * @param source where the figure comes from
   * @return the deadline
   * @throws EtsValidationException if the days are out of range or the source is null
   */
  public static EvidenceDeadline of(int days, Source source) {
    if (days < 0 || days > 366) {
      throw new EtsValidationException("days", days, "must be between 0 and 366");
    }
    return new EvidenceDeadline(days, Checks.notNull("source", source), ReportingCalendar.chinaNational());
  }

  /**
   * The last day on which evidence for a month is on time.
   *
   * @param month the report month
   * @return the month's last day plus {@link #days()}
   */
  public LocalDate deadlineFor(YearMonth month) {
    Checks.notNull("month", month);
    return month.atEndOfMonth().plusDays(days);
  }

  /**
   * Returns this deadline reading another calendar (e.g. with a later notice's monthly-evidence rows).
   *
   * @param newCalendar the calendar
   * @return the new deadline
   * @throws EtsValidationException if the calendar is null
   */
  public EvidenceDeadline withCalendar(ReportingCalendar newCalendar) {
    return new EvidenceDeadline(days, source, Checks.notNull("newCalendar", newCalendar));
  }

  /**
   * The calendar whose monthly-evidence rows the sector-aware methods read.
   *
   * @return the calendar
   */
  public ReportingCalendar calendar() {
    return calendar;
  }

  /**
   * The last day on which a sector's evidence for a month is on time: the back-fill date of the calendar for a
   * month before the data year's {@link CalendarStep#MONTHLY_EVIDENCE_FROM}, else the month's last day plus
   * {@link #days()}.
   *
   * @param sector the sector
   * @param month the report month
   * @return the deadline, or empty when the data year has no monthly evidence for the sector
   * @throws EtsValidationException if an argument is null, the sector is not covered in the month's year, or the
   *     calendar has a first month without a back-fill date
   */
  public Optional<LocalDate> deadlineFor(Sector sector, YearMonth month) {
    Checks.notNull("sector", sector);
    Checks.notNull("month", month);
    Year year = Year.of(month.getYear());
    Optional<CalendarEntry> from = calendar.find(sector, year, CalendarStep.MONTHLY_EVIDENCE_FROM);
    if (from.isEmpty()) {
      return Optional.of(deadlineFor(month));
    }
    Optional<LocalDate> first = from.get().date();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    if (!month.isBefore(YearMonth.from(first.get()))) {
      return Optional.of(deadlineFor(month));
    }
    LocalDate backfill = calendar.date(sector, year, CalendarStep.MONTHLY_EVIDENCE_BACKFILL).orElseThrow(
        () -> new EtsValidationException("month", month, "the calendar starts the " + sector + " monthly evidence of "
            + year + " on " + first.get() + " but has no back-fill date for the months before it"));
    return Optional.of(backfill);
  }

  /**
   * Checks the evidence of each key parameter of a sector's month against {@link #deadlineFor(Sector, YearMonth)};
   * a month without monthly evidence (industry in 2024) has no findings.
   *
   * @param sector the sector
   * @param month the report month
   * @param evidenceByParameter the evidence of each key parameter; an empty collection means none was uploaded
   * @return the findings; empty when everything is on time
   * @throws EtsValidationException as {@link #findings(YearMonth, Map)} and {@link #deadlineFor(Sector, YearMonth)}
   */
  public List<EvidenceFinding> findings(Sector sector, YearMonth month,
      Map<String, ? extends Collection<Evidence>> evidenceByParameter) {
    Checks.notNull("evidenceByParameter", evidenceByParameter);
    Optional<LocalDate> deadline = deadlineFor(sector, month);
    if (deadline.isEmpty()) {
      return List.of();
    }
    boolean backfilled = !deadline.get().equals(deadlineFor(month));
    String rule = backfilled ? "back-filled by " + deadline.get() + " ("
        + calendar.find(sector, Year.of(month.getYear()), CalendarStep.MONTHLY_EVIDENCE_BACKFILL)
            .map(CalendarEntry::source).map(Source::toString).orElse("") + ")" : rule();
    return findings(month, deadline.get(), rule, evidenceByParameter);
  }

  /**
   * Checks the evidence of each key parameter of a month.
   *
   * <p>A parameter without any evidence gives one MISSING finding; each document uploaded after the
   * deadline gives one LATE finding. Findings are ordered by parameter name (natural {@code String}
   * order), then upload date.
   *
   * @param month the report month
   * @param evidenceByParameter the evidence of each key parameter; an empty collection means none was uploaded
   * @return the findings; empty when everything is on time
   * @throws EtsValidationException if an argument, a parameter name or an evidence item is null, or a
   *     parameter name is blank
   */
  public List<EvidenceFinding> findings(YearMonth month, Map<String, ? extends Collection<Evidence>> evidenceByParameter) {
    Checks.notNull("month", month);
    Checks.notNull("evidenceByParameter", evidenceByParameter);
    return findings(month, deadlineFor(month), rule(), evidenceByParameter);
  }

  private static List<EvidenceFinding> findings(YearMonth month, LocalDate deadline, String rule,
      Map<String, ? extends Collection<Evidence>> evidenceByParameter) {
    List<EvidenceFinding> findings = new ArrayList<>();
    Map<String, Collection<Evidence>> sorted = new TreeMap<>();
    evidenceByParameter.forEach((parameter, evidence) ->
        sorted.put(Checks.notBlank("parameter", parameter), Checks.notNull("evidence of " + parameter, evidence)));
    sorted.forEach((parameter, evidence) -> {
      if (evidence.isEmpty()) {
        findings.add(EvidenceFinding.builder().parameter(parameter).problem(EvidenceProblem.MISSING).rule(rule)
            .month(month).deadline(deadline).build());
      }
      List<Evidence> late = new ArrayList<>();
      for (Evidence e : evidence) {
        if (Checks.notNull("evidence of " + parameter, e).uploaded().isAfter(deadline)) {
          late.add(e);
        }
      }
      late.sort((a, b) -> a.uploaded().compareTo(b.uploaded()));
      for (Evidence e : late) {
        findings.add(EvidenceFinding.builder().parameter(parameter).problem(EvidenceProblem.LATE).rule(rule)
            .month(month).deadline(deadline).documentId(e.documentId()).uploaded(e.uploaded()).build());
      }
    });
    return List.copyOf(findings);
  }

  private String rule() {
    return "upload within " + days + " calendar days after the month ends (" + source + ")";
  }

  /**
   * The number of calendar days after the month's end.
   *
   * @return the days
   */
  public int days() {
    return days;
  }

  /**
   * Where the figure comes from.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EvidenceDeadline && ((EvidenceDeadline) other).days == days
        && ((EvidenceDeadline) other).source.equals(source) && ((EvidenceDeadline) other).calendar.equals(calendar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(days, source, calendar);
  }

  /**
   * Describes the deadline, e.g. {@code "40 calendar days after the month ends (AG-STEEL-2024 §10.2 [V])"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return days + " calendar days after the month ends (" + source + ")";
  }
}
