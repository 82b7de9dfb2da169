package io.github.ets4j.sectors.rules;

import io.github.ets4j.core.Sector;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.rules.RuleTable;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import io.github.ets4j.sectors.evidence.EvidenceDeadline;
import io.github.ets4j.sectors.fuel.FuelRules;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monitoring rules in force in one compliance (reporting) year: the MRV default catalogue, its plausibility
 * ranges, the fuel rules and the evidence deadline (mrv.md).
 *
 * <p>{@link #chinaNational(Year)} is the national view; the allocation module's {@code Rulebook.chinaNational(year)}
 * carries it as {@code rulebook.monitoring()}, the one door to the rules of a year. {@link #entries()} lists every
 * monitoring figure in force in the year as a {@link RuleEntry} (each default of a sector covered in the year, the
 * four bounds of each range, the evidence deadline), and {@link #nonOfficial()} those not read in an official final
 * text. A user's own figures enter through {@link #withCatalogue(DefaultCatalogue)} (e.g.
 * {@code DefaultCatalogue.chinaNational().with(...)} for the national emission-factor database values). Two rules
 * are equal when their year, catalogue, fuel rules and evidence deadline are. Immutable and thread-safe.
 */
public final class MonitoringRules {
  /** The national catalogue's entries as a rule table: the keys and units a replacement row may name. */
  private static final RuleTable NATIONAL_FIGURES = RuleTable.of(
      DefaultCatalogue.chinaNational().entries().stream().map(DefaultValue::entry).collect(Collectors.toList()));

  private final Year year;
  private final DefaultCatalogue catalogue;
  private final FuelRules fuelRules;
  private final EvidenceDeadline evidenceDeadline;

  private MonitoringRules(Year year, DefaultCatalogue catalogue, FuelRules fuelRules,
      EvidenceDeadline evidenceDeadline) {
    this.year = year;
    this.catalogue = catalogue;
    this.fuelRules = fuelRules;
    this.evidenceDeadline = evidenceDeadline;
  }

  /**
   * The national monitoring rules of a year.
   *
   * @param year the compliance (reporting) year
   * @return the rules
   * @throws io.github.ets4j.core.EtsValidationException if the year is null
   */
  public static MonitoringRules chinaNational(Year year) {
    return new MonitoringRules(Checks.notNull("year", year), DefaultCatalogue.chinaNational(),
        FuelRules.chinaNational(), EvidenceDeadline.chinaNational());
  }

  /**
   * The national default catalogue as rows of a rule table (every year): the keys and units that replacement rows
   * of the monitoring rules may name.
   *
   * @return the table
   */
  public static RuleTable nationalFigures() {
    return NATIONAL_FIGURES;
  }

  /**
   * Returns these rules with replacement rows for catalogue defaults (e.g. a final guideline's factor, or a value of
   * the national emission-factor database with its version): each takes precedence where it is in force
   * ({@link DefaultCatalogue#with(java.util.Collection)}).
   *
   * @param rows the rows, keys of the national catalogue in their units
   * @return the new rules
   * @throws io.github.ets4j.core.EtsValidationException if a row is null, its key is not a key of the national
   *     catalogue, its unit differs from the key's, or two rows of one key overlap
   */
  public MonitoringRules withFigures(Collection<RuleEntry> rows) {
    Checks.notNull("rows", rows);
    RuleTable.of(rows);
    List<DefaultValue> defaults = new ArrayList<>();
    int i = 0;
    for (RuleEntry row : rows) {
      NATIONAL_FIGURES.checkKnown("rows[" + i++ + "].key", row.key(), row.unit());
      defaults.add(DefaultValue.builder().key(row.key()).value(row.value()).unit(row.unit()).source(row.source())
          .sectors(row.sectors()).firstYear(row.firstYear()).lastYear(row.lastYear())
          .description(row.description()).build());
    }
    return withCatalogue(catalogue.with(defaults));
  }

  /**
   * Returns these rules with another default catalogue (the national one with a user's entries, or one's own).
   *
   * @param newCatalogue the catalogue
   * @return the new rules
   * @throws io.github.ets4j.core.EtsValidationException if the catalogue is null
   */
  public MonitoringRules withCatalogue(DefaultCatalogue newCatalogue) {
    return new MonitoringRules(year, Checks.notNull("newCatalogue", newCatalogue), fuelRules, evidenceDeadline);
  }

  /**
   * Returns these rules with other fuel rules.
   *
   * @param newRules the fuel rules
   * @return the new rules
   * @throws io.github.ets4j.core.EtsValidationException if the rules are null
   */
  public MonitoringRules withFuelRules(FuelRules newRules) {
    return new MonitoringRules(year, catalogue, Checks.notNull("newRules", newRules), evidenceDeadline);
  }

  /**
   * Returns these rules with another evidence deadline.
   *
   * @param deadline the deadline
   * @return the new rules
   * @throws io.github.ets4j.core.EtsValidationException if the deadline is null
   */
  public MonitoringRules withEvidenceDeadline(EvidenceDeadline deadline) {
    return new MonitoringRules(year, catalogue, fuelRules, Checks.notNull("deadline", deadline));
  }

  /**
   * The compliance (reporting) year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The default catalogue (every year's entries; look one up with the year, e.g.
   * {@code catalogue().get(key, sector, year())}).
   *
   * @return the catalogue
   */
  public DefaultCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The fuel rules (which acquisition rules apply).
   *
   * @return the fuel rules
   */
  public FuelRules fuelRules() {
    return fuelRules;
  }

  /**
   * The deadline for the evidence of a month's key parameters.
   *
   * @return the deadline
   */
  public EvidenceDeadline evidenceDeadline() {
    return evidenceDeadline;
  }

  /**
   * The defaults in force for a sector in the year (the first of each key).
   *
   * @param sector the sector
   * @return the entries
   * @throws io.github.ets4j.core.EtsValidationException if the sector is null
   */
  public List<DefaultValue> defaults(Sector sector) {
    return catalogue.inForce(Checks.notNull("sector", sector), year);
  }

  /**
   * The plausibility range of a key in force for a sector in the year.
   *
   * @param key the key, e.g. {@code "range/ncv/solid"}
   * @param sector the sector
   * @return the range, or empty
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null
   */
  public Optional<PlausibilityRange> range(String key, Sector sector) {
    return catalogue.range(key, sector, year);
  }

  /**
   * Every monitoring figure in force in the year, without repeats: the defaults in force for each sector covered
   * in the year, the four bounds of each plausibility range in force, and the evidence deadline.
   *
   * @return the entries
   */
  public List<RuleEntry> entries() {
    Set<RuleEntry> all = new LinkedHashSet<>();
    for (Sector sector : Sector.values()) {
      if (!sector.isCoveredIn(year)) {
        continue;
      }
      for (DefaultValue entry : catalogue.inForce(sector, year)) {
        all.add(entry.entry());
      }
      for (PlausibilityRange range : catalogue.ranges()) {
        if (range.appliesTo(sector, year) && catalogue.range(range.key(), sector, year).equals(Optional.of(range))) {
          all.addAll(range.entries());
        }
      }
    }
    all.add(RuleEntry.builder().key("evidence/deadline-days").value(BigDecimal.valueOf(evidenceDeadline.days()))
        .unit("days").source(evidenceDeadline.source()).firstYear(year).lastYear(year)
        .description("evidence of a month's key parameters due within these calendar days after the month").build());
    return List.copyOf(all);
  }

  /**
   * Every monitoring figure in force in the year that is not read in an official final text ([D], [S], [C] or
   * [A]).
   *
   * @return the entries
   */
  public List<RuleEntry> nonOfficial() {
    List<RuleEntry> result = new ArrayList<>();
    for (RuleEntry entry : entries()) {
      if (!entry.isOfficial()) {
        result.add(entry);
      }
    }
    return result;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MonitoringRules)) {
      return false;
    }
    MonitoringRules that = (MonitoringRules) other;
    return that.year.equals(year) && that.catalogue.equals(catalogue) && that.fuelRules.equals(fuelRules)
        && that.evidenceDeadline.equals(evidenceDeadline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, catalogue, fuelRules, evidenceDeadline);
  }

  /**
   * Renders the year and the size of the catalogue.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "MonitoringRules[" + year + ", " + catalogue + "]";
  }
}
