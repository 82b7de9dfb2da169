package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.rules.RuleTable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * One regulatory figure of the allocation catalogue: a name, a value, its unit and where it comes from.
 *
 * <p>Every number the allocation rules use (a benchmark, a share, a threshold, a slope, a cap) is such
 * an entry, defined once with its {@link Source}; an entry whose source has confidence
 * {@link Confidence#ASSUMED} is a project assumption and is listed by {@link Rulebook#assumptions()}.
 * The value is normalised (trailing zeros stripped), so {@code 0.80} and {@code 0.8} are equal.
 *
 * <p>A rule value is a thin view of the library's one entry type, {@link RuleEntry}: a name (for the rules of one
 * year, e.g. {@code "power benchmark 2025 category I"}) over the table row it was read from
 * ({@link #fromTable(RuleTable, String, String, Year, String)}), whose key, years and sectors {@link #entry()}
 * gives. An entry made with {@link #of(String, BigDecimal, String, Source)} is keyed by its name and in force from
 * 2019, the first compliance year of the national ETS. Immutable and thread-safe.
 */
public final class RuleValue {
  /** The first compliance year of the national ETS, the first year of an entry made without a table row. */
  private static final Year FIRST_YEAR = Year.of(2019);

  private final String name;
  private final BigDecimal value;
  private final String unit;
  private final Source source;
  private final RuleEntry entry;

  private RuleValue(String name, RuleEntry entry) {
    this.name = name;
    this.entry = entry;
    this.value = Checks.normalise(entry.value());
    this.unit = entry.unit();
    this.source = entry.source();
  }

  /**
   * Views a table row as the rule value of one year, named for that year.
   *
   * @param name the name, e.g. {@code "power benchmark 2025 category I"}; not blank
   * @param entry the row
   * @return the rule value; its {@link #entry()} is the row described by the name
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null or the name is blank
   */
  public static RuleValue from(String name, RuleEntry entry) {
    Checks.notBlank("name", name);
    Checks.notNull("entry", entry);
    return new RuleValue(name, entry.withDescription(name));
  }

  /**
   * Reads the figure of a key for a year from a rule table. A year in which no row of the key is in force (a year
   * after the last published plan, or before the first) takes the value of the nearest row, marked ASSUMED with
   * the reason given: the figure is carried forward, and a row for that year, once published, takes its place.
   *
   * @param table the table
   * @param key the key, e.g. {@code "power/entity-floor"}
   * @param name the name of the figure in that year
   * @param year the compliance year
   * @param whyCarried why the nearest row's value is assumed where no row is in force
   * @return the rule value
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null or the key is not in the table
   */
  public static RuleValue fromTable(RuleTable table, String key, String name, Year year, String whyCarried) {
    Checks.notNull("table", table);
    Checks.notNull("key", key);
    Checks.notNull("year", year);
    Checks.notNull("whyCarried", whyCarried);
    RuleEntry row = table.nearest(key, year);
    if (!row.isInForce(year)) {
      row = RuleEntry.builder().from(row).source(Source.of("ASSUMPTION", whyCarried, Confidence.ASSUMED))
          .firstYear(year).lastYear(year).build();
    }
    return from(name, row);
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
    return new RuleValue(name, RuleEntry.builder().key(name).value(Checks.normalise(value)).unit(unit).source(source)
        .firstYear(FIRST_YEAR).build());
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
    Checks.notNull("newValue", newValue);
    Checks.notNull("why", why);
    return new RuleValue(name, entry.withValue(Checks.normalise(newValue))
        .withSource(Source.of("ASSUMPTION", why, Confidence.ASSUMED)));
  }

  /**
   * The catalogue entry this value is a view of: its key, years in force and sectors, described by the name.
   *
   * @return the entry
   */
  public RuleEntry entry() {
    return entry;
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
