package io.github.ets4j.sectors.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A condensing unit of 300 MW in 2025, built by hand.
 *
 * <pre>
 * Jan–Jun: coal 50,000.00 t, NCV measured 20.000 GJ/t, carbon not measured → high default CC 0.03085 tC/GJ
 *   50,000.00 × 20.000 = 1,000,000 GJ × 0.03085 = 30,850 tC × 0.99 = 30,541.5 × 44/12 = 111,985.50 tCO2
 * Jul–Dec: coal 45,678.91 t, NCV 21.500, C_ar measured 0.5432 tC/t
 *   45,678.91 × 0.5432 = 24,812.7839… × 0.99 × 44/12 = 90,070.4056… → 90,070.41 tCO2
 * every month: diesel 12.34 t at defaults 42.652 GJ/t, 0.02020 tC/GJ, 98 %
 *   12.34 × 42.652 = 526.32568 GJ × 0.02020 × 0.98 × 44/12 = 38.2035… → 38.20 tCO2
 * every month: purchased electricity 1,000 MWh × 0.5703 = 570.30 tCO2 (indirect, not covered)
 * year: 6 × 111,985.50 + 6 × 90,070.41 + 12 × 38.20 = 671,913.00 + 540,422.46 + 458.40 = 1,212,793.86
 *   → verified 1,212,794 t
 * generation 120,000 MWh a month, 140,000 in December: 1,460,000.000 MWh; 650 h a month
 *   load factor = 1,460,000 / (300 × 650 × 12 = 2,340,000) = 62.393… → 62.39 %
 *   intensity (no heat) = 1,212,793.86 / 1,460,000 = 0.83068… → 0.8307 tCO2/MWh
 * December plausibility: 140,000 × 3.6 = 504,000 GJ / (982,096.565 + 526.32568) = 0.5129 ≥ 0.46 → finding
 * annual coal NCV = (300,000 × 20 + 274,073.46 × 21.5) / 574,073.46 = 20.716 GJ/t
 * </pre>
 */
class PowerFacilityYearTest {

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  /** The month of the unit (one shared fixture, see {@link FacilityYears#powerMonth}). */
  static GeneratingUnitMonth month(int m) {
    return FacilityYears.powerMonth(m).build();
  }

  static List<MonthlyReport> year() {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("91350100M000100Y43", "unit-1", month(m)));
    }
    return months;
  }

  @Test
  void facilityYearMatchesTheHandCalculation() {
    AnnualReport report = AnnualReport.of(year());
    PowerUnitYear unit = PowerUnitYear.of(report);
    assertEquals(bd("1212793.86"), report.coveredCo2e());
    assertEquals(bd("1212794"), unit.verifiedEmissions());
    assertEquals(bd("6843.60"), unit.indirectEmissions());
    assertEquals(bd("1460000.000"), unit.grossGenerationMwh());
    assertEquals(bd("1344000.000"), unit.electricitySuppliedMwh());
    assertEquals(bd("0.00"), unit.heatSuppliedGj());
    assertEquals(bd("7800.00"), unit.operatingHours());
    assertEquals(bd("62.39"), unit.loadFactorPercent().orElseThrow());
    assertEquals(0, bd("0.6239").compareTo(unit.loadFactor().orElseThrow().fraction()));
    assertEquals(bd("0.8307"), unit.generationIntensity().orElseThrow());
    assertTrue(unit.heatIntensity().isEmpty());
    assertEquals(bd("20.716"), report.annualNcv("bituminous coal").orElseThrow());
    assertEquals(bd("42.652"), report.annualNcv("diesel").orElseThrow());
    assertEquals(1, report.findings().size());
    assertEquals(YearMonth.of(2025, 12), report.findings().get(0).month());
    assertTrue(report.findings().get(0).message().contains("0.5129"), report.findings().get(0).message());
    // defaults used: high default CC, diesel NCV/CC/OF, coal OF, grid factor
    assertEquals(6, report.defaultsUsed().size());
    assertTrue(report.nonOfficialDefaultsUsed().stream().anyMatch(p -> p.value().compareTo(bd("0.03085")) == 0));
    assertEquals(bd("-6843.60").negate(), report.sourceCo2e(EmissionSource.PURCHASED_ELECTRICITY));
    assertTrue(report.toString().contains("1212794"));
    assertTrue(unit.toString().contains("1460000.000"));
  }

  @Test
  void monthOrderDoesNotMatter() {
    List<MonthlyReport> shuffled = new ArrayList<>(year());
    Collections.reverse(shuffled);
    assertEquals(AnnualReport.of(year()), AnnualReport.of(shuffled));
    assertEquals(bd("1212794"), AnnualReport.of(shuffled).verifiedEmissions());
  }

  @Test
  void chpUnitWithHeatSplitsTheIntensities() {
    // one CHP month repeated: gas 1,000.00 × 10^4 Nm3 at defaults 389.310 × 0.01532 × 99 % × 44/12
    //   = 389,310 GJ × 0.01532 = 5,964.2292 tC × 0.99 × 44/12 = 21,650.152… → 21,650.15 tCO2
    // generation 30,000 MWh (108,000 GJ), heat 100,000 GJ: (108,000 + 100,000) / 389,310 = 0.534 < 1
    // year: 12 × 21,650.15 = 259,801.80; α = 1,200,000 / (1,200,000 + 1,296,000) = 0.48076923…
    //   generation intensity = 259,801.80 × 0.51923077 / 360,000 = 0.37471… → 0.3747 tCO2/MWh
    //   heat intensity = 259,801.80 × 0.48076923 / 1,200,000 = 0.10408… → 0.1041 tCO2/GJ
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("E", "chp", GeneratingUnitMonth.builder().month(YearMonth.of(2024, m))
          .unitType(UnitType.CHP).addFuels(FuelLine.of(Fuel.NATURAL_GAS, bd("1000"), FuelUnit.TEN_THOUSAND_NM3))
          .grossGenerationMwh(bd("30000")).electricitySuppliedMwh(bd("29000")).heatSuppliedGj(bd("100000"))
          .operatingHours(bd("600")).ratedCapacityMw(bd("100")).build()));
    }
    PowerUnitYear unit = PowerUnitYear.of(AnnualReport.of(months));
    assertEquals(bd("259802"), unit.verifiedEmissions());
    assertEquals(bd("0.3747"), unit.generationIntensity().orElseThrow());
    assertEquals(bd("0.1041"), unit.heatIntensity().orElseThrow());
    assertEquals(bd("50.00"), unit.loadFactorPercent().orElseThrow());
    assertTrue(AnnualReport.of(months).findings().isEmpty());
  }

  @Test
  void chpPlausibilityFinding() {
    // (30,000 × 3.6 + 300,000) / 389,310 = 1.048 ≥ 1 → finding
    GeneratingUnitMonth month = GeneratingUnitMonth.builder().month(YearMonth.of(2024, 1)).unitType(UnitType.CHP)
        .addFuels(FuelLine.of(Fuel.NATURAL_GAS, bd("1000"), FuelUnit.TEN_THOUSAND_NM3))
        .grossGenerationMwh(bd("30000")).electricitySuppliedMwh(bd("29000")).heatSuppliedGj(bd("300000"))
        .operatingHours(bd("600")).ratedCapacityMw(bd("100")).build();
    assertEquals(1, month.findings().size());
    assertEquals(GeneratingUnitMonth.CHP_CHECK, month.findings().get(0).code());
    assertEquals(bd("50.00"), month.loadFactorPercent().orElseThrow());
    GeneratingUnitMonth noFuel = GeneratingUnitMonth.builder().month(YearMonth.of(2024, 1)).unitType(UnitType.CONDENSING)
        .grossGenerationMwh(bd("10")).electricitySuppliedMwh(bd("9")).operatingHours(bd("1")).ratedCapacityMw(bd("10"))
        .build();
    assertTrue(noFuel.findings().get(0).message().contains("without fuel heat"));
    // 10 MWh / (10 MW × 1 h) = 100 %; generation without operating hours is refused (GeneratingUnitDoorsTest)
    assertEquals(bd("100.00"), noFuel.loadFactorPercent().orElseThrow());
    GeneratingUnitMonth idle = GeneratingUnitMonth.builder().month(YearMonth.of(2024, 1)).unitType(UnitType.CONDENSING)
        .grossGenerationMwh(bd("0")).electricitySuppliedMwh(bd("0")).operatingHours(bd("0")).ratedCapacityMw(bd("100"))
        .build();
    assertTrue(idle.findings().isEmpty());
    assertTrue(idle.calculatedLines().isEmpty());
  }

  @Test
  void badMonthlyInput() {
    EtsValidationException hours = assertThrows(EtsValidationException.class, () -> GeneratingUnitMonth.builder()
        .month(YearMonth.of(2025, 2)).unitType(UnitType.CONDENSING).grossGenerationMwh(bd("1"))
        .electricitySuppliedMwh(bd("1")).operatingHours(bd("673")).ratedCapacityMw(bd("1")).build());
    assertTrue(hours.getMessage().contains("672"), hours.getMessage());
    assertThrows(EtsValidationException.class, () -> GeneratingUnitMonth.builder()
        .month(YearMonth.of(2025, 2)).unitType(UnitType.CONDENSING).grossGenerationMwh(bd("1"))
        .electricitySuppliedMwh(bd("2")).operatingHours(bd("1")).ratedCapacityMw(bd("1")).build());
    assertThrows(EtsValidationException.class, () -> GeneratingUnitMonth.builder()
        .month(YearMonth.of(2025, 2)).unitType(UnitType.CONDENSING).grossGenerationMwh(bd("1"))
        .electricitySuppliedMwh(bd("1")).operatingHours(bd("1")).ratedCapacityMw(bd("0")).build());
    // a default coal NCV in power is refused when the month is built: no partial result
    EtsValidationException coal = assertThrows(EtsValidationException.class, () -> GeneratingUnitMonth.builder()
        .month(YearMonth.of(2025, 2)).unitType(UnitType.CONDENSING)
        .addFuels(FuelLine.of(Fuel.LIGNITE, bd("10"), FuelUnit.TONNE)).grossGenerationMwh(bd("1"))
        .electricitySuppliedMwh(bd("1")).operatingHours(bd("1")).ratedCapacityMw(bd("1")).build());
    assertTrue(coal.getMessage().contains("measurement is mandatory"), coal.getMessage());
    // purchased electricity in 2026: the guideline dropped the item
    EtsValidationException grid = assertThrows(EtsValidationException.class, () -> GeneratingUnitMonth.builder()
        .month(YearMonth.of(2026, 2)).unitType(UnitType.CONDENSING).grossGenerationMwh(bd("1"))
        .electricitySuppliedMwh(bd("1")).operatingHours(bd("1")).ratedCapacityMw(bd("1"))
        .purchasedElectricityMwh(bd("5")).build());
    assertTrue(grid.getMessage().contains("UPD-POWER-2026"), grid.getMessage());
    assertThrows(EtsValidationException.class, () -> PowerUnitYear.of(null));
  }

  @Test
  void heatConversions() {
    HeatConversion heat = HeatConversion.from(DefaultCatalogue.chinaNational(), Sector.POWER, Year.of(2025));
    // steam: 100 t × (2,800 − 83.74) × 10^-3 = 271.626 GJ
    assertEquals(0, bd("271.626").compareTo(heat.steamGj(bd("100"), bd("2800"))));
    // hot water: 1,000 t × (90 − 20) × 4.1868 × 10^-3 = 293.076 GJ
    assertEquals(0, bd("293.076").compareTo(heat.hotWaterGj(bd("1000"), bd("90"))));
    assertThrows(EtsValidationException.class, () -> heat.steamGj(bd("1"), bd("80")));
    assertThrows(EtsValidationException.class, () -> heat.hotWaterGj(bd("1"), bd("19")));
    assertThrows(EtsValidationException.class, () -> heat.hotWaterGj(bd("-1"), bd("30")));
    assertEquals(heat, HeatConversion.from(DefaultCatalogue.chinaNational(), Sector.STEEL, Year.of(2025)));
    assertTrue(heat.toString().contains("83.74"));
  }
}
