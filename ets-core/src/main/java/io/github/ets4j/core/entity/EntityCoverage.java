package io.github.ets4j.core.entity;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.annotation.Nullable;

/**
 * The coverage history of one entity: its annual direct emissions, its membership in a regional
 * pilot, the year it moved to the national ETS and its closure, and from these the system that covers
 * each year.
 *
 * <p>The national ETS covers a year when the entity is on the national list that year:
 * <ul>
 *   <li>it enters the list in a year {@code t} in which its sector is covered and either its direct
 *       emissions of year {@code t − lag} reach the inclusion threshold, or {@code t} is the year it
 *       moved from a pilot;</li>
 *   <li>it leaves the list from the year after the last of {@link CoverageRules#removalConsecutiveYears()}
 *       consecutive listed years with emissions below the threshold (a year without emission data breaks
 *       the run: data are never guessed), after its closure year, and in years its sector is not covered;</li>
 *   <li>after leaving it may enter again by the first rule.</li>
 * </ul>
 * A regional pilot covers the years from the first pilot year until the year before the move to the
 * national ETS (or the closure year). An entity's emissions of one year are covered by one system only:
 * every {@code with…} method refuses a history in which a year is covered by both the national ETS and
 * the pilot, naming the entity, the year and both systems. Immutable and thread-safe.
 */
public final class EntityCoverage {

  private final CoveredEntity entity;
  private final CoverageRules rules;
  private final NavigableMap<Year, BigDecimal> emissions;
  @Nullable private final RegionalPilot pilot;
  @Nullable private final Year pilotFrom;
  @Nullable private final Year nationalFrom;
  @Nullable private final Year closure;

  private EntityCoverage(CoveredEntity entity, CoverageRules rules, NavigableMap<Year, BigDecimal> emissions,
      @Nullable RegionalPilot pilot, @Nullable Year pilotFrom, @Nullable Year nationalFrom, @Nullable Year closure) {
    this.entity = entity;
    this.rules = rules;
    this.emissions = emissions;
    this.pilot = pilot;
    this.pilotFrom = pilotFrom;
    this.nationalFrom = nationalFrom;
    this.closure = closure;
  }

  /**
   * Starts the history of an entity under the national rules ({@link CoverageRules#chinaNational()}).
   *
   * @param entity the entity
   * @return a history without emissions, pilot or move
   * @throws EtsValidationException if {@code entity} is null
   */
  public static EntityCoverage of(CoveredEntity entity) {
    return of(entity, CoverageRules.chinaNational());
  }

  /**
   * Starts the history of an entity under the given rules.
   *
   * @param entity the entity
   * @param rules the coverage rules
   * @return a history without emissions, pilot or move
   * @throws EtsValidationException if an argument is null
   */
  public static EntityCoverage of(CoveredEntity entity, CoverageRules rules) {
    return new EntityCoverage(Checks.notNull("entity", entity), Checks.notNull("rules", rules),
        new TreeMap<>(), null, null, null, null);
  }

  /**
   * Records the annual direct emissions of one year.
   *
   * @param year the year
   * @param tonnesCo2e the entity's direct emissions that year, tCO2e, zero or more
   * @return the new history
   * @throws EtsValidationException if an argument is null, the amount is negative, the year is already
   *     recorded, or the new history covers a year twice
   */
  public EntityCoverage withEmissions(Year year, BigDecimal tonnesCo2e) {
    Checks.notNull("year", year);
    BigDecimal amount = Checks.normalise(Checks.nonNegative("tonnesCo2e", tonnesCo2e));
    if (emissions.containsKey(year)) {
      throw new EtsValidationException("year", year,
          "emissions of " + entity + " for " + year + " are already recorded (" + emissions.get(year).toPlainString()
              + " tCO2e); a year is recorded once");
    }
    NavigableMap<Year, BigDecimal> copy = new TreeMap<>(emissions);
    copy.put(year, amount);
    return new EntityCoverage(entity, rules, copy, pilot, pilotFrom, nationalFrom, closure).validated();
  }

  /**
   * Records that the entity is covered by a regional pilot from a year on.
   *
   * @param regionalPilot the pilot
   * @param firstYear the first year the pilot covers
   * @return the new history
   * @throws EtsValidationException if an argument is null, a pilot is already recorded, or the new history
   *     covers a year twice
   */
  public EntityCoverage withPilot(RegionalPilot regionalPilot, Year firstYear) {
    Checks.notNull("regionalPilot", regionalPilot);
    Checks.notNull("firstYear", firstYear);
    if (pilot != null) {
      throw new EtsValidationException("regionalPilot", regionalPilot,
          entity + " is already recorded in the " + CoverageSystem.pilot(pilot) + " from " + pilotFrom);
    }
    return new EntityCoverage(entity, rules, emissions, regionalPilot, firstYear, nationalFrom, closure).validated();
  }

  /**
   * Records the year the entity moved from its regional pilot to the national ETS: the pilot covers the
   * years before it, the national ETS this year and, subject to the removal rule, the years after.
   *
   * @param firstNationalYear the first year covered by the national ETS
   * @return the new history
   * @throws EtsValidationException if the year is null, no pilot is recorded, the year is not after the
   *     first pilot year, the sector is not yet covered that year, a move is already recorded, or the new
   *     history covers a year twice
   */
  public EntityCoverage withMoveToNational(Year firstNationalYear) {
    Checks.notNull("firstNationalYear", firstNationalYear);
    if (pilot == null || pilotFrom == null) {
      throw new EtsValidationException("firstNationalYear", firstNationalYear,
          entity + " has no regional pilot recorded; a move to the national ETS starts from a pilot");
    }
    if (nationalFrom != null) {
      throw new EtsValidationException("firstNationalYear", firstNationalYear,
          entity + " already moved to the national ETS in " + nationalFrom);
    }
    if (!firstNationalYear.isAfter(pilotFrom)) {
      throw new EtsValidationException("firstNationalYear", firstNationalYear,
          "must be after the first pilot year " + pilotFrom + " of " + entity);
    }
    if (!entity.sector().isCoveredIn(firstNationalYear)) {
      throw new EtsValidationException("firstNationalYear", firstNationalYear,
          "the national ETS covers " + entity.sector() + " from " + entity.sector().firstComplianceYear());
    }
    return new EntityCoverage(entity, rules, emissions, pilot, pilotFrom, firstNationalYear, closure).validated();
  }

  /**
   * Records the closure of the entity: no system covers the years after {@code lastCoveredYear}.
   *
   * @param lastCoveredYear the last year whose emissions are covered (as a rule the year of closure)
   * @return the new history
   * @throws EtsValidationException if the year is null or a closure is already recorded
   */
  public EntityCoverage withClosure(Year lastCoveredYear) {
    Checks.notNull("lastCoveredYear", lastCoveredYear);
    if (closure != null) {
      throw new EtsValidationException("lastCoveredYear", lastCoveredYear, entity + " is already closed after " + closure);
    }
    return new EntityCoverage(entity, rules, emissions, pilot, pilotFrom, nationalFrom, lastCoveredYear).validated();
  }

  /**
   * The system that covers the entity's emissions of a year.
   *
   * @param year the year
   * @return the system, or empty when no system covers the year
   */
  public Optional<CoverageSystem> coveredBy(Year year) {
    Checks.notNull("year", year);
    boolean national = nationallyListed(year);
    if (national) {
      return Optional.of(CoverageSystem.NATIONAL);
    }
    return pilotCovers(year) ? Optional.of(CoverageSystem.pilot(Objects.requireNonNull(pilot))) : Optional.empty();
  }

  /**
   * The system of each covered year in a range, in year order; uncovered years are left out.
   *
   * @param from the first year, inclusive
   * @param to the last year, inclusive
   * @return the covered years and their systems
   * @throws EtsValidationException if {@code to} is before {@code from}
   */
  public SortedMap<Year, CoverageSystem> coverage(Year from, Year to) {
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    if (to.isBefore(from)) {
      throw new EtsValidationException("to", to, "must not be before from = " + from);
    }
    SortedMap<Year, CoverageSystem> result = new TreeMap<>();
    for (Year y = from; !y.isAfter(to); y = y.plusYears(1)) {
      Year year = y;
      coveredBy(year).ifPresent(system -> result.put(year, system));
    }
    return Collections.unmodifiableSortedMap(result);
  }

  /**
   * Tells whether the entity is on the national list in a year (see the type's Javadoc for the rules).
   *
   * @param year the year
   * @return true when the national ETS covers the year
   */
  public boolean nationallyListed(Year year) {
    Checks.notNull("year", year);
    if (closure != null && year.isAfter(closure)) {
      return false;
    }
    Year start = firstCandidateYear();
    if (start == null || year.isBefore(start)) {
      return false;
    }
    boolean listed = false;
    int below = 0;
    for (Year t = start; ; t = t.plusYears(1)) {
      if (!entity.sector().isCoveredIn(t)) {
        listed = false;
        below = 0;
      } else if (!listed && (t.equals(nationalFrom) || qualifies(t.minusYears(rules.inclusionLagYears())))) {
        listed = true;
        below = 0;
      }
      if (t.equals(year)) {
        return listed;
      }
      if (listed) {
        BigDecimal tonnes = emissions.get(t);
        below = tonnes != null && !rules.reachesThreshold(tonnes) ? below + 1 : 0;
        if (below >= rules.removalConsecutiveYears()) {
          listed = false;
          below = 0;
        }
      }
    }
  }

  @Nullable
  private Year firstCandidateYear() {
    Year first = emissions.isEmpty() ? null : emissions.firstKey().plusYears(rules.inclusionLagYears());
    if (nationalFrom != null && (first == null || nationalFrom.isBefore(first))) {
      first = nationalFrom;
    }
    return first;
  }

  private boolean qualifies(Year year) {
    BigDecimal tonnes = emissions.get(year);
    return tonnes != null && rules.reachesThreshold(tonnes);
  }

  private boolean pilotCovers(Year year) {
    return pilotFrom != null
        && !year.isBefore(pilotFrom)
        && (nationalFrom == null || year.isBefore(nationalFrom))
        && (closure == null || !year.isAfter(closure));
  }

  private EntityCoverage validated() {
    if (pilotFrom == null) {
      return this;
    }
    // After the last recorded year (plus the lag) the listing no longer changes until a move, and from the
    // move year on the pilot covers nothing: checking one year past the data covers the open-ended future.
    Year last = pilotFrom;
    if (!emissions.isEmpty() && emissions.lastKey().plusYears(rules.inclusionLagYears()).isAfter(last)) {
      last = emissions.lastKey().plusYears(rules.inclusionLagYears());
    }
    for (Year y = pilotFrom; !y.isAfter(last.plusYears(1)); y = y.plusYears(1)) {
      if (pilotCovers(y) && nationallyListed(y)) {
        throw new EtsValidationException("coverage", entity + " in " + y,
            "covered by both the " + CoverageSystem.NATIONAL + " and the " + CoverageSystem.pilot(Objects.requireNonNull(pilot))
                + "; one year of an entity's emissions is covered by one system only"
                + (nationalFrom == null ? " (record the year it moved to the national ETS)" : ""));
      }
    }
    return this;
  }

  /**
   * The entity.
   *
   * @return the entity
   */
  public CoveredEntity entity() {
    return entity;
  }

  /**
   * The coverage rules applied.
   *
   * @return the rules
   */
  public CoverageRules rules() {
    return rules;
  }

  /**
   * The recorded annual direct emissions, tCO2e, by year.
   *
   * @return an unmodifiable map in year order
   */
  public SortedMap<Year, BigDecimal> emissions() {
    return Collections.unmodifiableSortedMap(emissions);
  }

  /**
   * The regional pilot the entity belongs or belonged to.
   *
   * @return the pilot, or empty
   */
  public Optional<RegionalPilot> pilot() {
    return Optional.ofNullable(pilot);
  }

  /**
   * The first year covered by the regional pilot.
   *
   * @return the year, or empty when no pilot is recorded
   */
  public Optional<Year> pilotFirstYear() {
    return Optional.ofNullable(pilotFrom);
  }

  /**
   * The year the entity moved from its pilot to the national ETS.
   *
   * @return the first national year, or empty when no move is recorded
   */
  public Optional<Year> movedToNational() {
    return Optional.ofNullable(nationalFrom);
  }

  /**
   * The last covered year before closure.
   *
   * @return the year, or empty when the entity is not closed
   */
  public Optional<Year> closure() {
    return Optional.ofNullable(closure);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EntityCoverage)) {
      return false;
    }
    EntityCoverage o = (EntityCoverage) other;
    return o.entity.equals(entity) && o.rules.equals(rules) && o.emissions.equals(emissions)
        && Objects.equals(o.pilot, pilot) && Objects.equals(o.pilotFrom, pilotFrom)
        && Objects.equals(o.nationalFrom, nationalFrom) && Objects.equals(o.closure, closure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entity, rules, emissions, pilot, pilotFrom, nationalFrom, closure);
  }

  /**
   * Describes the history.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "EntityCoverage{" + entity + ", emissions=" + emissions
        + (pilot == null ? "" : ", pilot=" + pilot + " from " + pilotFrom)
        + (nationalFrom == null ? "" : ", national from " + nationalFrom)
        + (closure == null ? "" : ", closed after " + closure) + "}";
  }
}
