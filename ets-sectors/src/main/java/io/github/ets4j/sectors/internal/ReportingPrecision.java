package io.github.ets4j.sectors.internal;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Precision;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The one component that applies the reporting precisions of the rulebook, at named points.
 *
 * <p>The rule (mrv.md "Reporting precision", AG-STEEL-2024 Appendix C [V]; order of rounding [A]):
 * parameters are rounded to their reporting precision when reported and enter the formula rounded;
 * each source line's emission is rounded half up to 2 decimals; totals are summed from rounded lines;
 * the enterprise annual total is rounded to whole tonnes. Calculations call these methods and never
 * round on their own, so the rounding points can be read here in one place. Divisions use
 * {@link MathContext#DECIMAL128} (34 significant digits), far beyond any reporting precision, so that
 * only the named step decides the last digit. Holds no state. Immutable and thread-safe.
 */
public final class ReportingPrecision {

  /** The context of every division before a named rounding step (34 digits: no premature rounding). */
  public static final MathContext DIVISION = MathContext.DECIMAL128;

  private ReportingPrecision() {}

  /**
   * Rounds a fuel consumption (t or 10^4 Nm3) to 2 decimals.
   *
   * @param value the consumption
   * @return the reported consumption
   */
  public static BigDecimal fuelConsumption(BigDecimal value) {
    return Precision.FUEL_CONSUMPTION.round(value);
  }

  /**
   * Rounds a net calorific value to 3 decimals.
   *
   * @param value the NCV, GJ/t or GJ/10^4 Nm3
   * @return the reported NCV
   */
  public static BigDecimal ncv(BigDecimal value) {
    return Precision.NCV.round(value);
  }

  /**
   * Rounds a carbon content per unit heat to 5 decimals.
   *
   * @param value the carbon content, tC/GJ
   * @return the reported carbon content
   */
  public static BigDecimal carbonContent(BigDecimal value) {
    return Precision.CARBON_CONTENT.round(value);
  }

  /**
   * Rounds a power plant's as-received element carbon to 4 decimals [C].
   *
   * @param value the element carbon, tC/t
   * @return the reported element carbon
   */
  public static BigDecimal elementCarbon(BigDecimal value) {
    return Precision.ELEMENT_CARBON_AS_RECEIVED.round(value);
  }

  /**
   * Rounds a carbonate, electrode or carbon-bearing material consumption to 2 decimals.
   *
   * @param value the consumption, t
   * @return the reported consumption
   */
  public static BigDecimal material(BigDecimal value) {
    return Precision.MATERIAL.round(value);
  }

  /**
   * Rounds one source line's emission to 2 decimals.
   *
   * @param value the emission, tCO2 (tCO2e for PFCs); may be negative for a deduction
   * @return the reported emission
   */
  public static BigDecimal sourceLine(BigDecimal value) {
    return Precision.SOURCE_LINE_EMISSIONS.round(value);
  }

  /**
   * Rounds a product output to 2 decimals.
   *
   * @param value the output, t
   * @return the reported output
   */
  public static BigDecimal productOutput(BigDecimal value) {
    return Precision.PRODUCT_OUTPUT.round(value);
  }

  /**
   * Rounds an amount of electricity to 3 decimals.
   *
   * @param value the electricity, MWh
   * @return the reported electricity
   */
  public static BigDecimal electricity(BigDecimal value) {
    return Precision.ELECTRICITY.round(value);
  }

  /**
   * Rounds an amount of heat to 2 decimals.
   *
   * @param value the heat, GJ
   * @return the reported heat
   */
  public static BigDecimal heat(BigDecimal value) {
    return Precision.HEAT.round(value);
  }

  /**
   * Rounds a rate in percent (load factor, moisture) to 2 decimals.
   *
   * @param value the rate, %
   * @return the reported rate
   */
  public static BigDecimal percent(BigDecimal value) {
    return Precision.PERCENT.round(value);
  }

  /**
   * Rounds aluminum anode-effect minutes per cell-day to 2 decimals [C].
   *
   * @param value the AEM
   * @return the reported AEM
   */
  public static BigDecimal anodeEffectMinutes(BigDecimal value) {
    return Precision.ANODE_EFFECT_MINUTES.round(value);
  }

  /**
   * Rounds the CF4 emission factor to 3 decimals [C].
   *
   * @param value EF_CF4, kg/t Al
   * @return the reported factor
   */
  public static BigDecimal efCf4(BigDecimal value) {
    return Precision.EF_CF4.round(value);
  }

  /**
   * Rounds the C2F6 emission factor to 4 decimals [C].
   *
   * @param value EF_C2F6, kg/t Al
   * @return the reported factor
   */
  public static BigDecimal efC2f6(BigDecimal value) {
    return Precision.EF_C2F6.round(value);
  }

  /**
   * Rounds an enterprise (or facility) annual total to whole tonnes.
   *
   * @param value the total, tCO2(e), summed from rounded source lines
   * @return the verified figure in whole tonnes
   */
  public static BigDecimal enterpriseTotal(BigDecimal value) {
    return Precision.ENTERPRISE_TOTAL.round(value);
  }

  /**
   * Divides emissions by a product output and rounds the quotient to 4 decimals.
   *
   * @param emissions the emissions, tCO2(e)
   * @param output the product output, t (or MWh, GJ); greater than zero
   * @param outputName the name of the output, for the error message
   * @return the intensity, tCO2 per unit of output, 4 decimals
   * @throws EtsValidationException if the output is zero or negative
   */
  public static BigDecimal intensity(BigDecimal emissions, BigDecimal output, String outputName) {
    Checks.notNull("outputName", outputName);
    Checks.positive(outputName + " (denominator of an intensity)", output);
    return Precision.INTENSITY.round(Checks.notNull("emissions", emissions).divide(output, DIVISION));
  }

  /**
   * Converts a mass of carbon to a mass of CO2 by the molar-mass ratio 44/12, exactly enough: the
   * product is multiplied by 44 first and divided by 12 with {@link #DIVISION}, so that no digit that a
   * 2-decimal rounding could see is lost.
   *
   * @param carbonTonnes the carbon, tC
   * @return the CO2, tCO2, unrounded
   */
  public static BigDecimal carbonToCo2(BigDecimal carbonTonnes) {
    return Checks.notNull("carbonTonnes", carbonTonnes).multiply(FORTY_FOUR).divide(TWELVE, DIVISION);
  }

  /**
   * Converts a mass of carbon to the CO2 of a reported source line: {@code carbon × 44/12} rounded as
   * {@link #sourceLine(BigDecimal)} rounds (2 decimals, half up), always the same value as {@code
   * sourceLine(carbonToCo2(carbon))}, with one short division instead of a 34-digit one.
   *
   * <p>Why it is the same number: write {@code 11 × carbon = (3Q + r) × 10^-k} ({@code k} the scale,
   * {@code r} 0, 1 or 2). The exact quotient is {@code Q × 10^-k} followed, from decimal {@code k + 1} on,
   * by nothing, by 3s or by 6s. When {@code 11 × carbon} has at most 33 digits, {@code Q} has at most 33,
   * so {@link #DIVISION} (34 digits) keeps all of {@code Q} and rounds only within the repeating digits
   * (3s down, 6s up to a 7, no carry into {@code Q}); the rounded quotient then lies strictly between the
   * same two multiples of {@code 10^-k} as the exact one, or equals it, and a half-up rounding to 2
   * decimals sees the same side of every half. A longer carbon (far beyond any reported line: 33 digits is
   * 10^19 t at 14 decimals) takes the two-step path.
   *
   * @param carbonTonnes the carbon, tC
   * @return the CO2, tCO2, 2 decimals
   */
  public static BigDecimal carbonToCo2Line(BigDecimal carbonTonnes) {
    Checks.notNull("carbonTonnes", carbonTonnes);
    BigDecimal times11 = carbonTonnes.multiply(ELEVEN);
    if (times11.precision() >= DIVISION.getPrecision()) {
      return sourceLine(carbonToCo2(carbonTonnes));
    }
    return times11.divide(THREE, Precision.SOURCE_LINE_EMISSIONS.decimals(), Precision.SOURCE_LINE_EMISSIONS.mode());
  }

  // The molar masses of CO2 and C (44 and 12 g/mol), and their ratio reduced, 11/3.
  private static final BigDecimal FORTY_FOUR = BigDecimal.valueOf(44);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal ELEVEN = BigDecimal.valueOf(11);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
}
