package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A draw's entity sums taken as differences of running sums are the sums unit by unit: the same numbers, bit for
 * bit, as the loops that take them entity by entity (the fallback beyond 2^53, forced here on ordinary markets).
 */
class YearArraysRunningSumsTest {
  private static final Year Y2025 = Year.of(2025);

  /** Allocates the same draws with running sums and unit by unit and compares every figure. */
  private static void sameNumbers(List<MarketUnit> units, StudyRules rules, Scenario scenario) {
    YearArrays running = new YearArrays(Y2025, units, rules, rules.compliance(Y2025).offsetLimit().value(), scenario);
    YearArrays byUnit = new YearArrays(running);
    byUnit.exactSumsBelow(0);
    // Wide spreads, so that the draws move the figures well away from the central case's.
    running.spreads(0.2, 0.1);
    byUnit.spreads(0.2, 0.1);
    // Not vacuous: some entity has more than one unit, so a difference spans several units.
    assertTrue(running.entityIds.length < units.size());
    running.allocate(null);
    long[] central = running.entityAllocations();
    boolean moved = false;
    for (long seed = 0; seed < 20; seed++) {
      running.allocate(DrawRandom.of(seed));
      byUnit.allocate(DrawRandom.of(seed));
      assertArrayEquals(byUnit.unitAllocations(), running.unitAllocations());
      assertArrayEquals(byUnit.entityAllocations(), running.entityAllocations());
      assertArrayEquals(byUnit.entityVerified(), running.entityVerified());
      moved |= !Arrays.equals(central, running.entityAllocations());
      for (int s = 0; s < running.settlement.length; s++) {
        FastSettlement a = running.settlement[s];
        FastSettlement b = byUnit.settlement[s];
        assertEquals(b.ccer, a.ccer);
        assertEquals(b.shortfall, a.shortfall);
        assertEquals(b.surplus, a.surplus);
        assertEquals(b.net, a.net);
        assertEquals(b.cost, a.cost);
        assertEquals(b.shortEntities, a.shortEntities);
      }
    }
    assertTrue(moved);
  }

  @Test
  void theNationalMarketsDrawsAreTheSameEitherWay() {
    Scenario scenario = Scenario.builder().firstYear(Y2025).lastYear(Y2025).build();
    StudyRules rules = RulebookStudyRules.of(scenario);
    List<MarketUnit> units = PolicyStudy.of(SyntheticMarket.national(), scenario, rules).projectedUnits(Y2025);
    sameNumbers(units, rules, scenario);
  }

  @Test
  void randomMarketsDrawsAreTheSameEitherWay() {
    Scenario scenario = Scenario.builder().firstYear(Y2025).lastYear(Y2025).build();
    for (long seed = 1; seed <= 5; seed++) {
      sameNumbers(RandomMarkets.units(Y2025, seed, 80), new DocumentRules(), scenario);
    }
  }
}
