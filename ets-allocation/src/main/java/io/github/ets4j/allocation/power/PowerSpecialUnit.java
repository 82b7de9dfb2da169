package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.YearTable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

/**
 * Why a power unit is a special unit allocated at its verified emissions (PLAN-2526-DRAFT §三(三) [D]).
 *
 * <p>{@link #byFuelShares(Year, BigDecimal, BigDecimal, BigDecimal)} applies the share thresholds; the
 * other reasons are given by the caller. Immutable and thread-safe.
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

  /** Biomass share of heat above which a unit is special from 2025: 20 % [D PLAN-2526-DRAFT]. */
  public static final RuleValue BIOMASS_SHARE_2025 =
      RuleValue.of("special unit: biomass share of heat above", "0.2", "fraction", Draft.SOURCE);
  /** Biomass share of heat above which a unit is special before 2025: 10 % [A: the main-fuel rule of 2023–2024]. */
  public static final RuleValue BIOMASS_SHARE_2023 = RuleValue.assumed("special unit before 2025: biomass share of heat above",
      "0.1", "fraction", "biomass <= 10 % counts as main fuel in 2023-2024; above taken as special");
  /** Secondary-energy share of heat above which a unit is special: 10 % [D]. */
  public static final RuleValue SECONDARY_SHARE =
      RuleValue.of("special unit: self-produced secondary energy share above", "0.1", "fraction", Draft.SOURCE);
  /** Biomass plus secondary energy share above which a unit is special: 20 % [D]. */
  public static final RuleValue COMBINED_SHARE =
      RuleValue.of("special unit: biomass plus secondary energy share above", "0.2", "fraction", Draft.SOURCE);
  /** Green hydrogen or ammonia share of heat above which a unit is special: 20 % [D]. */
  public static final RuleValue HYDROGEN_SHARE =
      RuleValue.of("special unit: green hydrogen or ammonia share above", "0.2", "fraction", Draft.SOURCE);

  /** The biomass threshold of each year: the 2023–2024 main-fuel rule before 2025, the draft's 20 % from 2025. */
  private static final YearTable<RuleValue> BIOMASS_SHARE = YearTable.starting(2019, BIOMASS_SHARE_2023)
      .from(2025, BIOMASS_SHARE_2025);

  /** Holder of the shared source (enum constants are initialised before the enum's static fields). */
  private static final class Draft {
    static final Source SOURCE = Source.of("PLAN-2526-DRAFT", "§三(三)", Confidence.DRAFT);
  }

  /**
   * Decides from heat shares whether a unit is special.
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
    Checks.fraction("biomassShare", biomassShare);
    Checks.fraction("secondaryEnergyShare", secondaryEnergyShare);
    Checks.fraction("greenHydrogenShare", greenHydrogenShare);
    BigDecimal biomassLimit = BIOMASS_SHARE.at(year).value();
    if (biomassShare.compareTo(biomassLimit) > 0) {
      return Optional.of(BIOMASS_CO_FIRING);
    }
    if (secondaryEnergyShare.compareTo(SECONDARY_SHARE.value()) > 0) {
      return Optional.of(SECONDARY_ENERGY);
    }
    if (biomassShare.add(secondaryEnergyShare).compareTo(COMBINED_SHARE.value()) > 0) {
      return Optional.of(BIOMASS_AND_SECONDARY_ENERGY);
    }
    if (greenHydrogenShare.compareTo(HYDROGEN_SHARE.value()) > 0) {
      return Optional.of(GREEN_HYDROGEN_OR_AMMONIA);
    }
    return Optional.empty();
  }
}
