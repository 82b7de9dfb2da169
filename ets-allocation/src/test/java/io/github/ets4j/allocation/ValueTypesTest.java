package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.PowerBenchmarkPolicy;
import io.github.ets4j.allocation.power.PowerBenchmarks;
import io.github.ets4j.allocation.power.PowerUnitAllocation;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Accessors, equality and rendering of the result and catalogue types. */
class ValueTypesTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  @Test
  void ruleValues() {
    Source s = Source.of("PLAN-POWER-2324", "Annex 2", Confidence.OFFICIAL);
    RuleValue a = RuleValue.of("b", "0.7950", "tCO2/MWh", s);
    RuleValue b = RuleValue.of("b", bd("0.795"), "tCO2/MWh", s);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, RuleValue.of("c", "0.795", "tCO2/MWh", s));
    assertNotEquals(a, RuleValue.of("b", "0.796", "tCO2/MWh", s));
    assertNotEquals(a, RuleValue.of("b", "0.795", "", s));
    assertNotEquals(a, a.withAssumedValue(bd("0.795"), "what-if"));
    assertNotEquals(a, "b");
    assertEquals("b = 0.795 tCO2/MWh (PLAN-POWER-2324 Annex 2 [V])", a.toString());
    assertEquals("x = 1 (ASSUMPTION why [A])", RuleValue.assumed("x", "1", "", "why").toString());
    assertFalse(a.isAssumed());
    assertTrue(a.withAssumedValue(bd("1"), "what-if").isAssumed());
    assertEquals(1, PowerBenchmarks.BALANCE_VALUES_2023.stream().filter(v -> v.name().endsWith(" I")).count());
    assertEquals(0, bd("0.7982").compareTo(PowerBenchmarks.BALANCE_VALUES_2023.get(0).value()));
    assertEquals(0, bd("0.0525").compareTo(PowerBenchmarks.BALANCE_VALUES_2023.get(5).value()));
  }

  @Test
  void verifiedEmissionsPolicy() {
    VerifiedEmissionsPolicy<IndustrialUnit> p = VerifiedEmissionsPolicy.of(Sector.STEEL, Year.of(2024));
    Allocation a = p.allocate(List.of(IndustrialUnit.steelEnterprise("S", "E", bd("1000.9"), bd("1"), bd("1"), bd("1"))));
    UnitAllocation u = a.unit("S").get();
    assertEquals(0, bd("1000").compareTo(u.allocation()));
    assertEquals(0, bd("1000.9").compareTo(u.verifiedEmissions()));
    assertEquals("E", u.entityId());
    assertTrue(u.isSpecial());
    assertTrue(u.explain().contains("verified emissions"));
    assertTrue(u.toString().contains("1000"));
    assertEquals(Sector.STEEL, p.sector());
    assertEquals(Year.of(2024), p.year());
    assertTrue(p.ruleValues().isEmpty());
    assertTrue(p.assumptions().isEmpty());
    assertTrue(p.toString().contains("STEEL"));
    assertTrue(a.explain().contains("VERIFIED_EMISSIONS"));
    assertTrue(a.balanceValueReported().isEmpty());
    EntityAllocation e = a.entities().get(0);
    assertTrue(e.toString().contains("1000"));
    assertThrows(EtsValidationException.class, () -> EntityAllocation.of("E", bd("-1"), bd("0"), bd("0"), List.of()));
    assertEquals(bd("0.00"), EntityAllocation.shortfallRatePercent(bd("0"), bd("0")));
  }

  @Test
  void powerUnitAccessors() {
    GeneratingUnit unit = GeneratingUnit.builder().id("U").entityId("E").category(UnitCategory.III)
        .verifiedEmissions(bd("100")).grossGenerationMwh(bd("1000")).build();
    PowerBenchmarkPolicy policy = PowerBenchmarkPolicy.chinaNational(Year.of(2023));
    PowerUnitAllocation a = policy.allocateUnit(unit);
    // 1,000 MWh x 0.8285 = 828.5 → 828 (category III: no Ff).
    assertEquals(0, bd("828").compareTo(a.allocation()));
    assertEquals(UnitCategory.III, a.category());
    assertTrue(a.special().isEmpty());
    assertFalse(a.isSpecial());
    assertEquals("U", a.unitId());
    assertEquals("E", a.entityId());
    assertEquals(0, bd("100").compareTo(a.verifiedEmissions()));
    assertTrue(a.toString().contains("828"));
    assertTrue(policy.toString().contains("2023"));
    assertEquals(Sector.POWER, policy.sector());
    assertTrue(policy.benchmarks().toString().contains("0.8285"));
    assertEquals(policy.loadCorrection(), policy.withLoadCorrection(policy.loadCorrection()).loadCorrection());
    assertTrue(policy.allocate(List.of(unit)).explain().contains("Qe 1000"));
  }
}
