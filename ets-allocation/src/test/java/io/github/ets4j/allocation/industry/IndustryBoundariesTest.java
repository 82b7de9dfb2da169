package io.github.ets4j.allocation.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.Phase2;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The edges of the intensity-coefficient method: exact band edges, exact thresholds, exact floors. */
class IndustryBoundariesTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  private static IndustrialUnit line(String id, String e, String clinker) {
    return IndustrialUnit.cementLine(id, "E-" + id, bd(e), bd(clinker));
  }

  /** A what-if rule whose cap (5 %) is above slope × band (0.1 × 20 % = 2 %): α jumps at the band's edges. */
  private static IntensityCoefficientPolicy jumpRule() {
    IntensityCoefficientPolicy national = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025));
    return national.withRule(national.rule().with(bd("0.1"), bd("0.2"), bd("0.05")));
  }

  @Test
  void entitiesWhoseUnitsAreNotListedTogether() {
    // Entity EA's lines U1 and U3 with EB's U2 between them (the policy then finds each unit's intensity by identity).
    // Every unit within the band: BP = Σ E I / Σ E = (90 × 0.9 + 110 × 1.1 + 100 × 1) / 300 = 302 / 300.
    //   U1: 90 × (1 + 0.15 × (1 − 0.9 × 300 / 302)) = 90 + 13.5 × 32 / 302 = 91.43… → 91
    //   U2: 110 × (1 + 0.15 × (1 − 1.1 × 300 / 302)) = 110 − 16.5 × 28 / 302 = 108.47… → 108
    //   U3: 100 × (1 + 0.15 × (1 − 300 / 302)) = 100 + 30 / 302 = 100.09… → 100
    IntensityCoefficientPolicy policy = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025));
    Allocation a = policy.allocate(List.of(IndustrialUnit.cementLine("U1", "EA", bd("90"), bd("100")),
        IndustrialUnit.cementLine("U2", "EB", bd("110"), bd("100")),
        IndustrialUnit.cementLine("U3", "EA", bd("100"), bd("100"))));
    assertEquals(bd("1.006666666666666666666666666666667"), a.balanceValue().orElseThrow());
    same("91", a.unit("U1").orElseThrow().allocation());
    same("108", a.unit("U2").orElseThrow().allocation());
    same("100", a.unit("U3").orElseThrow().allocation());
    assertEquals(List.of("EA", "EB"), a.entities().stream().map(e -> e.entityId()).collect(Collectors.toList()));
    same("191", a.entity("EA").orElseThrow().allocation());
  }

  @Test
  void unitsExactlyOnTheBandEdgesGetTheCap() {
    // Best share p = 1 of the output: level = (80 + 120) / (100 + 100) = 1 exactly.
    //   U1: I 0.8, X = 1 − 0.8 = +0.20 = band → α = +cap 0.05 → 80 × 1.05 = 84 exactly
    //   U2: I 1.2, X = −0.20 = −band → α = −cap → 120 × 0.95 = 114 exactly
    // (inside the band α would be 0.1 × ±0.2 = ±0.02: 81.6 and 117.6)
    IntensityCoefficientPolicy policy = jumpRule().withPhase2(Phase2.bestShare(BigDecimal.ONE));
    Allocation a = policy.allocate(List.of(line("U1", "80", "100"), line("U2", "120", "100")));
    same("1", a.balanceValue().orElseThrow());
    same("84", a.unit("U1").orElseThrow().allocation());
    same("114", a.unit("U2").orElseThrow().allocation());
    assertEquals(AllocationMethod.PHASE_2_ADVANCED_LEVEL, a.method());
    same("0.05", policy.rule().alpha(bd("0.2")));
    same("-0.05", policy.rule().alpha(bd("-0.2")));
    same("0.0199", policy.rule().alpha(bd("0.199")));
  }

  @Test
  void bestShareWithAPartialUnitDecidesTheFloorExactly() {
    // U2 (listed first): E 440, 400 t, I 1.1; U1: E 80, 100 t, I 0.8. p = 0.6 of 500 t = 300 t:
    //   U1 whole (100 t, 80 t CO2) + 200 t of U2 (1.1 × 200 = 220) → level = 300 / 300 = 1
    //   U1: X = +0.20 → α = 0.05 → 84 exactly; U2: X = 1 − 1.1 = −0.10 → α = 0.1 × −0.1 = −0.01 → 435.6 → 435
    IntensityCoefficientPolicy policy = jumpRule().withPhase2(Phase2.bestShare(bd("0.6")));
    List<IndustrialUnit> units = List.of(line("U2", "440", "400"), line("U1", "80", "100"));
    Allocation a = policy.allocate(units);
    same("1", a.balanceValue().orElseThrow());
    same("1", BalanceValue.bestShareLevel(units, bd("0.6")));
    same("84", a.unit("U1").orElseThrow().allocation());
    same("435", a.unit("U2").orElseThrow().allocation());
  }

  @Test
  void tightenedLevelDecidesTheFloorExactly() {
    // 2027 (Phase 2 tightening r = 0.02: BP × (1 − 0.02)^1): one line, I = 980 / 1,000 = 0.98 = BP; level 0.9604
    //   X = 1 − 0.98 / (0.98 × 0.98) = 1 − 1/0.98 = −1/49; α = 0.15 × −1/49 = −3/980
    //   A = 980 × (1 − 3/980) = 980 − 3 = 977 exactly (34 digits give 976.99999…)
    IntensityCoefficientPolicy y2027 = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2027))
        .withPhase2(Phase2.tightening(bd("0.02")));
    Allocation a = y2027.allocate(List.of(line("L", "980", "1000")));
    same("977", a.total());
    assertEquals(bd("0.9604"), a.balanceValueReported().orElseThrow());
    // E = 980.000000000001: A = E × 977/980 = 977.000000000000997 → 977 (a fraction below 1e-12, decided exactly)
    same("977", y2027.allocate(List.of(line("L", "980.000000000001", "1000"))).total());
    assertEquals("IntensityCoefficientPolicy[CEMENT 2027 Phase2[TIGHTENING 0.02]]", y2027.toString());
    assertEquals("IntensityCoefficientPolicy[CEMENT 2027]", y2027.balanced().toString());
    assertEquals(AllocationMethod.INTENSITY_COEFFICIENT, y2027.balanced().method());
    assertEquals(Optional.empty(), y2027.balanced().phase2());
    assertEquals(Optional.of(Phase2.tightening(bd("0.02"))), y2027.phase2());
    assertEquals(Optional.of(Phase2.DEFAULT),
        IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2027)).phase2());
    assertEquals(Year.of(2027), y2027.year());
  }

  @Test
  void carbideSlagRateExactlyAtTheThresholdIsOrdinary() {
    IntensityCoefficientPolicy y2025 = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025));
    IntensityCoefficientPolicy y2026 = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2026));
    IndustrialUnit at15 = line("C", "100", "100").withCarbideSlagRate(bd("0.15"));
    assertEquals(Optional.empty(), y2025.specialReason(at15));
    assertEquals(Optional.of(IndustrySpecialUnit.CARBIDE_SLAG),
        y2025.specialReason(at15.withCarbideSlagRate(bd("0.1501"))));
    assertEquals(Optional.empty(), y2026.specialReason(at15.withCarbideSlagRate(bd("0.30"))));
    assertEquals(Optional.of(IndustrySpecialUnit.CARBIDE_SLAG),
        y2026.specialReason(at15.withCarbideSlagRate(bd("0.3001"))));
    // a steel unit has no carbide-slag rule
    IndustrialUnit steel = IndustrialUnit.builder().id("S").entityId("E").sector(Sector.STEEL)
        .verifiedEmissions(bd("1")).output(bd("1")).carbideSlagRate(bd("0.9")).build();
    assertEquals(Optional.empty(), y2025.specialReason(steel));
  }

  @Test
  void anOrdinaryUnitNeedsPositiveEmissions() {
    IntensityCoefficientPolicy y2025 = IntensityCoefficientPolicy.chinaNational(Sector.STEEL, Year.of(2025));
    IndustrialUnit noEmissions = IndustrialUnit.steelEnterprise("S0", "E", BigDecimal.ZERO, bd("10"), bd("0"),
        bd("100"));
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> y2025.allocate(List.of(noEmissions)));
    assertTrue(e.getMessage().contains("needs positive emissions") && e.getMessage().contains("S0"), e.getMessage());
    IndustrialUnit noIntensity = IndustrialUnit.steelEnterprise("S1", "E", bd("100"), bd("0"), bd("0"), bd("100"));
    EtsValidationException f = assertThrows(EtsValidationException.class, () -> y2025.allocate(List.of(noIntensity)));
    assertTrue(f.getMessage().contains("needs positive emissions") && f.getMessage().contains("S1"), f.getMessage());
  }

  @Test
  void coefficientRuleOfEachYear() {
    assertEquals(Confidence.SECONDARY, CoefficientRule.chinaNational(Year.of(2025)).slope().source().confidence());
    assertEquals(Confidence.DRAFT, CoefficientRule.chinaNational(Year.of(2026)).band().source().confidence());
    assertEquals(Confidence.ASSUMED, CoefficientRule.chinaNational(Year.of(2027)).cap().source().confidence());
    CoefficientRule y2026 = CoefficientRule.chinaNational(Year.of(2026));
    same("0.30", y2026.carbideSlagThreshold().value());
    assertEquals(Confidence.DRAFT, y2026.carbideSlagThreshold().source().confidence());
    assertEquals(Confidence.ASSUMED,
        CoefficientRule.chinaNational(Year.of(2027)).carbideSlagThreshold().source().confidence());
    same("0.15", CoefficientRule.chinaNational(Year.of(2025)).carbideSlagThreshold().value());
    assertEquals(List.of("intensity coefficient slope", "intensity coefficient band", "intensity coefficient cap",
        "carbide-slag special-unit threshold"),
        y2026.ruleValues().stream().map(RuleValue::name).collect(Collectors.toList()));
    assertTrue(y2026.toString().startsWith("CoefficientRule[intensity coefficient slope = 0.15"), y2026.toString());
    EtsValidationException band = assertThrows(EtsValidationException.class,
        () -> y2026.with(bd("0.1"), BigDecimal.ONE, bd("0.5")));
    assertTrue(band.getMessage().contains("the band of X must be below 1"), band.getMessage());
  }

  @Test
  void exactFractions() {
    assertEquals("1/2", Rational.of(bd("0.50")).toString());
    assertEquals("1500/1", Rational.of(bd("1.5E+3")).toString());
    assertEquals("-3/4", Rational.ONE.subtract(Rational.of(bd("1.75"))).toString());
    assertEquals("-2/3", Rational.of(bd("2")).divide(Rational.of(bd("-3"))).toString());
    same("-2", Rational.of(bd("-1.5")).floor());
    same("1", Rational.of(bd("1.5")).floor());
    same("-3", Rational.of(bd("-3")).floor());
  }

  @Test
  void unitAllocationAccessors() {
    IntensityCoefficientPolicy y2025 = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025));
    IndustryUnitAllocation u = (IndustryUnitAllocation) y2025.allocate(List.of(line("A", "850000", "1000000")))
        .unit("A").orElseThrow();
    assertEquals("E-A", u.entityId());
    same("850000", u.verifiedEmissions());
    // one line: BP = its intensity, X = 0, α = 0, A = E
    same("850000", u.allocation());
  }
}
