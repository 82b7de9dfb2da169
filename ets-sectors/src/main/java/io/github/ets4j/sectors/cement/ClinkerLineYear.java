package io.github.ets4j.sectors.cement;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.unit.Share;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.FacilityYear;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the allocation needs from a clinker line's annual report: verified emissions (whole tonnes),
 * clinker output, the intensity {@code E_line / clinker} (tCO2/t, 4 decimals) and the carbide-slag
 * substitution rate (PLAN-2526-DRAFT [V]).
 *
 * <p>[A] The intensity's numerator is the covered emissions summed from the 2-decimal lines (not the
 * whole-tonne figure); the substitution rate {@code Σ Q_carbide × D / Σ Q_clinker × EF} is given in
 * percent with 2 decimals ({@link #RATE_SOURCE}). Immutable and thread-safe.
 */
public final class ClinkerLineYear extends FacilityYear {
  /** [A] Precision of the substitution rate: percent, 2 decimals, like other rates. */
  public static final Source RATE_SOURCE =
      Source.of("PLAN-2526-DRAFT", "carbide-slag substitution rate; % with 2 decimals assumed", Confidence.ASSUMED);

  private ClinkerLineYear(AnnualReport report) {
    super(report, Sector.CEMENT, "a clinker line's year needs a CEMENT report");
  }

  /**
   * Views an annual report of a clinker line.
   *
   * @param report the annual report
   * @return the view
   * @throws EtsValidationException if the report is null or not of the cement sector, or its intensity lies
   *     outside the physical range of the national catalogue ({@code range/intensity/cement}, 0–3 tCO2/t clinker
   *     [A]: emissions and clinker swapped, or clinker in kt, give tens of t/t)
   */
  public static ClinkerLineYear of(AnnualReport report) {
    ClinkerLineYear year = new ClinkerLineYear(report);
    BigDecimal clinker = year.clinkerTonnes();
    Optional<PlausibilityRange> range = DefaultCatalogue.chinaNational()
        .range(DefaultKeys.intensityRange("cement"), Sector.CEMENT, report.year());
    if (clinker.signum() > 0 && range.isPresent()) {
      range.get().requirePhysical("intensity of " + report.facilityId() + " in " + report.year()
          + " (" + report.coveredCo2e().toPlainString() + " tCO2 / " + clinker.toPlainString() + " t clinker)",
          year.intensity());
    }
    return year;
  }

  /**
   * Fuel-combustion emissions, 2 decimals.
   *
   * @return E_fuel, tCO2
   */
  public BigDecimal fuelEmissions() {
    return report().sourceCo2e(EmissionSource.FUEL_COMBUSTION);
  }

  /**
   * Process emissions after deductions, 2 decimals.
   *
   * @return E_process, tCO2
   */
  public BigDecimal processEmissions() {
    return report().sourceCo2e(EmissionSource.INDUSTRIAL_PROCESS);
  }

  /**
   * Clinker output of the year, t, 2 decimals.
   *
   * @return the clinker
   */
  public BigDecimal clinkerTonnes() {
    return figure(CementFigures.CLINKER);
  }

  /**
   * The intensity {@code E_line / clinker}, tCO2/t clinker, 4 decimals.
   *
   * @return the intensity
   * @throws EtsValidationException if no clinker was produced
   */
  public BigDecimal intensity() {
    return intensity(report().coveredCo2e(), clinkerTonnes(), "clinker output");
  }

  /**
   * The carbide-slag substitution rate {@code Σ Q_carbide × D / Σ Q_clinker × EF} [V PLAN-2526-DRAFT], %.
   *
   * @return the rate, % with 2 decimals, or empty when no clinker was produced
   * @throws EtsValidationException if the carbide-slag deduction exceeds the clinker's process CO2 (a rate above
   *     100 %, possible only when the months floor negative process emissions)
   */
  public Optional<BigDecimal> carbideSlagSubstitutionPercent() {
    return carbideSlagSubstitution().map(Share::percent);
  }

  /**
   * The carbide-slag substitution rate as a typed share: the ratio is a fraction, rounded once in percent to
   * 2 decimals ({@link #RATE_SOURCE}).
   *
   * @return the rate, or empty when no clinker was produced
   * @throws EtsValidationException if the carbide-slag deduction exceeds the clinker's process CO2 (a rate above
   *     100 %, possible only when the months floor negative process emissions)
   */
  public Optional<Share> carbideSlagSubstitution() {
    BigDecimal gross = figure(CementFigures.CLINKER_PROCESS_GROSS);
    if (gross.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal deduction = figure(CementFigures.CARBIDE_SLAG_DEDUCTION);
    if (deduction.compareTo(gross) > 0) {
      throw new EtsValidationException("carbide-slag substitution", deduction.toPlainString() + " / "
          + gross.toPlainString() + " tCO2", "the carbide-slag deduction of " + report().facilityId() + " in "
          + report().year() + " exceeds the clinker's process CO2: a substitution rate above 100 % is wrong data");
    }
    Share exact = Share.ofFraction(deduction.divide(gross, ReportingPrecision.DIVISION));
    return Optional.of(Share.ofPercent(ReportingPrecision.percent(exact.percent())));
  }

  @Override
  protected String outputs() {
    return clinkerTonnes().toPlainString() + " t clinker";
  }
}
