package io.github.ets4j.sectors.cement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Portland clinker line in 2025, built by hand.
 *
 * <pre>
 * fuel every month: bituminous coal 12,000.00 t at defaults
 *   12,000 × 23.736 × 0.02618 × 0.99 × 44/12 = 27,068.5534 → 27,068.55 tCO2
 * process, clinker 100,000.00 t (July 80,000.00 t), carbide slag 5,000.00 t, coal fly ash 2,000.00 t:
 *   100,000 × 0.535 − 5,000 × 0.480 − 2,000 × 0.055 = 53,500 − 2,400 − 110 = 50,990.00 tCO2
 *   July: 80,000 × 0.535 − 2,510 = 42,800 − 2,510 = 40,290.00 tCO2
 * year: 12 × 27,068.55 + 11 × 50,990.00 + 40,290.00 = 324,822.60 + 601,180.00 = 926,002.60 → 926,003 t
 * clinker 1,180,000.00 t; intensity 926,002.60 / 1,180,000 = 0.78475 → 0.7847 tCO2/t
 * carbide-slag substitution: 12 × 2,400 / (1,180,000 × 0.535) = 28,800 / 631,300 = 4.562 % → 4.56 %
 * </pre>
 */
class CementFacilityYearTest {

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  /** The month of the line (one shared fixture, see {@link FacilityYears#cementMonth}). */
  static ClinkerLineMonth.Builder month(int m) {
    return FacilityYears.cementMonth(m);
  }

  @Test
  void facilityYearMatchesTheHandCalculation() {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("91110000600037341L", "line-2", month(m).build()));
    }
    ClinkerLineYear line = ClinkerLineYear.of(AnnualReport.of(months));
    assertEquals(bd("926003"), line.verifiedEmissions());
    assertEquals(bd("324822.60"), line.fuelEmissions());
    assertEquals(bd("601180.00"), line.processEmissions());
    assertEquals(bd("1180000.00"), line.clinkerTonnes());
    assertEquals(bd("0.7847"), line.intensity());
    assertEquals(bd("4.56"), line.carbideSlagSubstitutionPercent().orElseThrow());
    assertEquals(0, bd("0.0456").compareTo(line.carbideSlagSubstitution().orElseThrow().fraction()));
    assertTrue(line.toString().contains("926003"));
    String explanation = months.get(6).explain();
    assertTrue(explanation.contains("clinker process: 80,000.00 t clinker × 0.535 tCO2/t − 5,000.00 t carbide slag"),
        explanation);
    assertTrue(explanation.contains("= 40,290.00 tCO2"), explanation);
  }

  @Test
  void negativeProcessEmissionsAreRefusedByDefault() {
    // 1,000 t clinker × 0.535 = 535 < 2,000 t carbide slag × 0.480 = 960 → −425
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> ClinkerLineMonth.builder()
        .month(YearMonth.of(2025, 1)).clinkerType(ClinkerType.PORTLAND).clinkerTonnes(bd("1000"))
        .putAlternativeMaterials(AlternativeMaterial.CARBIDE_SLAG, bd("2000")).build());
    assertTrue(e.getMessage().contains("negative cement process emissions"), e.getMessage());
    assertTrue(e.getMessage().contains("-425"), e.getMessage());
  }

  @Test
  void negativeProcessEmissionsCanBeFlooredWithAFinding() {
    ClinkerLineMonth month = ClinkerLineMonth.builder()
        .month(YearMonth.of(2025, 1)).clinkerType(ClinkerType.PORTLAND).clinkerTonnes(bd("1000"))
        .putAlternativeMaterials(AlternativeMaterial.CARBIDE_SLAG, bd("2000"))
        .negativeProcessPolicy(NegativeProcessPolicy.FLOOR_AT_ZERO_AND_WARN).build();
    assertEquals(bd("0.00"), month.calculatedLines().get(0).reportedCo2e());
    assertEquals(1, month.findings().size());
    assertEquals(ClinkerLineMonth.NEGATIVE_PROCESS_FINDING, month.findings().get(0).code());
    assertTrue(month.findings().get(0).message().contains("-425.00"), month.findings().get(0).message());
    assertTrue(month.calculatedLines().get(0).explanation().contains("floored at 0"));
    assertEquals(0, bd("-425").compareTo(month.processBalance()));
  }

  @Test
  void otherClinkerTypesAndBadInput() {
    // white Portland 1,000 t × 0.550 = 550.00; aluminate × 0.292 = 292.00
    ClinkerLineMonth white = ClinkerLineMonth.builder().month(YearMonth.of(2024, 1))
        .clinkerType(ClinkerType.WHITE_PORTLAND).clinkerTonnes(bd("1000")).build();
    assertEquals(bd("550.00"), white.calculatedLines().get(0).reportedCo2e());
    assertEquals(bd("292.00"), white.withClinkerType(ClinkerType.ALUMINATE).calculatedLines().get(0).reportedCo2e());
    assertEquals(bd("413.00"),
        white.withClinkerType(ClinkerType.SULFO_FERRO_ALUMINATE).calculatedLines().get(0).reportedCo2e());
    assertThrows(EtsValidationException.class, () -> white.withClinkerTonnes(bd("-1")));
    assertThrows(EtsValidationException.class, () -> month(1).putAlternativeMaterials(AlternativeMaterial.RED_MUD,
        bd("-2")).build());
    EtsValidationException unknown = assertThrows(EtsValidationException.class,
        () -> AlternativeMaterial.fromName("moon dust"));
    assertTrue(unknown.getMessage().contains("AG-CEMENT-2024"));
    assertEquals(AlternativeMaterial.CARBIDE_SLAG, AlternativeMaterial.fromName("carbide-slag"));
    assertEquals(AlternativeMaterial.RED_MUD, AlternativeMaterial.fromName("red mud"));
    // the cement sector refuses a year view of another sector
    assertThrows(EtsValidationException.class, () -> ClinkerLineYear.of(null));
    // before 2024 cement had no defaults in the national catalogue
    assertThrows(EtsValidationException.class, () -> ClinkerLineMonth.builder().month(YearMonth.of(2023, 1))
        .clinkerType(ClinkerType.PORTLAND).clinkerTonnes(bd("1")).build());
  }
}
