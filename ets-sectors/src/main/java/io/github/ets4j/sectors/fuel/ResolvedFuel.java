package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.internal.Explanations;
import io.github.ets4j.sectors.mrv.Finding;
import io.github.ets4j.sectors.mrv.FuelUse;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import io.github.ets4j.sectors.internal.SameResolution;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * A fuel line with every parameter in place, each rounded to its reporting precision (FC 2, NCV 3,
 * CC 5, C_ar 4 decimals; mrv.md), ready to calculate. Made by {@link FuelRules#resolve}.
 * Immutable and thread-safe.
 */
public final class ResolvedFuel {
  /** The code of a finding on a fuel parameter outside its plausible range. */
  public static final String PLAUSIBILITY_CHECK = "fuel.plausibility";

  private final FuelLine line;
  private final BigDecimal quantity;
  private final Parameter ncv;
  @Nullable private final Parameter carbonContent;
  @Nullable private final Parameter elementCarbon;
  @Nullable private final Parameter oxidationRate;
  private final boolean ncvChoiceFixedForYear;
  private final List<String> implausibilities;

  ResolvedFuel(FuelLine line, Parameter ncv, @Nullable Parameter carbonContent, @Nullable Parameter elementCarbon,
      @Nullable Parameter oxidationRate, boolean ncvChoiceFixedForYear) {
    this(line, ncv, carbonContent, elementCarbon, oxidationRate, ncvChoiceFixedForYear, List.of());
  }

  ResolvedFuel(FuelLine line, Parameter ncv, @Nullable Parameter carbonContent, @Nullable Parameter elementCarbon,
      @Nullable Parameter oxidationRate, boolean ncvChoiceFixedForYear, List<String> implausibilities) {
    this.ncvChoiceFixedForYear = ncvChoiceFixedForYear;
    this.implausibilities = List.copyOf(implausibilities);
    this.line = line;
    this.quantity = ReportingPrecision.fuelConsumption(line.quantity());
    this.ncv = ncv.withValue(ReportingPrecision.ncv(ncv.value()));
    this.carbonContent = carbonContent == null ? null
        : carbonContent.withValue(ReportingPrecision.carbonContent(carbonContent.value()));
    this.elementCarbon = elementCarbon == null ? null
        : elementCarbon.withValue(ReportingPrecision.elementCarbon(elementCarbon.value()));
    this.oxidationRate = oxidationRate;
  }

  // Another line's resolution from this one, lent to the library's own code through a package the module does not
  // export: it is no part of the resolved fuel's public surface.
  static {
    SameResolution.lend(ResolvedFuel::sameResolution);
  }

  // The copy of a resolution for another line: the parameters as resolved (already at their precision), the line's
  // own consumption rounded.
  private ResolvedFuel(ResolvedFuel resolved, FuelLine line) {
    this.line = line;
    this.quantity = ReportingPrecision.fuelConsumption(line.quantity());
    this.ncv = resolved.ncv;
    this.carbonContent = resolved.carbonContent;
    this.elementCarbon = resolved.elementCarbon;
    this.oxidationRate = resolved.oxidationRate;
    this.ncvChoiceFixedForYear = resolved.ncvChoiceFixedForYear;
    this.implausibilities = resolved.implausibilities;
  }

  /**
   * The side lent to {@link SameResolution}: {@link FuelRules#resolveLine} fills a line that gives no parameter from
   * its fuel, label, sector and year alone (the fuel's defaults and ranges, the rules' refusals by fuel and sector;
   * the label names the defaults and the findings), never from the consumption or the unit, so two such lines of the
   * same fuel and label resolve to the same parameters and findings.
   */
  @Nullable
  private static ResolvedFuel sameResolution(ResolvedFuel resolved, FuelLine line) {
    FuelLine from = resolved.line;
    if (line.fuel() != from.fuel() || line.unit() != from.unit() || !noParameterGiven(line)
        || !noParameterGiven(from) || !line.label().equals(from.label())) {
      return null;
    }
    return new ResolvedFuel(resolved, line);
  }

  private static boolean noParameterGiven(FuelLine line) {
    return line.ncv().isEmpty() && line.carbonContent().isEmpty() && line.elementCarbon().isEmpty()
        && line.oxidationRate().isEmpty();
  }

  /**
   * The fuel line as reported.
   *
   * @return the line
   */
  public FuelLine line() {
    return line;
  }

  /**
   * The reported consumption, 2 decimals.
   *
   * @return FC, t or 10^4 Nm3
   */
  public BigDecimal quantity() {
    return quantity;
  }

  /**
   * The reported NCV, 3 decimals.
   *
   * @return the NCV
   */
  public Parameter ncv() {
    return ncv;
  }

  /**
   * The reported carbon content per unit heat, 5 decimals; empty when element carbon is used.
   *
   * @return CC, or empty
   */
  public Optional<Parameter> carbonContent() {
    return Optional.ofNullable(carbonContent);
  }

  /**
   * The reported as-received element carbon, 4 decimals; present only for power lines that measured it.
   *
   * @return C_ar, or empty
   */
  public Optional<Parameter> elementCarbon() {
    return Optional.ofNullable(elementCarbon);
  }

  /**
   * The oxidation rate, %; empty for mass-balance lines resolved without one.
   *
   * @return OF, or empty
   */
  public Optional<Parameter> oxidationRate() {
    return Optional.ofNullable(oxidationRate);
  }

  /**
   * The findings of the line's parameters that lie outside their plausible ranges (the catalogue's
   * {@code range/...} entries), the way a verifier flags them; code {@link #PLAUSIBILITY_CHECK}.
   *
   * @param month the month the line belongs to
   * @return the findings, empty when every parameter is plausible
   */
  public List<Finding> findings(YearMonth month) {
    Checks.notNull("month", month);
    List<Finding> findings = new ArrayList<>();
    for (String message : implausibilities) {
      findings.add(Finding.of(month, PLAUSIBILITY_CHECK, message));
    }
    return findings;
  }

  /**
   * The heat content of the fuel, FC × NCV of the reported values, exact.
   *
   * @return the heat, GJ
   */
  public BigDecimal heatGj() {
    return quantity.multiply(ncv.value());
  }

  /**
   * The fuel use for the annual NCV and the fixed-choice rule (which binds solid fuels while
   * {@link AcquisitionRule#SOLID_NCV_FIXED_FOR_YEAR} is in force).
   *
   * @return the fuel use
   */
  public FuelUse fuelUse() {
    return FuelUse.of(line.label(), quantity, ncv, ncvChoiceFixedForYear);
  }

  /**
   * The fuel-combustion line {@code FC × NCV × CC × OF × 44/12} (or {@code FC × C_ar × OF × 44/12}).
   *
   * @return the line, source {@link EmissionSource#FUEL_COMBUSTION}
   * @throws EtsValidationException if the line was resolved without an oxidation rate
   */
  public CalculatedLine combustion() {
    return combustion(EmissionSource.FUEL_COMBUSTION, line.label());
  }

  /**
   * The fuel-combustion formula as a line of another source or label (e.g. a co-fired unit).
   *
   * @param source the source
   * @param label the label
   * @return the line
   * @throws EtsValidationException if the line was resolved without an oxidation rate
   */
  public CalculatedLine combustion(EmissionSource source, String label) {
    // The fields' names are concatenated only when a check fails: lines are calculated by the thousand.
    Parameter of = Checks.notNull("oxidationRate of ", line.label(), oxidationRate);
    String unit = line.unit().symbol();
    BigDecimal carbon;
    Supplier<String> formula;
    List<Parameter> used;
    Parameter ec = elementCarbon;
    if (ec != null) {
      used = List.of(ncv, ec, of);
      carbon = FuelCombustion.carbonFromElementCarbon(quantity, ec.value(), of.value());
      formula = () -> Explanations.number(quantity) + " " + unit + " × " + Explanations.number(ec.value())
          + " tC/t × " + Explanations.number(of.value()) + " % × 44/12";
    } else {
      Parameter cc = Checks.notNull("carbonContent of ", line.label(), carbonContent);
      used = List.of(ncv, cc, of);
      carbon = FuelCombustion.carbon(quantity, ncv.value(), cc.value(), of.value());
      formula = () -> Explanations.number(quantity) + " " + unit + " × " + Explanations.number(ncv.value()) + " GJ/"
          + unit + " × " + Explanations.number(cc.value()) + " tC/GJ × " + Explanations.number(of.value())
          + " % × 44/12";
    }
    // Formula text only when the explanation is read; the reported figure by one short division.
    return CalculatedLine.co2FromCarbon(source, label, carbon, formula, used);
  }

  /**
   * The steel mass-balance term {@code FC × NCV × CC × 44/12}, without OF.
   *
   * @param source the source ({@link EmissionSource#FUEL_COMBUSTION} for inputs, or
   *     {@link EmissionSource#CARBON_IN_PRODUCTS} for a fuel leaving as a product)
   * @param label the label
   * @return the line
   * @throws EtsValidationException if the line uses element carbon (not a mass-balance parameter)
   */
  public CalculatedLine massBalance(EmissionSource source, String label) {
    Parameter cc = carbonContent;
    if (cc == null) {
      throw new EtsValidationException("carbonContent of " + line.label(), "missing",
          "the mass balance uses the carbon content per unit heat, not element carbon");
    }
    BigDecimal carbon = FuelCombustion.carbonMassBalance(quantity, ncv.value(), cc.value());
    String unit = line.unit().symbol();
    Supplier<String> formula = () -> Explanations.number(quantity) + " " + unit + " × "
        + Explanations.number(ncv.value()) + " GJ/" + unit + " × " + Explanations.number(cc.value()) + " tC/GJ × 44/12";
    return CalculatedLine.co2FromCarbon(source, label, carbon, formula, List.of(ncv, cc));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ResolvedFuel)) {
      return false;
    }
    ResolvedFuel that = (ResolvedFuel) other;
    return line.equals(that.line) && ncv.equals(that.ncv) && Objects.equals(carbonContent, that.carbonContent)
        && Objects.equals(elementCarbon, that.elementCarbon) && Objects.equals(oxidationRate, that.oxidationRate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, ncv, carbonContent, elementCarbon, oxidationRate);
  }

  /**
   * Renders the resolved line.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ResolvedFuel[" + line.label() + " " + quantity.toPlainString() + " " + line.unit().symbol() + ", " + ncv
        + ", " + (carbonContent != null ? carbonContent : elementCarbon) + ", " + oxidationRate + "]";
  }
}
