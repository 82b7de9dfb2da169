package io.github.ets4j.sectors.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality of the power views and the edges of their ratios. */
class PowerValueSemanticsTest {

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  /** A heat-only year of a CHP unit: no generation, 100,000 GJ of heat a month, gas at defaults. */
  static AnnualReport heatOnlyYear() {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("E", "boiler", GeneratingUnitMonth.builder().month(YearMonth.of(2024, m))
          .unitType(UnitType.CHP).addFuels(FuelLine.of(Fuel.NATURAL_GAS, bd("1000"), FuelUnit.TEN_THOUSAND_NM3))
          .grossGenerationMwh(bd("0")).electricitySuppliedMwh(bd("0")).heatSuppliedGj(bd("100000"))
          .operatingHours(bd("0")).ratedCapacityMw(bd("50")).build()));
    }
    return AnnualReport.of(months);
  }

  @Test
  void unitYearsCompareByTheirReport() {
    PowerUnitYear unit = PowerUnitYear.of(AnnualReport.of(PowerFacilityYearTest.year()));
    PowerUnitYear same = PowerUnitYear.of(AnnualReport.of(PowerFacilityYearTest.year()));
    PowerUnitYear other = PowerUnitYear.of(heatOnlyYear());
    assertEquals(unit, same);
    assertEquals(unit.hashCode(), same.hashCode());
    assertNotEquals(unit, other);
    assertNotEquals(unit.hashCode(), other.hashCode());
    assertNotEquals(unit, unit.report());
    assertEquals(AnnualReport.of(PowerFacilityYearTest.year()), unit.report());
    // a power year is no clinker line, steel enterprise or potline
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> ClinkerLineYear.of(other.report()));
    assertEquals("report", e.field());
    assertEquals("a clinker line's year needs a CEMENT report", e.rule());
  }

  @Test
  void aHeatOnlyYearHasNoGenerationIntensityAndNoLoadFactor() {
    // gas per month: 1,000 × 389.310 × 0.01532 × 0.99 × 44/12 = 21,650.152… → 21,650.15 tCO2 (see
    // PowerFacilityYearTest); year 12 × 21,650.15 = 259,801.80
    // α = 1,200,000 / (1,200,000 + 0 × 3.6) = 1, heat intensity = 259,801.80 / 1,200,000 = 0.216501… → 0.2165
    PowerUnitYear boiler = PowerUnitYear.of(heatOnlyYear());
    assertEquals(bd("259802"), boiler.verifiedEmissions());
    assertTrue(boiler.generationIntensity().isEmpty());
    assertEquals(bd("0.2165"), boiler.heatIntensity().orElseThrow());
    // capacity hours 50 MW × 0 h = 0: the unit never generated, so no load factor
    assertTrue(boiler.loadFactorPercent().isEmpty());
    assertEquals("PowerUnitYear[boiler 2024: 259802 tCO2, 0.000 MWh, 1200000.00 GJ]", boiler.toString());
  }

  @Test
  void loadFactorAtItsEdges() {
    // 1 MWh over 4 MWh of capacity = 25.00 %; 2 over 3 = 66.666… → 66.67 %
    assertEquals(bd("25.00"), LoadFactor.percent(bd("1"), bd("4")).orElseThrow());
    assertEquals(bd("66.67"), LoadFactor.percent(bd("2"), bd("3")).orElseThrow());
    assertTrue(LoadFactor.percent(bd("1"), bd("0")).isEmpty());
  }

  @Test
  void heatConversionsCompareByTheirThreeFactors() {
    DefaultCatalogue national = DefaultCatalogue.chinaNational();
    Year y = Year.of(2025);
    HeatConversion base = HeatConversion.from(national, Sector.POWER, y);
    assertEquals(base.hashCode(), HeatConversion.from(national, Sector.CEMENT, y).hashCode());
    for (String key : List.of(DefaultKeys.STEAM_REFERENCE_ENTHALPY, DefaultKeys.WATER_REFERENCE_TEMPERATURE,
        DefaultKeys.WATER_SPECIFIC_HEAT)) {
      DefaultValue changed = national.get(key, Sector.POWER, y).withValue(bd("1"));
      HeatConversion other = HeatConversion.from(national.with(changed), Sector.POWER, y);
      assertNotEquals(base, other, key);
      assertNotEquals(base.hashCode(), other.hashCode(), key);
    }
    assertNotEquals(base, (Object) "heat");
    // reference points themselves are allowed: steam at 83.74 kJ/kg and water at 20 °C carry 0 GJ
    assertEquals(0, BigDecimal.ZERO.compareTo(base.steamGj(bd("100"), bd("83.74"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(base.hotWaterGj(bd("100"), bd("20"))));
  }

  static GeneratingUnitMonth chp(String heatGj) {
    return GeneratingUnitMonth.builder().month(YearMonth.of(2025, 1)).unitType(UnitType.CHP)
        .addFuels(FuelLine.of(Fuel.NATURAL_GAS, bd("1"), FuelUnit.TEN_THOUSAND_NM3))
        .grossGenerationMwh(bd("0")).electricitySuppliedMwh(bd("0")).heatSuppliedGj(bd(heatGj))
        .operatingHours(bd("10")).ratedCapacityMw(bd("1")).build();
  }

  @Test
  void theChpCheckFlagsARatioOfExactlyTheLimit() {
    // fuel heat 1 × 10^4 Nm3 × 389.310 GJ = 389.310 GJ; CHP limit 1 (VG-POWER-2026)
    // heat 389.31 GJ: (0 × 3.6 + 389.31) / 389.310 = 1.0000, not below 1 → finding
    GeneratingUnitMonth atLimit = chp("389.31");
    assertEquals(1, atLimit.findings().size());
    assertEquals(GeneratingUnitMonth.CHP_CHECK, atLimit.findings().get(0).code());
    assertEquals("(generation × 3.6 + heat) / fuel heat = 1.0000, not below 1 (VG-POWER-2026): check generation,"
        + " heat and fuel data", atLimit.findings().get(0).message());
    // 389.30 / 389.310 = 0.99997… < 1 → no finding
    assertEquals(List.of(), chp("389.30").findings());
    // no generation but 10 h × 1 MW = 10 MWh of capacity: load factor 0 / 10 = 0.00 %
    assertEquals(bd("0.00"), chp("389.30").loadFactorPercent().orElseThrow());
  }
}
