package io.github.ets4j.sectors.aluminum;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.FacilityYear;
import java.math.BigDecimal;

/**
 * What the allocation needs from an electrolysis process's annual report: verified emissions (fuel + anode +
 * PFC + carbonates, whole tonnes of CO2e), the anode and PFC emissions, their sum (the electrolysis-process
 * emissions of the allocation, PLAN-2526-DRAFT Table 2-4 [V]), aluminum liquid output and the intensity
 * {@code (E_anode + E_PFC) / aluminum liquid} (tCO2e/t, 4 decimals). Immutable and thread-safe.
 */
public final class AluminumYear extends FacilityYear {
  private AluminumYear(AnnualReport report) {
    super(report, Sector.ALUMINUM, "an electrolysis process's year needs an ALUMINUM report");
  }

  /**
   * Views an annual report of an electrolysis process.
   *
   * @param report the annual report
   * @return the view
   * @throws EtsValidationException if the report is null or not of the aluminum sector
   */
  public static AluminumYear of(AnnualReport report) {
    return new AluminumYear(report);
  }

  /**
   * The GWP set of the PFC figures.
   *
   * @return the set
   */
  public GwpSet gwpSet() {
    return report().gwpSet();
  }

  /**
   * Anode emissions of the year, 2 decimals.
   *
   * @return E_anode, tCO2
   */
  public BigDecimal anodeEmissions() {
    return figure(AluminumFigures.ANODE_EMISSIONS);
  }

  /**
   * PFC emissions of the year, 2 decimals.
   *
   * @return E_PFC, tCO2e
   */
  public BigDecimal pfcEmissions() {
    return figure(AluminumFigures.PFC_EMISSIONS);
  }

  /**
   * The electrolysis-process emissions the allocation uses, {@code E_anode + E_PFC}, 2 decimals.
   *
   * @return the emissions, tCO2e
   */
  public BigDecimal electrolysisEmissions() {
    return anodeEmissions().add(pfcEmissions());
  }

  /**
   * Aluminum liquid output of the year, t, 2 decimals.
   *
   * @return the output
   */
  public BigDecimal aluminumLiquidTonnes() {
    return figure(AluminumFigures.ALUMINUM_LIQUID);
  }

  /**
   * The intensity {@code (E_anode + E_PFC) / aluminum liquid}, tCO2e/t, 4 decimals.
   *
   * @return the intensity
   * @throws EtsValidationException if no aluminum was produced
   */
  public BigDecimal intensity() {
    return intensity(electrolysisEmissions(), aluminumLiquidTonnes(), "aluminum liquid");
  }

  @Override
  protected String outputs() {
    return aluminumLiquidTonnes().toPlainString() + " t aluminum liquid";
  }

  @Override
  protected String emissionsUnit() {
    return "tCO2e (" + gwpSet().name() + ")";
  }
}
