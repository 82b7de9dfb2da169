package io.github.ets4j.io;

import io.github.ets4j.core.Evidence;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.steel.SteelEnterpriseMonth;
import java.math.BigDecimal;
import java.util.function.IntFunction;

/**
 * The hand-computed facility years of the ets-sectors tests (PowerFacilityYearTest, CementFacilityYearTest,
 * SteelFacilityYearTest, AluminumFacilityYearTest), from their one definition ({@link FacilityYears}, through the
 * ets-sectors test-jar); their expected figures are derived by hand in those tests' comments and repeated where
 * this module's tests use them.
 */
final class SectorYears {
  static final Evidence LAB = FacilityYears.LAB;

  private SectorYears() {
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static AnnualReport year(String entity, String facility, IntFunction<MonthlyData> month) {
    return FacilityYears.year(entity, facility, month);
  }

  /** Verified 1,212,794 t (PowerFacilityYearTest). */
  static AnnualReport power() {
    return year("91350100M000100Y43", "unit-1", SectorYears::powerMonth);
  }

  static GeneratingUnitMonth powerMonth(int m) {
    return FacilityYears.powerMonth(m).build();
  }

  /** Verified 926,003 t (CementFacilityYearTest). */
  static AnnualReport cement() {
    return year("91110000600037341L", "line-2", SectorYears::cementMonth);
  }

  static ClinkerLineMonth cementMonth(int m) {
    return FacilityYears.cementMonth(m).build();
  }

  /** Verified 2,242,507 t (SteelFacilityYearTest). */
  static AnnualReport steel() {
    return year("91350100M000100Y43", "enterprise", SectorYears::steelMonth);
  }

  static SteelEnterpriseMonth steelMonth(int m) {
    return FacilityYears.steelMonth(m).build();
  }

  /** Verified 631,754 tCO2e (AluminumFacilityYearTest). */
  static AnnualReport aluminum() {
    return year("91150000MA0N000AL1", "potline-1", SectorYears::aluminumMonth);
  }

  static ElectrolysisMonth aluminumMonth(int m) {
    return FacilityYears.aluminumMonth(m).build();
  }
}
