package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Replacement rows: a user who has the final text of a draft figure loads it with its source, and the rules read
 * it. The final values here are a user's input (the final 2025–2026 texts were not found, allocation.md "Status of
 * the texts"), chosen so the arithmetic is easy to follow by hand.
 */
class ReplacementFiguresTest {
  private static final Source FINAL = Source.of("PLAN-2526", "Annex 2", Confidence.OFFICIAL);
  private static final String BENCHMARK_I = AllocationFigures.POWER_BENCHMARK_ELECTRICITY + "I";

  private static RuleEntry row(String key, String value, String unit, int from, int to) {
    return RuleEntry.builder().key(key).value(new BigDecimal(value)).unit(unit).source(FINAL)
        .firstYear(Year.of(from)).lastYear(Optional.of(Year.of(to))).build();
  }

  private static GeneratingUnit unit() {
    // F = 0.62 >= 50 %, so Ff = 1 (PLAN-2526-DRAFT Ff formula); no heat; 80 % of verified (640,000) is below Ae.
    return GeneratingUnit.builder().id("unit-1").entityId("91350100M000100Y43").category(UnitCategory.I)
        .grossGenerationMwh(new BigDecimal("1000000")).loadFactor(new BigDecimal("0.62"))
        .heatSuppliedGj(BigDecimal.ZERO).verifiedEmissions(new BigDecimal("800000")).build();
  }

  @Test
  void aReplacedBenchmarkIsUsedAndExplainedWithItsSource() {
    Rulebook draft = Rulebook.chinaNational(Year.of(2025));
    Rulebook fin = draft.withFigures(List.of(row(BENCHMARK_I, "0.7900", "tCO2/MWh", 2025, 2025)));
    // Hand: draft Ae = floor(1,000,000 x 0.7902 x 1) = 790,200 t; final Ae = floor(1,000,000 x 0.7900) = 790,000 t.
    assertEquals(0, new BigDecimal("790200").compareTo(draft.allocatePower(List.of(unit())).total()));
    Allocation allocation = fin.allocatePower(List.of(unit()));
    assertEquals(0, new BigDecimal("790000").compareTo(allocation.total()));
    assertTrue(allocation.explain().contains(
        "figure from a replacement row: power benchmark 2025 category I = 0.79 tCO2/MWh (PLAN-2526 Annex 2 [V])"),
        allocation.explain());
    assertEquals(1, allocation.replacedFigures().size());
    assertTrue(draft.allocatePower(List.of(unit())).replacedFigures().isEmpty());
    assertFalse(draft.allocatePower(List.of(unit())).explain().contains("replacement row"));
  }

  @Test
  void aFigureWithAnOfficialSourceLeavesTheNonOfficialList() {
    Rulebook draft = Rulebook.chinaNational(Year.of(2025));
    Rulebook fin = draft.withFigures(List.of(row(BENCHMARK_I, "0.7900", "tCO2/MWh", 2025, 2026),
        row(AllocationFigures.POWER_PRE_ALLOCATION_SHARE, "0.5", "fraction", 2025, 2026)));
    assertTrue(names(draft.nonOfficialRuleValues()).contains("power benchmark 2025 category I"));
    assertFalse(names(fin.nonOfficialRuleValues()).contains("power benchmark 2025 category I"));
    assertTrue(names(fin.nonOfficialRuleValues()).contains("power benchmark 2025 category II"));
    assertEquals(FINAL, fin.preAllocationShare(Sector.POWER).source());
    assertEquals(draft.nonOfficialRuleValues().size() - 2, fin.nonOfficialRuleValues().size());
    assertTrue(fin.nonOfficialRuleValues().stream().noneMatch(v -> v.source().confidence().isOfficial()));
    assertEquals(FINAL, fin.figures().get(BENCHMARK_I, Year.of(2026)).source());
  }

  @Test
  void aFinalLastPlanYearIsWhatTheNextYearCarriesForward() {
    Rulebook projected = Rulebook.chinaNational(Year.of(2027))
        .withFigures(List.of(row(BENCHMARK_I, "0.7890", "tCO2/MWh", 2026, 2026)));
    RuleValue benchmark = projected.powerPolicy().benchmarks().electricity(UnitCategory.I);
    assertEquals(new BigDecimal("0.789"), benchmark.value());
    assertTrue(benchmark.isAssumed());
    assertEquals("power benchmark 2027 category I", benchmark.name());
    // A 2027 row, once published, is simply a new row: no code change.
    Rulebook plan2027 = Rulebook.chinaNational(Year.of(2027))
        .withFigures(List.of(row(BENCHMARK_I, "0.7800", "tCO2/MWh", 2027, 2027)));
    assertEquals(FINAL, plan2027.powerPolicy().benchmarks().electricity(UnitCategory.I).source());
  }

  @Test
  void theFfConstantsAreRowsToo() {
    Rulebook draft = Rulebook.chinaNational(Year.of(2025));
    // PLAN-2526-DRAFT: Ff = 1 when F >= 50 %; a user's final threshold of 40 % makes F = 45 % a full-load unit.
    Rulebook fin = draft.withFigures(List.of(row("power/load-correction/ff-2025-load-threshold", "40", "%", 2025, 2026)));
    BigDecimal f = new BigDecimal("0.45");
    assertEquals(0, BigDecimal.ONE.compareTo(fin.powerPolicy().loadCorrectionFactor(f)));
    assertTrue(draft.powerPolicy().loadCorrectionFactor(f).compareTo(BigDecimal.ONE) > 0);
    assertEquals(draft.powerPolicy().loadCorrection().factor(f), draft.powerPolicy().loadCorrectionFactor(f));
    assertTrue(fin.ruleValues().stream().anyMatch(v -> v.name().equals("Ff 2025 load threshold")
        && v.source().equals(FINAL)));
    assertThrows(EtsValidationException.class,
        () -> draft.powerPolicy().loadCorrection().factor(f, List.of()));
  }

  @Test
  void aPhase2RateIsARowFrom2027() {
    assertEquals(Optional.of(Phase2.DEFAULT), ((io.github.ets4j.allocation.industry.IntensityCoefficientPolicy)
        Rulebook.chinaNational(Year.of(2028)).industryPolicy(Sector.STEEL).orElseThrow()).phase2());
    RuleEntry rate = RuleEntry.builder().key(AllocationFigures.PHASE2_TIGHTENING_RATE).value(new BigDecimal("0.01"))
        .unit("fraction per year").source(FINAL).firstYear(Year.of(2027)).build();
    Rulebook plan = Rulebook.chinaNational(Year.of(2028)).withFigures(List.of(rate));
    Phase2 phase2 = ((io.github.ets4j.allocation.industry.IntensityCoefficientPolicy)
        plan.industryPolicy(Sector.STEEL).orElseThrow()).phase2().orElseThrow();
    assertEquals(new BigDecimal("0.01"), phase2.parameter().value());
    assertEquals(FINAL, phase2.parameter().source());
    assertThrows(EtsValidationException.class, () -> Phase2.tightening(RuleValue.of("r", "1", "fraction per year", FINAL)));
  }

  @Test
  void industrialFiguresAreReplacedToo() {
    Rulebook fin = Rulebook.chinaNational(Year.of(2026)).withFigures(List.of(
        row(AllocationFigures.CARBIDE_SLAG_THRESHOLD, "0.30", "fraction", 2026, 2026).withSectors(List.of(Sector.CEMENT)),
        row(AllocationFigures.COEFFICIENT_CAP, "0.03", "fraction", 2026, 2026)));
    assertEquals(FINAL, fin.coefficientRule().orElseThrow().carbideSlagThreshold().source());
    assertEquals(FINAL, fin.coefficientRule().orElseThrow().cap().source());
    assertEquals(Confidence.DRAFT, fin.coefficientRule().orElseThrow().slope().source().confidence());
  }

  @Test
  void refusesUnknownKeysOtherUnitsAndWhatIfsLoadedBefore() {
    Rulebook book = Rulebook.chinaNational(Year.of(2025));
    assertThrows(EtsValidationException.class, () -> book.withFigures(List.of(row("power/benchmark", "1", "", 2025, 2025))));
    assertThrows(EtsValidationException.class, () -> book.withFigures(List.of(row(BENCHMARK_I, "0.79", "tCO2/GJ", 2025, 2025))));
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> book
        .withOffsetLimit(new BigDecimal("0.05")).withFigures(List.of(row(BENCHMARK_I, "0.79", "tCO2/MWh", 2025, 2025))));
    assertTrue(e.getMessage().contains("before any withXxx what-if"), e.getMessage());
    assertEquals(AllocationFigures.chinaNational(), book.figures());
  }

  private static List<String> names(List<RuleValue> values) {
    return values.stream().map(RuleValue::name).collect(java.util.stream.Collectors.toList());
  }
}
