package io.github.ets4j.sectors.aluminum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Gas;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An electrolysis process in 2025, built by hand.
 *
 * <pre>
 * anode, NC measured 0.411 t/t, S 2 % and Ash 0.4 % defaults:
 *   30,000 t Al × 0.411 × 0.976 = 12,034.08 tC × 44/12 = 44,124.96; December 25,000 t → 36,770.80
 * PFC Jan–Jun at defaults: 30,000 × (0.034 × 6630 + 0.0034 × 11100) / 1000 = 30,000 × 263.16 / 1000 = 7,894.80
 * PFC Jul–Dec slope, AEM 0.25: EF_CF4 = 0.143 × 0.25 = 0.03575 → 0.036; EF_C2F6 = 0.0036
 *   30,000 × (0.036 × 6630 + 0.0036 × 11100) / 1000 = 30,000 × 278.64 / 1000 = 8,359.20; December 6,966.00
 * natural gas 50 × 10^4 Nm3 × 389.310 × 0.01532 × 0.99 × 44/12 = 1,082.5076 → 1,082.51
 * Na2CO3 100 t × 0.4149 × 98 % = 40.6602 → 40.66
 * year: anode 11 × 44,124.96 + 36,770.80 = 522,145.36; PFC 6 × 7,894.80 + 5 × 8,359.20 + 6,966.00 = 96,130.80
 *   total 12 × 1,082.51 + 522,145.36 + 96,130.80 + 12 × 40.66 = 631,754.20 → 631,754 tCO2e
 *   aluminum liquid 355,000 t; intensity (522,145.36 + 96,130.80) / 355,000 = 1.74162… → 1.7416
 * </pre>
 */
class AluminumFacilityYearTest {

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static final Parameter NC = Parameter.measured("NC", bd("0.411"), "t/t Al");

  /** The month of the process (one shared fixture, see {@link FacilityYears#aluminumMonth}). */
  static ElectrolysisMonth month(int m) {
    return FacilityYears.aluminumMonth(m).build();
  }

  @Test
  void workedExamplePfcAtDefaultsWithAr5() {
    // mrv.md: 100,000 t Al at defaults with AR5 → 26,316.00 tCO2e
    ElectrolysisMonth month = ElectrolysisMonth.builder().month(YearMonth.of(2025, 1))
        .aluminumLiquidTonnes(bd("100000")).netAnodeConsumption(NC).build();
    CalculatedLine pfc = month.pfcLine();
    assertEquals(bd("26316.00"), pfc.reportedCo2e());
    assertEquals(0, bd("3.4").compareTo(pfc.lines().get(0).tonnes()));
    assertEquals(Gas.CF4, pfc.lines().get(0).gas());
    assertEquals(0, bd("0.34").compareTo(pfc.lines().get(1).tonnes()));
    assertTrue(pfc.explanation().contains("100,000.00 t Al × (0.034 kg/t × 6630 + 0.0034 kg/t × 11100) / 1000"
        + " = 26,316.00 tCO2e (AR5)"), pfc.explanation());
    // the 2013 guideline's SAR values: 100,000 × (0.034 × 6500 + 0.0034 × 9200) / 1000 = 25,228.00
    assertEquals(bd("25228.00"), month.withGwpSet(GwpSet.AR2).pfcLine().reportedCo2e());
  }

  @Test
  void facilityYearMatchesTheHandCalculation() {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("91350100M000100Y43", "potline-1", month(m)));
    }
    AnnualReport report = AnnualReport.of(months);
    AluminumYear year = AluminumYear.of(report);
    assertEquals(bd("522145.36"), year.anodeEmissions());
    assertEquals(bd("96130.80"), year.pfcEmissions());
    assertEquals(bd("618276.16"), year.electrolysisEmissions());
    assertEquals(bd("631754.20"), report.coveredCo2e());
    assertEquals(bd("631754"), year.verifiedEmissions());
    assertEquals(bd("355000.00"), year.aluminumLiquidTonnes());
    assertEquals(bd("1.7416"), year.intensity());
    assertEquals(GwpSet.AR5, year.gwpSet());
    assertTrue(year.toString().contains("631754"));
    // CF4 mass: 6 × 30,000 × 0.034 + 5 × 30,000 × 0.036 + 25,000 × 0.036, / 1000 = 6.12 + 5.4 + 0.9 = 12.42 t
    assertEquals(0, bd("12.42").compareTo(report.tonnesOf(Gas.CF4)));
    assertTrue(report.nonOfficialDefaultsUsed().size() >= 5);
  }

  @Test
  void badInput() {
    EtsValidationException nc = assertThrows(EtsValidationException.class, () -> month(1)
        .withNetAnodeConsumption(Parameter.ofDefault("NC", bd("0.411"), "t/t Al",
            Source.of("AG-ALU-2024", "typical", Confidence.THIRD_PARTY))));
    assertTrue(nc.getMessage().contains("a default where measurement is mandatory"), nc.getMessage());
    assertThrows(EtsValidationException.class, () -> month(1).withAluminumLiquidTonnes(bd("-1")));
    assertThrows(EtsValidationException.class, () -> CarbonateUse.of(Carbonate.CACO3, bd("1"), bd("101")));
    assertThrows(EtsValidationException.class, () -> CarbonateUse.of(Carbonate.CACO3, bd("-1"), bd("90")));
    assertThrows(EtsValidationException.class, () -> month(1)
        .withAnodeSulfurPercent(Parameter.measured("S", bd("120"), "%")));
    assertThrows(EtsValidationException.class, () -> month(1)
        .withAnodeAshPercent(Parameter.measured("Ash", bd("120"), "%")));
    GwpSet noPfc = GwpSet.of("CO2-only", Map.of(Gas.CO2, BigDecimal.ONE), Source.of("X", "", Confidence.ASSUMED));
    assertThrows(EtsValidationException.class, () -> month(1).withGwpSet(noPfc));
    assertThrows(EtsValidationException.class, () -> AluminumYear.of(null));
    // measured sulfur and ash replace the defaults: 30,000 × 0.411 × (1 − 0.03 − 0.005) × 44/12
    //   = 11,898.45 tC × 44/12 = 43,627.65
    ElectrolysisMonth measured = month(1).withAnodeSulfurPercent(Parameter.measured("S", bd("3"), "%"))
        .withAnodeAshPercent(Parameter.measured("Ash", bd("0.5"), "%"));
    assertEquals(bd("43627.65"), measured.anodeLine().reportedCo2e());
    assertEquals(Acquisition.MEASURED, measured.anodeLine().parameters().get(1).acquisition());
  }
}
