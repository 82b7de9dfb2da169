package io.github.ets4j.allocation.power;

import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

/**
 * Why a power unit is a special unit allocated at its verified emissions (PLAN-2526-DRAFT §三(三) [D]).
 *
 * <p>{@link #byFuelShares(Year, BigDecimal, BigDecimal, BigDecimal)} applies the share thresholds of
 * {@link SpecialUnitShares} (rows of the rule table); the other reasons are given by the caller. Immutable and
 * thread-safe.
 */
public enum PowerSpecialUnit {
  /** Biomass (and waste, sludge) co-firing above the year's threshold of heat (20 %; 10 % before 2025 [A]). */
  BIOMASS_CO_FIRING,
  /** Self-produced secondary energy above 10 % of heat. */
  SECONDARY_ENERGY,
  /** Biomass co-firing and self-produced secondary energy together above 20 % of heat. */
  BIOMASS_AND_SECONDARY_ENERGY,
  /** Only special fossil fuels (coal-bed methane, tail gases, coke-oven, blast-furnace or converter gas, ...). */
  SPECIAL_FOSSIL_FUELS,
  /** Only the entity's own waste gases. */
  OWN_WASTE_GASES,
  /** Gas unit converted from a coal boiler (not a direct gas-turbine conversion). */
  CONVERTED_COAL_BOILER,
  /** Oil-fired, IGCC or internal-combustion unit. */
  OIL_IGCC_OR_INTERNAL_COMBUSTION,
  /** Emergency standby unit. */
  EMERGENCY_STANDBY,
  /** Green hydrogen or ammonia above 20 % of heat. */
  GREEN_HYDROGEN_OR_AMMONIA;

  /**
   * Decides from heat shares whether a unit is special, with the national thresholds of the year
   * ({@link SpecialUnitShares}; a rulebook with replacement rows decides with its own,
   * {@code Rulebook.powerSpecialUnit}).
   *
   * @param year the compliance year (selects the biomass threshold)
   * @param biomassShare biomass, waste and sludge share of heat, fraction
   * @param secondaryEnergyShare self-produced secondary energy share of heat, fraction
   * @param greenHydrogenShare green hydrogen or ammonia share of heat, fraction
   * @return the reason, or empty when the unit is an ordinary unit
   * @throws io.github.ets4j.core.EtsValidationException if a share is outside [0, 1]
   */
  public static Optional<PowerSpecialUnit> byFuelShares(Year year, BigDecimal biomassShare,
      BigDecimal secondaryEnergyShare, BigDecimal greenHydrogenShare) {
    Checks.notNull("year", year);
    return SpecialUnitShares.chinaNational(year).classify(biomassShare, secondaryEnergyShare, greenHydrogenShare);
  }
}
