package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One regulatory figure of the allocation catalogue: a name, a value, its unit and where it comes from.
 *
 * <p>Every number the allocation rules use (a benchmark, a share, a threshold, a slope, a cap) is such
 * an entry, defined once with its {@link Source}; an entry whose source has confidence
 * {@link Confidence#ASSUMED} is a project assumption and is listed by {@link Rulebook#assumptions()}.
 * The value is normalised (trailing zeros stripped), so {@code 0.80} and {@code 0.8} are equal.
 * Immutable and thread-safe.
 */
public final class RuleValue {
  private final String name;
  private final BigDecimal value;
  private final String unit;
  private final Source source;

  private RuleValue(String name, BigDecimal value, String unit, Source source) {
    this.name = name;
    this.value = value;
    this.unit = unit;
    this.source = source;
  }

  /**
   * Creates a catalogue entry.
   *
   * @param name the name, e.g. {@code "power benchmark 2023 category I"}; not blank
   * @param value the value
   * @param unit the unit, e.g. {@code "tCO2/MWh"}, {@code "fraction"}; may be empty for pure numbers
   * @param source where the figure comes from
   * @return the entry
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null or the name is blank
   */
  public static RuleValue of(String name, BigDecimal value, String unit, Source source) {
    Checks.notBlank("name", name);
    Checks.notNull("value", value);
    Checks.notNull("unit", unit);
    Checks.notNull("source", source);
    return new RuleValue(name, Checks.normalise(value), unit, source);
  }

  /**
   * Creates a catalogue entry from a decimal literal written as text (never a {@code double}).
   *
   * @param name the name
   * @param value the value as text, e.g. {@code "0.7950"}
   * @param unit the unit
   * @param source where the figure comes from
   * @return the entry
   * @throws io.github.ets4j.core.EtsValidationException as {@link #of(String, BigDecimal, String, Source)}
   * @throws io.github.ets4j.core.EtsValidationException also if {@code value} is not a decimal number
   */
  public static RuleValue of(String name, String value, String unit, Source source) {
    Checks.notNull("value", value);
    BigDecimal number;
    try {
      number = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new EtsValidationException("value", "\"" + value + "\"", "must be a decimal number");
    }
    return of(name, number, unit, source);
  }

  /**
   * Creates a project assumption: the same entry with confidence {@link Confidence#ASSUMED}.
   *
   * @param name the name
   * @param value the value as text
   * @param unit the unit
   * @param why why the value was chosen, e.g. {@code "allocation.md: fraction not found"}
   * @return the entry
   */
  public static RuleValue assumed(String name, String value, String unit, String why) {
    return of(name, value, unit, Source.of("ASSUMPTION", why, Confidence.ASSUMED));
  }

  /**
   * Returns this entry with another value, marked as a project assumption (a what-if of a study).
   *
   * @param newValue the value
   * @param why the reason, e.g. {@code "what-if: benchmarks scaled by 0.98"}
   * @return the new entry, same name and unit, confidence ASSUMED
   */
  public RuleValue withAssumedValue(BigDecimal newValue, String why) {
    return of(name, newValue, unit, Source.of("ASSUMPTION", why, Confidence.ASSUMED));
  }

  /**
   * The name of the figure.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The value, normalised.
   *
   * @return the value
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * The unit of the value.
   *
   * @return the unit, possibly empty
   */
  public String unit() {
    return unit;
  }

  /**
   * Where the figure comes from.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Tells whether the figure is a project assumption.
   *
   * @return true when the source's confidence is ASSUMED
   */
  public boolean isAssumed() {
    return source.confidence() == Confidence.ASSUMED;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleValue
        && ((RuleValue) other).name.equals(name)
        && ((RuleValue) other).value.equals(value)
        && ((RuleValue) other).unit.equals(unit)
        && ((RuleValue) other).source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, unit, source);
  }

  /**
   * Renders the entry, e.g. {@code "entity cap = 0.8 fraction (PLAN-POWER-2324 §4 [V])"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return name + " = " + value.toPlainString() + (unit.isEmpty() ? "" : " " + unit) + " (" + source + ")";
  }
}
