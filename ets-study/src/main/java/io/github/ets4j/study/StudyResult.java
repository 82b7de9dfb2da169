package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The results of a policy study: every unit, entity and sector-year of the exact central case, with the
 * Monte Carlo summaries on the sector-years. A plain holder of three lists, so no builder.
 * Immutable and thread-safe.
 */
public final class StudyResult {
  private final Scenario scenario;
  private final List<UnitResult> units;
  private final List<EntityResult> entities;
  private final List<SectorYearResult> sectors;

  private StudyResult(Scenario scenario, List<UnitResult> units, List<EntityResult> entities,
      List<SectorYearResult> sectors) {
    this.scenario = scenario;
    this.units = units;
    this.entities = entities;
    this.sectors = sectors;
  }

  /**
   * Creates a result.
   *
   * @param scenario the scenario that was run
   * @param units the unit results, by year
   * @param entities the entity results, by year
   * @param sectors the sector-year results, by year then sector
   * @return the result
   */
  public static StudyResult of(Scenario scenario, List<UnitResult> units, List<EntityResult> entities,
      List<SectorYearResult> sectors) {
    return new StudyResult(Checks.notNull("scenario", scenario), List.copyOf(Checks.notNull("units", units)),
        List.copyOf(Checks.notNull("entities", entities)), List.copyOf(Checks.notNull("sectors", sectors)));
  }

  /**
   * The scenario that was run.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Every unit of every year.
   *
   * @return an unmodifiable list
   */
  public List<UnitResult> units() {
    return units;
  }

  /**
   * Every entity of every year.
   *
   * @return an unmodifiable list
   */
  public List<EntityResult> entities() {
    return entities;
  }

  /**
   * Every covered sector-year, by year then sector.
   *
   * @return an unmodifiable list
   */
  public List<SectorYearResult> sectors() {
    return sectors;
  }

  /**
   * One sector-year.
   *
   * @param year the compliance year
   * @param sector the sector
   * @return the result, empty if the sector was not in the market or not covered that year
   */
  public Optional<SectorYearResult> sector(Year year, Sector sector) {
    Checks.notNull("year", year);
    Checks.notNull("sector", sector);
    return sectors.stream().filter(s -> s.year().equals(year) && s.sector() == sector).findFirst();
  }

  @Override
  public String toString() {
    return "StudyResult{" + scenario.firstYear() + "-" + scenario.lastYear() + ", " + units.size() + " unit-years, "
        + entities.size() + " entity-years}";
  }
}
