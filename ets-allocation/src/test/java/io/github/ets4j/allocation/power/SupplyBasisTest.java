package io.github.ets4j.allocation.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** 2019–2022 supply basis, hand-computed from the (ASSUMED) factors of allocation.md. */
class SupplyBasisTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void airCooledCoalUnit2019() {
    // Be 0.877; F_cool 1.05; F_heat 1 - 0.22 x 0.1 = 0.978; F_load(0.80) = 1 + 0.0014 x (85 - 80) = 1.007.
    // Ae = floor(1,000,000 x 0.877 x 1.05 x 0.978 x 1.007) = floor(906,895.43...) = 906,895.
    // Ah = floor(100,000 x 0.126) = 12,600; A = 919,495.
    GeneratingUnit unit = GeneratingUnit.builder().id("U").entityId("E").category(UnitCategory.I)
        .verifiedEmissions(bd("950000")).suppliedElectricityMwh(bd("1000000")).cooling(Cooling.AIR)
        .heatRatio(bd("0.1")).loadFactor(bd("0.80")).heatSuppliedGj(bd("100000")).build();
    PowerUnitAllocation a = PowerBenchmarkPolicy.chinaNational(Year.of(2019)).allocateUnit(unit);
    same("906895", a.electricityPart());
    same("12600", a.heatPart());
    same("919495", a.allocation());
    assertTrue(a.explain().contains("Q_supplied"));
  }

  @Test
  void gasUnit2020() {
    // F_heat = 1 - 0.6 x 0.2 = 0.88 (no cooling or load factor for gas):
    // Ae = floor(500,000 x 0.392 x 0.88) = 172,480; Ah = floor(50,000 x 0.059) = 2,950; A = 175,430 (>= verified).
    GeneratingUnit unit = GeneratingUnit.builder().id("G").entityId("E").category(UnitCategory.IV)
        .verifiedEmissions(bd("170000")).suppliedElectricityMwh(bd("500000")).cooling(Cooling.AIR)
        .heatRatio(bd("0.2")).heatSuppliedGj(bd("50000")).build();
    PowerUnitAllocation a = PowerBenchmarkPolicy.chinaNational(Year.of(2020)).allocateUnit(unit);
    same("172480", a.electricityPart());
    same("2950", a.heatPart());
    same("0", a.topUp());
    same("175430", a.allocation());
  }

  @Test
  void supplyBasisNeedsElectricitySupplied() {
    GeneratingUnit unit = GeneratingUnit.builder().id("U").entityId("E").category(UnitCategory.III)
        .verifiedEmissions(bd("1")).grossGenerationMwh(bd("10")).build();
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> PowerBenchmarkPolicy.chinaNational(Year.of(2021)).allocateUnit(unit));
    assertEquals("suppliedElectricityMwh", e.field());
  }
}
