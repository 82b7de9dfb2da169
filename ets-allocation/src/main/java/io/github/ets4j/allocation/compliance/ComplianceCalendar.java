package io.github.ets4j.allocation.compliance;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.calendar.CalendarEntry;
import io.github.ets4j.sectors.calendar.CalendarStep;
import io.github.ets4j.sectors.calendar.ReportingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The compliance calendar (coverage.md "Calendar"): per sector and data year, the deadlines of the emission report,
 * verification, pre-allocation, final allocation decided and issued, and surrender, each a {@link CalendarDate}
 * row with its source.
 *
 * <p>Deadlines differ by sector and data year, so they are rows, not constants: the 2024 data year from N25
 * [V] (环办气候函〔2025〕140号), the 2025 data year from N26 [V], read from the one table of these dates,
 * {@link ReportingCalendar} of ets-sectors (which also holds the monthly-evidence rows). For a data year without
 * rows the general rules
 * apply: the annual report by 31 March of the following year (MEASURES-2021 Art 25 [V]) and surrender by
 * 31 December of the following year [V]; the other steps have no general date, so they are empty. A new year's
 * notice is new rows: {@link #with(Collection)} puts a user's rows before the built-in ones. Immutable and
 * thread-safe.
 */
public final class ComplianceCalendar {
  private static final ComplianceCalendar CHINA_NATIONAL = new ComplianceCalendar(nationalRows());

  /** Rows in order of precedence: the first row of a sector, year and milestone wins. */
  private final List<CalendarDate> rows;

  private ComplianceCalendar(List<CalendarDate> rows) {
    this.rows = rows;
  }

  /** The national rows are the ones of the reporting calendar (ets-sectors), the one place of these dates. */
  private static List<CalendarDate> nationalRows() {
    List<CalendarDate> rows = new ArrayList<>();
    for (CalendarEntry entry : ReportingCalendar.chinaNational().rows()) {
      milestone(entry.step()).ifPresent(milestone -> rows.add(toDate(entry, milestone)));
    }
    return List.copyOf(rows);
  }

  private static CalendarDate toDate(CalendarEntry entry, Milestone milestone) {
    return entry.date().map(date -> CalendarDate.of(entry.sector(), entry.dataYear(), milestone, date, entry.source()))
        .orElseGet(() -> CalendarDate.none(entry.sector(), entry.dataYear(), milestone, entry.source()));
  }

  /** The milestone of a calendar step; the monitoring-only steps (evidence, lists, plans) have none. */
  private static Optional<Milestone> milestone(CalendarStep step) {
    for (Milestone milestone : Milestone.values()) {
      if (milestone.name().equals(step.name())) {
        return Optional.of(milestone);
      }
    }
    return Optional.empty();
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
   * Returns this calendar with rows of a user's (e.g. the next year's notice) that take precedence where they
   * apply (same sector, data year and milestone).
   *
   * @param newRows the rows
   * @return the new calendar
   * @throws EtsValidationException if the collection or a row is null, or two of the new rows are for the same
   *     sector, year and milestone
   */
  public ComplianceCalendar with(Collection<CalendarDate> newRows) {
    Checks.notNull("newRows", newRows);
    List<CalendarDate> merged = new ArrayList<>();
    for (CalendarDate row : newRows) {
      Checks.notNull("newRows[" + merged.size() + "]", row);
      for (CalendarDate other : merged) {
        if (other.sector() == row.sector() && other.dataYear().equals(row.dataYear())
            && other.milestone() == row.milestone()) {
          throw new EtsValidationException("newRows", row, "a second row for the same step (first: " + other + ")");
        }
      }
      merged.add(row);
    }
    merged.addAll(rows);
    return new ComplianceCalendar(List.copyOf(merged));
  }

  /**
   * The row of one step: the calendar's row for the sector and data year, else the general rule (annual report,
   * surrender), else empty.
   *
   * @param sector the sector
   * @param dataYear the data (compliance) year
   * @param milestone the step
   * @return the row, or empty when no date is known
   * @throws EtsValidationException if an argument is null or the sector is not covered in the year
   */
  public Optional<CalendarDate> find(Sector sector, Year dataYear, Milestone milestone) {
    Checks.notNull("sector", sector);
    Checks.notNull("dataYear", dataYear);
    Checks.notNull("milestone", milestone);
    if (!sector.isCoveredIn(dataYear)) {
      throw new EtsValidationException("dataYear", dataYear, sector + " is not covered before "
          + sector.firstComplianceYear());
    }
    for (CalendarDate row : rows) {
      if (row.sector() == sector && row.dataYear().equals(dataYear) && row.milestone() == milestone) {
        return Optional.of(row);
      }
    }
    // the general rules (annual report, surrender) are the reporting calendar's
    return ReportingCalendar.chinaNational().find(sector, dataYear, CalendarStep.valueOf(milestone.name()))
        .map(entry -> toDate(entry, milestone));
  }

  /**
   * The deadline of one step.
   *
   * @param sector the sector
   * @param dataYear the data year
   * @param milestone the step
   * @return the date, or empty when the year has no such step or no date is known
   * @throws EtsValidationException as {@link #find(Sector, Year, Milestone)}
   */
  public Optional<LocalDate> deadline(Sector sector, Year dataYear, Milestone milestone) {
    return find(sector, dataYear, milestone).flatMap(CalendarDate::date);
  }

  /**
   * Every known step of a sector and data year, in milestone order.
   *
   * @param sector the sector
   * @param dataYear the data year
   * @return the rows
   * @throws EtsValidationException as {@link #find(Sector, Year, Milestone)}
   */
  public List<CalendarDate> of(Sector sector, Year dataYear) {
    List<CalendarDate> result = new ArrayList<>();
    for (Milestone milestone : Milestone.values()) {
      find(sector, dataYear, milestone).ifPresent(result::add);
    }
    return result;
  }

  /**
   * The calendar's own rows (without the general rules), in order of precedence.
   *
   * @return an unmodifiable list
   */
  public List<CalendarDate> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "ComplianceCalendar[" + rows.size() + " rows]";
  }
}
