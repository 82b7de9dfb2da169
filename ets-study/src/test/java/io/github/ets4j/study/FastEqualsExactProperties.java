package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fast engine gives the exact allocations, within one tonne per unit, on random markets. */
class FastEqualsExactProperties {
  private static final long SEED = 20_250_601L;

  static void assertFastMatchesExact(StudyRules rules, Year year, List<MarketUnit> units) {
    FastEngine engine = FastEngine.setup(Map.of(year, units), rules);
    long[] fast = engine.unitAllocations(year);
    Map<Sector, List<MarketUnit>> bySector = new EnumMap<>(Sector.class);
    for (MarketUnit u : units) {
      bySector.computeIfAbsent(u.sector(), s -> new ArrayList<>()).add(u);
    }
    Map<String, Long> exact = new java.util.HashMap<>();
    Map<String, Long> exactEntities = new java.util.HashMap<>();
    bySector.forEach((sector, list) -> {
      SectorAllocation allocation = rules.allocate(year, sector, list);
      allocation.units().forEach(u -> exact.put(u.unitId(), u.allocationTonnes().longValueExact()));
      allocation.entities().forEach(e -> exactEntities.put(e.entityId(), e.allocationTonnes().longValueExact()));
    });
    for (int i = 0; i < units.size(); i++) {
      long expected = exact.get(units.get(i).unitId());
      long got = fast[i];
      String unit = units.get(i).unitId();
      assertTrue(Math.abs(expected - got) <= 1, () -> year + " " + unit + ": exact " + expected + ", fast " + got);
    }
    long[] fastEntities = engine.entityAllocations(year);
    List<String> ids = engine.entityIds(year);
    for (int e = 0; e < ids.size(); e++) {
      long expected = exactEntities.get(ids.get(e));
      // An entity has at most three units, each within a tonne.
      assertTrue(Math.abs(expected - fastEntities[e]) <= 3, ids.get(e) + ": " + expected + " vs " + fastEntities[e]);
    }
  }

  @Test
  void fastEqualsExactInEveryPhase() {
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(longs().all(), integers().between(1, 30), integers().between(2024, 2027))
        .checkAssert((seed, entities, year) -> assertFastMatchesExact(new DocumentRules(), Year.of(year),
            RandomMarkets.units(Year.of(year), seed, entities)));
  }

  @Test
  void fastEqualsExactWithPhaseTwoPercentile() {
    qt().withFixedSeed(SEED).withExamples(30)
        .forAll(longs().all(), integers().between(1, 30), integers().between(5, 100))
        .checkAssert((seed, entities, percentile) -> assertFastMatchesExact(
            new DocumentRules(Optional.of(BigDecimal.valueOf(percentile))), Year.of(2028),
            RandomMarkets.units(Year.of(2028), seed, entities)));
  }

  @Test
  void fastEqualsTheNationalRulebookEveryYear() {
    // The real exact engine: Rulebook.chinaNational(year) through RulebookStudyRules, 2023 to 2029.
    RulebookStudyRules rules = RulebookStudyRules.of(Scenario.builder().build());
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(longs().all(), integers().between(1, 30), integers().between(2023, 2029))
        .checkAssert((seed, entities, year) -> {
          // Industry is covered from 2024: a 2023 market keeps its power units only (if any).
          List<MarketUnit> units = RandomMarkets.units(Year.of(year), seed, entities).stream()
              .filter(u -> u.sector() == Sector.POWER || year >= 2024).toList();
          if (!units.isEmpty()) {
            assertFastMatchesExact(rules, Year.of(year), units);
          }
        });
  }

  @Test
  void fastEqualsTheNationalRulebookWithPhaseTwoOptions() {
    RulebookStudyRules best = RulebookStudyRules.of(Scenario.builder().phase2Percentile(new BigDecimal("20")).build());
    RulebookStudyRules tight = RulebookStudyRules.of(Scenario.builder().phase2TighteningPercent(new BigDecimal("3"))
        .powerBenchmarkTighteningPercent(BigDecimal.ONE).build());
    qt().withFixedSeed(SEED).withExamples(30)
        .forAll(longs().all(), integers().between(1, 30), integers().between(2027, 2030))
        .checkAssert((seed, entities, year) -> {
          List<MarketUnit> units = RandomMarkets.units(Year.of(year), seed, entities);
          assertFastMatchesExact(best, Year.of(year), units);
          assertFastMatchesExact(tight, Year.of(year), units);
        });
  }

  @Test
  void fastEqualsTheRulebookWithAPublishedBalanceValueAndNoGasTopUp() {
    // The fast engine reads the published BP and the top-up switch through the policies' getters, so a
    // what-if that sets them reaches both engines alike. The figures sit amid the random markets' intensities
    // (cement 0.86, steel 0.75 x 1.45, aluminum 1.7, each ±40 %), so units fall on both sides and inside the band.
    Source notice = Source.of("TEST", "a published figure", Confidence.ASSUMED);
    RulebookStudyRules published = RulebookStudyRules.of(Scenario.builder().rulebookOverride(rb -> {
      Rulebook r = rb.withPowerPolicy(rb.powerPolicy().withGasTopUp(false));
      return r.withPublishedBalanceValue(Sector.CEMENT, new BigDecimal("0.86"), notice)
          .withPublishedBalanceValue(Sector.STEEL, new BigDecimal("1.09"), notice)
          .withPublishedBalanceValue(Sector.ALUMINUM, new BigDecimal("1.7"), notice);
    }).build());
    qt().withFixedSeed(SEED).withExamples(30)
        .forAll(longs().all(), integers().between(1, 30), integers().between(2025, 2029))
        .checkAssert((seed, entities, year) ->
            assertFastMatchesExact(published, Year.of(year), RandomMarkets.units(Year.of(year), seed, entities)));
  }

  @Test
  void randomMarketsAreValid() {
    assertEquals(RandomMarkets.units(Year.of(2025), 3, 10), RandomMarkets.units(Year.of(2025), 3, 10));
  }
}
