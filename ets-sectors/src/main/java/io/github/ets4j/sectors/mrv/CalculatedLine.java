package io.github.ets4j.sectors.mrv;

import io.github.ets4j.core.Checks;
import io.github.ets4j.core.EmissionLine;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Gas;
import io.github.ets4j.core.GwpSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One source line of a monthly report, as calculated: its reported emission (2 decimals, half up),
 * the exact figure before that rounding, the inventory lines it contributes, the parameters it used
 * and a sentence that says how it was obtained.
 *
 * <p>For CO2 lines the inventory line holds the reported (rounded) tonnes, so that totals are summed
 * from rounded lines (mrv.md "Reporting precision"). For PFC lines the inventory holds the exact
 * masses of CF4 and C2F6 (a mass of gas cannot be rounded in CO2e terms) while
 * {@link #reportedCo2e()} is the line's CO2e rounded to 2 decimals, which is what report totals add.
 * A deduction line (carbon in products) has a negative reported figure. Immutable and thread-safe.
 */
public final class CalculatedLine {
  private final EmissionSource source;
  private final String label;
  private final BigDecimal exactCo2e;
  private final BigDecimal reportedCo2e;
  private final List<EmissionLine> lines;
  private final List<Parameter> parameters;
  private final String explanation;

  private CalculatedLine(EmissionSource source, String label, BigDecimal exactCo2e, BigDecimal reportedCo2e,
      List<EmissionLine> lines, List<Parameter> parameters, String explanation) {
    this.source = source;
    this.label = label;
    this.exactCo2e = exactCo2e;
    this.reportedCo2e = reportedCo2e;
    this.lines = lines;
    this.parameters = parameters;
    this.explanation = explanation;
  }

  /**
   * Creates a CO2 line from its exact emission, rounding it to 2 decimals.
   *
   * @param source the kind of source; for {@link EmissionSource#CARBON_IN_PRODUCTS} the emission is the
   *     size of the deduction and the reported figure is its negative
   * @param label what the line is, e.g. {@code "bituminous coal"}
   * @param exactTonnes the unrounded emission, tCO2, zero or more
   * @param formula the formula with the reported inputs, e.g. {@code "12,345.67 t × 23.736 GJ/t × …"}
   * @param parameters the parameters used
   * @return the line
   * @throws EtsValidationException if the emission is negative or the label blank
   */
  public static CalculatedLine co2(EmissionSource source, String label, BigDecimal exactTonnes, String formula,
      List<Parameter> parameters) {
    Checks.notNull("source", source);
    Checks.notBlank("label", label);
    Checks.nonNegative("emission of " + label, exactTonnes);
    Checks.notNull("formula", formula);
    Checks.notNull("parameters", parameters);
    BigDecimal rounded = ReportingPrecision.sourceLine(exactTonnes);
    EmissionLine line = source.isDeduction()
        ? EmissionLine.deduction(source, Gas.CO2, rounded).withLabel(label)
        : EmissionLine.of(source, Gas.CO2, rounded).withLabel(label);
    BigDecimal signedExact = source.isDeduction() ? exactTonnes.negate() : exactTonnes;
    BigDecimal signedRounded = source.isDeduction() ? rounded.negate() : rounded;
    String text = label + ": " + formula + " = " + (source.isDeduction() ? "−" : "")
        + Explanations.number(rounded) + " tCO2" + Explanations.defaultsSuffix(parameters);
    return new CalculatedLine(source, label, signedExact, signedRounded, List.of(line), List.copyOf(parameters), text);
  }

  /**
   * Creates a PFC line (anode effects) from the exact masses of CF4 and C2F6.
   *
   * @param label what the line is
   * @param cf4Tonnes the CF4 mass, t, zero or more
   * @param c2f6Tonnes the C2F6 mass, t, zero or more
   * @param gwpSet the GWP set that converts them to CO2e
   * @param formula the formula with the reported inputs
   * @param parameters the parameters used
   * @return the line, whose reported CO2e is rounded to 2 decimals
   * @throws EtsValidationException if a mass is negative or the set lacks a PFC
   */
  public static CalculatedLine pfc(String label, BigDecimal cf4Tonnes, BigDecimal c2f6Tonnes, GwpSet gwpSet,
      String formula, List<Parameter> parameters) {
    Checks.notBlank("label", label);
    Checks.nonNegative("CF4 mass", cf4Tonnes);
    Checks.nonNegative("C2F6 mass", c2f6Tonnes);
    Checks.notNull("gwpSet", gwpSet);
    Checks.notNull("formula", formula);
    Checks.notNull("parameters", parameters);
    EmissionLine cf4 = EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.CF4, cf4Tonnes).withLabel(label);
    EmissionLine c2f6 = EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.C2F6, c2f6Tonnes).withLabel(label);
    BigDecimal exact = cf4.co2eTonnes(gwpSet).add(c2f6.co2eTonnes(gwpSet));
    BigDecimal rounded = ReportingPrecision.sourceLine(exact);
    String text = label + ": " + formula + " = " + Explanations.number(rounded) + " tCO2e (" + gwpSet.name() + ")"
        + Explanations.defaultsSuffix(parameters);
    return new CalculatedLine(EmissionSource.ANODE_EFFECT, label, exact, rounded, List.of(cf4, c2f6),
        List.copyOf(parameters), text);
  }

  /**
   * The kind of source.
   *
   * @return the source
   */
  public EmissionSource source() {
    return source;
  }

  /**
   * What the line is.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The exact emission before the 2-decimal rounding, tCO2(e); negative for a deduction.
   *
   * @return the exact figure
   */
  public BigDecimal exactCo2e() {
    return exactCo2e;
  }

  /**
   * The reported emission, 2 decimals half up, tCO2(e); negative for a deduction.
   *
   * @return the reported figure
   */
  public BigDecimal reportedCo2e() {
    return reportedCo2e;
  }

  /**
   * Tells whether the ETS covers the line (direct sources only).
   *
   * @return true for direct lines
   */
  public boolean isCovered() {
    return source.isDirect();
  }

  /**
   * The inventory lines the source line contributes (one for CO2, two for PFCs).
   *
   * @return an unmodifiable list
   */
  public List<EmissionLine> lines() {
    return lines;
  }

  /**
   * The parameters used, as reported (rounded to their reporting precision).
   *
   * @return an unmodifiable list
   */
  public List<Parameter> parameters() {
    return parameters;
  }

  /**
   * How the line was obtained, e.g. {@code "bituminous coal: 12,345.67 t × 23.736 GJ/t × 0.02618 tC/GJ ×
   * 99 % × 44/12 = 27,848.29 tCO2 (NCV default AG-STEEL-2024 Table A.1 [V]; …)"}.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CalculatedLine)) {
      return false;
    }
    CalculatedLine that = (CalculatedLine) other;
    return source == that.source && label.equals(that.label) && exactCo2e.compareTo(that.exactCo2e) == 0
        && reportedCo2e.compareTo(that.reportedCo2e) == 0 && lines.equals(that.lines)
        && parameters.equals(that.parameters) && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, label, reportedCo2e.stripTrailingZeros(), explanation);
  }

  /**
   * Returns the explanation.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return explanation;
  }
}
