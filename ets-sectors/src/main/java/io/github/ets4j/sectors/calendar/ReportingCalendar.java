package io.github.ets4j.sectors.calendar;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The calendar of coverage.md as data: per sector and data year, the dated steps of the cycle, each a
 * {@link CalendarEntry} with its source. The one place of these dates: {@code EvidenceDeadline} reads the monthly
 * evidence rows, and the compliance calendar of ets-allocation the report, verification, allocation and surrender
 * rows.
 *
 * <p>Rows of the national calendar [V]:
 * <ul>
 *   <li>2024 data (N25, 环办气候函〔2025〕140号): power report 2025-03-31, verification 2025-06-30, pre-allocation
 *       2025-04-20, final allocation decided 2025-07-31 and issued 2025-08-20; industry (first year) report
 *       2025-06-30, verification 2025-08-31, no pre-allocation, final allocation 2025-09-30 / 2025-10-20; surrender
 *       2025-12-31 for all.
 *   <li>2025 data (N26): report 2026-03-31 for all; verification power 2026-06-30, industry 2026-07-31;
 *       pre-allocation industry 2026-04-10, power 2026-06-30; final allocation 2026-09-20 / 2026-09-30; surrender
 *       2026-12-31; the 2027 list by 2026-10-31 and the data-quality plans by 2026-12-31.
 *   <li>Industrial monthly evidence: from July 2025, the months January to June 2025 back-filled by 2025-10-31
 *       (N25). coverage.md prints this row in its "2024 data" column although it speaks of 2025 months; we read
 *       it as the rule of the 2025 months and take it that industry had no monthly evidence for its 2024 data (an
 *       <b>assumption</b>, tag A: N25 starts the obligation with July 2025).
 * </ul>
 * For a data year without a row the general rules apply: the annual report by 31 March of the following year
 * (MEASURES-2021 Art 25 [V]; for 2019 data, reported before the measures were in force, the same date is a row
 * of its own tagged A) and surrender by 31 December of the following year [V]; other steps have no general
 * date (monthly evidence then follows the 40-day rule of {@code EvidenceDeadline}). A new year's notice is new
 * rows: {@link #with(Collection)} puts a user's rows before the built-in ones. Immutable and thread-safe.
 */
public final class ReportingCalendar {
  /** Source of the 2024 data-year rows. */
  public static final Source N25 = Source.of("N25", "环办气候函〔2025〕140号, 2024 data", Confidence.OFFICIAL);
  /** Source of the 2025 data-year rows. */
  public static final Source N26 = Source.of("N26", "2026 work notice, 2025 data", Confidence.OFFICIAL);
  /** Source of the general report deadline. */
  public static final Source REPORT_RULE = Source.of("MEASURES-2021",
      "Art 25: annual report by 31 March of the following year", Confidence.OFFICIAL);
  /** coverage.md gives the rule with its examples (2023 → 2024-12-31, 2024 → 2025-12-31, 2025 → 2026-12-31) [V]. */
  public static final Source SURRENDER_RULE = Source.of("GENERAL RULE",
      "surrender for year Y by 31 December of Y+1", Confidence.OFFICIAL);

  private static final Source N25_FIRST = Source.of("N25", "环办气候函〔2025〕140号, 2024 data, industry first year",
      Confidence.OFFICIAL);
  private static final Source N25_NO_PRE = Source.of("N25", "2024 data: industry has no pre-allocation",
      Confidence.OFFICIAL);
  private static final Source N25_EVIDENCE = Source.of("N25",
      "industrial monthly evidence from July 2025, January-June 2025 back-filled by 2025-10-31", Confidence.OFFICIAL);
  private static final Source NO_EVIDENCE_2024 = Source.of("ets4j",
      "no industrial monthly evidence for 2024 data: N25 starts it with the 2025 months", Confidence.ASSUMED);
  /** MEASURES-2021 (in force 2021-02-01) came after the 2019 data were reported; the reference gives no date. */
  private static final Source REPORT_2019 = Source.of("ASSUMPTION", "2019 data predate MEASURES-2021 (in force "
      + "2021-02-01) and the reference names no document of that year: Art 25's 31 March taken", Confidence.ASSUMED);
  private static final Source N26_LISTS = Source.of("N26", "2027 list by 2026-10-31, data-quality plans by 2026-12-31",
      Confidence.OFFICIAL);
  /** In the row tables: this step has a row of its own below (or none). */
  private static final String NO_ROW = "-";
  private static final List<Sector> INDUSTRY = List.of(Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM);
  private static final CalendarStep[] CYCLE = {CalendarStep.ANNUAL_REPORT, CalendarStep.VERIFICATION,
      CalendarStep.PRE_ALLOCATION, CalendarStep.FINAL_ALLOCATION_DECIDED, CalendarStep.FINAL_ALLOCATION_ISSUED,
      CalendarStep.SURRENDER, CalendarStep.NEXT_LIST, CalendarStep.DATA_QUALITY_PLAN};
  private static final ReportingCalendar CHINA_NATIONAL = new ReportingCalendar(nationalRows());

  /** Rows in order of precedence: the first row of a sector, year and step wins. */
  private final List<CalendarEntry> rows;

  private ReportingCalendar(List<CalendarEntry> rows) {
    this.rows = rows;
  }

  private static List<CalendarEntry> nationalRows() {
    List<CalendarEntry> rows = new ArrayList<>();
    Year y2024 = Year.of(2024);
    Year y2025 = Year.of(2025);
    rows.add(CalendarEntry.of(Sector.POWER, Year.of(2019), CalendarStep.ANNUAL_REPORT, LocalDate.parse("2020-03-31"),
        REPORT_2019));
    // 2024 data [V N25]
    dates(rows, Sector.POWER, y2024, N25, "2025-03-31", "2025-06-30", "2025-04-20", "2025-07-31", "2025-08-20",
        "2025-12-31");
    for (Sector sector : INDUSTRY) {
      dates(rows, sector, y2024, N25, NO_ROW, "2025-08-31", NO_ROW, "2025-09-30", "2025-10-20", "2025-12-31");
      rows.add(CalendarEntry.of(sector, y2024, CalendarStep.ANNUAL_REPORT, LocalDate.parse("2025-06-30"), N25_FIRST));
      rows.add(CalendarEntry.none(sector, y2024, CalendarStep.PRE_ALLOCATION, N25_NO_PRE));
      rows.add(CalendarEntry.none(sector, y2024, CalendarStep.MONTHLY_EVIDENCE_FROM, NO_EVIDENCE_2024));
    }
    // 2025 data [V N26]
    dates(rows, Sector.POWER, y2025, N26, "2026-03-31", "2026-06-30", "2026-06-30", "2026-09-20", "2026-09-30",
        "2026-12-31");
    for (Sector sector : INDUSTRY) {
      dates(rows, sector, y2025, N26, "2026-03-31", "2026-07-31", "2026-04-10", "2026-09-20", "2026-09-30",
          "2026-12-31");
      rows.add(CalendarEntry.of(sector, y2025, CalendarStep.MONTHLY_EVIDENCE_FROM, LocalDate.parse("2025-07-01"),
          N25_EVIDENCE));
      rows.add(CalendarEntry.of(sector, y2025, CalendarStep.MONTHLY_EVIDENCE_BACKFILL, LocalDate.parse("2025-10-31"),
          N25_EVIDENCE));
    }
    for (Sector sector : Sector.values()) {
      dates(rows, sector, y2025, N26_LISTS, NO_ROW, NO_ROW, NO_ROW, NO_ROW, NO_ROW, NO_ROW, "2026-10-31",
          "2026-12-31");
    }
    return List.copyOf(rows);
  }

  /** Adds the rows of one sector and year, steps in {@link #CYCLE} order; {@link #NO_ROW} adds no row. */
  private static void dates(List<CalendarEntry> rows, Sector sector, Year year, Source source, String... dates) {
    for (int i = 0; i < dates.length; i++) {
      if (!dates[i].equals(NO_ROW)) {
        rows.add(CalendarEntry.of(sector, year, CYCLE[i], LocalDate.parse(dates[i]), source));
      }
    }
  }

  /**
   * The national calendar: the rows of the 2024 and 2025 data years and the general rules.
   *
   * @return the calendar
   */
  public static ReportingCalendar chinaNational() {
    return CHINA_NATIONAL;
  }

  /**
   * Returns this calendar with rows of a user's (e.g. the next year's notice) that take precedence where they
   * apply (same sector, data year and step).
   *
   * @param newRows the rows
   * @return the new calendar
   * @throws EtsValidationException if the collection or a row is null, or two of the new rows are for the same
   *     sector, year and step
   */
  public ReportingCalendar with(Collection<CalendarEntry> newRows) {
    Checks.notNull("newRows", newRows);
    List<CalendarEntry> merged = new ArrayList<>();
    for (CalendarEntry row : newRows) {
      Checks.notNull("newRows[" + merged.size() + "]", row);
      for (CalendarEntry other : merged) {
        if (other.sameStep(row)) {
          throw new EtsValidationException("newRows", row, "a second row for the same step (first: " + other + ")");
        }
      }
      merged.add(row);
    }
    merged.addAll(rows);
    return new ReportingCalendar(List.copyOf(merged));
  }

  /**
   * The row of one step: the calendar's row for the sector and data year, else the general rule (annual report,
   * surrender), else empty.
   *
   * @param sector the sector
   * @param dataYear the data (compliance) year
   * @param step the step
   * @return the row, or empty when no date is known
   * @throws EtsValidationException if an argument is null or the sector is not covered in the year
   */
  public Optional<CalendarEntry> find(Sector sector, Year dataYear, CalendarStep step) {
    Checks.notNull("sector", sector);
    Checks.notNull("dataYear", dataYear);
    Checks.notNull("step", step);
    if (!sector.isCoveredIn(dataYear)) {
      throw new EtsValidationException("dataYear", dataYear, sector + " is not covered before "
          + sector.firstComplianceYear());
    }
    for (CalendarEntry row : rows) {
      if (row.sector() == sector && row.dataYear().equals(dataYear) && row.step() == step) {
        return Optional.of(row);
      }
    }
    int next = dataYear.getValue() + 1;
    if (step == CalendarStep.ANNUAL_REPORT) {
      return Optional.of(CalendarEntry.of(sector, dataYear, step, LocalDate.of(next, 3, 31), REPORT_RULE));
    }
    if (step == CalendarStep.SURRENDER) {
      return Optional.of(CalendarEntry.of(sector, dataYear, step, LocalDate.of(next, 12, 31), SURRENDER_RULE));
    }
    return Optional.empty();
  }

  /**
   * The date of one step.
   *
   * @param sector the sector
   * @param dataYear the data year
   * @param step the step
   * @return the date, or empty when the year has no such step or no date is known
   * @throws EtsValidationException as {@link #find(Sector, Year, CalendarStep)}
   */
  public Optional<LocalDate> date(Sector sector, Year dataYear, CalendarStep step) {
    return find(sector, dataYear, step).flatMap(CalendarEntry::date);
  }

  /**
   * The calendar's own rows (without the general rules), in order of precedence.
   *
   * @return an unmodifiable list
   */
  public List<CalendarEntry> rows() {
    return rows;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportingCalendar && ((ReportingCalendar) other).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  /**
   * Describes the calendar by its size.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReportingCalendar[" + rows.size() + " rows]";
  }
}
