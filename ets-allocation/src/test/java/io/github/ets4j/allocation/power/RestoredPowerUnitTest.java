package io.github.ets4j.allocation.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A power unit's allocation restored from its recorded figures, checked as the policy makes it. */
class RestoredPowerUnitTest {
  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  static PowerUnitAllocation restore(PowerUnitAllocation a) {
    return PowerUnitAllocation.of(a.unitId(), a.entityId(), a.category(), a.special(), a.verifiedEmissions(), a.basis(),
        a.electricityOutput(), a.electricityBenchmark(), a.electricityFactor(), a.heatOutput(), a.heatBenchmark(),
        a.topUp());
  }

  @Test
  void theRecordOfEveryKindOfUnitRestoresTheSameAllocation() {
    List<GeneratingUnit> units = List.of(
        GeneratingUnit.builder().id("U1").entityId("E1").category(UnitCategory.I).verifiedEmissions(bd("1300000"))
            .grossGenerationMwh(bd("1500000")).heatSuppliedGj(bd("200000")).loadFactor(bd("0.70")).build(),
        GeneratingUnit.builder().id("U2").entityId("E1").category(UnitCategory.IV).verifiedEmissions(bd("600000.9"))
            .grossGenerationMwh(bd("1000000")).build(),
        GeneratingUnit.builder().id("U3").entityId("E2").category(UnitCategory.III).verifiedEmissions(bd("40000.7"))
            .special(PowerSpecialUnit.BIOMASS_CO_FIRING).heatSuppliedGj(bd("1000")).build());
    for (int year : List.of(2020, 2025)) {
      for (UnitAllocation unit : PowerBenchmarkPolicy.chinaNational(Year.of(year)).allocate(units.stream()
          .map(u -> GeneratingUnit.builder().from(u).suppliedElectricityMwh(u.grossGenerationMwh()).build()).toList())
          .units()) {
        PowerUnitAllocation a = (PowerUnitAllocation) unit;
        PowerUnitAllocation restored = restore(a);
        assertEquals(a, restored);
        assertEquals(a.hashCode(), restored.hashCode());
        assertEquals(a.explain(), restored.explain());
      }
    }
  }

  @Test
  void thePartsAreFlooredFromTheFigures() {
    // Ae = floor(1,000.5 MWh x 0.8 x 1.02) = floor(816.408) = 816; Ah = floor(100.9 GJ x 0.1) = floor(10.09) = 10
    PowerUnitAllocation a = PowerUnitAllocation.of("U", "E", UnitCategory.I, Optional.empty(), bd("900"),
        OutputBasis.GROSS_GENERATION, bd("1000.5"), bd("0.8"), bd("1.02"), bd("100.9"), bd("0.1"), bd("0"));
    assertEquals(bd("816"), a.electricityPart());
    assertEquals(bd("10"), a.heatPart());
    assertEquals(bd("826"), a.allocation());
    // a gas unit: Ae = floor(1,000 x 0.39) = 390, topped up to floor(900.9) = 900: + 510
    PowerUnitAllocation gas = PowerUnitAllocation.of("G", "E", UnitCategory.IV, Optional.empty(), bd("900.9"),
        OutputBasis.GROSS_GENERATION, bd("1000"), bd("0.39"), bd("1"), bd("0"), bd("0.1"), bd("510"));
    assertEquals(bd("900"), gas.allocation());
    PowerUnitAllocation sameWithOtherScale = PowerUnitAllocation.of("G", "E", UnitCategory.IV, Optional.empty(),
        bd("900.90"), OutputBasis.GROSS_GENERATION, bd("1000.0"), bd("0.390"), bd("1.0"), bd("0"), bd("0.1"), bd("510"));
    assertEquals(gas, sameWithOtherScale);
    assertEquals(gas.hashCode(), sameWithOtherScale.hashCode());
    assertNotEquals(gas, a);
    assertNotEquals(gas, "G");
  }

  @Test
  void aRecordThePolicyCannotMakeIsRefused() {
    Optional<PowerSpecialUnit> none = Optional.empty();
    OutputBasis gross = OutputBasis.GROSS_GENERATION;
    EtsValidationException coalTopUp = assertThrows(EtsValidationException.class, () -> PowerUnitAllocation.of("U",
        "E", UnitCategory.I, none, bd("900"), gross, bd("1000"), bd("0.8"), bd("1"), bd("0"), bd("0.1"), bd("100")));
    assertEquals("topUp", coalTopUp.field());
    EtsValidationException gasTooFar = assertThrows(EtsValidationException.class, () -> PowerUnitAllocation.of("G",
        "E", UnitCategory.IV, none, bd("900"), gross, bd("1000"), bd("0.39"), bd("1"), bd("0"), bd("0.1"), bd("511")));
    assertEquals("topUp", gasTooFar.field());
    EtsValidationException half = assertThrows(EtsValidationException.class, () -> PowerUnitAllocation.of("G",
        "E", UnitCategory.IV, none, bd("900"), gross, bd("1000"), bd("0.39"), bd("1"), bd("0"), bd("0.1"), bd("0.5")));
    assertEquals("topUp", half.field());
    Optional<PowerSpecialUnit> special = Optional.of(PowerSpecialUnit.EMERGENCY_STANDBY);
    // a special unit is allocated floor(verified 40.7) = 40, with no output and factor 1
    PowerUnitAllocation standby = PowerUnitAllocation.of("S", "E", UnitCategory.III, special, bd("40.7"), gross,
        bd("0"), bd("0.8"), bd("1"), bd("5"), bd("0.1"), bd("40"));
    assertEquals(bd("40"), standby.allocation());
    assertEquals(bd("0"), standby.heatPart());
    for (BigDecimal[] bad : List.of(new BigDecimal[] {bd("5"), bd("1"), bd("40")},
        new BigDecimal[] {bd("0"), bd("1.1"), bd("40")}, new BigDecimal[] {bd("0"), bd("1"), bd("41")})) {
      EtsValidationException e = assertThrows(EtsValidationException.class, () -> PowerUnitAllocation.of("S", "E",
          UnitCategory.III, special, bd("40.7"), gross, bad[0], bd("0.8"), bad[1], bd("5"), bd("0.1"), bad[2]));
      assertEquals("special", e.field());
    }
  }
}
