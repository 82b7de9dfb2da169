package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.AllocationUnit;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.unit.Share;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.power.PowerUnitYear;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The allocation input of one generating unit (机组) for one compliance year: category, verified
 * emissions and outputs.
 *
 * <p>Units: electricity in MWh, heat in GJ, emissions in tCO2, load factor and heat ratio as fractions.
 * From 2023 the benchmark multiplies {@link #grossGenerationMwh()}; for 2019–2022 it multiplies
 * {@link #suppliedElectricityMwh()} (required then), with the {@link #cooling()} and {@link #heatRatio()}
 * factors. {@link #loadFactor()} is required for conventional coal units (categories I and II). A special
 * unit ({@link #special()}) is allocated at its verified emissions. Build with
 * {@code GeneratingUnit.builder().id("U1").entityId("E1").category(UnitCategory.I)...build()}, or read it
 * from a verified annual report with {@link #fromReport(PowerUnitYear, UnitCategory)}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractGeneratingUnit implements AllocationUnit {
  /**
   * [A] A conventional coal unit's load factor at or below 0.01 (1 %) with output is refused as a slip of the
   * share convention: such a unit cannot run a year at 1 % of its rating, while 0.62 % is what a fraction 0.62
   * written in a percent field becomes.
   */
  static final RuleValue FRACTION_LOOKING_LOAD_FACTOR = RuleValue.of("largest load factor refused as a share slip",
      "0.01", "fraction", Source.of("ets4j", "share convention: a coal unit at 1 % or less of its rating", Confidence.ASSUMED));

  /**
   * The unit's id.
   *
   * @return the id
   */
  @Override
  public abstract String id();

  /**
   * The entity's id.
   *
   * @return the entity id
   */
  @Override
  public abstract String entityId();

  /**
   * The unit's category.
   *
   * @return the category
   */
  public abstract UnitCategory category();

  /**
   * Why the unit is special (allocated at verified emissions); empty for an ordinary unit.
   *
   * @return the reason
   */
  public abstract Optional<PowerSpecialUnit> special();

  /**
   * Verified emissions of the compliance year, tCO2.
   *
   * @return the verified emissions, zero or more
   */
  @Override
  public abstract BigDecimal verifiedEmissions();

  /**
   * Gross generation (发电量), MWh: the benchmark basis from 2023.
   *
   * @return the gross generation, zero or more (default zero)
   */
  @Value.Default
  public BigDecimal grossGenerationMwh() {
    return BigDecimal.ZERO;
  }

  /**
   * Electricity supplied (供电量), MWh: the benchmark basis 2019–2022.
   *
   * @return the electricity supplied, or empty when not given
   */
  public abstract Optional<BigDecimal> suppliedElectricityMwh();

  /**
   * Heat supplied, GJ.
   *
   * @return the heat supplied, zero or more (default zero)
   */
  @Value.Default
  public BigDecimal heatSuppliedGj() {
    return BigDecimal.ZERO;
  }

  /**
   * Load factor F (负荷率), a fraction of rated output in [0, 1]; required for categories I and II.
   *
   * @return the load factor, or empty
   */
  public abstract Optional<BigDecimal> loadFactor();

  /**
   * Cooling (2019–2022 cooling factor only).
   *
   * @return the cooling, default {@link Cooling#WATER}
   */
  @Value.Default
  public Cooling cooling() {
    return Cooling.WATER;
  }

  /**
   * Heat ratio (供热比), fraction (2019–2022 heat factor only).
   *
   * @return the heat ratio, default zero
   */
  @Value.Default
  public BigDecimal heatRatio() {
    return BigDecimal.ZERO;
  }

  /**
   * Reads the allocation input of a generating unit from its verified annual report (ets-sectors).
   *
   * <p>Taken from the report: the id (the report's facility id), the entity id, the verified emissions (whole
   * tonnes, indirect emissions excluded), gross generation (MWh), electricity supplied (MWh), heat supplied (GJ)
   * and the load factor, which the report gives in percent to 2 decimals and which becomes the fraction
   * {@code percent / 100} exactly (e.g. 62.39 % → 0.6239); a unit that never operated has none. The report does
   * not know the category (main fuel, rated power, boiler type: see
   * {@link UnitCategory#classify(MainFuel, java.math.BigDecimal, boolean, java.math.BigDecimal, java.math.BigDecimal)}),
   * so the caller gives it. Set what else the report does not know with the generated {@code withXxx} methods,
   * e.g. {@code .withSpecial(PowerSpecialUnit.EMERGENCY_STANDBY)}, {@code .withCooling(Cooling.AIR)},
   * {@code .withHeatRatio(...)} (2019–2022 only) or {@code .withId(...)}.
   *
   * @param year the unit's annual view, {@code PowerUnitYear.of(annualReport)}
   * @param category the unit's category
   * @return the unit
   * @throws EtsValidationException if an argument is null, or a figure of the report does not fit a unit
   *     (e.g. a load factor above 100 %)
   */
  public static GeneratingUnit fromReport(PowerUnitYear year, UnitCategory category) {
    Checks.notNull("year", year);
    Checks.notNull("category", category);
    AnnualReport report = year.report();
    return GeneratingUnit.builder().id(report.facilityId()).entityId(report.entityId()).category(category)
        .verifiedEmissions(year.verifiedEmissions())
        .grossGenerationMwh(year.grossGenerationMwh())
        .suppliedElectricityMwh(year.electricitySuppliedMwh())
        .heatSuppliedGj(year.heatSuppliedGj())
        // The report's 2-decimal percentage is the F that sets Ff; the share moves the point exactly.
        .loadFactor(year.loadFactor().map(Share::fraction))
        .build();
  }

  /**
   * The load factor as a typed share (the same F as {@link #loadFactor()}, readable in percent).
   *
   * @return the load factor, or empty
   */
  public final Optional<Share> loadFactorShare() {
    return loadFactor().map(Share::ofFraction);
  }

  /**
   * Tells whether the unit is special.
   *
   * @return true when {@link #special()} is present
   */
  public final boolean isSpecial() {
    return special().isPresent();
  }

  @Value.Check
  void check() {
    Checks.notBlank("id", id());
    Checks.notBlank("entityId", entityId());
    Checks.notNull("category", category());
    Checks.nonNegative("verifiedEmissions", verifiedEmissions());
    Checks.nonNegative("grossGenerationMwh", grossGenerationMwh());
    Checks.nonNegative("heatSuppliedGj", heatSuppliedGj());
    suppliedElectricityMwh().ifPresent(v -> Checks.nonNegative("suppliedElectricityMwh", v));
    Checks.fraction("heatRatio", heatRatio());
    loadFactor().ifPresent(f -> {
      if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
        throw new EtsValidationException("loadFactor", f.toPlainString(),
            "a load factor is a fraction of rated output between 0 and 1 (0 % to 100 %)");
      }
      boolean output = grossGenerationMwh().signum() > 0
          || suppliedElectricityMwh().map(mwh -> mwh.signum() > 0).orElse(Boolean.FALSE);
      if (output && f.signum() == 0) {
        throw new EtsValidationException("loadFactor", f.toPlainString(),
            "a load factor of 0 with positive generation cannot be physical (VG-POWER-2026): give F as a fraction"
                + " of rated output, e.g. 0.62 for 62 %");
      }
      if (output && category().isConventionalCoal() && f.compareTo(FRACTION_LOOKING_LOAD_FACTOR.value()) <= 0) {
        throw new EtsValidationException("loadFactor", f.toPlainString(),
            "looks like a fraction given where a percent was meant (a coal unit at 1 % or less of its rating): F is"
                + " a fraction of rated output, 0.62 for 62 %, so a percent column holding 0.62 gives 0.0062");
      }
    });
    Checks.notNull("cooling", cooling());
  }
}
