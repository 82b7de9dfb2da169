package io.github.ets4j.sectors.defaults;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.unit.Unit;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One entry of the default-value catalogue: a regulatory figure (default parameter, factor, constant)
 * with its key, value, unit, source (document, table, confidence tag), the sectors it applies to and the
 * compliance years it is in force.
 *
 * <p>Keys are built by {@link DefaultKeys}, e.g. {@code "fuel/bituminous-coal/ncv"}. The years are
 * inclusive; an open end means "until replaced". Build with {@code DefaultValue.builder()}. A default value
 * is a view of the library's one entry type, {@link RuleEntry} ({@link #entry()}). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDefaultValue {

  /**
   * The key, e.g. {@code "fuel/bituminous-coal/ncv"}.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * The value in {@link #unit()}.
   *
   * @return the value, zero or more
   */
  public abstract BigDecimal value();

  /**
   * The unit, one of the spellings of {@link io.github.ets4j.core.unit.Unit}, e.g. {@code "GJ/t"}.
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * Where the figure comes from.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * The sectors the entry applies to.
   *
   * @return a non-empty set
   */
  public abstract Set<Sector> sectors();

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
   * What the figure is, in words.
   *
   * @return the description
   */
  @Value.Default
  public String description() {
    return key();
  }

  /**
   * Tells whether the entry is in force for a sector in a compliance year.
   *
   * @param sector the sector
   * @param year the compliance (reporting) year
   * @return true when the sector is listed and the year lies within the entry's years
   */
  public final boolean appliesTo(Sector sector, Year year) {
    return sectors().contains(sector) && !year.isBefore(firstYear())
        && lastYear().map(last -> !year.isAfter(last)).orElse(Boolean.TRUE);
  }

  /**
   * The entry as the library's one entry type: the same key, value, unit, source, years, sectors and description.
   *
   * @return the rule entry
   */
  @Value.Lazy
  public RuleEntry entry() {
    return RuleEntry.builder().key(key()).value(value()).unit(unit()).source(source()).firstYear(firstYear())
        .lastYear(lastYear()).sectors(sectors()).description(description()).build();
  }

  /**
   * Returns the entry as a default parameter with its source.
   *
   * @param name the parameter's name, e.g. {@code "NCV"}
   * @return the parameter, acquisition {@link io.github.ets4j.core.Acquisition#DEFAULT}
   */
  public final Parameter toParameter(String name) {
    return Parameter.ofDefault(name, value(), unit(), source());
  }

  @Value.Check
  void check() {
    Checks.notBlank("key", key());
    Checks.nonNegative(key(), value());
    Unit.parse(key(), unit());
    if (sectors().isEmpty()) {
      throw new EtsValidationException("sectors of " + key(), "[]", "a default applies to at least one sector");
    }
    if (lastYear().isPresent() && lastYear().get().isBefore(firstYear())) {
      throw new EtsValidationException("lastYear of " + key(), lastYear().get(),
          "must not be before the first year " + firstYear());
    }
  }
}
