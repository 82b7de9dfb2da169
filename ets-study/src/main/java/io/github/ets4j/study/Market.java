package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A market: allocation units per compliance year, each held by one entity of one sector.
 *
 * <p>Within a year a unit id appears once, and an entity belongs to one sector (the national ETS lists
 * an entity under one sector). Units keep the order in which they were given. There is no builder: a
 * market is just its list of units, so {@link #of(Collection)} says everything. Immutable and
 * thread-safe.
 */
public final class Market {
  private final List<MarketUnit> units;
  private final NavigableMap<Year, List<MarketUnit>> byYear;

  private Market(List<MarketUnit> units, NavigableMap<Year, List<MarketUnit>> byYear) {
    this.units = units;
    this.byYear = byYear;
  }

  /**
   * Creates a market from its units.
   *
   * @param units the allocation units of every year, at least one
   * @return the market
   * @throws EtsValidationException if there is no unit, a unit id appears twice in a year, or an entity
   *     appears under two sectors in a year
   */
  public static Market of(Collection<MarketUnit> units) {
    Checks.notNull("units", units);
    if (units.isEmpty()) {
      throw new EtsValidationException("units", "[]", "a market needs at least one allocation unit");
    }
    NavigableMap<Year, List<MarketUnit>> byYear = new TreeMap<>();
    Map<Year, Map<String, MarketUnit>> ids = new HashMap<>();
    Map<Year, Map<String, Sector>> sectors = new HashMap<>();
    for (MarketUnit unit : units) {
      Checks.notNull("unit", unit);
      MarketUnit previous = ids.computeIfAbsent(unit.year(), y -> new HashMap<>()).putIfAbsent(unit.unitId(), unit);
      if (previous != null) {
        throw new EtsValidationException("unit_id", unit.unitId(), "appears twice in " + unit.year());
      }
      Sector sector = sectors.computeIfAbsent(unit.year(), y -> new HashMap<>())
          .putIfAbsent(unit.entityId(), unit.sector());
      if (sector != null && sector != unit.sector()) {
        throw new EtsValidationException("entity_id", unit.entityId(),
            "is listed under " + sector + " and " + unit.sector() + " in " + unit.year());
      }
      byYear.computeIfAbsent(unit.year(), y -> new ArrayList<>()).add(unit);
    }
    NavigableMap<Year, List<MarketUnit>> frozen = new TreeMap<>();
    byYear.forEach((year, list) -> frozen.put(year, List.copyOf(list)));
    return new Market(List.copyOf(units), Collections.unmodifiableNavigableMap(frozen));
  }

  /**
   * Every unit of every year, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<MarketUnit> units() {
    return units;
  }

  /**
   * The years for which the market has data, ascending.
   *
   * @return an unmodifiable list
   */
  public List<Year> years() {
    return List.copyOf(byYear.keySet());
  }

  /**
   * The units of one year.
   *
   * @param year the compliance year
   * @return an unmodifiable list, empty if the market has no data for that year
   */
  public List<MarketUnit> units(Year year) {
    Checks.notNull("year", year);
    return byYear.getOrDefault(year, List.of());
  }

  /**
   * The latest year with data on or before a year: the base from which a scenario projects that year.
   *
   * @param year the compliance year
   * @return the base year, empty if the market starts after {@code year}
   */
  public Optional<Year> baseYear(Year year) {
    Checks.notNull("year", year);
    return Optional.ofNullable(byYear.floorKey(year));
  }

  /**
   * The number of distinct entities of a sector in a year.
   *
   * @param year the compliance year
   * @param sector the sector
   * @return the count
   */
  public int entityCount(Year year, Sector sector) {
    Checks.notNull("year", year);
    Checks.notNull("sector", sector);
    return (int) units(year).stream().filter(u -> u.sector() == sector).map(MarketUnit::entityId).distinct().count();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Market && ((Market) other).units.equals(units);
  }

  @Override
  public int hashCode() {
    return units.hashCode();
  }

  @Override
  public String toString() {
    return "Market{" + units.size() + " units, years " + byYear.keySet() + "}";
  }
}
