package io.github.ets4j.allocation.compliance;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.sectors.calendar.CalendarEntry;
import io.github.ets4j.sectors.calendar.CalendarStep;
import io.github.ets4j.sectors.calendar.ReportingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The compliance calendar (coverage.md "Calendar"): per sector and data year, the deadlines of the emission report,
 * verification, pre-allocation, final allocation decided and issued, and surrender ({@link #steps()}), each a
 * {@link CalendarEntry} row with its source.
 *
 * <p>The compliance view of the one table of these dates, {@link ReportingCalendar} of ets-sectors (which also holds
 * the monitoring steps: monthly evidence, the next list, data-quality plans): the 2024 data year from N25 [V]
 * (环办气候函〔2025〕140号), the 2025 data year from N26 [V]. For a data year without rows the general rules
 * apply: the annual report by 31 March of the following year (MEASURES-2021 Art 25 [V]) and surrender by
 * 31 December of the following year [V]; the other steps have no general date, so they are empty. A new year's
 * notice is new rows: {@link #with(Collection)} puts a user's rows before the built-in ones. Immutable and
 * thread-safe.
 */
public final class ComplianceCalendar {
  /** The compliance steps, in the order of a cycle. */
  private static final List<CalendarStep> STEPS = List.of(CalendarStep.ANNUAL_REPORT, CalendarStep.VERIFICATION,
      CalendarStep.PRE_ALLOCATION, CalendarStep.FINAL_ALLOCATION_DECIDED, CalendarStep.FINAL_ALLOCATION_ISSUED,
      CalendarStep.SURRENDER);
  private static final ComplianceCalendar CHINA_NATIONAL = new ComplianceCalendar(ReportingCalendar.chinaNational());

  /** The reporting calendar the dates are read from: the national one, with a user's rows. */
  private final ReportingCalendar calendar;

  private ComplianceCalendar(ReportingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The national calendar: the rows of the 2024 and 2025 data years and the general rules.
   *
   * @return the calendar
   */
  public static ComplianceCalendar chinaNational() {
    return CHINA_NATIONAL;
  }

  /**
   * The steps of a compliance cycle this calendar answers for: annual report, verification, pre-allocation, final
   * allocation decided and issued, surrender (the monitoring steps are {@link ReportingCalendar}'s).
   *
   * @return the steps, in cycle order
   */
  public static List<CalendarStep> steps() {
    return STEPS;
  }

  /**
   * Returns this calendar with rows of a user's (e.g. the next year's notice) that take precedence where they
   * apply (same sector, data year and step).
   *
   * @param newRows the rows, of compliance steps
   * @return the new calendar
   * @throws EtsValidationException if the collection or a row is null, a row is of a monitoring step, or two of
   *     the new rows are for the same sector, year and step
   */
  public ComplianceCalendar with(Collection<CalendarEntry> newRows) {
    Checks.notNull("newRows", newRows);
    int i = 0;
    for (CalendarEntry row : newRows) {
      Checks.notNull("newRows[" + i + "]", row);
      requireComplianceStep("newRows[" + i++ + "].step", row.step());
    }
    return new ComplianceCalendar(calendar.with(newRows));
  }

  private static void requireComplianceStep(String field, CalendarStep step) {
    if (!STEPS.contains(step)) {
      throw new EtsValidationException(field, step, "is a monitoring step, not a compliance step " + STEPS
          + ": it is a row of ReportingCalendar (rulebook.monitoring())");
    }
  }

  /**
   * The row of one step: the calendar's row for the sector and data year, else the general rule (annual report,
   * surrender), else empty.
   *
   * @param sector the sector
   * @param dataYear the data (compliance) year
   * @param step the step, one of {@link #steps()}
   * @return the row, or empty when no date is known
   * @throws EtsValidationException if an argument is null, the step is a monitoring step or the sector is not
   *     covered in the year
   */
  public Optional<CalendarEntry> find(Sector sector, Year dataYear, CalendarStep step) {
    Checks.notNull("sector", sector);
    Checks.notNull("dataYear", dataYear);
    requireComplianceStep("step", Checks.notNull("step", step));
    return calendar.find(sector, dataYear, step);
  }

  /**
   * The deadline of one step.
   *
   * @param sector the sector
   * @param dataYear the data year
   * @param step the step, one of {@link #steps()}
   * @return the date, or empty when the year has no such step or no date is known
   * @throws EtsValidationException as {@link #find(Sector, Year, CalendarStep)}
   */
  public Optional<LocalDate> deadline(Sector sector, Year dataYear, CalendarStep step) {
    return find(sector, dataYear, step).flatMap(CalendarEntry::date);
  }

  /**
   * Every known step of a sector and data year, in cycle order.
   *
   * @param sector the sector
   * @param dataYear the data year
   * @return the rows
   * @throws EtsValidationException as {@link #find(Sector, Year, CalendarStep)}
   */
  public List<CalendarEntry> of(Sector sector, Year dataYear) {
    List<CalendarEntry> result = new ArrayList<>();
    for (CalendarStep step : STEPS) {
      find(sector, dataYear, step).ifPresent(result::add);
    }
    return result;
  }

  /**
   * The calendar's own rows of compliance steps (without the general rules), in order of precedence.
   *
   * @return an unmodifiable list
   */
  public List<CalendarEntry> rows() {
    List<CalendarEntry> rows = new ArrayList<>();
    for (CalendarEntry row : calendar.rows()) {
      if (STEPS.contains(row.step())) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ComplianceCalendar && ((ComplianceCalendar) other).calendar.equals(calendar);
  }

  @Override
  public int hashCode() {
    return calendar.hashCode();
  }

  @Override
  public String toString() {
    return "ComplianceCalendar[" + rows().size() + " rows]";
  }
}
