package io.github.ets4j.sectors.defaults;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.unit.Unit;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The ranges of one parameter kind, as a verifier uses them (mrv.md "Plausibility ranges", VG-POWER-2026):
 * a physical range, outside which a value cannot be real and is refused, and a plausible range, outside
 * which a value is reported as a finding beside the figures. Both are inclusive and in {@link #unit()}, the
 * guideline unit of the parameter (values are compared after their unit was converted).
 *
 * <p>Keys are built by {@link DefaultKeys}, e.g. {@code "range/ncv/solid"}. Like a default, a range has its
 * source, sectors and years; its four bounds are entries of the library's one entry type ({@link #entries()}).
 * Build with {@code PlausibilityRange.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractPlausibilityRange {

  /**
   * The key, e.g. {@code "range/ncv/coal-gangue"}.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * The guideline unit of the bounds, one of the spellings of {@link io.github.ets4j.core.unit.Unit}.
   *
   * @return the unit's symbol
   */
  public abstract String unit();

  /**
   * The smallest physical value.
   *
   * @return the lower physical bound
   */
  public abstract BigDecimal physicalMin();

  /**
   * The largest physical value.
   *
   * @return the upper physical bound
   */
  public abstract BigDecimal physicalMax();

  /**
   * The smallest plausible value.
   *
   * @return the lower plausible bound
   */
  public abstract BigDecimal plausibleMin();

  /**
   * The largest plausible value.
   *
   * @return the upper plausible bound
   */
  public abstract BigDecimal plausibleMax();

  /**
   * Where the bounds come from; {@link io.github.ets4j.core.Confidence#ASSUMED} where none is published.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * The sectors the range applies to.
   *
   * @return a non-empty set
   */
  public abstract Set<Sector> sectors();

  /**
   * The first compliance year the range is in force.
   *
   * @return the first year
   */
  public abstract Year firstYear();

  /**
   * The last compliance year the range is in force; empty when open-ended.
   *
   * @return the last year, or empty
   */
  public abstract Optional<Year> lastYear();

  /**
   * What the parameter is, in words, e.g. {@code "NCV of solid fuels"}.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Tells whether the range is in force for a sector in a compliance year.
   *
   * @param sector the sector
   * @param year the compliance year
   * @return true when the sector is listed and the year lies within the range's years
   */
  public final boolean appliesTo(Sector sector, Year year) {
    return sectors().contains(sector) && !year.isBefore(firstYear())
        && lastYear().map(last -> !year.isAfter(last)).orElse(Boolean.TRUE);
  }

  /**
   * The four bounds as entries of the library's one entry type, keyed {@code KEY/physical-min},
   * {@code KEY/physical-max}, {@code KEY/plausible-min} and {@code KEY/plausible-max}, each with the range's unit,
   * source, years and sectors.
   *
   * @return the four entries
   */
  @Value.Lazy
  public List<RuleEntry> entries() {
    return List.of(bound("physical-min", physicalMin()), bound("physical-max", physicalMax()),
        bound("plausible-min", plausibleMin()), bound("plausible-max", plausibleMax()));
  }

  private RuleEntry bound(String which, BigDecimal value) {
    return RuleEntry.builder().key(key() + "/" + which).value(value).unit(unit()).source(source())
        .firstYear(firstYear()).lastYear(lastYear()).sectors(sectors())
        .description(description() + ", " + which.replace('-', ' ')).build();
  }

  /**
   * Refuses a value outside the physical range.
   *
   * @param field what the value is, e.g. {@code "ncv of bituminous coal"}
   * @param value the value in {@link #unit()}
   * @return {@code value}
   * @throws EtsValidationException if the value lies outside the physical range
   */
  public final BigDecimal requirePhysical(String field, BigDecimal value) {
    Checks.notNull(field, value);
    if (value.compareTo(physicalMin()) < 0 || value.compareTo(physicalMax()) > 0) {
      throw new EtsValidationException(field, value.toPlainString() + " " + unit(), "outside the physical range "
          + bounds(physicalMin(), physicalMax()) + " of the " + description() + " (" + source()
          + "): check the value and its unit");
    }
    return value;
  }

  /**
   * Says why a value lies outside the plausible range, the way a verifier flags it.
   *
   * @param field what the value is
   * @param value the value in {@link #unit()}
   * @return the finding's message, or empty when the value is plausible
   */
  public final Optional<String> implausibility(String field, BigDecimal value) {
    Checks.notNull(field, value);
    if (value.compareTo(plausibleMin()) >= 0 && value.compareTo(plausibleMax()) <= 0) {
      return Optional.empty();
    }
    return Optional.of(field + " = " + value.toPlainString() + " " + unit() + " lies outside the plausible range "
        + bounds(plausibleMin(), plausibleMax()) + " of the " + description() + " (" + source()
        + "): check the value, its unit and its evidence");
  }

  private String bounds(BigDecimal min, BigDecimal max) {
    return min.toPlainString() + "–" + max.toPlainString() + " " + unit();
  }

  @Value.Check
  void check() {
    Checks.notBlank("key", key());
    Unit.parse(key(), unit());
    Checks.notBlank("description", description());
    Checks.notNull("source", source());
    if (physicalMin().compareTo(physicalMax()) > 0) {
      throw new EtsValidationException("physicalMin of " + key(), physicalMin().toPlainString(),
          "must not exceed physicalMax " + physicalMax().toPlainString());
    }
    if (plausibleMin().compareTo(plausibleMax()) > 0 || plausibleMin().compareTo(physicalMin()) < 0
        || plausibleMax().compareTo(physicalMax()) > 0) {
      throw new EtsValidationException("plausible range of " + key(),
          plausibleMin().toPlainString() + "–" + plausibleMax().toPlainString(),
          "must be an interval within the physical range " + bounds(physicalMin(), physicalMax()));
    }
    if (sectors().isEmpty()) {
      throw new EtsValidationException("sectors of " + key(), "[]", "a range applies to at least one sector");
    }
    if (lastYear().isPresent() && lastYear().get().isBefore(firstYear())) {
      throw new EtsValidationException("lastYear of " + key(), lastYear().get(),
          "must not be before the first year " + firstYear());
    }
  }
}
