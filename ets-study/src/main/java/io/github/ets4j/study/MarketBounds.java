package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.Sector;

/**
 * The physical bounds of one row of a market file: the catalogue of magnitudes beyond which a value is a slip
 * (a unit typed in kg instead of t, a percent typed as a fraction, a number with exponent {@code e30}) rather
 * than a real allocation unit. The guidelines publish no such bounds, so every entry is an assumption of the
 * project [A] whose Javadoc says why it was chosen; a value beyond a bound is refused with its file, line and
 * column. Stateless; thread-safe.
 */
public final class MarketBounds {

  /**
   * Verified emissions (and intensity-basis emissions) of one unit: at most 10^9 t [A]. Why: the largest
   * covered entities emit some 10^7–10^8 t a year and the whole power sector about 5 × 10^9 t; a single unit
   * above 10^9 t is a magnitude slip.
   */
  public static final RuleValue MAX_UNIT_TONNES = RuleValue.assumed("market file: largest emissions of one unit",
      "1000000000", "tCO2e", "issue 'Guarded doors': a unit above 10^9 t is a magnitude slip");

  /**
   * Gross generation of one power unit: at most 10^8 MWh a year [A]. Why: that is 11.4 GW running all 8,760
   * hours, more than six times the largest generating unit ever built (about 1.75 GW).
   */
  public static final RuleValue MAX_POWER_OUTPUT_MWH = RuleValue.assumed("market file: largest gross generation of one "
      + "power unit", "100000000", "MWh", "11.4 GW all year, six times the largest unit built");

  /**
   * Output of one industrial unit (clinker, ironmaking product, aluminum liquid): at most 10^9 t a year [A].
   * Why: that is about the whole national annual output of clinker or of pig iron; no single line or
   * enterprise comes near it.
   */
  public static final RuleValue MAX_INDUSTRY_OUTPUT_T = RuleValue.assumed("market file: largest output of one "
      + "industrial unit", "1000000000", "t", "about the whole national annual output of clinker or pig iron");

  /**
   * Heat supplied by one power unit: at most 10^9 GJ a year [A]. Why: that is about 32 GW of heat delivered
   * all year round, many times the largest combined heat and power plant.
   */
  public static final RuleValue MAX_HEAT_GJ = RuleValue.assumed("market file: largest heat supplied by one power unit",
      "1000000000", "GJ", "32 GW of heat all year, many times the largest CHP plant");

  /**
   * A load factor in percent at or below this value looks like a fraction typed into the percent column
   * (0.62 for 62 %): 1 % [A]. Why: a coal unit that generates runs far above 1 % of its capacity over a year,
   * and the slip changes its peak-shaving factor, and so its allocation, several-fold.
   */
  public static final RuleValue FRACTION_LIKE_LOAD_FACTOR_PCT = RuleValue.assumed("market file: load factor at or "
      + "below which a percent looks like a fraction", "1", "%", "issue 'Guarded doors': 0.62 typed for 62 %");

  private MarketBounds() {}

  /**
   * The largest output of one unit of a sector.
   *
   * @param sector the sector
   * @return {@link #MAX_POWER_OUTPUT_MWH} for power, else {@link #MAX_INDUSTRY_OUTPUT_T}
   */
  public static RuleValue maxOutput(Sector sector) {
    return Checks.notNull("sector", sector) == Sector.POWER ? MAX_POWER_OUTPUT_MWH : MAX_INDUSTRY_OUTPUT_T;
  }
}
