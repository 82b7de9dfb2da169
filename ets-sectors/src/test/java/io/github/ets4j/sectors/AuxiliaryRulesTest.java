package io.github.ets4j.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.fuel.MonthlyNcv;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.CalibrationAdjustment;
import io.github.ets4j.sectors.steel.SteelEnterpriseMonth;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuxiliaryRulesTest {

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void monthlyNcvFromBatchesAndTests() {
    // (1,000 × 20.1 + 3,000 × 22.3) / 4,000 = (20,100 + 66,900) / 4,000 = 21.750
    assertEquals(bd("21.750"), MonthlyNcv.batchWeighted(List.of(bd("1000"), bd("3000")), List.of(bd("20.1"), bd("22.3"))));
    // (389.1 + 390.2 + 388.0) / 3 = 1,167.3 / 3 = 389.100
    assertEquals(bd("389.100"), MonthlyNcv.mean(List.of(bd("389.1"), bd("390.2"), bd("388.0"))));
    // (1.0004 + 1.0005) / 2 = 1.00045 → 1.000 (3 decimals half up: the 4th decimal is 4)
    assertEquals(bd("1.000"), MonthlyNcv.mean(List.of(bd("1.0004"), bd("1.0005"))));
    assertThrows(EtsValidationException.class, () -> MonthlyNcv.mean(List.of()));
    assertThrows(EtsValidationException.class, () -> MonthlyNcv.mean(List.of(bd("-1"))));
    assertThrows(EtsValidationException.class, () -> MonthlyNcv.batchWeighted(List.of(bd("1")), List.of()));
    assertThrows(EtsValidationException.class, () -> MonthlyNcv.batchWeighted(List.of(), List.of()));
    assertThrows(EtsValidationException.class, () -> MonthlyNcv.batchWeighted(List.of(bd("0")), List.of(bd("20"))));
    assertThrows(EtsValidationException.class, () -> MonthlyNcv.batchWeighted(List.of(bd("-1")), List.of(bd("20"))));
  }

  @Test
  void calibrationAdjustmentsAreConservative() {
    // 1,000 t × (1 + 0.5 %) = 1,005; 10,000 MWh × (1 − 0.5 %) = 9,950
    assertEquals(0, bd("1005").compareTo(CalibrationAdjustment.activityData(bd("1000"), bd("0.5"))));
    assertEquals(0, bd("9950").compareTo(CalibrationAdjustment.productionData(bd("10000"), bd("0.5"))));
    assertThrows(EtsValidationException.class, () -> CalibrationAdjustment.activityData(bd("1"), bd("101")));
    assertThrows(EtsValidationException.class, () -> CalibrationAdjustment.productionData(bd("-1"), bd("1")));
  }

  @Test
  void purchasedElectricityIsIndirectInEverySector() {
    // 2024 data: 1,000 MWh × 0.5703 [S] = 570.30 tCO2, never covered
    ClinkerLineMonth cement = ClinkerLineMonth.builder().month(YearMonth.of(2024, 1)).clinkerType(ClinkerType.PORTLAND)
        .clinkerTonnes(bd("1000")).purchasedElectricityMwh(bd("1000")).build();
    SteelEnterpriseMonth steel = SteelEnterpriseMonth.builder().month(YearMonth.of(2024, 1)).crudeSteelTonnes(bd("0"))
        .purchasedElectricityMwh(bd("1000")).build();
    ElectrolysisMonth aluminum = ElectrolysisMonth.builder().month(YearMonth.of(2024, 1)).aluminumLiquidTonnes(bd("0"))
        .netAnodeConsumption(Parameter.measured("NC", bd("0.4"), "t/t")).purchasedElectricityMwh(bd("1000")).build();
    for (MonthlyReport report : List.of(MonthlyReport.of("E", "F", cement), MonthlyReport.of("E", "F", steel),
        MonthlyReport.of("E", "F", aluminum))) {
      assertEquals(0, bd("570.30").compareTo(report.emissions().indirect().totalCo2e(GwpSet.AR5)));
      assertEquals(0, report.emissions().covered().bySource(EmissionSource.PURCHASED_ELECTRICITY).size());
    }
    // clinker 1,000 t × 0.535 = 535.00 tCO2 covered; the electricity stays out of it
    assertEquals(bd("535.00"), MonthlyReport.of("E", "F", cement).coveredCo2e());
    // 2026 data: the industrial guidelines keep the item, GRID23 national 0.5306 → 1,000 × 0.5306 = 530.60 tCO2
    ClinkerLineMonth cement2026 = cement.withMonth(YearMonth.of(2026, 1));
    assertEquals(0, bd("530.60").compareTo(MonthlyReport.of("E", "F", cement2026).emissions().indirect()
        .totalCo2e(GwpSet.AR5)));
    assertEquals(bd("535.00"), MonthlyReport.of("E", "F", cement2026).coveredCo2e());
  }
}
