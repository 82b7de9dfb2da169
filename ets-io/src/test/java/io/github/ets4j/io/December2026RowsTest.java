package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.entity.Province;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.defaults.GridFactor;
import io.github.ets4j.sectors.defaults.GridRegion;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.BoilerType;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.power.UnitType;
import io.github.ets4j.sectors.steel.SteelEnterpriseMonth;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows of the December 2026 items: a unit's boiler type and site altitude, the grid factor of a month. */
class December2026RowsTest {
  private static final Evidence LAB = Evidence.of(EvidenceKind.LAB_REPORT, "LAB", "d".repeat(64),
      LocalDate.of(2026, 2, 5));
  private static final Source PLATFORM = Source.of("EFDB1", "platform coal OF, grate boiler", Confidence.OFFICIAL);

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  private static List<MonthlyReport> roundTrip(List<MonthlyReport> months) throws IOException {
    String csv = MonitoringCsv.writeMonths(months);
    return MonitoringCsv.readMonths(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "m.csv");
  }

  private static List<MonthlyReport> read(String csv) throws IOException {
    return MonitoringCsv.readMonths(new ByteArrayInputStream((String.join(",", MonitoringCsv.HEADER) + "\n" + csv)
        .getBytes(StandardCharsets.UTF_8)), "m.csv");
  }

  @Test
  void aCoalUnitOf2026KeepsItsBoilerTypeAndAltitude() throws IOException {
    // the platform's OF on the fuel line: 1,000 t × 20.000 × 0.03085 × 98.5 % × 44/12 = 2,228.40 tCO2
    GeneratingUnitMonth month = GeneratingUnitMonth.builder().month(YearMonth.of(2026, 2)).unitType(UnitType.CONDENSING)
        .addFuels(FuelLine.of(Fuel.BITUMINOUS_COAL, bd("1000"), FuelUnit.TONNE)
            .withNcv(Parameter.measured("NCV", bd("20.000"), "GJ/t", LAB))
            .withOxidationRate(Parameter.ofDefault("OF", bd("98.5"), "%", PLATFORM)))
        .grossGenerationMwh(bd("2000")).electricitySuppliedMwh(bd("1900")).operatingHours(bd("400"))
        .ratedCapacityMw(bd("10")).boilerType(BoilerType.GRATE).siteAltitudeMetres(bd("-120.5")).build();
    MonthlyReport report = MonthlyReport.of("E", "unit-1", month);
    String csv = MonitoringCsv.writeMonths(List.of(report));
    assertTrue(csv.contains(",boiler_type,GRATE,,,,"), csv);
    assertTrue(csv.contains(",site_altitude,SITE_ALTITUDE,-120.5,m,,"), csv);
    List<MonthlyReport> back = roundTrip(List.of(report));
    assertEquals(List.of(report), back);
    assertEquals(bd("2228.40"), back.get(0).coveredCo2e());
  }

  @Test
  void anIndustrialMonthKeepsItsGridFactor() throws IOException {
    // Yunnan: 1,000 MWh × 0.1333 = 133.30; North-East: 1,000 × 0.5122 = 512.20; fossil: 1,000 × 0.8273 = 827.30
    ClinkerLineMonth cement = ClinkerLineMonth.builder().month(YearMonth.of(2026, 1)).clinkerType(ClinkerType.PORTLAND)
        .clinkerTonnes(bd("1000")).purchasedElectricityMwh(bd("1000")).gridFactor(GridFactor.province(Province.YUNNAN))
        .build();
    SteelEnterpriseMonth steel = SteelEnterpriseMonth.builder().month(YearMonth.of(2026, 1)).crudeSteelTonnes(bd("0"))
        .purchasedElectricityMwh(bd("1000")).gridFactor(GridFactor.region(GridRegion.NORTH_EAST)).build();
    ElectrolysisMonth aluminum = ElectrolysisMonth.builder().month(YearMonth.of(2026, 1))
        .aluminumLiquidTonnes(bd("0")).netAnodeConsumption(Parameter.measured("NC", bd("0.4"), "t/t", LAB))
        .purchasedElectricityMwh(bd("1000")).gridFactor(GridFactor.fossil()).build();
    ClinkerLineMonth national = cement.withGridFactor(GridFactor.nationalExcludingMarketNonFossil());
    List<MonthlyReport> months = List.of(MonthlyReport.of("E", "L1", cement), MonthlyReport.of("E", "S1", steel),
        MonthlyReport.of("E", "A1", aluminum), MonthlyReport.of("E", "L2", national));
    String csv = MonitoringCsv.writeMonths(months);
    assertTrue(csv.contains(",grid_factor,PROVINCE/YUNNAN,,,,"), csv);
    assertTrue(csv.contains(",grid_factor,REGION/NORTH_EAST,,,,"), csv);
    assertTrue(csv.contains(",grid_factor,FOSSIL,,,,"), csv);
    assertTrue(csv.contains(",grid_factor,NATIONAL_EXCLUDING_MARKET_NON_FOSSIL,,,,"), csv);
    List<MonthlyReport> back = roundTrip(months);
    assertEquals(months, back);
    assertEquals(0, bd("133.30").compareTo(back.get(0).emissions().indirect().totalCo2e(GwpSet.AR5)));
    assertEquals(0, bd("512.20").compareTo(back.get(1).emissions().indirect().totalCo2e(GwpSet.AR5)));
    assertEquals(0, bd("827.30").compareTo(back.get(2).emissions().indirect().totalCo2e(GwpSet.AR5)));
    // the national factor is the default: no row written, and a NATIONAL row reads to the same month
    String plain = MonitoringCsv.writeMonths(List.of(MonthlyReport.of("E", "L1", cement.withGridFactor(
        GridFactor.national()))));
    assertTrue(!plain.contains("grid_factor"), plain);
    List<MonthlyReport> named = read("E,L1,CEMENT,2026-01,clinker_type,PORTLAND,,,,\n"
        + "E,L1,CEMENT,2026-01,product_output,CLINKER,1000,t,,\n"
        + "E,L1,CEMENT,2026-01,purchased_electricity,PURCHASED_ELECTRICITY,1000,MWh,,\n"
        + "E,L1,CEMENT,2026-01,grid_factor,NATIONAL,,,,\n");
    assertEquals(GridFactor.national(), ((ClinkerLineMonth) named.get(0).data()).gridFactor());
  }

  @Test
  void badRowsNameTheCell() {
    String line = "E,L1,CEMENT,2026-01,clinker_type,PORTLAND,,,,\nE,L1,CEMENT,2026-01,product_output,CLINKER,1,t,,\n";
    EtsValidationException grid = assertThrows(EtsValidationException.class,
        () -> read(line + "E,L1,CEMENT,2026-01,grid_factor,REGIONAL,,,,\n"));
    assertTrue(grid.getMessage().contains("unknown grid factor"), grid.getMessage());
    assertThrows(EtsValidationException.class, () -> read(line + "E,L1,CEMENT,2026-01,grid_factor,REGION/MARS,,,,\n"));
    assertThrows(EtsValidationException.class,
        () -> read(line + "E,L1,CEMENT,2026-01,grid_factor,PROVINCE/ATLANTIS,,,,\n"));
    assertThrows(EtsValidationException.class, () -> read(line + "E,L1,CEMENT,2026-01,grid_factor,FOSSIL,1,,,\n"));
    String power = "E,U,POWER,2026-01,unit_type,CONDENSING,,,,\n";
    EtsValidationException altitude = assertThrows(EtsValidationException.class,
        () -> read(power + "E,U,POWER,2026-01,site_altitude,SITE_ALTITUDE,1e3,m,,\n"));
    assertTrue(altitude.getMessage().contains("metres"), altitude.getMessage());
    EtsValidationException name = assertThrows(EtsValidationException.class,
        () -> read(power + "E,U,POWER,2026-01,site_altitude,ALTITUDE,10,m,,\n"));
    assertTrue(name.getMessage().contains("SITE_ALTITUDE"), name.getMessage());
    assertThrows(EtsValidationException.class, () -> read(power + "E,U,POWER,2026-01,site_altitude,SITE_ALTITUDE,10,km,,\n"));
    assertThrows(EtsValidationException.class, () -> read(power + "E,U,POWER,2026-01,boiler_type,STEAM,,,,\n"));
    assertThrows(EtsValidationException.class,
        () -> read(line + "E,L1,CEMENT,2026-01,boiler_type,GRATE,,,,\n"));
  }
}
