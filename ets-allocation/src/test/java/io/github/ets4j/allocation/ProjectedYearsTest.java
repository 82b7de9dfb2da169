package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Years without a plan say so (issue "Guarded doors", item 5): the last published plan is PLAN-2526-DRAFT
 * (2025–2026 power, 2026 industry; coverage.md "Phases": Phase 2 from 2027 has no numeric rule), and 2060, the
 * carbon-neutrality target year, is the ASSUMED horizon after which no rules are projected.
 */
class ProjectedYearsTest {

  private static Allocation gasUnit(Year year) {
    GeneratingUnit gas = GeneratingUnit.builder().id("G1").entityId("P").category(UnitCategory.IV)
        .verifiedEmissions(new BigDecimal("250000")).grossGenerationMwh(new BigDecimal("600000")).build();
    return Rulebook.chinaNational(year).allocatePower(List.of(gas));
  }

  @Test
  void theLastPlanYearIsACatalogueEntryWithItsSource() {
    assertEquals(Year.of(2026), PlanYears.lastPlanYear());
    assertEquals("PLAN-2526-DRAFT", PlanYears.LAST_PLAN_YEAR.source().document());
    assertEquals(Confidence.DRAFT, PlanYears.LAST_PLAN_YEAR.source().confidence());
    assertEquals(Year.of(2060), PlanYears.lastRulesYear());
    assertEquals(Confidence.ASSUMED, PlanYears.LAST_RULES_YEAR.source().confidence());
    assertEquals(PlanYears.LAST_PLAN_YEAR, Rulebook.chinaNational(Year.of(2030)).lastPlanYear());
  }

  @Test
  void aRulebookAfterTheLastPlanIsProjected() {
    assertFalse(Rulebook.chinaNational(Year.of(2019)).isProjected());
    assertFalse(Rulebook.chinaNational(Year.of(2026)).isProjected());
    assertTrue(Rulebook.chinaNational(Year.of(2027)).isProjected());
    assertTrue(Rulebook.chinaNational(Year.of(2060)).isProjected());
    assertTrue(Rulebook.chinaNational(Year.of(2027)).toString().contains("(projected)"));
    assertFalse(Rulebook.chinaNational(Year.of(2026)).toString().contains("projected"));
  }

  @Test
  void everyAllocationOfAProjectedYearSaysSoInExplain() {
    Allocation published = gasUnit(Year.of(2026));
    assertFalse(published.isProjected());
    assertFalse(published.explain().contains("PROJECTED"), published::explain);
    Allocation projected = gasUnit(Year.of(2027));
    assertTrue(projected.isProjected());
    String second = projected.explain().lines().skip(1).findFirst().orElseThrow();
    assertEquals("PROJECTED: no allocation plan published after 2026 (PLAN-2526-DRAFT title: 2025, 2026 power and "
        + "2026 industry [D]); the rules of 2027 are carried forward with ASSUMED parameters", second);
  }

  @Test
  void yearsAfter2060AreRefusedWithTheReason() {
    // The case: Rulebook.chinaNational(Year.of(2100)) allocated on invented rules.
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> Rulebook.chinaNational(Year.of(2100)));
    assertEquals("year", e.field());
    assertEquals("2100", e.value());
    assertTrue(e.rule().contains("carbon-neutrality"), e::getMessage);
    assertThrows(EtsValidationException.class, () -> Rulebook.chinaNational(Year.of(2061)));
    assertEquals(Year.of(2060), Rulebook.chinaNational(Year.of(2060)).year());
    assertEquals(Year.of(2060), PlanYears.checkHasRules("y", Year.of(2060)));
    assertThrows(EtsValidationException.class, () -> PlanYears.checkHasRules("y", null));
  }
}
