package io.github.ets4j.sectors.power;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.unit.Share;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.FacilityYear;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the allocation needs from a generating unit's annual report: verified emissions (whole
 * tonnes), gross generation (MWh), electricity supplied, heat supplied (GJ), load factor and the
 * generation and heat intensities.
 *
 * <p>Intensities [A]: mrv.md names them without a formula. Emissions are split between electricity and
 * heat by the heat share of the energy output, {@code α = Qh / (Qh + 3.6 × Qe)}
 * ({@link #HEAT_SHARE_SOURCE}); generation intensity {@code E × (1 − α) / Qe} tCO2/MWh, heat intensity
 * {@code E × α / Qh} tCO2/GJ, both 4 decimals, with E the covered emissions summed from the 2-decimal
 * lines. Immutable and thread-safe.
 */
public final class PowerUnitYear extends FacilityYear {
  /** [A] The heat-share split of the intensities is an assumption of this project. */
  public static final Source HEAT_SHARE_SOURCE =
      Source.of("ets4j", "heat share of energy output Qh / (Qh + 3.6 Qe)", Confidence.ASSUMED);

  private PowerUnitYear(AnnualReport report) {
    super(report, Sector.POWER, "a generating unit's year needs a POWER report");
  }

  /**
   * Views an annual report of a generating unit.
   *
   * @param report the annual report
   * @return the view
   * @throws EtsValidationException if the report is null or not of the power sector
   */
  public static PowerUnitYear of(AnnualReport report) {
    return new PowerUnitYear(report);
  }

  /**
   * Gross generation of the year, MWh, 3 decimals.
   *
   * @return Qe
   */
  public BigDecimal grossGenerationMwh() {
    return figure(PowerFigures.GROSS_GENERATION);
  }

  /**
   * Electricity supplied in the year, MWh, 3 decimals.
   *
   * @return the supplied electricity
   */
  public BigDecimal electricitySuppliedMwh() {
    return figure(PowerFigures.ELECTRICITY_SUPPLIED);
  }

  /**
   * Heat supplied in the year, GJ, 2 decimals.
   *
   * @return Qh
   */
  public BigDecimal heatSuppliedGj() {
    return figure(PowerFigures.HEAT_SUPPLIED);
  }

  /**
   * Operating hours of the year.
   *
   * @return the hours
   */
  public BigDecimal operatingHours() {
    return figure(PowerFigures.OPERATING_HOURS);
  }

  /**
   * The annual load factor Σ generation / Σ (rated capacity × operating hours) [S], %, 2 decimals.
   *
   * @return the load factor, or empty when the unit never operated
   */
  public Optional<BigDecimal> loadFactorPercent() {
    return LoadFactor.percent(grossGenerationMwh(), figure(PowerFigures.CAPACITY_HOURS));
  }

  /**
   * The annual load factor as a typed share, so that the allocation reads it as a fraction without a
   * percent/fraction slip.
   *
   * @return the load factor, or empty when the unit never operated
   */
  public Optional<Share> loadFactor() {
    return loadFactorPercent().map(Share::ofPercent);
  }

  private BigDecimal heatShare() {
    BigDecimal heat = heatSuppliedGj();
    BigDecimal gjPerMwh = DefaultCatalogue.chinaNational().get(DefaultKeys.GJ_PER_MWH, Sector.POWER, report().year()).value();
    BigDecimal energy = heat.add(grossGenerationMwh().multiply(gjPerMwh));
    // Called only with generation or heat above zero (both are non-negative), so the energy is positive.
    return heat.divide(energy, ReportingPrecision.DIVISION);
  }

  /**
   * Generation intensity {@code E × (1 − α) / Qe} [A], tCO2/MWh, 4 decimals.
   *
   * @return the intensity, or empty without generation
   */
  public Optional<BigDecimal> generationIntensity() {
    BigDecimal generation = grossGenerationMwh();
    if (generation.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal share = BigDecimal.ONE.subtract(heatShare());
    return Optional.of(intensity(report().coveredCo2e().multiply(share), generation, "gross generation"));
  }

  /**
   * Heat intensity {@code E × α / Qh} [A], tCO2/GJ, 4 decimals.
   *
   * @return the intensity, or empty without heat supplied
   */
  public Optional<BigDecimal> heatIntensity() {
    BigDecimal heat = heatSuppliedGj();
    if (heat.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(intensity(report().coveredCo2e().multiply(heatShare()), heat, "heat supplied"));
  }

  @Override
  protected String outputs() {
    return grossGenerationMwh().toPlainString() + " MWh, " + heatSuppliedGj().toPlainString() + " GJ";
  }
}
