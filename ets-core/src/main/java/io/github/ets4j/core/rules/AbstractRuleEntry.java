package io.github.ets4j.core.rules;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One regulatory figure: its key, exact value, unit, source (document, place, confidence), the compliance years
 * it is in force and the sectors it applies to. The one entry type of the library: the MRV default catalogue, the
 * plausibility ranges and the allocation rules are all made of such entries or are thin views of them.
 *
 * <p>Keys are short paths, e.g. {@code "power/benchmark/electricity/I"} or {@code "fuel/bituminous-coal/ncv"}.
 * The years are inclusive; an empty last year means "until replaced". An entry built without sectors applies to
 * every sector. Build with {@code RuleEntry.builder()}; derive with {@code withValue}, {@code withSource}, ...
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractRuleEntry {

  /**
   * The key, e.g. {@code "power/entity-floor"}.
   *
   * @return the key, not blank
   */
  public abstract String key();

  /**
   * The exact value in {@link #unit()}.
   *
   * @return the value
   */
  public abstract BigDecimal value();

  /**
   * The unit of the value as the source prints it, e.g. {@code "tCO2/MWh"}, {@code "fraction"}; empty for a pure
   * number.
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * Where the figure comes from, with its confidence.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * The first compliance year the entry is in force.
   *
   * @return the first year
   */
  public abstract Year firstYear();

  /**
   * The last compliance year the entry is in force; empty when open-ended.
   *
   * @return the last year, or empty
   */
  public abstract Optional<Year> lastYear();

  /**
   * The sectors the entry applies to; every sector unless given.
   *
   * @return a non-empty set
   */
  @Value.Default
  public Set<Sector> sectors() {
    return EnumSet.allOf(Sector.class);
  }

  /**
   * What the figure is, in words; the key unless given.
   *
   * @return the description
   */
  @Value.Default
  public String description() {
    return key();
  }

  /**
   * Tells whether the entry is in force in a compliance year.
   *
   * @param year the compliance year
   * @return true when the year lies within the entry's years
   * @throws EtsValidationException if the year is null
   */
  public final boolean isInForce(Year year) {
    Checks.notNull("year", year);
    return !year.isBefore(firstYear()) && lastYear().map(last -> !year.isAfter(last)).orElse(Boolean.TRUE);
  }

  /**
   * Tells whether the entry is in force for a sector in a compliance year.
   *
   * @param sector the sector
   * @param year the compliance year
   * @return true when the sector is listed and the year lies within the entry's years
   * @throws EtsValidationException if an argument is null
   */
  public final boolean appliesTo(Sector sector, Year year) {
    return sectors().contains(Checks.notNull("sector", sector)) && isInForce(year);
  }

  /**
   * Tells whether two entries are in force in a common year for a common sector.
   *
   * @param other the other entry
   * @return true when the years and the sectors overlap
   * @throws EtsValidationException if the other entry is null
   */
  public final boolean overlaps(RuleEntry other) {
    Checks.notNull("other", other);
    boolean sectors = sectors().stream().anyMatch(other.sectors()::contains);
    boolean endsBefore = lastYear().map(last -> last.isBefore(other.firstYear())).orElse(Boolean.FALSE);
    boolean startsAfter = other.lastYear().map(last -> last.isBefore(firstYear())).orElse(Boolean.FALSE);
    return sectors && !endsBefore && !startsAfter;
  }

  /**
   * Tells whether the figure is read in an official final text.
   *
   * @return true when the source's confidence is {@link Confidence#OFFICIAL}
   */
  public final boolean isOfficial() {
    return source().confidence().isOfficial();
  }

  /**
   * Tells whether the figure is a project assumption.
   *
   * @return true when the source's confidence is {@link Confidence#ASSUMED}
   */
  public final boolean isAssumed() {
    return source().confidence() == Confidence.ASSUMED;
  }

  /**
   * The years in force as text, e.g. {@code "2025-2026"} or {@code "2027-"}.
   *
   * @return the years
   */
  public final String years() {
    return firstYear() + "-" + lastYear().map(Year::toString).orElse("");
  }

  @Value.Check
  void check() {
    Checks.notBlank("key", key());
    Checks.notNull("unit of " + key(), unit());
    Checks.notBlank("description of " + key(), description());
    if (sectors().isEmpty()) {
      throw new EtsValidationException("sectors of " + key(), "[]", "an entry applies to at least one sector");
    }
    if (lastYear().isPresent() && lastYear().get().isBefore(firstYear())) {
      throw new EtsValidationException("lastYear of " + key(), lastYear().get(),
          "must not be before the first year " + firstYear());
    }
  }

  /**
   * Renders the entry, e.g. {@code "power/entity-floor 2025-2026 = 0.8 fraction (PLAN-2526-DRAFT entity relief [D])"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return key() + " " + years() + " = " + value().toPlainString() + (unit().isEmpty() ? "" : " " + unit())
        + " (" + source() + ")";
  }
}
