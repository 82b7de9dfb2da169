package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;

/**
 * The four categories of generating units, each with its own benchmark (PLAN-POWER-2324 Annex 1 [V]).
 *
 * <p>{@link #classify(MainFuel, BigDecimal, boolean, BigDecimal, BigDecimal)} applies the 2023 rules;
 * the thresholds are the constants of this type, each cited. Immutable and thread-safe.
 */
public enum UnitCategory {
  /** I: conventional coal, rated power ≥ 400 MW ("300 MW class and above"). */
  I,
  /** II: conventional coal, rated power &lt; 400 MW. */
  II,
  /** III: unconventional coal (gangue, slime, coal-water slurry &gt; 50 % of heat) or any CFB unit. */
  III,
  /** IV: natural gas, other fuels ≤ 10 % of heat. */
  IV;

  /** Rated power from which a conventional coal unit is category I: 400 MW (PLAN-POWER-2324 Annex 1 [V]). */
  public static final RuleValue LARGE_UNIT_MW = RuleValue.of("category I rated power threshold", "400", "MW", Annex1.SOURCE);
  /** Share of heat from unconventional coal above which a unit is category III: 50 % (PLAN-POWER-2324 Annex 1 [V]). */
  public static final RuleValue UNCONVENTIONAL_SHARE =
      RuleValue.of("category III unconventional coal share of heat", "0.5", "fraction", Annex1.SOURCE);
  /** Largest share of heat from other fuels for a gas unit: 10 % (PLAN-POWER-2324 Annex 1 [V]). */
  public static final RuleValue GAS_OTHER_FUEL_SHARE =
      RuleValue.of("category IV largest share of other fuels", "0.1", "fraction", Annex1.SOURCE);

  /** Holder of the shared source (enum constants cannot reference static fields of their own enum early). */
  private static final class Annex1 {
    static final Source SOURCE = Source.of("PLAN-POWER-2324", "Annex 1", Confidence.OFFICIAL);
  }

  /**
   * Tells whether the category is conventional coal (I or II), the only ones with a peak-shaving factor.
   *
   * @return true for I and II
   */
  public boolean isConventionalCoal() {
    return this == I || this == II;
  }

  /**
   * Tells whether the category burns coal (I, II, III): coal heat benchmark, coal heat factor.
   *
   * @return true for I, II and III
   */
  public boolean isCoal() {
    return this != IV;
  }

  /**
   * Classifies a unit by the 2023 rules.
   *
   * @param mainFuel the main fuel
   * @param ratedPowerMw the rated power, MW; positive
   * @param circulatingFluidizedBed whether the boiler is a circulating fluidized bed
   * @param unconventionalCoalHeatShare share of heat from gangue, slime or coal-water slurry, fraction
   * @param otherFuelHeatShare share of heat from fuels other than the main fuel, fraction
   * @return the category
   * @throws EtsValidationException if a value is out of range, a gas unit is given a CFB boiler or
   *     unconventional coal (it would be in two categories), or a gas unit burns more than 10 % other fuels
   */
  public static UnitCategory classify(MainFuel mainFuel, BigDecimal ratedPowerMw, boolean circulatingFluidizedBed,
      BigDecimal unconventionalCoalHeatShare, BigDecimal otherFuelHeatShare) {
    Checks.notNull("mainFuel", mainFuel);
    Checks.positive("ratedPowerMw", ratedPowerMw);
    Checks.fraction("unconventionalCoalHeatShare", unconventionalCoalHeatShare);
    Checks.fraction("otherFuelHeatShare", otherFuelHeatShare);
    if (mainFuel == MainFuel.NATURAL_GAS) {
      if (circulatingFluidizedBed || unconventionalCoalHeatShare.compareTo(UNCONVENTIONAL_SHARE.value()) > 0) {
        throw new EtsValidationException("mainFuel", mainFuel,
            "a gas unit with a CFB boiler or mainly unconventional coal would be in two categories (III and IV)");
      }
      if (otherFuelHeatShare.compareTo(GAS_OTHER_FUEL_SHARE.value()) > 0) {
        throw new EtsValidationException("otherFuelHeatShare", otherFuelHeatShare.toPlainString(),
            "a gas unit (category IV) burns at most 10 % other fuels by heat");
      }
      return IV;
    }
    if (circulatingFluidizedBed || unconventionalCoalHeatShare.compareTo(UNCONVENTIONAL_SHARE.value()) > 0) {
      return III;
    }
    return ratedPowerMw.compareTo(LARGE_UNIT_MW.value()) >= 0 ? I : II;
  }
}
