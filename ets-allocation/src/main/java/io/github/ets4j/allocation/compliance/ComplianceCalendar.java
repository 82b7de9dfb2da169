package io.github.ets4j.allocation.compliance;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
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
 * [V] (环办气候函〔2025〕140号), the 2025 data year from N26 [V]. For a data year without rows the general rules
 * apply: the annual report by 31 March of the following year (MEASURES-2021 Art 25 [V]) and surrender by
 * 31 December of the following year [V]; the other steps have no general date, so they are empty. A new year's
 * notice is new rows: {@link #with(Collection)} puts a user's rows before the built-in ones. Immutable and
 * thread-safe.
 */
public final class ComplianceCalendar {
  private static final Source N25 = Source.of("N25", "环办气候函〔2025〕140号, 2024 data", Confidence.OFFICIAL);
  private static final Source N25_FIRST = Source.of("N25", "环办气候函〔2025〕140号, 2024 data, industry first year",
      Confidence.OFFICIAL);
  private static final Source N25_NO_PRE = Source.of("N25", "2024 data: industry has no pre-allocation",
      Confidence.OFFICIAL);
  private static final Source N26 = Source.of("N26", "2026 work notice, 2025 data", Confidence.OFFICIAL);
  private static final Source REPORT_RULE = Source.of("MEASURES-2021",
      "Art 25: annual report by 31 March of the following year", Confidence.OFFICIAL);
  /** coverage.md gives the rule with its examples (2023 → 2024-12-31, 2024 → 2025-12-31, 2025 → 2026-12-31) [V]. */
  private static final Source SURRENDER_RULE = Source.of("GENERAL RULE",
      "surrender for year Y by 31 December of Y+1", Confidence.OFFICIAL);
  /** In the row tables: this step has a row of its own below (or none). */
  private static final String NO_ROW = "-";
  private static final List<Sector> INDUSTRY = List.of(Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM);
  private static final ComplianceCalendar CHINA_NATIONAL = new ComplianceCalendar(nationalRows());

  /** Rows in order of precedence: the first row of a sector, year and milestone wins. */
  private final List<CalendarDate> rows;

  private ComplianceCalendar(List<CalendarDate> rows) {
    this.rows = rows;
  }

  private static List<CalendarDate> nationalRows() {
    List<CalendarDate> rows = new ArrayList<>();
    Year y2024 = Year.of(2024);
    Year y2025 = Year.of(2025);
    // 2024 data [V N25]
    dates(rows, Sector.POWER, y2024, N25, "2025-03-31", "2025-06-30", "2025-04-20", "2025-07-31", "2025-08-20",
        "2025-12-31");
    for (Sector sector : INDUSTRY) {
      dates(rows, sector, y2024, N25, NO_ROW, "2025-08-31", NO_ROW, "2025-09-30", "2025-10-20", "2025-12-31");
      rows.add(CalendarDate.of(sector, y2024, Milestone.ANNUAL_REPORT, LocalDate.parse("2025-06-30"), N25_FIRST));
      rows.add(CalendarDate.none(sector, y2024, Milestone.PRE_ALLOCATION, N25_NO_PRE));
    }
    // 2025 data [V N26]
    dates(rows, Sector.POWER, y2025, N26, "2026-03-31", "2026-06-30", "2026-06-30", "2026-09-20", "2026-09-30",
        "2026-12-31");
    for (Sector sector : INDUSTRY) {
      dates(rows, sector, y2025, N26, "2026-03-31", "2026-07-31", "2026-04-10", "2026-09-20", "2026-09-30",
          "2026-12-31");
    }
    return List.copyOf(rows);
  }

  /** Adds the rows of one sector and year, milestones in declaration order; {@link #NO_ROW} adds no row. */
  private static void dates(List<CalendarDate> rows, Sector sector, Year year, Source source, String... dates) {
    Milestone[] milestones = Milestone.values();
    for (int i = 0; i < dates.length; i++) {
      if (!dates[i].equals(NO_ROW)) {
        rows.add(CalendarDate.of(sector, year, milestones[i], LocalDate.parse(dates[i]), source));
      }
    }
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
          + (sector == Sector.POWER ? "2019" : "2024"));
    }
    for (CalendarDate row : rows) {
      if (row.sector() == sector && row.dataYear().equals(dataYear) && row.milestone() == milestone) {
        return Optional.of(row);
      }
    }
    int next = dataYear.getValue() + 1;
    if (milestone == Milestone.ANNUAL_REPORT) {
      return Optional.of(CalendarDate.of(sector, dataYear, milestone, LocalDate.of(next, 3, 31), REPORT_RULE));
    }
    if (milestone == Milestone.SURRENDER) {
      return Optional.of(CalendarDate.of(sector, dataYear, milestone, LocalDate.of(next, 12, 31), SURRENDER_RULE));
    }
    return Optional.empty();
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
