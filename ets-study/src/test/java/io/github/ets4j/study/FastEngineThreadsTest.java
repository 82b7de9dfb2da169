package io.github.ets4j.study;

import static io.github.ets4j.study.ScenarioAndMarketTest.assertField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.ets4j.core.Sector;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The draws on several threads: the same seed gives the same summaries whatever the thread count. */
class FastEngineThreadsTest {
  private static final Year Y2025 = Year.of(2025);
  private static final Year Y2027 = Year.of(2027);

  private static FastEngine engine() {
    Map<Year, List<MarketUnit>> units = new LinkedHashMap<>();
    units.put(Y2025, RandomMarkets.units(Y2025, 42L, 120));
    units.put(Y2027, RandomMarkets.units(Y2027, 43L, 120));
    return FastEngine.setup(units, new DocumentRules());
  }

  @Test
  void oneTwoAndThreeThreadsGiveIdenticalSummaries() {
    // 300 draws = 4 full blocks of 64 and one of 44: blocks are shared unevenly between 2 and 3 threads.
    FastEngine engine = engine();
    Map<Year, Map<Sector, DrawSummary>> one = engine.run(300, 5L, 0.05, 0.02, 1, d -> { });
    assertEquals(one, engine.run(300, 5L, 0.05, 0.02, 2, d -> { }));
    assertEquals(one, engine.run(300, 5L, 0.05, 0.02, 3, d -> { }));
    // More threads than blocks, and a fresh engine (its own workspaces), change nothing either.
    assertEquals(one, engine().run(300, 5L, 0.05, 0.02, 16, d -> { }));
    assertEquals(one, engine.run(300, 5L, 0.05, 0.02, d -> { }));
    assertNotEquals(one, engine.run(300, 6L, 0.05, 0.02, 2, d -> { }));
    assertEquals(List.of(Y2025, Y2027), List.copyOf(one.keySet()));
    for (Map<Sector, DrawSummary> year : one.values()) {
      for (DrawSummary s : year.values()) {
        assertEquals(300, s.draws());
      }
    }
  }

  @Test
  void theDrawsAreRealDrawsOnEveryThread() {
    // Had two blocks shared a generator or a workspace, some draws would repeat: with 5 % and 2 % spreads on
    // a hundred-odd entities, no two draws of a sector's net position are equal.
    FastEngine engine = engine();
    Map<Year, Map<Sector, DrawSummary>> three = engine.run(200, 9L, 0.05, 0.02, 3, d -> { });
    DrawSummary power = three.get(Y2025).get(Sector.POWER);
    assertNotEquals(power.netPositionP05(), power.netPositionP95());
  }

  @Test
  void progressCountsEveryDrawInOrderOnTheCallingThread() {
    FastEngine engine = engine();
    List<Integer> done = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    engine.run(130, 1L, 0.05, 0.02, 3, d -> {
      done.add(d);
      threads.add(Thread.currentThread());
    });
    List<Integer> expected = new ArrayList<>();
    for (int d = 1; d <= 130; d++) {
      expected.add(d);
    }
    assertEquals(expected, done);
    assertEquals(List.of(Thread.currentThread()), threads.stream().distinct().toList());
  }

  @Test
  void threadCountIsChecked() {
    FastEngine engine = engine();
    assertField("threads", () -> engine.run(10, 1L, 0.05, 0.02, 0, d -> { }));
    assertField("threads", () -> engine.run(10, 1L, 0.05, 0.02, FastEngine.MAX_THREADS + 1, d -> { }));
    assertEquals(1, engine.run(1, 1L, 0.05, 0.02, FastEngine.MAX_THREADS, d -> { }).get(Y2025)
        .get(Sector.CEMENT).draws());
  }

  @Test
  void scenarioThreadsDefaultToEveryCoreAndDoNotChangeResults() {
    assertEquals(Runtime.getRuntime().availableProcessors(), Scenario.builder().build().threads());
    assertEquals(Scenario.builder().threads(1).build(), Scenario.builder().threads(3).build());
    assertField("threads", () -> Scenario.builder().threads(0).build());
    assertField("threads", () -> Scenario.builder().threads(1025).build());
    Market market = Market.of(RandomMarkets.units(Y2025, 7L, 60));
    Scenario.Builder base = Scenario.builder().firstYear(Y2025).lastYear(Y2025).draws(150).seed(4);
    StudyResult one = PolicyStudy.of(market, base.threads(1).build(), new DocumentRules()).run();
    StudyResult three = PolicyStudy.of(market, base.threads(3).build(), new DocumentRules()).run();
    assertEquals(one.sectors(), three.sectors());
  }
}
