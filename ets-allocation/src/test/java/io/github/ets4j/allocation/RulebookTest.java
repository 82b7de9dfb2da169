package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.allocation.power.LoadCorrection;
import io.github.ets4j.allocation.power.OutputBasis;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each year resolves to the rules of allocation.md; derivations mark what they change as ASSUMED. */
class RulebookTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  @Test
  void eachYearResolvesToItsRules() {
    String[] expectedI = {"0.877", "0.877", "0.8218", "0.8177", "0.7950", "0.7910", "0.7902", "0.7894", "0.7894"};
    String[] expectedGasHeat = {"0.059", "0.059", "0.056", "0.0557", "0.0536", "0.0533", "0.0533", "0.0533", "0.0533"};
    for (int y = 2019; y <= 2027; y++) {
      Rulebook r = Rulebook.chinaNational(Year.of(y));
      assertEquals(0, bd(expectedI[y - 2019]).compareTo(r.powerPolicy().benchmarks().electricity(UnitCategory.I).value()));
      assertEquals(0, bd(expectedGasHeat[y - 2019]).compareTo(r.powerPolicy().benchmarks().heat(UnitCategory.IV).value()));
      assertEquals(y <= 2022 ? OutputBasis.SUPPLIED : OutputBasis.GROSS_GENERATION, r.powerPolicy().benchmarks().basis());
      assertEquals(y <= 2022 ? LoadCorrection.SUPPLY_2019 : y <= 2024 ? LoadCorrection.EXPONENT_2023
          : LoadCorrection.EXPONENTIAL_2025, r.powerPolicy().loadCorrection());
      assertEquals(GwpSet.AR5, r.gwpSet());
      assertEquals(y >= 2024 ? Set.of(Sector.values()) : Set.of(Sector.POWER), r.coveredSectors());
      assertFalse(r.catalogueEdition().isBlank());
      assertEquals(0, bd("26000").compareTo(r.inclusionThreshold().value()));
    }
    assertEquals(AllocationMethod.VERIFIED_EMISSIONS,
        Rulebook.chinaNational(Year.of(2024)).policy(Sector.STEEL).get().method());
    assertEquals(AllocationMethod.INTENSITY_COEFFICIENT,
        Rulebook.chinaNational(Year.of(2025)).policy(Sector.STEEL).get().method());
    assertEquals(AllocationMethod.INTENSITY_COEFFICIENT,
        Rulebook.chinaNational(Year.of(2026)).policy(Sector.ALUMINUM).get().method());
    assertEquals(AllocationMethod.PHASE_2_ADVANCED_LEVEL,
        Rulebook.chinaNational(Year.of(2027)).policy(Sector.CEMENT).get().method());
    assertEquals(AllocationMethod.POWER_BENCHMARK, Rulebook.chinaNational(Year.of(2019)).policy(Sector.POWER).get().method());
    assertTrue(Rulebook.chinaNational(Year.of(2023)).industryPolicy(Sector.CEMENT).isEmpty());
    assertThrows(EtsValidationException.class, () -> Rulebook.chinaNational(Year.of(2018)));
    assertThrows(EtsValidationException.class, () -> Rulebook.chinaNational(Year.of(2025)).industryPolicy(Sector.POWER));
  }

  @Test
  void preAllocationSharesAndComplianceParameters() {
    assertEquals(0, bd("0.7").compareTo(Rulebook.chinaNational(Year.of(2023)).preAllocationShare(Sector.POWER).value()));
    assertEquals(0, bd("0.5").compareTo(Rulebook.chinaNational(Year.of(2025)).preAllocationShare(Sector.POWER).value()));
    assertEquals(0, bd("0.5").compareTo(Rulebook.chinaNational(Year.of(2026)).preAllocationShare(Sector.STEEL).value()));
    assertThrows(EtsValidationException.class, () -> Rulebook.chinaNational(Year.of(2023)).preAllocationShare(Sector.STEEL));
    Rulebook r = Rulebook.chinaNational(Year.of(2025));
    assertEquals(0, bd("0.05").compareTo(r.compliance().offsetLimit().value()));
    assertEquals(0, bd("10000").compareTo(r.compliance().carryOverBase().value()));
    assertEquals(0, bd("1.5").compareTo(r.compliance().carryOverMultiplier().value()));
    assertEquals(0, bd("5").compareTo(r.compliance().penaltyMinMultiple().value()));
    assertEquals(0, bd("10").compareTo(r.compliance().penaltyMaxMultiple().value()));
    assertEquals(0, bd("0.15").compareTo(r.coefficientRule().get().carbideSlagThreshold().value()));
    assertEquals(0, bd("0.30").compareTo(Rulebook.chinaNational(Year.of(2026)).coefficientRule().get()
        .carbideSlagThreshold().value()));
    assertEquals(0, bd("0.5").compareTo(Rulebook.chinaNational(Year.of(2021)).compliance().borrowingMaxShare().value()));
    assertTrue(Rulebook.chinaNational(Year.of(2024)).coefficientRule().isEmpty());
  }

  @Test
  void assumptionsListEveryAssumedParameter() {
    // 2023: official plan; only the rounding (taken from the 2025-2026 draft) and the four special-unit share
    // thresholds (none published before the 2025-2026 draft, allocation.md "Special units") are assumed.
    List<RuleValue> a2023 = Rulebook.chinaNational(Year.of(2023)).assumptions();
    assertEquals(6, a2023.size(), a2023::toString);
    assertTrue(a2023.stream().anyMatch(v -> v.name().startsWith("Ff rounding")));
    assertEquals(4, a2023.stream().filter(v -> v.name().startsWith("special unit:")).count(), a2023::toString);
    // 2026 power is a draft throughout: nothing of power assumed.
    assertTrue(Rulebook.chinaNational(Year.of(2026)).powerPolicy().assumptions().isEmpty());
    // 2025: the industry pre-allocation share is assumed.
    List<RuleValue> a2025 = Rulebook.chinaNational(Year.of(2025)).assumptions();
    assertTrue(a2025.stream().anyMatch(v -> v.name().startsWith("industry pre-allocation share")), a2025::toString);
    // 2019-2022 supply-basis factors are ASSUMED.
    assertTrue(Rulebook.chinaNational(Year.of(2020)).assumptions().stream()
        .anyMatch(v -> v.name().startsWith("cooling factor")));
    // 2027: Phase 2 parameter and the carried-forward benchmarks.
    List<RuleValue> a2027 = Rulebook.chinaNational(Year.of(2027)).assumptions();
    assertTrue(a2027.stream().anyMatch(v -> v.name().startsWith("Phase 2")));
    assertTrue(a2027.stream().anyMatch(v -> v.name().startsWith("power benchmark 2027")));
    assertTrue(a2027.stream().allMatch(RuleValue::isAssumed));
    assertTrue(a2027.stream().anyMatch(v -> v.name().startsWith("power load correction 2027")));
  }

  @Test
  void whatIfDerivations() {
    Rulebook base = Rulebook.chinaNational(Year.of(2025));
    Rulebook tighter = base.withPowerBenchmarkScale(bd("0.98"));
    assertEquals(0, bd("0.774396").compareTo(tighter.powerPolicy().benchmarks().electricity(UnitCategory.I).value()));
    assertTrue(tighter.assumptions().size() > base.assumptions().size());
    assertEquals(0, bd("0.7902").compareTo(base.powerPolicy().benchmarks().electricity(UnitCategory.I).value()));

    Rulebook offsets = base.withOffsetLimit(bd("0.1"));
    assertEquals(0, bd("0.1").compareTo(offsets.compliance().offsetLimit().value()));
    assertTrue(offsets.assumptions().stream().anyMatch(v -> v.name().startsWith("CCER")));

    Rulebook phase2 = base.withPhase2(Phase2.bestShare(bd("0.3")));
    assertEquals(AllocationMethod.PHASE_2_ADVANCED_LEVEL, phase2.policy(Sector.CEMENT).get().method());
    assertThrows(EtsValidationException.class, () -> Rulebook.chinaNational(Year.of(2024)).withPhase2(Phase2.DEFAULT));

    Rulebook cap = base.withPowerEntityCap(bd("0.9"));
    assertEquals(0, bd("0.9").compareTo(cap.powerPolicy().entityCap().value()));

    Rulebook shares = base.withPreAllocationShare(Sector.POWER, bd("0.6"));
    assertTrue(shares.preAllocationShare(Sector.POWER).isAssumed());

    Rulebook rule = base.withCoefficientRule(bd("0.2"), bd("0.2"), bd("0.04"));
    assertEquals(0, bd("0.04").compareTo(rule.coefficientRule().get().cap().value()));

    assertEquals(GwpSet.AR6, base.withGwpSet(GwpSet.AR6).gwpSet());
    IntensityCoefficientPolicy custom = IntensityCoefficientPolicy.chinaNational(Sector.STEEL, Year.of(2025))
        .withPhase2(Phase2.tightening(bd("0.05")));
    assertEquals(custom, base.withIndustryPolicy(Sector.STEEL, custom).industryPolicy(Sector.STEEL).get());
    assertThrows(EtsValidationException.class, () -> base.withIndustryPolicy(Sector.CEMENT, custom));
    assertThrows(EtsValidationException.class, () -> Rulebook.chinaNational(Year.of(2023))
        .withIndustryPolicy(Sector.STEEL, custom));
    assertTrue(base.toString().contains("2025"));
    assertTrue(base.includes(bd("26000")));
    assertFalse(base.includes(bd("25999.9")));
    assertThrows(EtsValidationException.class, () -> base.includes(bd("-1")));
    assertThrows(EtsValidationException.class, () -> Rulebook.chinaNational(Year.of(2023))
        .allocateIndustry(Sector.CEMENT, List.<IndustrialUnit>of()));
  }
}
