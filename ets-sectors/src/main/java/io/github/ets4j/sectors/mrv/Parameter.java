package io.github.ets4j.sectors.mrv;

import io.github.ets4j.sectors.internal.Explanations;

import io.github.ets4j.sectors.internal.ReportingPrecision;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.unit.Quantity;
import io.github.ets4j.core.unit.Unit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One monitoring parameter as reported: its name, value and unit, how it was obtained
 * ({@link Acquisition}), where a default comes from ({@link Source}) and the evidence that supports it.
 *
 * <p>A default ({@link Acquisition#DEFAULT}) must name its source, so that a report can list every
 * default it used and the confidence of each (mrv.md "How a parameter is obtained"). The value is
 * never negative. The unit is read strictly ({@link Unit#parse(String, String)}: known spellings only, e.g.
 * {@code "GJ/t"}, {@code "kcal/kg"}, {@code "tC/TJ"}, {@code "%"}) and a value in another unit of its quantity
 * is converted exactly to the guideline unit when the parameter is made: {@code measured("NCV", 5000,
 * "kcal/kg")} holds 20.934 GJ/t, and {@link #provenance()} says {@code "5,000 kcal/kg = 20.934 GJ/t"}. Which
 * quantity a parameter must measure is checked where it is used (a fuel line's NCV, CC, OF, C_ar). Values are
 * otherwise kept as given; rounding to the reporting precision is applied by {@link ReportingPrecision} at the
 * points the rulebook names. There is no builder: the factories cover the cases. Immutable and thread-safe.
 */
public final class Parameter {
  private final String name;
  private final BigDecimal value;
  private final Unit unit;
  private final Acquisition acquisition;
  @Nullable private final Source source;
  private final List<Evidence> evidence;
  /** The value as given, when it was converted from another unit; null otherwise. */
  @Nullable private final BigDecimal givenValue;
  /** The unit as given, when it was not the guideline unit; null otherwise. */
  @Nullable private final Unit givenUnit;

  private Parameter(String name, BigDecimal value, Unit unit, Acquisition acquisition,
      @Nullable Source source, List<Evidence> evidence, @Nullable BigDecimal givenValue, @Nullable Unit givenUnit) {
    this.name = name;
    this.value = value;
    this.unit = unit;
    this.acquisition = acquisition;
    this.source = source;
    this.evidence = evidence;
    this.givenValue = givenValue;
    this.givenUnit = givenUnit;
  }

  /**
   * Creates a parameter obtained in any way.
   *
   * @param name what the parameter is, e.g. {@code "NCV"}
   * @param value the value, zero or more
   * @param unit the unit, one of the spellings of {@link Unit}, e.g. {@code "GJ/t"} or {@code "kcal/kg"}
   * @param acquisition how it was obtained
   * @param source where the value comes from; required for a default, optional otherwise
   * @param evidence the supporting documents
   * @return the parameter, its value converted to the guideline unit of the unit's quantity
   * @throws EtsValidationException if the name is blank, the unit is not a known spelling (the message names
   *     the parameter, the unit and the accepted units), the value is negative, or a default has no source
   */
  public static Parameter of(String name, BigDecimal value, String unit, Acquisition acquisition,
      Optional<Source> source, List<Evidence> evidence) {
    Checks.notBlank("name", name);
    return of(name, value, Unit.parse(name, unit), acquisition, source, evidence);
  }

  /**
   * Creates a parameter obtained in any way, with a typed unit.
   *
   * @param name what the parameter is, e.g. {@code "NCV"}
   * @param value the value in {@code unit}, zero or more
   * @param unit the unit
   * @param acquisition how it was obtained
   * @param source where the value comes from; required for a default, optional otherwise
   * @param evidence the supporting documents
   * @return the parameter, its value converted to {@code unit.guidelineUnit()}
   * @throws EtsValidationException if the name is blank, the value is negative, or a default has no source
   */
  public static Parameter of(String name, BigDecimal value, Unit unit, Acquisition acquisition,
      Optional<Source> source, List<Evidence> evidence) {
    Checks.notBlank("name", name);
    Checks.nonNegative(name, value);
    // The field's name is concatenated only when the check fails: parameters are made by the thousand.
    Unit given = Checks.notNull("unit of ", name, unit);
    Checks.notNull("acquisition", acquisition);
    Checks.notNull("source", source);
    Checks.notNull("evidence", evidence);
    if (acquisition == Acquisition.DEFAULT && source.isEmpty()) {
      throw new EtsValidationException("source of " + name, "empty", "a default value must name its source");
    }
    for (int i = 0; i < evidence.size(); i++) {
      Checks.notNull("evidence[" + i + "]", evidence.get(i));
    }
    Unit guideline = given.guidelineUnit();
    boolean converted = guideline != given;
    return new Parameter(name, given.toGuidelineUnit(value), guideline, acquisition, source.orElse(null),
        List.copyOf(evidence), converted ? value : null, converted ? given : null);
  }

  /**
   * Creates a measured parameter (实测值).
   *
   * @param name what the parameter is, e.g. {@code "NCV"}
   * @param value the measured value, zero or more
   * @param unit the unit
   * @param evidence the supporting documents (lab reports, ledgers)
   * @return the parameter
   * @throws EtsValidationException as {@link #of(String, BigDecimal, String, Acquisition, Optional, List)}
   */
  public static Parameter measured(String name, BigDecimal value, String unit, Evidence... evidence) {
    Checks.notNull("evidence", evidence);
    return of(name, value, unit, Acquisition.MEASURED, Optional.empty(), Arrays.asList(evidence));
  }

  /**
   * Creates a measured parameter (实测值) with a typed unit.
   *
   * @param name what the parameter is, e.g. {@code "NCV"}
   * @param value the measured value in {@code unit}, zero or more
   * @param unit the unit, e.g. {@link Unit#KCAL_PER_KG}
   * @param evidence the supporting documents (lab reports, ledgers)
   * @return the parameter, its value converted to the guideline unit
   * @throws EtsValidationException as {@link #of(String, BigDecimal, Unit, Acquisition, Optional, List)}
   */
  public static Parameter measured(String name, BigDecimal value, Unit unit, Evidence... evidence) {
    Checks.notNull("evidence", evidence);
    return of(name, value, unit, Acquisition.MEASURED, Optional.empty(), Arrays.asList(evidence));
  }

  /**
   * Creates a default parameter (缺省值).
   *
   * @param name what the parameter is
   * @param value the default value
   * @param unit the unit
   * @param source where the default comes from
   * @return the parameter
   * @throws EtsValidationException as {@link #of(String, BigDecimal, String, Acquisition, Optional, List)}
   */
  public static Parameter ofDefault(String name, BigDecimal value, String unit, Source source) {
    return of(name, value, unit, Acquisition.DEFAULT, Optional.of(Checks.notNull("source", source)), List.of());
  }

  /**
   * Returns a copy with another value (used to apply a reporting precision); this parameter itself when the value
   * is the same, scale included.
   *
   * @param newValue the new value, zero or more
   * @return the copy
   * @throws EtsValidationException if the value is negative
   */
  public Parameter withValue(BigDecimal newValue) {
    Checks.nonNegative(name, newValue);
    // A value already at its reporting precision (most defaults) keeps its parameter: the copy would be equal.
    if (newValue.equals(value)) {
      return this;
    }
    return new Parameter(name, newValue, unit, acquisition, source, evidence, givenValue, givenUnit);
  }

  /**
   * Returns a copy with another name, e.g. to say which fuel the parameter belongs to.
   *
   * @param newName the new name
   * @return the copy
   * @throws EtsValidationException if the name is blank
   */
  public Parameter withName(String newName) {
    return new Parameter(Checks.notBlank("name", newName), value, unit, acquisition, source, evidence, givenValue,
        givenUnit);
  }

  /**
   * What the parameter is.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The value in {@link #unit()}, the guideline unit (converted exactly when given in another unit).
   *
   * @return the value
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * The symbol of the guideline unit of the value, e.g. {@code "GJ/t"} (also for a value given in kcal/kg).
   *
   * @return the unit's symbol
   */
  public String unit() {
    return unit.symbol();
  }

  /**
   * The guideline unit of the value, typed.
   *
   * @return the unit
   */
  public Unit typedUnit() {
    return unit;
  }

  /**
   * The value as it was given, in {@link #givenUnit()}: {@link #value()} unless it was converted from another
   * unit (a lab's 5,000 kcal/kg stays 5,000 here while {@link #value()} is 20.934 GJ/t). A file writer writes
   * this value with the given unit, so that reading the file back gives the same parameter and conversion.
   *
   * @return the value as given
   */
  public BigDecimal givenValue() {
    BigDecimal given = givenValue;
    return given == null ? value : given;
  }

  /**
   * The unit the value was given in: {@link #typedUnit()} unless it was converted from another unit.
   *
   * @return the unit as given
   */
  public Unit givenUnit() {
    Unit from = givenUnit;
    return from == null ? unit : from;
  }

  /**
   * Refuses this parameter where a value of another quantity is needed (checked where the parameter
   * attaches: a fuel line's NCV must be an energy per mass or per gas volume, its CC a carbon per heat, ...).
   *
   * @param field what the parameter is at that place, e.g. {@code "ncv of bituminous coal"}
   * @param needed the quantity the place needs
   * @return this parameter
   * @throws EtsValidationException naming the field, the unit as given and the accepted units
   */
  public Parameter require(String field, Quantity needed) {
    Checks.notNull("field", field);
    Checks.notNull("quantity", needed);
    if (quantity() != needed) {
      Unit given = givenUnit();
      throw new EtsValidationException("unit of " + field, given.symbol(), "a unit of "
          + given.quantity().description() + " where a " + needed.description() + " is expected; accepted units: "
          + needed.acceptedSpellings());
    }
    return this;
  }

  /**
   * What the value measures.
   *
   * @return the quantity
   */
  public Quantity quantity() {
    return unit.quantity();
  }

  /**
   * How a value given in another unit was converted, e.g. {@code "5,000 kcal/kg = 20.934 GJ/t"}.
   *
   * @return the conversion, or empty when the value was given in the guideline unit
   */
  public Optional<String> conversion() {
    BigDecimal given = givenValue;
    Unit from = givenUnit;
    if (given == null || from == null) {
      return Optional.empty();
    }
    // The exact conversion, also after the value was rounded to its reporting precision.
    return Optional.of(Explanations.number(given) + " " + from.symbol() + " = "
        + Explanations.number(from.toGuidelineUnit(given)) + " " + unit.symbol());
  }

  /**
   * How the value was obtained.
   *
   * @return the acquisition mode
   */
  public Acquisition acquisition() {
    return acquisition;
  }

  /**
   * Tells whether the value is a default.
   *
   * @return true for {@link Acquisition#DEFAULT}
   */
  public boolean isDefault() {
    return acquisition == Acquisition.DEFAULT;
  }

  /**
   * Where the value comes from; always present for a default.
   *
   * @return the source, or empty
   */
  public Optional<Source> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The supporting documents.
   *
   * @return an unmodifiable list
   */
  public List<Evidence> evidence() {
    return evidence;
  }

  /**
   * Says how the value was obtained, e.g. {@code "NCV default AG-STEEL-2024 Table A.1 [V]"} or
   * {@code "NCV measured (LAB-2025-031)"}.
   *
   * @return the text
   */
  public String provenance() {
    StringBuilder text = new StringBuilder(name).append(' ')
        .append(acquisition.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    if (source != null) {
      text.append(' ').append(source);
    }
    if (!evidence.isEmpty()) {
      text.append(" (");
      for (int i = 0; i < evidence.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(evidence.get(i).documentId());
      }
      text.append(')');
    }
    conversion().ifPresent(c -> text.append(" [").append(c).append(']'));
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Parameter)) {
      return false;
    }
    Parameter that = (Parameter) other;
    return name.equals(that.name) && value.compareTo(that.value) == 0 && unit.equals(that.unit)
        && acquisition == that.acquisition && Objects.equals(source, that.source) && evidence.equals(that.evidence)
        && Objects.equals(conversion(), that.conversion());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value.stripTrailingZeros(), unit, acquisition, source, evidence, conversion());
  }

  /**
   * Renders the parameter, e.g. {@code "NCV = 23.736 GJ/t (default AG-STEEL-2024 Table A.1 [V])"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return name + " = " + value.toPlainString() + " " + unit.symbol() + " (" + provenance() + ")";
  }
}
