package io.github.ets4j.sectors.mrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.Precision;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each field of the hand-written mrv values takes part in equality: change one, and the values differ. */
class FieldEqualityTest {
  static final Evidence LAB = Evidence.of(EvidenceKind.LAB_REPORT, "LAB-9", "d".repeat(64), LocalDate.of(2025, 3, 1));
  static final Source SRC = Source.of("AG-STEEL-2024", "Table A.1", Confidence.OFFICIAL);

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void parameterFields() {
    Parameter p = Parameter.of("NCV", bd("20"), "GJ/t", Acquisition.MEASURED, Optional.of(SRC), List.of(LAB));
    assertEquals(p, Parameter.of("NCV", bd("20.000"), "GJ/t", Acquisition.MEASURED, Optional.of(SRC), List.of(LAB)));
    assertNotEquals(p, Parameter.of("NCV2", bd("20"), "GJ/t", Acquisition.MEASURED, Optional.of(SRC), List.of(LAB)));
    assertNotEquals(p, Parameter.of("NCV", bd("21"), "GJ/t", Acquisition.MEASURED, Optional.of(SRC), List.of(LAB)));
    assertNotEquals(p, Parameter.of("NCV", bd("20"), "MJ/kg", Acquisition.MEASURED, Optional.of(SRC), List.of(LAB)));
    assertNotEquals(p, Parameter.of("NCV", bd("20"), "GJ/t", Acquisition.CALCULATED, Optional.of(SRC), List.of(LAB)));
    assertNotEquals(p, Parameter.of("NCV", bd("20"), "GJ/t", Acquisition.MEASURED, Optional.empty(), List.of(LAB)));
    assertNotEquals(p, Parameter.of("NCV", bd("20"), "GJ/t", Acquisition.MEASURED, Optional.of(SRC), List.of()));
  }

  @Test
  void calculatedLineFields() {
    Parameter ncv = Parameter.measured("NCV", bd("20"), "GJ/t", LAB);
    CalculatedLine line = CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "coal", bd("1.004"), "f", List.of(ncv));
    // 1.004 and 1.001 both report 1.00 with the same explanation "coal: f = 1.00 tCO2"; only the exact value differs
    CalculatedLine exact = CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "coal", bd("1.001"), "f", List.of(ncv));
    assertEquals(line.explanation(), exact.explanation());
    assertNotEquals(line, exact);
    assertNotEquals(line, CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "coal", bd("1.004"), "f", List.of()));
    assertNotEquals(line, CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "coal", bd("1.004"), "g", List.of(ncv)));
    assertNotEquals(line, CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "gas", bd("1.004"), "f", List.of(ncv)));
    assertNotEquals(line, CalculatedLine.co2(EmissionSource.INDUSTRIAL_PROCESS, "coal", bd("1.004"), "f", List.of(ncv)));
    assertNotEquals(line, CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "coal", bd("1.014"), "f", List.of(ncv)));
    assertNotEquals(line.hashCode(),
        CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "coal", bd("1.014"), "f", List.of(ncv)).hashCode());
  }

  @Test
  void fuelUseFindingAndFigureFields() {
    Parameter ncv = Parameter.measured("NCV", bd("20"), "GJ/t", LAB);
    FuelUse use = FuelUse.of("coal", bd("10"), ncv, true);
    assertNotEquals(use, FuelUse.of("coke", bd("10"), ncv, true));
    assertNotEquals(use, FuelUse.of("coal", bd("11"), ncv, true));
    assertNotEquals(use, FuelUse.of("coal", bd("10"), ncv.withValue(bd("21")), true));
    assertNotEquals(use, (Object) "coal");
    assertNotEquals(use.hashCode(), FuelUse.of("coke", bd("10"), ncv, true).hashCode());

    Finding finding = Finding.of(YearMonth.of(2025, 3), "code", "seen");
    assertNotEquals(finding, Finding.of(YearMonth.of(2025, 3), "code2", "seen"));
    assertNotEquals(finding, Finding.of(YearMonth.of(2025, 3), "code", "seen2"));
    assertNotEquals(finding, (Object) "code");
    assertNotEquals(finding.hashCode(), Finding.of(YearMonth.of(2025, 3), "code", "seen2").hashCode());
    assertEquals(YearMonth.of(2025, 3), finding.month());

    Figure clinker = Figure.of("clinker", "t", Precision.PRODUCT_OUTPUT);
    assertNotEquals(clinker, Figure.of("clinker", "kt", Precision.PRODUCT_OUTPUT));
    assertNotEquals(clinker, Figure.of("lime", "t", Precision.PRODUCT_OUTPUT));
    assertNotEquals(clinker, (Object) "clinker");
    assertNotEquals(clinker.hashCode(), Figure.of("lime", "t", Precision.PRODUCT_OUTPUT).hashCode());
    assertEquals("clinker", clinker.name());
  }

  @Test
  void monthlyReportFields() {
    // 1,000 t Portland clinker × 0.535 = 535.00 tCO2, no fuel
    ClinkerLineMonth data = ClinkerLineMonth.builder().month(YearMonth.of(2025, 1)).clinkerType(ClinkerType.PORTLAND)
        .clinkerTonnes(bd("1000")).build();
    MonthlyReport report = MonthlyReport.of("E", "line-1", data);
    assertEquals(bd("535.00"), report.coveredCo2e());
    assertEquals(report, MonthlyReport.of("E", "line-1", data));
    assertEquals(report.hashCode(), MonthlyReport.of("E", "line-1", data).hashCode());
    assertNotEquals(report, MonthlyReport.of("F", "line-1", data));
    assertNotEquals(report, MonthlyReport.of("E", "line-2", data));
    assertNotEquals(report, MonthlyReport.of("E", "line-1", data.withClinkerTonnes(bd("1001"))));
    assertNotEquals(report.hashCode(), MonthlyReport.of("E", "line-2", data).hashCode());
    assertNotEquals(report, (Object) data);
    assertEquals("MonthlyReport[E/line-1 2025-01 CEMENT]", report.toString());
    assertEquals("clinker process: 1,000.00 t clinker × 0.535 tCO2/t = 535.00 tCO2", report.explain().split(" \\(")[0]);
  }
}
