package io.github.ets4j.allocation.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.EntityAllocation;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked power examples of allocation.md, expected values typed in from the document. */
class PowerExamplesTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @ParameterizedTest
  @CsvSource({"0.60, 1.061364", "0.58, 1.067703", "0.50, 1.093443", "0.62, 1.055061", "0.65, 1", "0.90, 1"})
  void ff2023(String load, String expected) {
    assertEquals(bd(expected).setScale(6), LoadCorrection.EXPONENT_2023.factor(bd(load)));
  }

  @ParameterizedTest
  @CsvSource({"0.45, 1.126059", "0.40, 1.160254", "0.30, 1.281146", "0.50, 1", "0.75, 1"})
  void ff2025(String load, String expected) {
    assertEquals(bd(expected).setScale(6), LoadCorrection.EXPONENTIAL_2025.factor(bd(load)));
  }

  @ParameterizedTest
  // Hand: 0.82 -> 1 + 0.0014 x 3 = 1.0042; 0.77 -> 1.007 + 0.0016 x 3 = 1.0118; 0.70 -> 1.015^2 = 1.030225.
  @CsvSource({"0.90, 1", "0.85, 1", "0.82, 1.0042", "0.80, 1.007", "0.77, 1.0118", "0.75, 1.015", "0.70, 1.030225"})
  void supplyLoadFactor2019(String load, String expected) {
    assertEquals(bd(expected).setScale(6), LoadCorrection.SUPPLY_2019.factor(bd(load)));
  }

  @Test
  void e1CombinedHeatAndPower2023() {
    GeneratingUnit unit = GeneratingUnit.builder().id("U1").entityId("E1").category(UnitCategory.I)
        .verifiedEmissions(bd("2600000")).grossGenerationMwh(bd("3000000")).loadFactor(bd("0.60"))
        .heatSuppliedGj(bd("1000000")).build();
    PowerUnitAllocation a = PowerBenchmarkPolicy.chinaNational(Year.of(2023)).allocateUnit(unit);
    same("1.061364", a.electricityFactor());
    same("2531353", a.electricityPart());
    same("103800", a.heatPart());
    same("2635153", a.allocation());
  }

  @Test
  void e2CoalAndGasUnit2024() {
    GeneratingUnit coal = GeneratingUnit.builder().id("coal").entityId("E2").category(UnitCategory.I)
        .verifiedEmissions(bd("1900000")).grossGenerationMwh(bd("2000000")).loadFactor(bd("0.62"))
        .heatSuppliedGj(bd("300000")).build();
    GeneratingUnit gas = GeneratingUnit.builder().id("gas").entityId("E2").category(UnitCategory.IV)
        .verifiedEmissions(bd("250000")).grossGenerationMwh(bd("600000")).build();
    PowerBenchmarkPolicy policy = PowerBenchmarkPolicy.chinaNational(Year.of(2024));
    PowerUnitAllocation c = policy.allocateUnit(coal);
    same("1.055061", c.electricityFactor());
    same("1669106", c.electricityPart());
    same("30990", c.heatPart());
    same("1700096", c.allocation());
    PowerUnitAllocation g = policy.allocateUnit(gas);
    same("197280", g.initialAllocation());
    same("52720", g.topUp());
    same("250000", g.allocation());
    EntityAllocation entity = policy.allocateEntity(List.of(coal, gas));
    same("1950096", entity.initialAllocation());
    same("2150000", entity.verifiedEmissions());
    assertEquals(bd("9.30"), entity.shortfallRatePercent());
    same("0", entity.topUp());
    same("1950096", entity.allocation());
    assertTrue(entity.explain().contains("9.30 %"));
  }

  @Test
  void e3EntityTopUpTo80Percent() {
    // A category III unit (no Ff) with a benchmark of 0.7 and 1,000,000 MWh: initial 700,000.
    Source s = Source.of("TEST", "E3", Confidence.ASSUMED);
    Map<UnitCategory, RuleValue> e = new EnumMap<>(UnitCategory.class);
    for (UnitCategory c : UnitCategory.values()) {
      e.put(c, RuleValue.of("b " + c, "0.7", "tCO2/MWh", s));
    }
    BenchmarkSet set = BenchmarkSet.of(Year.of(2024), OutputBasis.GROSS_GENERATION, e,
        RuleValue.of("hc", "0.1", "tCO2/GJ", s), RuleValue.of("hg", "0.05", "tCO2/GJ", s));
    GeneratingUnit unit = GeneratingUnit.builder().id("U3").entityId("E3").category(UnitCategory.III)
        .verifiedEmissions(bd("1000000")).grossGenerationMwh(bd("1000000")).build();
    EntityAllocation entity = PowerBenchmarkPolicy.chinaNational(Year.of(2024)).withBenchmarks(set)
        .allocateEntity(List.of(unit));
    same("700000", entity.initialAllocation());
    assertEquals(bd("30.00"), entity.shortfallRatePercent());
    same("100000", entity.topUp());
    same("800000", entity.allocation());
  }
}
