package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fast engine's layout (units held entity by entity) and the study's draws started before its exact pass: the
 * order a market lists its units in does not change what a unit or an entity is allocated, and a failing or refused
 * study leaves no drawing thread behind.
 */
class FastEngineLayoutTest {
  private static final Year Y2025 = Year.of(2025);

  /** allocation.md's four cement lines, two per entity, listed with the entities' lines interleaved. */
  private static List<MarketUnit> interleavedCement() {
    List<MarketUnit> lines = FastEngineTest.cementExample(Y2025);
    List<MarketUnit> units = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      // L1 and L3 belong to C1, L2 and L4 to C2: listed C1, C2, C1, C2.
      units.add(MarketUnit.builder().from(lines.get(i)).entityId(i % 2 == 0 ? "C1" : "C2").build());
    }
    return units;
  }

  @Test
  void unitsOfAnEntityListedApartAreAllocatedAsInTheWorkedExample() {
    FastEngine engine = FastEngine.setup(Map.of(Y2025, interleavedCement()), new DocumentRules());
    // allocation.md's allocations, in the order the units were given: 852,531; 1,213,951; 699,057; 504,459.
    assertArrayEquals(new long[] {852_531, 1_213_951, 699_057, 504_459}, engine.unitAllocations(Y2025));
    // C1 = L1 + L3 = 852,531 + 699,057 = 1,551,588; C2 = L2 + L4 = 1,213,951 + 504,459 = 1,718,410.
    assertEquals(List.of("C1", "C2"), engine.entityIds(Y2025));
    assertArrayEquals(new long[] {1_551_588, 1_718_410}, engine.entityAllocations(Y2025));
  }

  @Test
  void theOrderOfAMarketsUnitsDoesNotChangeTheirCentralAllocations() {
    List<MarketUnit> units = RandomMarkets.units(Y2025, 17L, 60);
    List<MarketUnit> shuffled = new ArrayList<>(units);
    Collections.shuffle(shuffled, new java.util.Random(3));
    long[] inOrder = FastEngine.setup(Map.of(Y2025, units), new DocumentRules()).unitAllocations(Y2025);
    long[] inShuffledOrder = FastEngine.setup(Map.of(Y2025, shuffled), new DocumentRules()).unitAllocations(Y2025);
    for (int i = 0; i < shuffled.size(); i++) {
      MarketUnit unit = shuffled.get(i);
      assertEquals(inOrder[units.indexOf(unit)], inShuffledOrder[i], unit::unitId);
    }
  }

  @Test
  void anEntityUnderTwoSectorsIsRefused() {
    List<MarketUnit> units = new ArrayList<>(FastEngineTest.cementExample(Y2025));
    // C1's second unit is a steel unit.
    units.add(MarketUnit.builder().year(Y2025).entityId("C1").sector(Sector.STEEL).unitId("S1")
        .verifiedTonnes(units.get(0).verifiedTonnes()).intensityEmissionsTonnes(units.get(0).verifiedTonnes())
        .output(units.get(0).output()).build());
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> FastEngine.setup(Map.of(Y2025, units), new DocumentRules()));
    assertEquals("entity_id", e.field());
    assertEquals("C1", e.value());
  }

  @Test
  void aFailingExactPassStopsTheDrawsStartedBeforeIt() {
    EtsValidationException refusal = new EtsValidationException("unit", "L1", "refused by the test's rules");
    AtomicInteger allocations = new AtomicInteger();
    StudyRules failing = new DocumentRules() {
      @Override
      public SectorAllocation allocate(Year year, Sector sector, List<MarketUnit> units) {
        allocations.incrementAndGet();
        throw refusal;
      }
    };
    // Thousands of blocks of draws on three threads: stopped when the exact pass fails, not run to their end.
    Scenario scenario = StudyDetailsTest.only2025().draws(200_000).threads(3).build();
    PolicyStudy study = PolicyStudy.of(Market.of(FastEngineTest.cementExample(Y2025)), scenario, failing);
    assertSame(refusal, assertThrows(EtsValidationException.class, study::run));
    assertEquals(1, allocations.get());
    assertFalse(drawingThreadsAlive());
  }

  @Test
  void theEnginesRefusalComesAfterTheExactPassAsBefore() {
    AtomicInteger allocations = new AtomicInteger();
    StudyRules counting = new DocumentRules() {
      @Override
      public SectorAllocation allocate(Year year, Sector sector, List<MarketUnit> units) {
        allocations.incrementAndGet();
        return super.allocate(year, sector, units);
      }
    };
    // 10^13 t: the exact pass allocates it, the fast engine's range (10^12 per unit) refuses it.
    List<MarketUnit> units = List.of(FastEngineRangeTest.cement("C1", "1e13", "1e13"),
        FastEngineRangeTest.cement("C2", "850000", "1000000"));
    for (int threads : new int[] {1, 2}) {
      allocations.set(0);
      Scenario scenario = StudyDetailsTest.only2025().draws(10).threads(threads).build();
      EtsValidationException e = assertThrows(EtsValidationException.class,
          () -> PolicyStudy.of(Market.of(units), scenario, counting).run());
      assertEquals("verified_t of unit C1 in 2025", e.field());
      assertEquals(1, allocations.get(), "the exact pass ran first on " + threads + " threads");
      assertFalse(drawingThreadsAlive());
    }
  }

  @Test
  void theSameStudyOnOneAndOnThreeThreadsWithTheDrawsStartedEarly() {
    Market market = Market.of(RandomMarkets.units(Y2025, 5L, 80));
    Scenario.Builder base = StudyDetailsTest.only2025().draws(200).seed(8);
    StudyResult one = PolicyStudy.of(market, base.threads(1).build(), new DocumentRules()).run();
    StudyResult three = PolicyStudy.of(market, base.threads(3).build(), new DocumentRules()).run();
    assertEquals(one.sectors(), three.sectors());
    assertTrue(one.sectors().stream().allMatch(s -> s.draws().isPresent()));
    assertFalse(drawingThreadsAlive());
  }

  private static boolean drawingThreadsAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("ets4j-draws"));
  }
}
