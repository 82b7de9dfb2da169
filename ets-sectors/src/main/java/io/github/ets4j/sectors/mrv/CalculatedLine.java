package io.github.ets4j.sectors.mrv;

import io.github.ets4j.sectors.internal.Explanations;

import io.github.ets4j.sectors.internal.ReportingPrecision;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EmissionLine;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Gas;
import io.github.ets4j.core.GwpSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * One source line of a monthly report, as calculated: its reported emission (2 decimals, half up),
 * the exact figure before that rounding, the inventory lines it contributes, the parameters it used
 * and a sentence that says how it was obtained.
 *
 * <p>For CO2 lines the inventory line holds the reported (rounded) tonnes, so that totals are summed
 * from rounded lines (mrv.md "Reporting precision"). For PFC lines the inventory holds the exact
 * masses of CF4 and C2F6 (a mass of gas cannot be rounded in CO2e terms) while
 * {@link #reportedCo2e()} is the line's CO2e rounded to 2 decimals, which is what report totals add.
 * A deduction line (carbon in products) has a negative reported figure. The exact figure and the
 * explanation text are built when first asked for, once. Immutable and thread-safe.
 */
public final class CalculatedLine {
  private final EmissionSource source;
  private final String label;
  private final BigDecimal reportedCo2e;
  private final List<EmissionLine> lines;
  private final List<Parameter> parameters;
  // The exact figure and the explanation are built when first asked for (most lines are only summed):
  // each supplier is a pure function of immutable values, so computing it twice in a race gives the same
  // result, and the volatile fields publish it safely.
  private final Supplier<BigDecimal> exactSupplier;
  private final Supplier<String> explanationSupplier;
  private volatile @Nullable BigDecimal exactCo2e;
  private volatile @Nullable String explanation;

  private CalculatedLine(EmissionSource source, String label, Supplier<BigDecimal> exactCo2e, BigDecimal reportedCo2e,
      List<EmissionLine> lines, List<Parameter> parameters, Supplier<String> explanation) {
    this.source = source;
    this.label = label;
    this.exactSupplier = exactCo2e;
    this.reportedCo2e = reportedCo2e;
    this.lines = lines;
    this.parameters = parameters;
    this.explanationSupplier = explanation;
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
    Checks.notNull("formula", formula);
    return co2(source, label, exactTonnes, () -> formula, parameters);
  }

  /**
   * Creates a CO2 line from its exact emission, rounding it to 2 decimals; the formula text is built only
   * if the explanation is asked for.
   *
   * @param source the kind of source; for {@link EmissionSource#CARBON_IN_PRODUCTS} the emission is the
   *     size of the deduction and the reported figure is its negative
   * @param label what the line is, e.g. {@code "bituminous coal"}
   * @param exactTonnes the unrounded emission, tCO2, zero or more
   * @param formula builds the formula with the reported inputs; must be a pure function of immutable values
   * @param parameters the parameters used
   * @return the line
   * @throws EtsValidationException if the emission is negative or the label blank
   */
  public static CalculatedLine co2(EmissionSource source, String label, BigDecimal exactTonnes,
      Supplier<String> formula, List<Parameter> parameters) {
    Checks.notNull("source", source);
    Checks.notBlank("label", label);
    // The field name is concatenated only when the check fails: lines are built by the million.
    Checks.nonNegative("emission of ", label, exactTonnes);
    BigDecimal signedExact = source.isDeduction() ? exactTonnes.negate() : exactTonnes;
    return co2(source, label, ReportingPrecision.sourceLine(exactTonnes), () -> signedExact, formula, parameters);
  }

  /**
   * Creates a CO2 line from the carbon it emits, {@code carbon × 44/12}: the reported figure by
   * {@link ReportingPrecision#carbonToCo2Line(BigDecimal)} (one short division, the same value as rounding
   * {@link ReportingPrecision#carbonToCo2(BigDecimal)}), the exact figure and the formula text only when
   * asked for.
   *
   * @param source the kind of source, as for {@link #co2(EmissionSource, String, BigDecimal, String, List)}
   * @param label what the line is
   * @param carbonTonnes the carbon, tC, zero or more
   * @param formula builds the formula with the reported inputs; must be a pure function of immutable values
   * @param parameters the parameters used
   * @return the line
   * @throws EtsValidationException if the carbon is negative or the label blank
   */
  public static CalculatedLine co2FromCarbon(EmissionSource source, String label, BigDecimal carbonTonnes,
      Supplier<String> formula, List<Parameter> parameters) {
    Checks.notNull("source", source);
    Checks.notBlank("label", label);
    Checks.nonNegative("carbon of ", label, carbonTonnes);
    boolean deduction = source.isDeduction();
    Supplier<BigDecimal> exact = () -> {
      BigDecimal co2 = ReportingPrecision.carbonToCo2(carbonTonnes);
      return deduction ? co2.negate() : co2;
    };
    return co2(source, label, ReportingPrecision.carbonToCo2Line(carbonTonnes), exact, formula, parameters);
  }

  private static CalculatedLine co2(EmissionSource source, String label, BigDecimal rounded,
      Supplier<BigDecimal> signedExact, Supplier<String> formula, List<Parameter> parameters) {
    Checks.notNull("formula", formula);
    List<Parameter> used = List.copyOf(Checks.notNull("parameters", parameters));
    boolean deduction = source.isDeduction();
    // One build, checked once (of(...).withLabel(...) checked and normalised the line twice); rounded is never
    // negative here, so the deduction's negated mass is what EmissionLine.deduction gave.
    // The mass handed over already normalised (what the line's check would normalise it to, Checks.normalise), so
    // that the check finds nothing to change and the line is not copied and checked a second time.
    BigDecimal signedRounded = deduction ? rounded.negate() : rounded;
    EmissionLine line = EmissionLine.builder().source(source).gas(Gas.CO2)
        .tonnes(Checks.normalise(signedRounded)).label(label).build();
    Supplier<String> text = () -> label + ": " + formula.get() + " = " + (deduction ? "−" : "")
        + Explanations.number(rounded) + " tCO2" + Explanations.defaultsSuffix(used);
    return new CalculatedLine(source, label, signedExact, signedRounded, List.of(line), used, text);
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
    Checks.notNull("formula", formula);
    List<Parameter> used = List.copyOf(Checks.notNull("parameters", parameters));
    Supplier<String> text = () -> label + ": " + formula + " = " + Explanations.number(rounded) + " tCO2e ("
        + gwpSet.name() + ")" + Explanations.defaultsSuffix(used);
    return new CalculatedLine(EmissionSource.ANODE_EFFECT, label, () -> exact, rounded, List.of(cf4, c2f6), used, text);
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
    BigDecimal exact = exactCo2e;
    if (exact == null) {
      exact = exactSupplier.get();
      exactCo2e = exact;
    }
    return exact;
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
    String text = explanation;
    if (text == null) {
      text = explanationSupplier.get();
      explanation = text;
    }
    return text;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CalculatedLine)) {
      return false;
    }
    CalculatedLine that = (CalculatedLine) other;
    return source == that.source && label.equals(that.label) && exactCo2e().compareTo(that.exactCo2e()) == 0
        && reportedCo2e.compareTo(that.reportedCo2e) == 0 && lines.equals(that.lines)
        && parameters.equals(that.parameters) && explanation().equals(that.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, label, reportedCo2e.stripTrailingZeros(), explanation());
  }

  /**
   * Returns the explanation.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return explanation();
  }
}
