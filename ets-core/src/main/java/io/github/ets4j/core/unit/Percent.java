package io.github.ets4j.core.unit;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place where a percentage becomes a fraction and a fraction a percentage (1 % = 0.01), in exact decimals.
 *
 * <p>The guidelines print shares and rates in percent (an oxidation rate, a load factor, a deviation, a shortfall
 * rate); the formulas multiply by fractions. A share between 0 and 100 % crosses between the two as a {@link Share},
 * which converts here; the methods below serve the values that are not such a share and so carry no range: a signed
 * deviation, a growth rate, a shortfall rate (negative for a surplus), a ratio computed in percent. Moving the
 * decimal point is exact at every scale, so {@code toFraction(fromFraction(x))} is {@code x} by value; a ratio is
 * divided once, with the rounding the caller names, and the point is moved after the division, which gives the same
 * digits as multiplying by 100 first. Holds no state. Immutable and thread-safe.
 */
public final class Percent {
  /** Decimal places between a percentage and a fraction: 1 % = 10^-2. */
  private static final int PLACES = 2;

  private Percent() {}

  /**
   * A percentage as a fraction, exactly {@code percent / 100} (62.39 → 0.6239, −5 → −0.05).
   *
   * @param percent the value in percent, any sign
   * @return the fraction
   * @throws EtsValidationException if the value is null
   */
  public static BigDecimal toFraction(BigDecimal percent) {
    return Checks.notNull("percent", percent).movePointLeft(PLACES);
  }

  /**
   * A fraction as a percentage, exactly {@code fraction × 100} (0.6239 → 62.39, −0.0199 → −1.99).
   *
   * @param fraction the value as a fraction, any sign
   * @return the percentage
   * @throws EtsValidationException if the value is null
   */
  public static BigDecimal fromFraction(BigDecimal fraction) {
    return Checks.notNull("fraction", fraction).movePointRight(PLACES);
  }

  /**
   * The ratio {@code part / whole} in percent, divided once and rounded to {@code decimals} decimals of the
   * percentage: the same value and scale as {@code part × 100 / whole} divided at that scale (the shortfall rate
   * {@code (verified − allocation) / verified}, half up to 2 decimals, PLAN-POWER-2324 [V]).
   *
   * @param part the numerator, any sign
   * @param whole the denominator, not zero
   * @param decimals the decimals of the percentage, zero or more
   * @param rounding the rounding of the division
   * @return the percentage, {@code decimals} decimals
   * @throws EtsValidationException if an argument is null, the whole is zero or the decimals are negative
   * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the ratio needs rounding
   */
  public static BigDecimal ofRatio(BigDecimal part, BigDecimal whole, int decimals, RoundingMode rounding) {
    Checks.notNull("part", part);
    nonZero(whole);
    Checks.notNull("rounding", rounding);
    if (decimals < 0) {
      throw new EtsValidationException("decimals", decimals, "must not be negative");
    }
    return part.divide(whole, decimals + PLACES, rounding).movePointRight(PLACES);
  }

  /**
   * The ratio {@code part / whole} in percent, divided once to the precision of a math context: the same digits as
   * {@code part × 100 / whole} divided with that context (a load factor {@code generation / capacity × hours}).
   *
   * @param part the numerator, any sign
   * @param whole the denominator, not zero
   * @param context the precision and rounding of the division
   * @return the percentage
   * @throws EtsValidationException if an argument is null or the whole is zero
   */
  public static BigDecimal ofRatio(BigDecimal part, BigDecimal whole, MathContext context) {
    Checks.notNull("part", part);
    nonZero(whole);
    Checks.notNull("context", context);
    return part.divide(whole, context).movePointRight(PLACES);
  }

  private static void nonZero(BigDecimal whole) {
    if (Checks.notNull("whole", whole).signum() == 0) {
      throw new EtsValidationException("whole", whole.toPlainString(), "a ratio in percent needs a whole other than 0");
    }
  }
}
