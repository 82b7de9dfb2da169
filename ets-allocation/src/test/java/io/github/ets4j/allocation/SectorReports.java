package io.github.ets4j.allocation;

import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.sectors.aluminum.Carbonate;
import io.github.ets4j.sectors.aluminum.CarbonateUse;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.power.UnitType;
import io.github.ets4j.sectors.steel.ProcessFlow;
import io.github.ets4j.sectors.steel.ProcessMonth;
import io.github.ets4j.sectors.steel.SteelEnterpriseMonth;
import io.github.ets4j.sectors.steel.SteelMaterial;
import io.github.ets4j.sectors.steel.SteelProcess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Verified annual reports of 2025, built month by month from activity data, with their figures computed by
 * hand. Shared by the bridge and concurrency tests.
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
  private static final Evidence LAB =
      Evidence.of(EvidenceKind.LAB_REPORT, "LAB-COAL", "b".repeat(64), LocalDate.of(2025, 2, 5));

  private SectorReports() {}

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static AnnualReport year(String entity, String facility, IntFunction<MonthlyData> month) {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of(entity, facility, month.apply(m)));
    }
    return AnnualReport.of(months);
  }

  static AnnualReport power() {
    return year(POWER_ENTITY, "unit-1", m -> {
      FuelLine coal = m <= 6
          ? FuelLine.of(Fuel.BITUMINOUS_COAL, bd("50000"), FuelUnit.TONNE)
              .withNcv(Parameter.measured("NCV", bd("20.000"), "GJ/t", LAB))
          : FuelLine.of(Fuel.BITUMINOUS_COAL, bd("45678.91"), FuelUnit.TONNE)
              .withNcv(Parameter.measured("NCV", bd("21.5"), "GJ/t", LAB))
              .withElementCarbon(Parameter.measured("C_ar", bd("0.5432"), "tC/t", LAB));
      return GeneratingUnitMonth.builder().month(YearMonth.of(2025, m)).unitType(UnitType.CHP)
          .addFuels(coal, FuelLine.of(Fuel.DIESEL, bd("12.34"), FuelUnit.TONNE))
          .grossGenerationMwh(m == 12 ? bd("140000") : bd("120000")).electricitySuppliedMwh(bd("112000"))
          .heatSuppliedGj(bd("100000")).operatingHours(bd("650")).ratedCapacityMw(bd("600"))
          .purchasedElectricityMwh(bd("1000")).build();
    });
  }

  static ClinkerLineMonth.Builder clinker(int m, ClinkerType type, String tonnes) {
    return ClinkerLineMonth.builder().month(YearMonth.of(2025, m)).clinkerType(type).clinkerTonnes(bd(tonnes));
  }

  private static FuelLine cementCoal() {
    return FuelLine.of(Fuel.BITUMINOUS_COAL, bd("12000"), FuelUnit.TONNE);
  }

  static AnnualReport cementLineA() {
    return year("E-A", "line-A", m -> clinker(m, ClinkerType.PORTLAND, m == 7 ? "80000" : "100000")
        .addFuels(cementCoal())
        .putAlternativeMaterials(AlternativeMaterial.CARBIDE_SLAG, bd("5000"))
        .putAlternativeMaterials(AlternativeMaterial.COAL_FLY_ASH, bd("2000")).build());
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

  private static FuelLine t(Fuel fuel, String tonnes) {
    return FuelLine.of(fuel, bd(tonnes), FuelUnit.TONNE);
  }

  private static FuelLine nm3(Fuel fuel, String amount) {
    return FuelLine.of(fuel, bd(amount), FuelUnit.TEN_THOUSAND_NM3);
  }

  static AnnualReport steel() {
    return year(POWER_ENTITY, "enterprise", m -> SteelEnterpriseMonth.builder().month(YearMonth.of(2025, m))
        .addFuels(t(Fuel.WASHED_COKING_COAL, "50000"), t(Fuel.COKE, "10000"), t(Fuel.BITUMINOUS_COAL, "12000"),
            nm3(Fuel.NATURAL_GAS, "100"))
        .putMaterials(SteelMaterial.LIMESTONE, bd("20000"))
        .putMaterials(SteelMaterial.DOLOMITE, bd("5000"))
        .putMaterials(SteelMaterial.ELECTRODE, bd("300"))
        .putMaterials(SteelMaterial.SCRAP, bd("10000"))
        .crudeSteelTonnes(bd("80000"))
        .putExportedProducts(SteelMaterial.TAR, bd("1500"))
        .putExportedProducts(SteelMaterial.CRUDE_BENZOL, bd("500"))
        .addProcesses(ProcessMonth.builder().process(SteelProcess.COKING)
            .addInputs(ProcessFlow.fuel(t(Fuel.WASHED_COKING_COAL, "50000")))
            .addOutputs(ProcessFlow.fuel(t(Fuel.COKE, "36000")), ProcessFlow.fuel(nm3(Fuel.COKE_OVEN_GAS, "1500")))
            .productTonnes(bd("36000")).build())
        .addProcesses(ProcessMonth.builder().process(SteelProcess.SINTERING)
            .addInputs(ProcessFlow.fuel(t(Fuel.COKE, "3000")), ProcessFlow.material(SteelMaterial.LIMESTONE, bd("10000")))
            .productTonnes(bd("100000")).build())
        .addProcesses(ProcessMonth.builder().process(SteelProcess.IRONMAKING)
            .addInputs(ProcessFlow.fuel(t(Fuel.COKE, "30000")), ProcessFlow.fuel(t(Fuel.BITUMINOUS_COAL, "12000")))
            .addOutputs(ProcessFlow.fuel(nm3(Fuel.BLAST_FURNACE_GAS, "9000")))
            .productTonnes(m == 12 ? bd("60000") : bd("70000")).build())
        .addProcesses(ProcessMonth.builder().process(SteelProcess.BOF)
            .addInputs(ProcessFlow.material(SteelMaterial.PIG_IRON, bd("70000")))
            .addOutputs(ProcessFlow.fuel(nm3(Fuel.CONVERTER_GAS, "700")))
            .productTonnes(bd("80000")).build())
        .addCofiredFuels(nm3(Fuel.BLAST_FURNACE_GAS, "10000"))
        .build());
  }

  static AnnualReport aluminum(GwpSet gwpSet) {
    Parameter nc = Parameter.measured("NC", bd("0.411"), "t/t Al");
    return year(POWER_ENTITY, "potline-1", m -> {
      ElectrolysisMonth.Builder builder = ElectrolysisMonth.builder().month(YearMonth.of(2025, m))
          .aluminumLiquidTonnes(m == 12 ? bd("25000") : bd("30000"))
          .netAnodeConsumption(nc)
          .addFuels(FuelLine.of(Fuel.NATURAL_GAS, bd("50"), FuelUnit.TEN_THOUSAND_NM3))
          .addCarbonates(CarbonateUse.of(Carbonate.NA2CO3, bd("100"), bd("98")))
          .gwpSet(gwpSet);
      if (m > 6) {
        builder.anodeEffectMinutes(Parameter.measured("AEM", bd("0.25"), "min/cell-day"));
      }
      return builder.build();
    });
  }
}
