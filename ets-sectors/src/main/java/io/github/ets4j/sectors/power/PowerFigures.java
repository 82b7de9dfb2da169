package io.github.ets4j.sectors.power;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Precision;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.mrv.Figure;
import java.math.RoundingMode;

/**
 * The monthly figures of a generating unit besides its emission lines. Holds no state. Immutable and
 * thread-safe.
 */
public final class PowerFigures {
  /** [A] Operating hours are reported with 2 decimals; mrv.md gives no precision for them. */
  public static final Precision HOURS = Precision.of("operating hours", 2, RoundingMode.HALF_UP,
      Source.of("ets4j", "assumption: hours as other reported figures", Confidence.ASSUMED));

  /** Gross generation, MWh (3 decimals). */
  public static final Figure GROSS_GENERATION = Figure.of("gross generation", "MWh", Precision.ELECTRICITY);
  /** Electricity supplied, MWh (3 decimals). */
  public static final Figure ELECTRICITY_SUPPLIED = Figure.of("electricity supplied", "MWh", Precision.ELECTRICITY);
  /** Heat supplied, GJ (2 decimals). */
  public static final Figure HEAT_SUPPLIED = Figure.of("heat supplied", "GJ", Precision.HEAT);
  /** Operating hours, h. */
  public static final Figure OPERATING_HOURS = Figure.of("operating hours", "h", HOURS);
  /** Rated capacity × operating hours, MWh: the denominator of the load factor. */
  public static final Figure CAPACITY_HOURS = Figure.of("rated capacity × operating hours", "MWh", Precision.ELECTRICITY);
  /** Heat of the fuels burnt, Σ FC × NCV, GJ (2 decimals). */
  public static final Figure FUEL_HEAT = Figure.of("fuel heat", "GJ", Precision.HEAT);
  /** Purchased electricity, MWh (3 decimals). */
  public static final Figure PURCHASED_ELECTRICITY = Figure.of("purchased electricity", "MWh", Precision.ELECTRICITY);

  private PowerFigures() {}
}
