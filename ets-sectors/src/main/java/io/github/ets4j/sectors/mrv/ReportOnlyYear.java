package io.github.ets4j.sectors.mrv;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.entity.CoverageRules;
import io.github.ets4j.core.entity.ReportOnlyEntity;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The annual report of an entity of an announced, not covered sector ({@link ReportOnlyEntity}, e.g. flat glass):
 * its emission lines of the year and their totals. It reports and is never allocated (N26 §四 [V]).
 *
 * <p>The monitoring formulas of these sectors are not in the domain reference, so the lines are the user's: any
 * {@link CalculatedLine} (fuel combustion with {@code FuelCombustion}, a process line, purchased electricity as an
 * indirect item), computed by a monitoring of the user's own that needs no change to the covered sectors. Direct
 * emissions are the sum of the covered-kind lines (each reported to 2 decimals), the annual total rounded to a
 * whole tonne as in the covered sectors' reports [A: the reporting precision of AG-STEEL-2024 Appendix C assumed
 * for a sector whose guideline is not in the reference]; indirect lines are summed apart. Immutable and
 * thread-safe.
 */
public final class ReportOnlyYear {
  private final ReportOnlyEntity entity;
  private final Year year;
  private final List<CalculatedLine> lines;

  private ReportOnlyYear(ReportOnlyEntity entity, Year year, List<CalculatedLine> lines) {
    this.entity = entity;
    this.year = year;
    this.lines = lines;
  }

  /**
   * Creates the report of a data year.
   *
   * @param entity the entity
   * @param year the data year
   * @param lines the year's emission lines
   * @return the report
   * @throws EtsValidationException if an argument or a line is null, or the entity's sector does not report the
   *     year (before its first report year, 2025 for the sectors of N26)
   */
  public static ReportOnlyYear of(ReportOnlyEntity entity, Year year, Collection<CalculatedLine> lines) {
    Checks.notNull("entity", entity);
    Checks.notNull("year", year);
    Checks.notNull("lines", lines);
    if (!entity.sector().reportsIn(year)) {
      throw new EtsValidationException("year", year, entity.sector() + " reports from "
          + entity.sector().firstReportYear() + " (" + entity.sector().source() + ")");
    }
    List<CalculatedLine> copy = new ArrayList<>();
    for (CalculatedLine line : lines) {
      copy.add(Checks.notNull("lines[" + copy.size() + "]", line));
    }
    return new ReportOnlyYear(entity, year, List.copyOf(copy));
  }

  /**
   * Creates the report of a data year from the annual report of one of the entity's facilities, whose months name
   * the entity's sector ({@link MonthlyData#reportOnlySector()}; e.g. a flat-glass furnace on the monitoring kit):
   * the lines are every month's calculated lines, January first, and the year is the report's.
   *
   * <p>A report whose months name no report-only sector is refused [A: the brief's choice]: it is a covered
   * sector's report, read with that sector's year view, and taking it here would let a covered facility report as
   * an uncovered one and escape its allocation and surrender.
   *
   * @param entity the entity
   * @param report the annual report
   * @return the report
   * @throws EtsValidationException if an argument is null; the report's months name no report-only sector, or
   *     another than the entity's; or the entity's sector does not report the year
   */
  public static ReportOnlyYear of(ReportOnlyEntity entity, AnnualReport report) {
    Checks.notNull("entity", entity);
    Checks.notNull("report", report);
    if (report.reportOnlySector().isEmpty()) {
      throw new EtsValidationException("report", report.sector(), "a report of the covered sector "
          + report.sector() + " is read with its sector's year view, not as the report-only year of " + entity.sector()
          + ": the months must name " + entity.sector() + " as their reportOnlySector");
    }
    if (!report.reportOnlySector().get().equals(entity.sector())) {
      throw new EtsValidationException("report", report.reportOnlySector().get(),
          "the months report for another sector than the entity's (" + entity.sector() + ")");
    }
    List<CalculatedLine> lines = new ArrayList<>();
    for (MonthlyReport month : report.months()) {
      lines.addAll(month.data().calculatedLines());
    }
    return of(entity, report.year(), lines);
  }

  /**
   * The entity.
   *
   * @return the entity
   */
  public ReportOnlyEntity entity() {
    return entity;
  }

  /**
   * The data year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The lines, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<CalculatedLine> lines() {
    return lines;
  }

  /**
   * The direct emissions: Σ reported covered-kind lines, 2 decimals, tCO2(e).
   *
   * @return the direct emissions
   */
  public BigDecimal directCo2e() {
    return sum(true);
  }

  /**
   * The indirect emissions (purchased electricity and heat): Σ reported indirect lines, 2 decimals, tCO2.
   *
   * @return the indirect emissions
   */
  public BigDecimal indirectCo2() {
    return sum(false);
  }

  private BigDecimal sum(boolean direct) {
    BigDecimal total = ReportingPrecision.sourceLine(BigDecimal.ZERO);
    for (CalculatedLine line : lines) {
      if (line.isCovered() == direct) {
        total = total.add(line.reportedCo2e());
      }
    }
    return total;
  }

  /**
   * The reported annual direct emissions, whole tonnes (half up).
   *
   * @return the reported emissions, tCO2(e)
   */
  public BigDecimal reportedEmissions() {
    return ReportingPrecision.enterpriseTotal(directCo2e());
  }

  /**
   * Tells whether the direct emissions reach the reporting threshold (26,000 tCO2e, the inclusion threshold of
   * MEASURES-2021 Art 8 [V] that N26 §四 applies to these sectors' reports).
   *
   * @param rules the coverage rules whose threshold applies
   * @return true at or above the threshold
   */
  public boolean reachesThreshold(CoverageRules rules) {
    return Checks.notNull("rules", rules).reachesThreshold(directCo2e());
  }

  /**
   * Why the entity is not allocated, with the source.
   *
   * @return the reason
   */
  public String reportOnlyReason() {
    return entity.reportOnlyReason();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportOnlyYear && ((ReportOnlyYear) other).entity.equals(entity)
        && ((ReportOnlyYear) other).year.equals(year) && ((ReportOnlyYear) other).lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entity, year, lines);
  }

  /**
   * Renders the report, e.g. {@code "North Glass (...) 2025: report only, direct 31235.52 t"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return entity + " " + year + ": report only, direct " + directCo2e().toPlainString() + " t";
  }
}
