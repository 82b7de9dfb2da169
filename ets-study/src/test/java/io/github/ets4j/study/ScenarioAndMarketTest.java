package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioAndMarketTest {

  @Test
  void defaultScenarioIsTheDefaultStudy() {
    Scenario s = Scenario.builder().build();
    assertEquals(Year.of(2024), s.firstYear());
    assertEquals(Year.of(2030), s.lastYear());
    assertEquals(7, s.years().size());
    assertEquals(new BigDecimal("2.0"), s.outputGrowth(Sector.POWER));
    assertEquals(new BigDecimal("0.5"), s.intensityImprovement(Sector.STEEL));
    assertEquals(200, s.draws());
    Scenario sparse = Scenario.builder().outputGrowthPercent(java.util.Map.of()).intensityImprovementPercent(
        java.util.Map.of()).build();
    assertEquals(BigDecimal.ZERO, sparse.outputGrowth(Sector.CEMENT));
    assertEquals(BigDecimal.ZERO, sparse.intensityImprovement(Sector.CEMENT));
    // The override is auxiliary: it does not make scenarios unequal.
    assertEquals(s, Scenario.builder().rulebookOverride(rb -> rb).build());
  }

  @Test
  void scenarioRefusesOutOfRangeParameters() {
    assertField("firstYear", () -> Scenario.builder().firstYear(Year.of(2022)).build());
    assertField("lastYear", () -> Scenario.builder().lastYear(Year.of(2023)).build());
    assertField("lastYear", () -> Scenario.builder().lastYear(Year.of(2200)).build());
    assertField("outputGrowthPercent.POWER",
        () -> Scenario.builder().putOutputGrowthPercent(Sector.POWER, new BigDecimal("-100")).build());
    assertField("intensityImprovementPercent.STEEL",
        () -> Scenario.builder().putIntensityImprovementPercent(Sector.STEEL, new BigDecimal("100")).build());
    assertField("phase2Percentile", () -> Scenario.builder().phase2Percentile(BigDecimal.ZERO).build());
    assertField("phase2Percentile", () -> Scenario.builder().phase2Percentile(new BigDecimal("100.1")).build());
    assertField("phase2TighteningPercent", () -> Scenario.builder().phase2TighteningPercent(new BigDecimal("-1")).build());
    assertField("powerBenchmarkTighteningPercent",
        () -> Scenario.builder().powerBenchmarkTighteningPercent(new BigDecimal("100")).build());
    assertField("carbonPriceCnyPerTonne", () -> Scenario.builder().carbonPriceCnyPerTonne(new BigDecimal("-1")).build());
    assertField("draws", () -> Scenario.builder().draws(-1).build());
    assertField("draws", () -> Scenario.builder().draws(1_000_001).build());
    assertField("outputSpreadPercent", () -> Scenario.builder().outputSpreadPercent(new BigDecimal("101")).build());
    assertField("intensitySpreadPercent", () -> Scenario.builder().intensitySpreadPercent(new BigDecimal("-1")).build());
    assertEquals(new BigDecimal("100"), Scenario.builder().phase2Percentile(new BigDecimal("100")).build()
        .phase2Percentile().orElseThrow());
  }

  @Test
  void marketGroupsByYearAndFindsTheBaseYear() {
    List<MarketUnit> units = new java.util.ArrayList<>(FastEngineTest.cementExample(Year.of(2024)));
    units.addAll(FastEngineTest.cementExample(Year.of(2026)));
    Market market = Market.of(units);
    assertEquals(List.of(Year.of(2024), Year.of(2026)), market.years());
    assertEquals(Optional.of(Year.of(2024)), market.baseYear(Year.of(2025)));
    assertEquals(Optional.of(Year.of(2026)), market.baseYear(Year.of(2030)));
    assertEquals(Optional.empty(), market.baseYear(Year.of(2023)));
    assertEquals(List.of(), market.units(Year.of(2025)));
    assertEquals(4, market.entityCount(Year.of(2026), Sector.CEMENT));
    assertEquals(0, market.entityCount(Year.of(2026), Sector.POWER));
    assertEquals(market.hashCode(), Market.of(units).hashCode());
    assertNotEquals(market, Market.of(FastEngineTest.cementExample(Year.of(2024))));
    assertTrue(market.toString().contains("8 units"));
    assertField("units", () -> Market.of(List.of()));
  }

  @Test
  void marketUnitNormalisesAndRefusesBadValues() {
    MarketUnit unit = MarketUnit.builder().year(Year.of(2025)).entityId("E").sector(Sector.ALUMINUM).unitId("A")
        .verifiedTonnes(new BigDecimal("100.00")).output(new BigDecimal("50.0")).build();
    assertEquals(new BigDecimal("100"), unit.verifiedTonnes());
    assertEquals(new BigDecimal("50"), unit.output());
    assertField("intensity_emissions_t", () -> MarketUnit.builder().from(unit)
        .intensityEmissionsTonnes(new BigDecimal("-1")).build());
    assertField("special", () -> MarketUnit.builder().from(unit).special(" ").build());
    assertField("heat_gj", () -> MarketUnit.builder().from(unit).heatGj(new BigDecimal("-1")).build());
    assertField("unit_id", () -> MarketUnit.builder().from(unit).unitId("").build());
  }

  static void assertField(String field, org.junit.jupiter.api.function.Executable action) {
    assertEquals(field, assertThrows(EtsValidationException.class, action).field());
  }
}
