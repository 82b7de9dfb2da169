package io.github.ets4j.sectors.steel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the allocation needs from a steel enterprise's annual report: verified emissions (whole tonnes),
 * crude steel output, process emissions and products, {@code E_other}, and the intensity
 * {@code (E_ironmaking + E_sintering) / Q_ironmaking product} (tCO2/t, 4 decimals; allocation.md).
 * Immutable and thread-safe.
 */
public final class SteelEnterpriseYear {
  private final AnnualReport report;

  private SteelEnterpriseYear(AnnualReport report) {
    this.report = report;
  }

  /**
   * Views an annual report of a steel enterprise.
   *
   * @param report the annual report
   * @return the view
   * @throws EtsValidationException if the report is not of the steel sector
   */
  public static SteelEnterpriseYear of(AnnualReport report) {
    Checks.notNull("report", report);
    if (report.sector() != Sector.STEEL) {
      throw new EtsValidationException("report", report.sector(), "a steel enterprise's year needs a STEEL report");
    }
    return new SteelEnterpriseYear(report);
  }

  /**
   * The annual report viewed.
   *
   * @return the report
   */
  public AnnualReport report() {
    return report;
  }

  /**
   * Verified emissions of the enterprise (E_ent), whole tonnes.
   *
   * @return the emissions, tCO2
   */
  public BigDecimal verifiedEmissions() {
    return report.verifiedEmissions();
  }

  /**
   * E_ent before the final rounding, summed from the 2-decimal lines.
   *
   * @return the enterprise emissions, tCO2
   */
  public BigDecimal enterpriseEmissions() {
    return report.coveredCo2e();
  }

  /**
   * Crude steel output of the year, t, 2 decimals.
   *
   * @return the crude steel
   */
  public BigDecimal crudeSteelTonnes() {
    return report.figure(SteelFigures.CRUDE_STEEL);
  }

  /**
   * A process's emissions of the year, 2 decimals (signed).
   *
   * @param process the process
   * @return E_j, tCO2
   */
  public BigDecimal processEmissions(SteelProcess process) {
    return report.figure(SteelFigures.emissions(process));
  }

  /**
   * A process's product output of the year, t, 2 decimals.
   *
   * @param process the process
   * @return the product
   */
  public BigDecimal processOutput(SteelProcess process) {
    return report.figure(SteelFigures.product(process));
  }

  /**
   * Emissions of the co-fired power units, 2 decimals.
   *
   * @return Σ E_cofired, tCO2
   */
  public BigDecimal cofiredEmissions() {
    return report.figure(SteelFigures.COFIRED_EMISSIONS);
  }

  /**
   * {@code E_other = E_ent − Σ E_j − Σ E_cofired}, 2 decimals (may be negative).
   *
   * @return E_other, tCO2
   */
  public BigDecimal otherEmissions() {
    BigDecimal other = enterpriseEmissions().subtract(cofiredEmissions());
    for (SteelProcess process : SteelProcess.values()) {
      other = other.subtract(processEmissions(process));
    }
    return other;
  }

  /**
   * Ironmaking + sintering emissions, 2 decimals: the numerator of the allocation intensity.
   *
   * @return E_ironmaking + E_sintering, tCO2
   */
  public BigDecimal ironmakingAndSinteringEmissions() {
    return processEmissions(SteelProcess.IRONMAKING).add(processEmissions(SteelProcess.SINTERING));
  }

  /**
   * The ironmaking product of the year (pig iron, DRI, …), t, 2 decimals.
   *
   * @return Q_ironmaking product
   */
  public BigDecimal ironmakingProductTonnes() {
    return processOutput(SteelProcess.IRONMAKING);
  }

  /**
   * The intensity {@code (E_ironmaking + E_sintering) / Q_ironmaking product}, tCO2/t, 4 decimals.
   *
   * @return the intensity
   * @throws EtsValidationException if there is no ironmaking product
   */
  public BigDecimal intensity() {
    return ReportingPrecision.intensity(ironmakingAndSinteringEmissions(), ironmakingProductTonnes(),
        "ironmaking product");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SteelEnterpriseYear && ((SteelEnterpriseYear) other).report.equals(report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(report);
  }

  /**
   * Renders the main figures.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "SteelEnterpriseYear[" + report.facilityId() + " " + report.year() + ": " + verifiedEmissions().toPlainString()
        + " tCO2, " + crudeSteelTonnes().toPlainString() + " t crude steel]";
  }
}
