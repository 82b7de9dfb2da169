package io.github.ets4j.io;

import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
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
 * The hand-computed facility years of the ets-sectors tests (PowerFacilityYearTest, CementFacilityYearTest,
 * SteelFacilityYearTest, AluminumFacilityYearTest), built in Java exactly as there; their expected figures
 * are derived by hand in those tests' comments and repeated where this module's tests use them.
 */
final class SectorYears {
  static final Evidence LAB = Evidence.of(EvidenceKind.LAB_REPORT, "LAB-COAL", "b".repeat(64), LocalDate.of(2025, 2, 5));

  private SectorYears() {
  }

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

  /** Verified 1,212,794 t (PowerFacilityYearTest). */
  static AnnualReport power() {
    return year("91350100M000100Y43", "unit-1", SectorYears::powerMonth);
  }

  static GeneratingUnitMonth powerMonth(int m) {
    FuelLine coal = m <= 6
        ? FuelLine.of(Fuel.BITUMINOUS_COAL, bd("50000"), FuelUnit.TONNE)
            .withNcv(Parameter.measured("NCV", bd("20.000"), "GJ/t", LAB))
        : FuelLine.of(Fuel.BITUMINOUS_COAL, bd("45678.91"), FuelUnit.TONNE)
            .withNcv(Parameter.measured("NCV", bd("21.5"), "GJ/t", LAB))
            .withElementCarbon(Parameter.measured("C_ar", bd("0.5432"), "tC/t", LAB));
    return GeneratingUnitMonth.builder().month(YearMonth.of(2025, m)).unitType(UnitType.CONDENSING)
        .addFuels(coal, FuelLine.of(Fuel.DIESEL, bd("12.34"), FuelUnit.TONNE))
        .grossGenerationMwh(m == 12 ? bd("140000") : bd("120000"))
        .electricitySuppliedMwh(bd("112000"))
        .operatingHours(bd("650"))
        .ratedCapacityMw(bd("300"))
        .purchasedElectricityMwh(bd("1000"))
        .build();
  }

  /** Verified 926,003 t (CementFacilityYearTest). */
  static AnnualReport cement() {
    return year("91110000600037341L", "line-2", SectorYears::cementMonth);
  }

  static ClinkerLineMonth cementMonth(int m) {
    return ClinkerLineMonth.builder().month(YearMonth.of(2025, m)).clinkerType(ClinkerType.PORTLAND)
        .clinkerTonnes(m == 7 ? bd("80000") : bd("100000"))
        .addFuels(FuelLine.of(Fuel.BITUMINOUS_COAL, bd("12000"), FuelUnit.TONNE))
        .putAlternativeMaterials(AlternativeMaterial.CARBIDE_SLAG, bd("5000"))
        .putAlternativeMaterials(AlternativeMaterial.COAL_FLY_ASH, bd("2000"))
        .build();
  }

  /** Verified 2,242,507 t (SteelFacilityYearTest). */
  static AnnualReport steel() {
    return year("91350100M000100Y43", "enterprise", SectorYears::steelMonth);
  }

  private static FuelLine t(Fuel fuel, String tonnes) {
    return FuelLine.of(fuel, bd(tonnes), FuelUnit.TONNE);
  }

  private static FuelLine nm3(Fuel fuel, String amount) {
    return FuelLine.of(fuel, bd(amount), FuelUnit.TEN_THOUSAND_NM3);
  }

  static SteelEnterpriseMonth steelMonth(int m) {
    return SteelEnterpriseMonth.builder().month(YearMonth.of(2025, m))
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
        .build();
  }

  /** Verified 631,754 tCO2e (AluminumFacilityYearTest). */
  static AnnualReport aluminum() {
    return year("91150000MA0N000AL1", "potline-1", SectorYears::aluminumMonth);
  }

  static ElectrolysisMonth aluminumMonth(int m) {
    ElectrolysisMonth.Builder builder = ElectrolysisMonth.builder().month(YearMonth.of(2025, m))
        .aluminumLiquidTonnes(m == 12 ? bd("25000") : bd("30000"))
        .netAnodeConsumption(Parameter.measured("NC", bd("0.411"), "t/t Al"))
        .addFuels(FuelLine.of(Fuel.NATURAL_GAS, bd("50"), FuelUnit.TEN_THOUSAND_NM3))
        .addCarbonates(CarbonateUse.of(Carbonate.NA2CO3, bd("100"), bd("98")));
    if (m > 6) {
      builder.anodeEffectMinutes(Parameter.measured("AEM", bd("0.25"), "min/cell-day"));
    }
    return builder.build();
  }
}
