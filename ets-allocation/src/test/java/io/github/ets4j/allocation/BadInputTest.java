package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.industry.BalanceValue;
import io.github.ets4j.allocation.industry.CoefficientRule;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.MainFuel;
import io.github.ets4j.allocation.power.PowerBenchmarkPolicy;
import io.github.ets4j.allocation.power.PowerBenchmarks;
import io.github.ets4j.allocation.power.PowerSpecialUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is refused with an exception naming the field, the value and the rule. */
class BadInputTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static GeneratingUnit.Builder unit(String id, UnitCategory category) {
    return GeneratingUnit.builder().id(id).entityId("E").category(category).verifiedEmissions(bd("100"))
        .grossGenerationMwh(bd("100")).loadFactor(bd("0.7"));
  }

  @Test
  void aUnitInTwoCategories() {
    // The same unit listed once as category I and once as category II.
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> PowerBenchmarkPolicy
        .chinaNational(Year.of(2024)).allocate(List.of(unit("U1", UnitCategory.I).build(), unit("U1", UnitCategory.II).build())));
    assertEquals("units[1].id", e.field());
    assertEquals("U1", e.value());
    assertTrue(e.rule().contains("one category only"));
    // A gas unit with a CFB boiler would be category III and IV at once.
    EtsValidationException c = assertThrows(EtsValidationException.class,
        () -> UnitCategory.classify(MainFuel.NATURAL_GAS, bd("300"), true, bd("0"), bd("0")));
    assertTrue(c.rule().contains("two categories"));
  }

  @Test
  void negativeOutput() {
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> unit("U", UnitCategory.I).grossGenerationMwh(bd("-1")).build());
    assertEquals("grossGenerationMwh", e.field());
    assertEquals("-1", e.value());
    EtsValidationException i = assertThrows(EtsValidationException.class,
        () -> IndustrialUnit.cementLine("L", "E", bd("10"), bd("-5")));
    assertEquals("output", i.field());
    assertThrows(EtsValidationException.class, () -> unit("U", UnitCategory.I).heatSuppliedGj(bd("-1")).build());
    assertThrows(EtsValidationException.class, () -> unit("U", UnitCategory.I).verifiedEmissions(bd("-1")).build());
  }

  @Test
  void loadFactorAbove100Percent() {
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> unit("U", UnitCategory.I).loadFactor(bd("1.01")).build());
    assertEquals("loadFactor", e.field());
    assertEquals("1.01", e.value());
    assertTrue(e.rule().contains("100 %"));
  }

  @Test
  void missingLoadFactorForConventionalCoal() {
    GeneratingUnit u = GeneratingUnit.builder().id("U").entityId("E").category(UnitCategory.II)
        .verifiedEmissions(bd("1")).grossGenerationMwh(bd("1")).build();
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> PowerBenchmarkPolicy.chinaNational(Year.of(2025)).allocateUnit(u));
    assertEquals("loadFactor", e.field());
  }

  @Test
  void emptySector() {
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025)).allocate(List.of()));
    assertEquals("units", e.field());
    assertTrue(e.rule().contains("at least one unit"));
    assertThrows(EtsValidationException.class,
        () -> PowerBenchmarkPolicy.chinaNational(Year.of(2025)).allocate(List.of()));
    assertThrows(EtsValidationException.class,
        () -> BalanceValue.solve(List.of(), CoefficientRule.chinaNational(Year.of(2025))));
  }

  @Test
  void ordinaryUnitWithoutOutputOrEmissions() {
    IntensityCoefficientPolicy p = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025));
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> p.allocate(List.of(IndustrialUnit.cementLine("L", "E", bd("10"), bd("0")))));
    assertEquals("units[0].output", e.field());
    assertThrows(EtsValidationException.class,
        () -> p.allocate(List.of(IndustrialUnit.cementLine("L", "E", bd("0"), bd("10")))));
    // A unit of another sector.
    assertThrows(EtsValidationException.class, () -> p.allocate(List.of(IndustrialUnit.steelEnterprise("S", "E",
        bd("10"), bd("5"), bd("1"), bd("10")))));
    assertThrows(EtsValidationException.class, () -> IntensityCoefficientPolicy.chinaNational(Sector.POWER, Year.of(2025)));
    assertThrows(EtsValidationException.class, () -> IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2024)));
    assertThrows(EtsValidationException.class, () -> IndustrialUnit.builder().id("x").entityId("e").sector(Sector.POWER)
        .verifiedEmissions(bd("1")).output(bd("1")).build());
    assertThrows(EtsValidationException.class, () -> IndustrialUnit.builder().from(IndustrialUnit.cementLine("L", "E",
        bd("1"), bd("1"))).carbideSlagRate(bd("1.5")).build());
  }

  @Test
  void otherRefusals() {
    assertThrows(EtsValidationException.class, () -> PowerBenchmarks.forYear(Year.of(2018)));
    assertThrows(EtsValidationException.class, () -> PowerBenchmarkPolicy.chinaNational(Year.of(2025))
        .allocateEntity(List.of(unit("A", UnitCategory.I).build(), unit("B", UnitCategory.I).entityId("F").build())));
    assertThrows(EtsValidationException.class, () -> PowerBenchmarkPolicy.chinaNational(Year.of(2025)).withBenchmarkScale(bd("0")));
    assertThrows(EtsValidationException.class, () -> PowerBenchmarkPolicy.chinaNational(Year.of(2025)).withEntityCap(bd("1.2")));
    assertThrows(EtsValidationException.class, () -> UnitCategory.classify(MainFuel.NATURAL_GAS, bd("300"), false, bd("0"), bd("0.2")));
    assertThrows(EtsValidationException.class, () -> UnitCategory.classify(MainFuel.COAL, bd("0"), false, bd("0"), bd("0")));
    assertThrows(EtsValidationException.class, () -> PowerSpecialUnit.byFuelShares(Year.of(2025), bd("1.1"), bd("0"), bd("0")));
    assertThrows(EtsValidationException.class, () -> CoefficientRule.chinaNational(Year.of(2025)).with(bd("0.15"), bd("1"), bd("0.03")));
    assertThrows(EtsValidationException.class, () -> CoefficientRule.chinaNational(Year.of(2025)).with(bd("0.15"), bd("0.2"), bd("1")));
    assertThrows(EtsValidationException.class, () -> RuleValue.of(" ", "1", "", io.github.ets4j.core.Source.of("X", "",
        io.github.ets4j.core.Confidence.ASSUMED)));
  }

  @Test
  void classificationAndSpecialUnits() {
    assertEquals(UnitCategory.I, UnitCategory.classify(MainFuel.COAL, bd("400"), false, bd("0"), bd("0")));
    assertEquals(UnitCategory.II, UnitCategory.classify(MainFuel.COAL, bd("399.9"), false, bd("0.5"), bd("0")));
    assertEquals(UnitCategory.III, UnitCategory.classify(MainFuel.COAL, bd("600"), true, bd("0"), bd("0")));
    assertEquals(UnitCategory.III, UnitCategory.classify(MainFuel.COAL, bd("600"), false, bd("0.51"), bd("0")));
    assertEquals(UnitCategory.IV, UnitCategory.classify(MainFuel.NATURAL_GAS, bd("300"), false, bd("0"), bd("0.1")));
    assertEquals(UnitCategory.I, PowerBenchmarks.forYear(Year.of(2024)).leastFavourable(List.of(UnitCategory.II, UnitCategory.I)));
    assertEquals(UnitCategory.II, PowerBenchmarks.forYear(Year.of(2024)).leastFavourable(List.of(UnitCategory.III, UnitCategory.II)));
    assertThrows(EtsValidationException.class, () -> PowerBenchmarks.forYear(Year.of(2024)).leastFavourable(List.of()));
    // Biomass 15 %: special in 2024 (above 10 %), ordinary in 2025 (at most 20 %).
    assertEquals(PowerSpecialUnit.BIOMASS_CO_FIRING,
        PowerSpecialUnit.byFuelShares(Year.of(2024), bd("0.15"), bd("0"), bd("0")).get());
    assertTrue(PowerSpecialUnit.byFuelShares(Year.of(2025), bd("0.15"), bd("0"), bd("0")).isEmpty());
    assertEquals(PowerSpecialUnit.SECONDARY_ENERGY,
        PowerSpecialUnit.byFuelShares(Year.of(2025), bd("0"), bd("0.11"), bd("0")).get());
    assertEquals(PowerSpecialUnit.BIOMASS_AND_SECONDARY_ENERGY,
        PowerSpecialUnit.byFuelShares(Year.of(2025), bd("0.15"), bd("0.06"), bd("0")).get());
    assertEquals(PowerSpecialUnit.GREEN_HYDROGEN_OR_AMMONIA,
        PowerSpecialUnit.byFuelShares(Year.of(2025), bd("0"), bd("0"), bd("0.21")).get());
    // A special unit gets its verified emissions, floored.
    GeneratingUnit special = unit("S", UnitCategory.IV).special(PowerSpecialUnit.OIL_IGCC_OR_INTERNAL_COMBUSTION)
        .verifiedEmissions(bd("12345.6")).build();
    var a = PowerBenchmarkPolicy.chinaNational(Year.of(2025)).allocateUnit(special);
    assertEquals(0, bd("12345").compareTo(a.allocation()));
    assertTrue(a.isSpecial());
    assertTrue(a.explain().contains("special"));
  }
}
