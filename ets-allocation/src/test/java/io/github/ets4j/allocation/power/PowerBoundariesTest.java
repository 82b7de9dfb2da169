package io.github.ets4j.allocation.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of the power rules: thresholds exactly met, input limits, and the explanation texts. */
class PowerBoundariesTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static final BigDecimal ZERO = BigDecimal.ZERO;

  @Test
  void categoryThresholdsExactlyMet() {
    // ≥ 400 MW is category I; unconventional coal must be above 50 % of heat for III
    assertEquals(UnitCategory.I, UnitCategory.classify(MainFuel.COAL, bd("400"), false, bd("0.5"), ZERO));
    assertEquals(UnitCategory.II, UnitCategory.classify(MainFuel.COAL, bd("399.9"), false, bd("0.5"), ZERO));
    assertEquals(UnitCategory.III, UnitCategory.classify(MainFuel.COAL, bd("600"), false, bd("0.5001"), ZERO));
    assertEquals(UnitCategory.IV, UnitCategory.classify(MainFuel.NATURAL_GAS, bd("400"), false, bd("0.5"), bd("0.1")));
  }

  @Test
  void specialUnitSharesExactlyAtTheThresholdsAreOrdinary() {
    Year y2024 = Year.of(2024);
    Year y2025 = Year.of(2025);
    // 2025: biomass ≤ 20 %, secondary energy ≤ 10 %, together ≤ 20 %, hydrogen ≤ 20 % → ordinary
    assertEquals(Optional.empty(), PowerSpecialUnit.byFuelShares(y2025, bd("0.2"), ZERO, ZERO));
    assertEquals(Optional.empty(), PowerSpecialUnit.byFuelShares(y2025, ZERO, bd("0.1"), ZERO));
    assertEquals(Optional.empty(), PowerSpecialUnit.byFuelShares(y2025, bd("0.1"), bd("0.1"), ZERO));
    assertEquals(Optional.empty(), PowerSpecialUnit.byFuelShares(y2025, ZERO, ZERO, bd("0.2")));
    // 2024: biomass ≤ 10 % [A]
    assertEquals(Optional.empty(), PowerSpecialUnit.byFuelShares(y2024, bd("0.1"), ZERO, ZERO));
    // just above each threshold
    assertEquals(Optional.of(PowerSpecialUnit.BIOMASS_CO_FIRING),
        PowerSpecialUnit.byFuelShares(y2025, bd("0.2001"), ZERO, ZERO));
    assertEquals(Optional.of(PowerSpecialUnit.BIOMASS_CO_FIRING),
        PowerSpecialUnit.byFuelShares(y2024, bd("0.1001"), ZERO, ZERO));
    assertEquals(Optional.of(PowerSpecialUnit.SECONDARY_ENERGY),
        PowerSpecialUnit.byFuelShares(y2025, ZERO, bd("0.1001"), ZERO));
    assertEquals(Optional.of(PowerSpecialUnit.BIOMASS_AND_SECONDARY_ENERGY),
        PowerSpecialUnit.byFuelShares(y2025, bd("0.15"), bd("0.0501"), ZERO));
    assertEquals(Optional.of(PowerSpecialUnit.GREEN_HYDROGEN_OR_AMMONIA),
        PowerSpecialUnit.byFuelShares(y2025, ZERO, ZERO, bd("0.2001")));
  }

  private static GeneratingUnit.Builder coal() {
    return GeneratingUnit.builder().id("U").entityId("E").category(UnitCategory.II)
        .grossGenerationMwh(bd("1000")).verifiedEmissions(bd("900"));
  }

  @Test
  void loadFactorLimitsAndSuppliedElectricity() {
    // F = 0 with 1,000 MWh generated cannot be physical (issue 11); an idle unit may have F = 0
    assertEquals("loadFactor", assertThrows(EtsValidationException.class, () -> coal().loadFactor(ZERO).build()).field());
    assertEquals(bd("0"), coal().grossGenerationMwh(ZERO).loadFactor(ZERO).build().loadFactor().orElseThrow());
    assertEquals(bd("1"), coal().loadFactor(BigDecimal.ONE).build().loadFactor().orElseThrow());
    EtsValidationException above = assertThrows(EtsValidationException.class,
        () -> coal().loadFactor(bd("1.0001")).build());
    assertEquals("loadFactor", above.field());
    EtsValidationException below = assertThrows(EtsValidationException.class,
        () -> coal().loadFactor(bd("-0.0001")).build());
    assertEquals("loadFactor", below.field());
    EtsValidationException supplied = assertThrows(EtsValidationException.class,
        () -> coal().suppliedElectricityMwh(bd("-1")).build());
    assertEquals("suppliedElectricityMwh", supplied.field());
  }

  @Test
  void explanationsNameTheBasisAndTheTopUp() {
    // 2021 supply basis, category II water-cooled, no heat, F 0.9 (F_load 1): 1,000 MWh × 0.8773 = 877.3 → 877
    GeneratingUnit supplied = coal().suppliedElectricityMwh(bd("1000")).loadFactor(bd("0.9")).build();
    PowerUnitAllocation a2021 = PowerBenchmarkPolicy.chinaNational(Year.of(2021)).allocateUnit(supplied);
    assertEquals(0, bd("877").compareTo(a2021.allocation()));
    assertTrue(a2021.explain().contains("Ae = floor(Q_supplied 1000 MWh x Be 0.8773 x F_cool*F_heat*F_load 1.00000000) = 877 t"),
        a2021.explain());
    assertFalse(a2021.explain().contains("gas top-up"));
    // 2024 generation basis: F 0.9 ≥ 0.65 → Ff 1; 1,000 × 0.8049 = 804.9 → 804, below 900 but coal: no top-up
    PowerUnitAllocation a2024 = PowerBenchmarkPolicy.chinaNational(Year.of(2024)).allocateUnit(supplied);
    assertEquals(0, bd("804").compareTo(a2024.allocation()));
    assertTrue(a2024.explain().contains("Ae = floor(Qe 1000 MWh x Be 0.8049 x Ff 1.000000) = 804 t"), a2024.explain());
    assertFalse(a2024.explain().contains("gas top-up"));
    assertEquals(0, a2024.topUp().signum());
    // gas: 1,000 × 0.3288 = 328.8 → 328, topped up to 900 by 572
    GeneratingUnit gas = coal().category(UnitCategory.IV).build();
    PowerUnitAllocation g = PowerBenchmarkPolicy.chinaNational(Year.of(2024)).allocateUnit(gas);
    assertEquals(0, bd("572").compareTo(g.topUp()));
    assertTrue(g.explain().contains("gas top-up to verified 900: +572 = 900 t"), g.explain());
    // a gas unit already above its verified emissions keeps its allocation: 328 ≥ 300
    PowerUnitAllocation above = PowerBenchmarkPolicy.chinaNational(Year.of(2024))
        .allocateUnit(gas.withVerifiedEmissions(bd("300")));
    assertEquals(0, above.topUp().signum());
    assertEquals(0, bd("328").compareTo(above.allocation()));
  }

  @Test
  void specialUnitsKeepTheirReason() {
    GeneratingUnit standby = coal().special(PowerSpecialUnit.EMERGENCY_STANDBY).build();
    assertTrue(standby.isSpecial());
    assertFalse(coal().build().isSpecial());
    PowerUnitAllocation a = PowerBenchmarkPolicy.chinaNational(Year.of(2024)).allocateUnit(standby);
    assertEquals(Optional.of(PowerSpecialUnit.EMERGENCY_STANDBY), a.special());
    assertEquals(0, bd("900").compareTo(a.allocation()));
  }

  @Test
  void entityTopUpExactlyAtTheFloor() {
    // 2024, coal, F 0.9 (Ff 1), verified 1,000 → floor 80 % = 800:
    //   1,000 MWh × 0.8049 = 804.9 → 804 ≥ 800: no top-up; 990 MWh × 0.8049 = 796.851 → 796 < 800: top-up 4
    PowerBenchmarkPolicy p = PowerBenchmarkPolicy.chinaNational(Year.of(2024));
    GeneratingUnit unit = coal().verifiedEmissions(bd("1000")).loadFactor(bd("0.9")).build();
    assertEquals(0, p.allocateEntity(java.util.List.of(unit)).topUp().signum());
    GeneratingUnit lower = unit.withGrossGenerationMwh(bd("990"));
    assertEquals(0, bd("4").compareTo(p.allocateEntity(java.util.List.of(lower)).topUp()));
    // verified 1,005: 80 % = 804 exactly = the initial allocation → no top-up
    assertEquals(0, p.allocateEntity(java.util.List.of(unit.withVerifiedEmissions(bd("1005")))).topUp().signum());
    assertEquals(Year.of(2024), p.year());
  }

  @Test
  void gasTopUpIsReadThroughTheGetters() {
    // allocation.md relief: a gas unit (IV) below its verified emissions is topped up; coal units never are.
    PowerBenchmarkPolicy policy = PowerBenchmarkPolicy.chinaNational(Year.of(2025));
    assertTrue(policy.gasTopUp());
    assertTrue(policy.topsUp(UnitCategory.IV));
    assertFalse(policy.topsUp(UnitCategory.I));
    assertFalse(policy.topsUp(UnitCategory.III));
    PowerBenchmarkPolicy off = policy.withGasTopUp(false);
    assertFalse(off.gasTopUp());
    assertFalse(off.topsUp(UnitCategory.IV));
    assertThrows(EtsValidationException.class, () -> policy.topsUp(null));
  }
}
