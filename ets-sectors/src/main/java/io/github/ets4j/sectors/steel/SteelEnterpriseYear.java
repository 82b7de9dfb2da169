package io.github.ets4j.sectors.steel;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.FacilityYear;
import java.math.BigDecimal;

/**
 * What the allocation needs from a steel enterprise's annual report: verified emissions (E_ent, whole tonnes),
 * crude steel output, process emissions and products, {@code E_other}, and the intensity
 * {@code (E_ironmaking + E_sintering) / Q_ironmaking product} (tCO2/t, 4 decimals; allocation.md).
 * Immutable and thread-safe.
 */
public final class SteelEnterpriseYear extends FacilityYear {
  private SteelEnterpriseYear(AnnualReport report) {
    super(report, Sector.STEEL, "a steel enterprise's year needs a STEEL report");
  }

  /**
   * Views an annual report of a steel enterprise.
   *
   * @param report the annual report
   * @return the view
   * @throws EtsValidationException if the report is null or not of the steel sector
   */
  public static SteelEnterpriseYear of(AnnualReport report) {
    return new SteelEnterpriseYear(report);
  }

  /**
   * E_ent before the final rounding, summed from the 2-decimal lines.
   *
   * @return the enterprise emissions, tCO2
   */
  public BigDecimal enterpriseEmissions() {
    return report().coveredCo2e();
  }

  /**
   * Crude steel output of the year, t, 2 decimals.
   *
   * @return the crude steel
   */
  public BigDecimal crudeSteelTonnes() {
    return figure(SteelFigures.CRUDE_STEEL);
  }

  /**
   * A process's emissions of the year, 2 decimals (signed).
   *
   * @param process the process
   * @return E_j, tCO2
   */
  public BigDecimal processEmissions(SteelProcess process) {
    return figure(SteelFigures.emissions(process));
  }

  /**
   * A process's product output of the year, t, 2 decimals.
   *
   * @param process the process
   * @return the product
   */
  public BigDecimal processOutput(SteelProcess process) {
    return figure(SteelFigures.product(process));
  }

  /**
   * Emissions of the co-fired power units, 2 decimals.
   *
   * @return Σ E_cofired, tCO2
   */
  public BigDecimal cofiredEmissions() {
    return figure(SteelFigures.COFIRED_EMISSIONS);
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
    return intensity(ironmakingAndSinteringEmissions(), ironmakingProductTonnes(), "ironmaking product");
  }

  @Override
  protected String outputs() {
    return crudeSteelTonnes().toPlainString() + " t crude steel";
  }
}
