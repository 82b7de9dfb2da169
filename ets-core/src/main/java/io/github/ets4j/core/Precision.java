package io.github.ets4j.core;

import io.github.ets4j.core.internal.Checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * A named rounding step: a number of decimals, a rounding mode and the rule that prescribes it.
 *
 * <p>Reporting precisions follow AG-STEEL-2024 Appendix C [V] and are rounded half up; they are
 * assumed to hold for the cement and aluminum guidelines where those give none [A]. FLOOR is used only
 * where a rule says so (allocations are floored to whole tonnes), always as a named precision.
 * Applying a precision twice gives the same result as applying it once. Immutable and thread-safe.
 */
public final class Precision {

  private static final Source APPENDIX_C = Source.of("AG-STEEL-2024", "Appendix C", Confidence.OFFICIAL);

  /** Powers of five that fit in 42 bits, so that a 53-bit mantissa times one fits in 95 bits. */
  private static final long[] POWERS_OF_FIVE = powersOfFive(18);

  /** Fuel consumption (solid, liquid in t; gaseous in 10^4 Nm3): 2 decimals. */
  public static final Precision FUEL_CONSUMPTION = of("fuel consumption", 2, RoundingMode.HALF_UP, APPENDIX_C);
  /** Net calorific value, GJ/t or GJ/10^4 Nm3: 3 decimals. */
  public static final Precision NCV = of("net calorific value", 3, RoundingMode.HALF_UP, APPENDIX_C);
  /** Carbon content per unit heat, tC/GJ: 5 decimals. */
  public static final Precision CARBON_CONTENT = of("carbon content per unit heat", 5, RoundingMode.HALF_UP, APPENDIX_C);
  /** Carbonate, electrode and carbon-bearing material consumption, t: 2 decimals. */
  public static final Precision MATERIAL = of("material consumption", 2, RoundingMode.HALF_UP, APPENDIX_C);
  /** Emissions of one source line, tCO2: 2 decimals. */
  public static final Precision SOURCE_LINE_EMISSIONS = of("emissions of one source line", 2, RoundingMode.HALF_UP, APPENDIX_C);
  /** Product output (crude steel, process products, clinker, aluminum liquid), t: 2 decimals. */
  public static final Precision PRODUCT_OUTPUT = of("product output", 2, RoundingMode.HALF_UP, APPENDIX_C);
  /** Intensity, tCO2 per t product: 4 decimals. */
  public static final Precision INTENSITY = of("emission intensity", 4, RoundingMode.HALF_UP, APPENDIX_C);
  /** Electricity, MWh: 3 decimals. */
  public static final Precision ELECTRICITY = of("electricity", 3, RoundingMode.HALF_UP, APPENDIX_C);
  /** Heat, GJ: 2 decimals. */
  public static final Precision HEAT = of("heat", 2, RoundingMode.HALF_UP, APPENDIX_C);
  /** Rates in percent (load factor, moisture): 2 decimals. */
  public static final Precision PERCENT = of("rate in percent", 2, RoundingMode.HALF_UP, APPENDIX_C);
  /** Enterprise annual total, tCO2: whole tonnes. */
  public static final Precision ENTERPRISE_TOTAL = of("enterprise annual total", 0, RoundingMode.HALF_UP, APPENDIX_C);
  /** Power: as-received element carbon, tC/t: 4 decimals [C]. */
  public static final Precision ELEMENT_CARBON_AS_RECEIVED = of("as-received element carbon", 4, RoundingMode.HALF_UP,
      Source.of("AG-POWER-2022", "reporting tables", Confidence.THIRD_PARTY));
  /** Aluminum: anode-effect minutes per cell-day: 2 decimals [C]. */
  public static final Precision ANODE_EFFECT_MINUTES = of("anode-effect minutes per cell-day", 2, RoundingMode.HALF_UP,
      Source.of("AG-ALU-2024", "reporting tables", Confidence.THIRD_PARTY));
  /** Aluminum: CF4 emission factor, kg/t Al: 3 decimals [C]. */
  public static final Precision EF_CF4 = of("CF4 emission factor", 3, RoundingMode.HALF_UP,
      Source.of("AG-ALU-2024", "reporting tables", Confidence.THIRD_PARTY));
  /** Aluminum: C2F6 emission factor, kg/t Al: 4 decimals [C]. */
  public static final Precision EF_C2F6 = of("C2F6 emission factor", 4, RoundingMode.HALF_UP,
      Source.of("AG-ALU-2024", "reporting tables", Confidence.THIRD_PARTY));

  private final String name;
  private final int decimals;
  private final RoundingMode mode;
  private final Source source;

  private Precision(String name, int decimals, RoundingMode mode, Source source) {
    this.name = name;
    this.decimals = decimals;
    this.mode = mode;
    this.source = source;
  }

  /**
   * Creates a named precision.
   *
   * @param name what is rounded, e.g. {@code "unit allocation"}
   * @param decimals the number of decimals kept, 0 to 12
   * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} is refused
   * @param source the rule that prescribes the step
   * @return the precision
   * @throws EtsValidationException if the name is blank, decimals is out of range or the mode is
   *     UNNECESSARY
   */
  public static Precision of(String name, int decimals, RoundingMode mode, Source source) {
    Checks.notBlank("name", name);
    if (decimals < 0 || decimals > 12) {
      throw new EtsValidationException("decimals", decimals, "must be between 0 and 12");
    }
    if (Checks.notNull("mode", mode) == RoundingMode.UNNECESSARY) {
      throw new EtsValidationException("mode", mode, "a rounding step must name a real rounding mode");
    }
    return new Precision(name, decimals, mode, Checks.notNull("source", source));
  }

  /**
   * Rounds a value to this precision.
   *
   * @param value the value
   * @return the value with exactly {@link #decimals()} decimals
   */
  public BigDecimal round(BigDecimal value) {
    return Checks.notNull("value", value).setScale(decimals, mode);
  }

  /**
   * Rounds the exact binary value of a double to this precision: the same result, digit and scale, as
   * {@code round(new BigDecimal(value))}, whose intermediate decimal holds every binary digit (about 50 for a factor
   * near 1). A formula evaluated on doubles ({@link StrictMath}) is rounded once, by its named step, with no decimal
   * string in between.
   *
   * <p>For half up, a normal double {@code m × 2^e} is rounded without that intermediate: {@code value × 10^d =
   * m × 5^d × 2^(e + d)} is an exact 128-bit integer product ({@link Math#multiplyHigh}) shifted right, and the
   * first bit shifted out is the half-up carry (it is set exactly when the discarded part is at least one half).
   * Values the shortcut does not cover (zero, subnormal, infinite, NaN, more than 18 decimals, results beyond 63
   * bits or below 2^-11 after scaling) take the {@code BigDecimal} route; {@code PrecisionProperties} checks that
   * the two agree on generated doubles, half-way values included.
   *
   * @param value the value
   * @return the value with exactly {@link #decimals()} decimals
   * @throws EtsValidationException if the value is infinite or NaN
   */
  public BigDecimal round(double value) {
    if (!Double.isFinite(value)) {
      throw new EtsValidationException("value", value, "must be a finite number to be rounded to " + decimals
          + " decimals");
    }
    if (mode == RoundingMode.HALF_UP) {
      BigDecimal fast = halfUp(value, decimals);
      if (fast != null) {
        return fast;
      }
    }
    // The double's exact binary value, not its shortest decimal string (BigDecimal.valueOf): the named step rounds
    // the formula's result once, as the exact path always did (LoadCorrection).
    return new BigDecimal(value).setScale(decimals, mode);
  }

  private static long[] powersOfFive(int last) {
    long[] powers = new long[last + 1];
    powers[0] = 1;
    for (int i = 1; i <= last; i++) {
      powers[i] = powers[i - 1] * 5;
    }
    return powers;
  }

  /** Half up from the double's bits, or null where the BigDecimal route must decide (see {@link #round(double)}). */
  @Nullable
  static BigDecimal halfUp(double value, int decimals) {
    if (decimals < 0 || decimals >= POWERS_OF_FIVE.length) {
      return null;
    }
    long bits = Double.doubleToRawLongBits(value);
    int biased = (int) ((bits >>> 52) & 0x7ff);
    if (biased == 0 || biased == 0x7ff) {
      return null;
    }
    long mantissa = (bits & ((1L << 52) - 1)) | (1L << 52);
    // |value| = mantissa × 2^(biased − 1075); × 10^d = mantissa × 5^d × 2^(biased − 1075 + d).
    int shift = 1075 - biased - decimals;
    if (shift <= 0 || shift >= 64) {
      return null;
    }
    long five = POWERS_OF_FIVE[decimals];
    long high = Math.multiplyHigh(mantissa, five);
    long low = mantissa * five;
    if ((high >>> shift) != 0) {
      return null;
    }
    long quotient = (high << (64 - shift)) | (low >>> shift);
    if (quotient < 0 || quotient == Long.MAX_VALUE) {
      return null;
    }
    // The first discarded bit: set exactly when the discarded part is at least one half.
    quotient += (low >>> (shift - 1)) & 1;
    return BigDecimal.valueOf(bits < 0 ? -quotient : quotient, decimals);
  }

  /**
   * What this step rounds.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The number of decimals kept.
   *
   * @return the decimals
   */
  public int decimals() {
    return decimals;
  }

  /**
   * The rounding mode.
   *
   * @return the mode
   */
  public RoundingMode mode() {
    return mode;
  }

  /**
   * The rule that prescribes this step.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Precision
        && ((Precision) other).name.equals(name)
        && ((Precision) other).decimals == decimals
        && ((Precision) other).mode == mode
        && ((Precision) other).source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, decimals, mode, source);
  }

  /**
   * Renders the precision, e.g. {@code "net calorific value: 3 decimals HALF_UP (AG-STEEL-2024 Appendix C [V])"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return name + ": " + decimals + " decimals " + mode + " (" + source + ")";
  }
}
