package io.github.ets4j.sectors.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.entity.Province;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.indirect.PurchasedElectricity;
import io.github.ets4j.sectors.steel.SteelEnterpriseMonth;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The GRID23 grid factors (mrv.md "Purchased electricity and heat in the industrial sectors"), typed from the reference. */
class GridFactorTest {
  private static final DefaultCatalogue NATIONAL = DefaultCatalogue.chinaNational();
  private static final Year Y2026 = Year.of(2026);

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  private static BigDecimal factor(GridFactor choice, Sector sector, Year year) {
    return choice.find(NATIONAL, sector, year).value();
  }

  @Test
  void grid23FactorsForIndustryFrom2025() {
    for (Sector sector : new Sector[] {Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM}) {
      for (Year year : new Year[] {Year.of(2025), Y2026, Year.of(2030)}) {
        assertEquals(bd("0.5306"), factor(GridFactor.national(), sector, year));
        assertEquals(bd("0.6096"), factor(GridFactor.nationalExcludingMarketNonFossil(), sector, year));
        assertEquals(bd("0.8273"), factor(GridFactor.fossil(), sector, year));
        assertEquals(bd("0.6361"), factor(GridFactor.region(GridRegion.NORTH), sector, year));
        assertEquals(bd("0.5122"), factor(GridFactor.region(GridRegion.NORTH_EAST), sector, year));
        assertEquals(bd("0.5500"), factor(GridFactor.region(GridRegion.EAST), sector, year));
        assertEquals(bd("0.5271"), factor(GridFactor.region(GridRegion.CENTRAL), sector, year));
        assertEquals(bd("0.5543"), factor(GridFactor.region(GridRegion.NORTH_WEST), sector, year));
        assertEquals(bd("0.4042"), factor(GridFactor.region(GridRegion.SOUTH), sector, year));
        assertEquals(bd("0.2472"), factor(GridFactor.region(GridRegion.SOUTH_WEST), sector, year));
        assertEquals(bd("0.1333"), factor(GridFactor.province(Province.YUNNAN), sector, year));
        assertEquals(bd("0.6796"), factor(GridFactor.province(Province.TIANJIN), sector, year));
      }
    }
    DefaultValue national = GridFactor.national().find(NATIONAL, Sector.CEMENT, Y2026);
    assertEquals("GRID23", national.source().document());
    // the value is [V]; its use for a year's report is our assumption (the latest factor published)
    assertEquals(Confidence.ASSUMED, national.source().confidence());
    assertEquals("tCO2/MWh", national.unit());
    assertEquals(DefaultKeys.GRID_EMISSION_FACTOR, GridFactor.national().key());
    assertEquals("indirect/grid-emission-factor/region/north-east", GridFactor.region(GridRegion.NORTH_EAST).key());
    assertEquals("indirect/grid-emission-factor/province/yunnan", GridFactor.province(Province.YUNNAN).key());
    assertEquals("华北", GridRegion.NORTH.chineseName());
  }

  @Test
  void before2025TheNationalFactor0_5703() {
    // 0.5703 [S] for data year 2022 on: every sector to 2024, power also 2025
    assertEquals(bd("0.5703"), factor(GridFactor.national(), Sector.CEMENT, Year.of(2024)));
    assertEquals(bd("0.5703"), factor(GridFactor.national(), Sector.POWER, Year.of(2022)));
    assertEquals(bd("0.5703"), factor(GridFactor.national(), Sector.POWER, Year.of(2025)));
    EtsValidationException regional = assertThrows(EtsValidationException.class,
        () -> GridFactor.region(GridRegion.EAST).find(NATIONAL, Sector.STEEL, Year.of(2024)));
    assertTrue(regional.getMessage().contains("GRID23"), regional.getMessage());
    assertTrue(regional.getMessage().contains("GridFactor.national()"), regional.getMessage());
  }

  @Test
  void everyRefusalCitesTheReasonThatApplies() {
    // power from 2026: removed from the power guideline
    EtsValidationException power = assertThrows(EtsValidationException.class,
        () -> PurchasedElectricity.line(bd("1000"), Sector.POWER, Y2026, NATIONAL));
    assertTrue(power.getMessage().contains("removed from the power guideline"), power.getMessage());
    assertTrue(power.getMessage().contains("UPD-POWER-2026"), power.getMessage());
    // power before 2026: one national factor
    EtsValidationException powerRegion = assertThrows(EtsValidationException.class,
        () -> GridFactor.region(GridRegion.SOUTH).find(NATIONAL, Sector.POWER, Year.of(2025)));
    assertTrue(powerRegion.getMessage().contains("one national factor"), powerRegion.getMessage());
    // industry: a province the reference does not quote
    EtsValidationException hebei = assertThrows(EtsValidationException.class,
        () -> PurchasedElectricity.line(bd("1000"), Sector.CEMENT, Y2026, NATIONAL, GridFactor.province(Province.HEBEI)));
    assertTrue(hebei.getMessage().contains("annex"), hebei.getMessage());
    assertTrue(hebei.getMessage().contains("indirect/grid-emission-factor/province/hebei"), hebei.getMessage());
    assertFalse(hebei.getMessage().contains("power guideline"), hebei.getMessage());
    // industry before coverage: nothing in force
    EtsValidationException early = assertThrows(EtsValidationException.class,
        () -> GridFactor.national().find(NATIONAL, Sector.CEMENT, Year.of(2021)));
    assertTrue(early.getMessage().contains("no grid factor"), early.getMessage());
    EtsValidationException fossil = assertThrows(EtsValidationException.class,
        () -> GridFactor.fossil().find(NATIONAL, Sector.CEMENT, Year.of(2019)));
    assertTrue(fossil.getMessage().contains("GRID23"), fossil.getMessage());
  }

  @Test
  void industrialPurchasedElectricityWorksIn2026() {
    // cement, Yunnan, 2026: 1,234.567 MWh × 0.1333 = 164.567781 → 164.57 tCO2 (indirect)
    ClinkerLineMonth cement = ClinkerLineMonth.builder().month(YearMonth.of(2026, 3)).clinkerType(ClinkerType.PORTLAND)
        .clinkerTonnes(bd("1000")).purchasedElectricityMwh(bd("1234.567"))
        .gridFactor(GridFactor.province(Province.YUNNAN)).build();
    MonthlyReport report = MonthlyReport.of("E", "L1", cement);
    assertEquals(0, bd("164.57").compareTo(report.emissions().indirect().totalCo2e(GwpSet.AR5)));
    // covered: 1,000 t × 0.535 = 535.00 only
    assertEquals(bd("535.00"), report.coveredCo2e());
    assertEquals(0, report.emissions().covered().bySource(EmissionSource.PURCHASED_ELECTRICITY).size());
    // steel, East grid: 2,000 MWh × 0.5500 = 1,100.00; aluminum, fossil: 100 MWh × 0.8273 = 82.73
    SteelEnterpriseMonth steel = SteelEnterpriseMonth.builder().month(YearMonth.of(2026, 1)).crudeSteelTonnes(bd("0"))
        .purchasedElectricityMwh(bd("2000")).gridFactor(GridFactor.region(GridRegion.EAST)).build();
    assertEquals(0, bd("1100.00").compareTo(MonthlyReport.of("E", "S", steel).emissions().indirect()
        .totalCo2e(GwpSet.AR5)));
    ElectrolysisMonth aluminum = ElectrolysisMonth.builder().month(YearMonth.of(2026, 1)).aluminumLiquidTonnes(bd("0"))
        .netAnodeConsumption(Parameter.measured("NC", bd("0.4"), "t/t")).purchasedElectricityMwh(bd("100"))
        .gridFactor(GridFactor.fossil()).build();
    assertEquals(0, bd("82.73").compareTo(MonthlyReport.of("E", "A", aluminum).emissions().indirect()
        .totalCo2e(GwpSet.AR5)));
    CalculatedLine line = PurchasedElectricity.line(bd("10"), Sector.STEEL, Y2026, NATIONAL,
        GridFactor.nationalExcludingMarketNonFossil());
    // 10 MWh × 0.6096 = 6.096 → 6.10
    assertEquals(0, bd("6.10").compareTo(line.reportedCo2e()));
    assertThrows(EtsValidationException.class,
        () -> PurchasedElectricity.line(bd("-1"), Sector.STEEL, Y2026, NATIONAL, GridFactor.national()));
  }

  @Test
  void choicesAreValues() {
    assertEquals(GridFactor.region(GridRegion.SOUTH), GridFactor.region(GridRegion.SOUTH));
    assertEquals(GridFactor.region(GridRegion.SOUTH).hashCode(), GridFactor.region(GridRegion.SOUTH).hashCode());
    assertNotEquals(GridFactor.region(GridRegion.SOUTH), GridFactor.province(Province.YUNNAN));
    assertNotEquals(GridFactor.national(), "national");
    assertEquals(GridRegion.SOUTH, GridFactor.region(GridRegion.SOUTH).gridRegion().orElseThrow());
    assertEquals(Province.YUNNAN, GridFactor.province(Province.YUNNAN).gridProvince().orElseThrow());
    assertTrue(GridFactor.national().gridRegion().isEmpty());
    assertTrue(GridFactor.national().gridProvince().isEmpty());
    assertEquals("fossil-power grid factor", GridFactor.fossil().toString());
    assertEquals(GridFactor.fossil().description(), GridFactor.fossil().toString());
  }
}
