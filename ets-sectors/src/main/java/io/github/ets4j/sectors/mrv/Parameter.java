package io.github.ets4j.sectors.mrv;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.Source;
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
 * never negative. Values are kept as given; rounding to the reporting precision is applied by
 * {@link ReportingPrecision} at the points the rulebook names. There is no builder: the three factories
 * cover the cases. Immutable and thread-safe.
 */
public final class Parameter {
  private final String name;
  private final BigDecimal value;
  private final String unit;
  private final Acquisition acquisition;
  @Nullable private final Source source;
  private final List<Evidence> evidence;

  private Parameter(String name, BigDecimal value, String unit, Acquisition acquisition,
      @Nullable Source source, List<Evidence> evidence) {
    this.name = name;
    this.value = value;
    this.unit = unit;
    this.acquisition = acquisition;
    this.source = source;
    this.evidence = evidence;
  }

  /**
   * Creates a parameter obtained in any way.
   *
   * @param name what the parameter is, e.g. {@code "NCV"}
   * @param value the value, zero or more
   * @param unit the unit, e.g. {@code "GJ/t"}
   * @param acquisition how it was obtained
   * @param source where the value comes from; required for a default, optional otherwise
   * @param evidence the supporting documents
   * @return the parameter
   * @throws EtsValidationException if the name or unit is blank, the value is negative, or a default has
   *     no source
   */
  public static Parameter of(String name, BigDecimal value, String unit, Acquisition acquisition,
      Optional<Source> source, List<Evidence> evidence) {
    Checks.notBlank("name", name);
    Checks.nonNegative(name, value);
    Checks.notBlank("unit", unit);
    Checks.notNull("acquisition", acquisition);
    Checks.notNull("source", source);
    Checks.notNull("evidence", evidence);
    if (acquisition == Acquisition.DEFAULT && source.isEmpty()) {
      throw new EtsValidationException("source of " + name, "empty", "a default value must name its source");
    }
    for (int i = 0; i < evidence.size(); i++) {
      Checks.notNull("evidence[" + i + "]", evidence.get(i));
    }
    return new Parameter(name, value, unit, acquisition, source.orElse(null), List.copyOf(evidence));
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
   * Returns a copy with another value (used to apply a reporting precision).
   *
   * @param newValue the new value, zero or more
   * @return the copy
   * @throws EtsValidationException if the value is negative
   */
  public Parameter withValue(BigDecimal newValue) {
    Checks.nonNegative(name, newValue);
    return new Parameter(name, newValue, unit, acquisition, source, evidence);
  }

  /**
   * Returns a copy with another name, e.g. to say which fuel the parameter belongs to.
   *
   * @param newName the new name
   * @return the copy
   * @throws EtsValidationException if the name is blank
   */
  public Parameter withName(String newName) {
    return new Parameter(Checks.notBlank("name", newName), value, unit, acquisition, source, evidence);
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
   * The value in {@link #unit()}.
   *
   * @return the value
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
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
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Parameter)) {
      return false;
    }
    Parameter that = (Parameter) other;
    return name.equals(that.name) && value.compareTo(that.value) == 0 && unit.equals(that.unit)
        && acquisition == that.acquisition && Objects.equals(source, that.source) && evidence.equals(that.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value.stripTrailingZeros(), unit, acquisition, source, evidence);
  }

  /**
   * Renders the parameter, e.g. {@code "NCV = 23.736 GJ/t (default AG-STEEL-2024 Table A.1 [V])"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return name + " = " + value.toPlainString() + " " + unit + " (" + provenance() + ")";
  }
}
