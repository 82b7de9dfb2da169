package io.github.ets4j.sectors.mrv;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.sectors.internal.Explanations;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The annual view of one facility (generating unit, clinker line, steel enterprise, electrolysis process, or a
 * sector of the user's own): the skeleton that every sector's year view shares, so that a sector writes only its
 * own figures (its outputs, its intensity definition, its checks).
 *
 * <p>The skeleton holds the {@link AnnualReport} (twelve months of one facility and year, checked by
 * {@link AnnualReport#of}), checks that the report is of the view's sector, and gives what every sector's year
 * has: the verified emissions (whole tonnes of CO2e, half up, indirect lines excluded; mrv.md, AG-STEEL-2024
 * Appendix C [V]), the indirect emissions of purchased electricity and heat (2 decimals, reported, not covered),
 * the defaults used, the findings and the explanation of every line. A sector reads its figures with
 * {@link #figure(Figure)} (Σ of the monthly reported values) and divides an intensity with
 * {@link #intensity(BigDecimal, BigDecimal, String)} (4 decimals, the one reporting-precision step).
 *
 * <p>Two views are equal when they are of the same type and view equal reports. Subclasses must be immutable
 * and thread-safe, as the four of this library are; the skeleton itself is.
 */
public abstract class FacilityYear {
  private final AnnualReport report;

  /**
   * Views an annual report of the given sector.
   *
   * @param report the annual report
   * @param sector the sector the view reads
   * @param rule the rule named when the report is of another sector, e.g.
   *     {@code "a clinker line's year needs a CEMENT report"}
   * @throws EtsValidationException if an argument is null, the report is of another sector, or its months name a
   *     report-only sector ({@link AnnualReport#reportOnlySector()}: such a report is read with
   *     {@link ReportOnlyYear#of(io.github.ets4j.core.entity.ReportOnlyEntity, AnnualReport)})
   */
  protected FacilityYear(AnnualReport report, Sector sector, String rule) {
    Checks.notNull("report", report);
    Checks.notNull("sector", sector);
    Checks.notNull("rule", rule);
    if (report.reportOnlySector().isPresent()) {
      throw new EtsValidationException("report", report.reportOnlySector().get(),
          "a report of the report-only sector " + report.reportOnlySector().get() + " (" + sector
              + " rules borrowed) is never a covered facility's year and is never allocated (N26 §四):"
              + " use ReportOnlyYear.of(entity, report)");
    }
    if (report.sector() != sector) {
      throw new EtsValidationException("report", report.sector(), rule);
    }
    this.report = report;
  }

  /**
   * Views an annual report of an announced, not covered, sector (a sector of the user's own on the skeleton,
   * e.g. a flat-glass furnace whose months borrow a covered sector's rules). Such a view reports; it is never an
   * input of the allocation, whose doors take the four covered views only.
   *
   * @param report the annual report, whose months name {@code announced} as their
   *     {@link MonthlyData#reportOnlySector()}
   * @param announced the announced sector the view reads
   * @param rule the rule named when the report is of another sector, e.g.
   *     {@code "a glass furnace's year needs a flat-glass report"}
   * @throws EtsValidationException if an argument is null or the report's months do not name {@code announced}
   */
  protected FacilityYear(AnnualReport report, AnnouncedSector announced, String rule) {
    Checks.notNull("report", report);
    Checks.notNull("announced", announced);
    Checks.notNull("rule", rule);
    if (!report.reportOnlySector().equals(Optional.of(announced))) {
      throw new EtsValidationException("report",
          report.reportOnlySector().map(Object::toString).orElse(report.sector().name()), rule);
    }
    this.report = report;
  }

  /**
   * The annual report viewed.
   *
   * @return the report
   */
  public final AnnualReport report() {
    return report;
  }

  /**
   * The verified (covered) emissions of the year, whole tonnes of CO2e, half up; indirect lines excluded:
   * the figure the allocation and the surrender obligation use.
   *
   * @return the emissions, tCO2(e), scale 0
   */
  public final BigDecimal verifiedEmissions() {
    return report.verifiedEmissions();
  }

  /**
   * The indirect emissions of purchased electricity and heat, 2 decimals (reported, not covered).
   *
   * @return the indirect emissions, tCO2
   */
  public final BigDecimal indirectEmissions() {
    return report.indirectCo2();
  }

  /**
   * Every default used in the year, each distinct parameter once.
   *
   * @return the defaults, in order of first use
   */
  public final List<Parameter> defaultsUsed() {
    return report.defaultsUsed();
  }

  /**
   * Every finding of the year's months.
   *
   * @return the findings, January first
   */
  public final List<Finding> findings() {
    return report.findings();
  }

  /**
   * How every figure of the year was obtained: each month's lines, prefixed with the month, then the year's
   * covered sum and its whole-tonne rounding, e.g. {@code "2025: Σ covered lines 926,002.60 tCO2 → verified
   * 926,003 t"}.
   *
   * @return the explanation, one line each
   */
  public final String explain() {
    StringJoiner text = new StringJoiner("\n");
    for (MonthlyReport month : report.months()) {
      for (CalculatedLine line : month.data().calculatedLines()) {
        text.add(month.month() + " " + line.explanation());
      }
    }
    text.add(report.year() + ": Σ covered lines " + Explanations.number(report.coveredCo2e()) + " tCO2 → verified "
        + Explanations.number(verifiedEmissions()) + " t");
    return text.toString();
  }

  /**
   * The annual value of one of the sector's figures: Σ of the monthly reported values, at the figure's precision.
   *
   * @param figure the figure
   * @return the annual value
   */
  protected final BigDecimal figure(Figure figure) {
    return report.figure(figure);
  }

  /**
   * Divides emissions by an output at the reporting precision of intensities (4 decimals, half up).
   *
   * @param emissions the numerator, tCO2(e)
   * @param output the denominator, t (or MWh, GJ)
   * @param outputName the denominator's name, for the error message
   * @return the intensity
   * @throws EtsValidationException if the output is zero or negative
   */
  protected static BigDecimal intensity(BigDecimal emissions, BigDecimal output, String outputName) {
    return ReportingPrecision.intensity(emissions, output, outputName);
  }

  /**
   * The main outputs of the year for {@link #toString()}, e.g. {@code "1180000.00 t clinker"}.
   *
   * @return the text
   */
  protected abstract String outputs();

  /**
   * The unit of the verified emissions for {@link #toString()}: {@code "tCO2"} unless a sector reports other
   * gases in CO2e.
   *
   * @return the unit text
   */
  protected String emissionsUnit() {
    return "tCO2";
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof FacilityYear && other.getClass() == getClass()
        && ((FacilityYear) other).report.equals(report);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(report);
  }

  /**
   * Renders the view's type, facility, year, verified emissions and main outputs, e.g.
   * {@code "ClinkerLineYear[line-2 2025: 926003 tCO2, 1180000.00 t clinker]"}.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + report.facilityId() + " " + report.year() + ": "
        + verifiedEmissions().toPlainString() + " " + emissionsUnit() + ", " + outputs() + "]";
  }
}
