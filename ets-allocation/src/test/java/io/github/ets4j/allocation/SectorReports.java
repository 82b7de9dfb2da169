package io.github.ets4j.allocation;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.power.UnitType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.function.IntFunction;

/**
 * Verified annual reports of 2025, built month by month from activity data, with their figures computed by
 * hand. Shared by the bridge and concurrency tests. The months are ets-sectors' facility years
 * ({@link FacilityYears}, through its test-jar), with the power unit made a CHP unit of 600 MW.
 *
 * <pre>
 * POWER unit-1 (entity 91350100M000100Y43), CHP, 600 MW, 650 h a month:
 *   Jan–Jun coal 50,000.00 t, NCV measured 20.000 GJ/t, CC high default 0.03085 tC/GJ:
 *     50,000 × 20.000 × 0.03085 × 0.99 × 44/12 = 111,985.50 tCO2
 *   Jul–Dec coal 45,678.91 t, C_ar measured 0.5432 tC/t: 45,678.91 × 0.5432 × 0.99 × 44/12 = 90,070.41 tCO2
 *   every month diesel 12.34 t at defaults: 12.34 × 42.652 × 0.02020 × 0.98 × 44/12 = 38.20 tCO2
 *   year 6 × 111,985.50 + 6 × 90,070.41 + 12 × 38.20 = 1,212,793.86 → verified 1,212,794 t
 *   generation 11 × 120,000 + 140,000 = 1,460,000 MWh; supplied 12 × 112,000 = 1,344,000 MWh;
 *   heat 12 × 100,000 = 1,200,000 GJ
 *   load factor 1,460,000 / (600 × 650 × 12 = 4,680,000) = 31.1966 % → 31.20 % → F 0.3120
 *
 * CEMENT (Portland unless said), fuel bituminous coal 12,000 t a month at defaults:
 *   12,000 × 23.736 × 0.02618 × 0.99 × 44/12 = 27,068.55 tCO2 a month, 324,822.60 a year
 *   line-A (entity E-A): clinker 100,000 t a month (July 80,000), carbide slag 5,000 t, fly ash 2,000 t
 *     process 100,000 × 0.535 − 5,000 × 0.480 − 2,000 × 0.055 = 50,990.00 (July 42,800 − 2,510 = 40,290.00)
 *     year 324,822.60 + 11 × 50,990.00 + 40,290.00 = 926,002.60 → 926,003 t; clinker 1,180,000 t
 *     carbide-slag rate 12 × 2,400 / (1,180,000 × 0.535) = 28,800 / 631,300 = 4.562 % → 4.56 %
 *   line-B (entity E-B): clinker 90,000 t a month, no alternative materials
 *     process 90,000 × 0.535 = 48,150.00; year 324,822.60 + 577,800.00 = 902,622.60 → 902,623 t; clinker 1,080,000 t
 *   white (entity E-A): white Portland clinker 1,000 t a month, no fuel: 1,000 × 0.550 = 550.00; year 6,600 t
 *   carbide (entity E-B): clinker 10,000 t a month, carbide slag 4,000 t, no fuel:
 *     10,000 × 0.535 − 4,000 × 0.480 = 5,350 − 1,920 = 3,430.00; year 41,160 t
 *     rate 12 × 1,920 / (12 × 5,350) = 35.888 % → 35.89 %
 *
 * STEEL enterprise (entity 91350100M000100Y43), as in the ets-sectors steel test:
 *   verified 2,242,507 t; ironmaking 12 × 42,262.12 = 507,145.44 and sintering 12 × 13,602.13 = 163,225.56,
 *   together 670,371.00 t; ironmaking product 11 × 70,000 + 60,000 = 830,000 t
 *
 * ALUMINUM potline-1 (entity 91350100M000100Y43), AR5, as in the ets-sectors aluminum test:
 *   anode 522,145.36 + PFC 96,130.80 = 618,276.16 tCO2e; verified (with fuel and Na2CO3) 631,754 t;
 *   aluminum liquid 11 × 30,000 + 25,000 = 355,000 t
 * </pre>
 */
final class SectorReports {
  static final String POWER_ENTITY = "91350100M000100Y43";

  private SectorReports() {}

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static AnnualReport year(String entity, String facility, IntFunction<MonthlyData> month) {
    return FacilityYears.year(entity, facility, month);
  }

  /** The condensing unit of ets-sectors as a CHP unit of 600 MW supplying 100,000 GJ of heat a month. */
  static AnnualReport power() {
    return year(POWER_ENTITY, "unit-1", m -> FacilityYears.powerMonth(m).unitType(UnitType.CHP)
        .heatSuppliedGj(bd("100000")).ratedCapacityMw(bd("600")).build());
  }

  static ClinkerLineMonth.Builder clinker(int m, ClinkerType type, String tonnes) {
    return ClinkerLineMonth.builder().month(YearMonth.of(2025, m)).clinkerType(type).clinkerTonnes(bd(tonnes));
  }

  private static FuelLine cementCoal() {
    return FuelLine.of(Fuel.BITUMINOUS_COAL, bd("12000"), FuelUnit.TONNE);
  }

  static AnnualReport cementLineA() {
    return year("E-A", "line-A", m -> FacilityYears.cementMonth(m).build());
  }

  static AnnualReport cementLineB() {
    return year("E-B", "line-B", m -> clinker(m, ClinkerType.PORTLAND, "90000").addFuels(cementCoal()).build());
  }

  static AnnualReport cementWhite() {
    return year("E-A", "white", m -> clinker(m, ClinkerType.WHITE_PORTLAND, "1000").build());
  }

  static AnnualReport cementCarbide() {
    return year("E-B", "carbide", m -> clinker(m, ClinkerType.PORTLAND, "10000")
        .putAlternativeMaterials(AlternativeMaterial.CARBIDE_SLAG, bd("4000")).build());
  }

  static AnnualReport steel() {
    return year(POWER_ENTITY, "enterprise", m -> FacilityYears.steelMonth(m).build());
  }

  /** A user's furnace year of the report-only flat-glass sector on the aluminum rules (its months name FLAT_GLASS). */
  static AnnualReport flatGlass() {
    return year(POWER_ENTITY, "furnace-1",
        m -> FacilityYears.reportingFor(AnnouncedSector.FLAT_GLASS, FacilityYears.aluminumMonth(m).build()));
  }

  static AnnualReport aluminum(GwpSet gwpSet) {
    return year(POWER_ENTITY, "potline-1", m -> FacilityYears.aluminumMonth(m).gwpSet(gwpSet).build());
  }
}
