package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "Adding a plan year is a data change" (issue 15): a 2027 plan given purely as rows, one for every figure the
 * 2027 rulebook reads from the rule table. No 2027 plan exists (allocation.md: the last plan is 2026 [D]); the
 * "PLAN-2027" rows are a user's input, the 2026 figures again except the category I benchmark, 0.7880 tCO2/MWh,
 * an illustration chosen so the effect is easy to follow by hand.
 */
class PlanYearAsRowsTest {
  private static final Year Y2027 = Year.of(2027);
  private static final Source PLAN_2027 = Source.of("PLAN-2027", "a user's final 2027 plan", Confidence.OFFICIAL);
  private static final String BENCHMARK_I = AllocationFigures.POWER_BENCHMARK_ELECTRICITY + "I";

  /** One 2027 row for every table key the 2027 rulebook reads, in force in 2027 only, for the key's sectors. */
  private static List<RuleEntry> plan2027(Rulebook projected) {
    Set<String> tableKeys = AllocationFigures.chinaNational().keys();
    Map<String, RuleEntry> rows = new LinkedHashMap<>();
    for (RuleValue value : projected.ruleValues()) {
      String key = value.entry().key();
      if (!tableKeys.contains(key) || rows.containsKey(key)) {
        continue;
      }
      Set<Sector> sectors = EnumSet.noneOf(Sector.class);
      AllocationFigures.chinaNational().rows(key).forEach(r -> sectors.addAll(r.sectors()));
      BigDecimal figure = key.equals(BENCHMARK_I) ? new BigDecimal("0.7880") : value.value();
      if (key.equals(PlanYears.LAST_PLAN_YEAR_KEY)) {
        // The plan declares itself: the last published plan is now 2027, from 2027 on (open-ended, so 2028 reads
        // 2027 as the last plan and stays projected).
        rows.put(key, RuleEntry.builder().key(key).value(new BigDecimal("2027")).unit(value.unit()).source(PLAN_2027)
            .firstYear(Y2027).build());
        continue;
      }
      rows.put(key, RuleEntry.builder().key(key).value(figure).unit(value.unit()).source(PLAN_2027)
          .firstYear(Y2027).lastYear(Y2027).sectors(sectors).build());
    }
    return new ArrayList<>(rows.values());
  }

  private static Set<String> keysOf(List<RuleValue> values) {
    return values.stream().map(v -> v.entry().key()).collect(Collectors.toSet());
  }

  @Test
  void aPlanYearGivenAsRowsReplacesEveryFigureItCovers() {
    Rulebook projected = Rulebook.chinaNational(Y2027);
    List<RuleEntry> rows = plan2027(projected);
    Rulebook planned = projected.withFigures(rows);
    Set<String> covered = rows.stream().map(RuleEntry::key).collect(Collectors.toSet());
    // Every table key read in 2027 is covered; before the rows the year-bound ones were carried forward, ASSUMED
    // (an open-ended official row, e.g. the inclusion threshold of MEASURES-2021 Art 8, is in force already).
    List<String> carried = List.of(BENCHMARK_I, AllocationFigures.POWER_ENTITY_FLOOR,
        AllocationFigures.INDUSTRY_PRE_ALLOCATION_SHARE, AllocationFigures.COEFFICIENT_CAP,
        AllocationFigures.PHASE2_TIGHTENING_RATE, "power/special/biomass-share");
    assertTrue(covered.containsAll(carried), covered::toString);
    for (String key : carried) {
      assertTrue(keysOf(projected.assumptions()).contains(key), key);
    }
    // After: every covered figure carries the plan's source, is official, and leaves the assumptions.
    for (RuleValue after : planned.ruleValues()) {
      if (covered.contains(after.entry().key())) {
        assertEquals(PLAN_2027, after.source(), after::toString);
      }
    }
    Set<String> stillAssumed = keysOf(planned.assumptions());
    Set<String> stillNonOfficial = keysOf(planned.nonOfficialRuleValues());
    for (String key : covered) {
      assertFalse(stillAssumed.contains(key), key);
      assertFalse(stillNonOfficial.contains(key), key);
    }
    // What the rows cannot reach is code, not data: every non-official value left is no table key.
    assertTrue(planned.nonOfficialRuleValues().stream().noneMatch(v -> covered.contains(v.entry().key())));
    assertTrue(planned.nonOfficialRuleValues().size() < projected.nonOfficialRuleValues().size());
  }

  @Test
  void theAllocationReadsThePlanRows() {
    // F = 0.62 >= 50 %, so Ff = 1 (the 2025-2026 Ff formula carried forward); no heat; 80 % floor 640,000 t.
    GeneratingUnit unit = GeneratingUnit.builder().id("unit-1").entityId("91350100M000100Y43")
        .category(UnitCategory.I).grossGenerationMwh(new BigDecimal("1000000")).loadFactor(new BigDecimal("0.62"))
        .heatSuppliedGj(BigDecimal.ZERO).verifiedEmissions(new BigDecimal("800000")).build();
    Rulebook projected = Rulebook.chinaNational(Y2027);
    Rulebook planned = projected.withFigures(plan2027(projected));
    // Hand: projected Be = the 2026 draft's 0.7894 carried forward: floor(1,000,000 x 0.7894) = 789,400 t;
    // the plan's 0.7880: floor(1,000,000 x 0.7880) = 788,000 t.
    assertEquals(0, new BigDecimal("789400").compareTo(projected.allocatePower(List.of(unit)).total()));
    Allocation allocation = planned.allocatePower(List.of(unit));
    assertEquals(0, new BigDecimal("788000").compareTo(allocation.total()));
    assertTrue(allocation.explain().contains("power benchmark 2027 category I = 0.788 tCO2/MWh (PLAN-2027"),
        allocation::explain);
  }

  @Test
  void aPlanRowEndsTheProjectionOfItsYearOnly() {
    Rulebook projected = Rulebook.chinaNational(Y2027);
    List<RuleEntry> rows = plan2027(projected);
    assertTrue(projected.isProjected());
    Rulebook planned = projected.withFigures(rows);
    // The row plan/last-plan-year = 2027 [PLAN-2027]: 2027 is a plan year now, in the rulebook and its allocations.
    assertFalse(planned.isProjected());
    assertEquals(0, new BigDecimal("2027").compareTo(planned.lastPlanYear().value()));
    assertEquals(PLAN_2027, planned.lastPlanYear().source());
    GeneratingUnit unit = GeneratingUnit.builder().id("unit-1").entityId("91350100M000100Y43")
        .category(UnitCategory.I).grossGenerationMwh(new BigDecimal("1000000")).loadFactor(new BigDecimal("0.62"))
        .heatSuppliedGj(BigDecimal.ZERO).verifiedEmissions(new BigDecimal("800000")).build();
    Allocation allocation = planned.allocatePower(List.of(unit));
    assertFalse(allocation.isProjected());
    assertFalse(allocation.explain().contains("PROJECTED"), allocation::explain);
    assertTrue(projected.allocatePower(List.of(unit)).explain().contains("PROJECTED"));
    // 2028 reads the open-ended 2027 row: still projected, now from the 2027 plan.
    Rulebook next = Rulebook.chinaNational(Year.of(2028)).withFigures(rows);
    assertTrue(next.isProjected());
    assertEquals(0, new BigDecimal("2027").compareTo(next.lastPlanYear().value()));
  }

  @Test
  void theEditionAndTheFfFlagFollowThePlanRows() {
    Rulebook projected = Rulebook.chinaNational(Y2027);
    List<RuleEntry> rows = plan2027(projected);
    Rulebook planned = projected.withFigures(rows);
    // Projected 2027: no plan, the 2026 draft carried forward, and the power policy says its Ff formula is too.
    assertTrue(projected.catalogueEdition().startsWith("Phase 2 (no published plan)"), projected.catalogueEdition());
    assertTrue(hasFfFlag(projected.powerPolicy().ruleValues()));
    // With the 2027 plan as rows: the edition names the plan's document, and nothing says the formula is carried.
    assertTrue(planned.catalogueEdition().startsWith("published plan rows: PLAN-2027"), planned.catalogueEdition());
    assertFalse(planned.catalogueEdition().contains("no published plan"), planned.catalogueEdition());
    assertFalse(hasFfFlag(planned.powerPolicy().ruleValues()));
    assertFalse(hasFfFlag(planned.ruleValues()));
    // 2028 reads the 2027 plan as the last one: projected again, from that plan, with the flag.
    Rulebook next = Rulebook.chinaNational(Year.of(2028)).withFigures(rows);
    assertEquals("Phase 2 (no published plan for 2028): the plan rows of PLAN-2027 (last plan year 2027) carried "
        + "forward with ASSUMED parameters", next.catalogueEdition());
    assertTrue(hasFfFlag(next.powerPolicy().ruleValues()));
    // The national rows alone are unchanged.
    assertTrue(Rulebook.chinaNational(Year.of(2028)).catalogueEdition().startsWith("Phase 2 (no published plan)"));
    assertFalse(hasFfFlag(Rulebook.chinaNational(Year.of(2026)).powerPolicy().ruleValues()));
  }

  private static boolean hasFfFlag(List<RuleValue> values) {
    return values.stream().anyMatch(v -> v.name().contains("Ff formula carried forward"));
  }
}
