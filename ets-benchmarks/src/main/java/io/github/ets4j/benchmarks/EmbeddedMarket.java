package io.github.ets4j.benchmarks;

import io.github.ets4j.study.MarketUnit;
import io.github.ets4j.study.PolicyStudy;
import io.github.ets4j.study.RulebookStudyRules;
import io.github.ets4j.study.Scenario;
import io.github.ets4j.study.SyntheticMarket;
import io.github.ets4j.core.Sector;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded national market ({@link SyntheticMarket#national()}: 3,378 entities, 8.19 Gt) projected
 * to one compliance year under the default scenario, with the national rules of that year, for the
 * study benchmarks. Built once per benchmark in {@code @Setup}. Immutable after construction.
 */
final class EmbeddedMarket {
  /** 2025: the first year every covered sector is allocated by its own method. */
  static final Year YEAR = Year.of(2025);

  final Scenario scenario;
  final RulebookStudyRules rules;
  final List<MarketUnit> units;
  final Map<Sector, List<MarketUnit>> bySector;

  EmbeddedMarket() {
    scenario = Scenario.builder().firstYear(YEAR).lastYear(YEAR).build();
    rules = RulebookStudyRules.of(scenario);
    units = List.copyOf(PolicyStudy.of(SyntheticMarket.national(), scenario).projectedUnits(YEAR));
    Map<Sector, List<MarketUnit>> groups = new EnumMap<>(Sector.class);
    for (MarketUnit unit : units) {
      if (rules.method(YEAR, unit.sector()).isPresent()) {
        groups.computeIfAbsent(unit.sector(), s -> new ArrayList<>()).add(unit);
      }
    }
    bySector = groups;
  }
}
