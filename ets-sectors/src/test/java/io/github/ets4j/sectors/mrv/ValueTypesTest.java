package io.github.ets4j.sectors.mrv;

import io.github.ets4j.sectors.internal.Explanations;

import io.github.ets4j.sectors.internal.ReportingPrecision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Precision;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  static final Evidence LAB = Evidence.of(EvidenceKind.LAB_REPORT, "LAB-9", "d".repeat(64), LocalDate.of(2025, 3, 1));
  static final Source SRC = Source.of("AG-STEEL-2024", "Table A.1", Confidence.OFFICIAL);

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void parameters() {
    Parameter measured = Parameter.measured("NCV", bd("23.1"), "GJ/t", LAB);
    assertEquals("NCV measured (LAB-9)", measured.provenance());
    assertEquals("NCV = 23.1 GJ/t (NCV measured (LAB-9))", measured.toString());
    assertFalse(measured.isDefault());
    assertTrue(measured.source().isEmpty());
    assertEquals(List.of(LAB), measured.evidence());
    Parameter def = Parameter.ofDefault("CC", bd("0.02618"), "tC/GJ", SRC);
    assertEquals("CC default AG-STEEL-2024 Table A.1 [V]", def.provenance());
    assertEquals(Optional.of(SRC), def.source());
    assertEquals(Acquisition.DEFAULT, def.acquisition());
    assertEquals(def, Parameter.ofDefault("CC", bd("0.026180"), "tC/GJ", SRC));
    assertEquals(def.hashCode(), Parameter.ofDefault("CC", bd("0.026180"), "tC/GJ", SRC).hashCode());
    assertNotEquals(def, measured);
    assertNotEquals(def, "CC");
    assertEquals("CC2", def.withName("CC2").name());
    assertEquals(bd("1"), def.withValue(bd("1")).value());
    assertEquals("tC/GJ", def.unit());
    Parameter design = Parameter.of("NC", bd("0.4"), "t/t", Acquisition.DESIGN_VALUE, Optional.empty(), List.of(LAB, LAB));
    assertEquals("NC design value (LAB-9, LAB-9)", design.provenance());
    assertThrows(EtsValidationException.class, () -> Parameter.measured("NCV", bd("-1"), "GJ/t"));
    assertThrows(EtsValidationException.class, () -> Parameter.measured(" ", bd("1"), "GJ/t"));
    assertThrows(EtsValidationException.class, () -> Parameter.measured("NCV", bd("1"), " "));
    assertThrows(EtsValidationException.class,
        () -> Parameter.of("NCV", bd("1"), "GJ/t", Acquisition.DEFAULT, Optional.empty(), List.of()));
    assertThrows(EtsValidationException.class, () -> def.withValue(bd("-2")));
  }

  @Test
  void reportingPrecisionNamedPoints() {
    assertEquals(bd("1.24"), ReportingPrecision.fuelConsumption(bd("1.235")));
    assertEquals(bd("1.236"), ReportingPrecision.ncv(bd("1.2355")));
    assertEquals(bd("0.02619"), ReportingPrecision.carbonContent(bd("0.026185")));
    assertEquals(bd("0.5433"), ReportingPrecision.elementCarbon(bd("0.54325")));
    assertEquals(bd("2.01"), ReportingPrecision.material(bd("2.005")));
    assertEquals(bd("-2.01"), ReportingPrecision.sourceLine(bd("-2.005")));
    assertEquals(bd("3.01"), ReportingPrecision.productOutput(bd("3.005")));
    assertEquals(bd("1.001"), ReportingPrecision.electricity(bd("1.0005")));
    assertEquals(bd("1.01"), ReportingPrecision.heat(bd("1.005")));
    assertEquals(bd("62.40"), ReportingPrecision.percent(bd("62.395")));
    assertEquals(bd("0.25"), ReportingPrecision.anodeEffectMinutes(bd("0.245")));
    assertEquals(bd("0.036"), ReportingPrecision.efCf4(bd("0.03575")));
    assertEquals(bd("0.0036"), ReportingPrecision.efC2f6(bd("0.00355")));
    assertEquals(bd("27849"), ReportingPrecision.enterpriseTotal(bd("27848.50")));
    // 1 / 3 → 0.3333 (4 decimals)
    assertEquals(bd("0.3333"), ReportingPrecision.intensity(bd("1"), bd("3"), "x"));
    assertThrows(EtsValidationException.class, () -> ReportingPrecision.intensity(bd("1"), bd("0"), "clinker"));
    // 12 tC × 44/12 = 44 exactly
    assertEquals(0, bd("44").compareTo(ReportingPrecision.carbonToCo2(bd("12"))));
  }

  @Test
  void figuresFindingsAndLines() {
    Figure clinker = Figure.of("clinker", "t", Precision.PRODUCT_OUTPUT);
    assertEquals(bd("1.01"), clinker.report(bd("1.005")));
    assertThrows(EtsValidationException.class, () -> clinker.report(bd("-1")));
    Figure balance = Figure.signed("balance", "tCO2", Precision.SOURCE_LINE_EMISSIONS);
    assertEquals(bd("-1.01"), balance.report(bd("-1.005")));
    assertTrue(balance.isSigned());
    assertFalse(clinker.isSigned());
    assertEquals("clinker [t]", clinker.toString());
    assertEquals(clinker, Figure.of("clinker", "t", Precision.INTENSITY));
    assertEquals(clinker.hashCode(), Figure.of("clinker", "t", Precision.INTENSITY).hashCode());
    assertNotEquals(clinker, balance);
    assertEquals(Precision.PRODUCT_OUTPUT, clinker.precision());
    assertEquals("t", clinker.unit());
    assertThrows(EtsValidationException.class, () -> Figure.of(" ", "t", Precision.PRODUCT_OUTPUT));

    Finding finding = Finding.of(YearMonth.of(2025, 3), "code", "seen");
    assertEquals("2025-03 code: seen", finding.toString());
    assertEquals(finding, Finding.of(YearMonth.of(2025, 3), "code", "seen"));
    assertEquals(finding.hashCode(), Finding.of(YearMonth.of(2025, 3), "code", "seen").hashCode());
    assertNotEquals(finding, Finding.of(YearMonth.of(2025, 4), "code", "seen"));
    assertThrows(EtsValidationException.class, () -> Finding.of(YearMonth.of(2025, 3), "", "seen"));

    Parameter ncv = Parameter.measured("NCV", bd("20"), "GJ/t", LAB);
    FuelUse use = FuelUse.of("coal", bd("10"), ncv, true);
    assertEquals(use, FuelUse.of("coal", bd("10.0"), ncv, true));
    assertEquals(use.hashCode(), FuelUse.of("coal", bd("10.0"), ncv, true).hashCode());
    assertNotEquals(use, FuelUse.of("coal", bd("10"), ncv, false));
    assertTrue(use.toString().startsWith("coal 10 at NCV"));
    assertThrows(EtsValidationException.class, () -> FuelUse.of("coal", bd("-1"), ncv, true));

    CalculatedLine line = CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "coal", bd("1.005"), "f", List.of(ncv));
    assertEquals(bd("1.01"), line.reportedCo2e());
    assertEquals(bd("1.005"), line.exactCo2e());
    assertEquals("coal: f = 1.01 tCO2", line.explanation());
    assertEquals(line.explanation(), line.toString());
    assertTrue(line.isCovered());
    assertEquals(line, CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "coal", bd("1.005"), "f", List.of(ncv)));
    assertEquals(line.hashCode(),
        CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "coal", bd("1.005"), "f", List.of(ncv)).hashCode());
    assertNotEquals(line, "coal");
    CalculatedLine deduction = CalculatedLine.co2(EmissionSource.CARBON_IN_PRODUCTS, "steel", bd("2"), "g", List.of());
    assertEquals(bd("-2.00"), deduction.reportedCo2e());
    assertEquals(bd("-2"), deduction.exactCo2e());
    assertTrue(deduction.explanation().contains("= −2.00 tCO2"));
    CalculatedLine indirect = CalculatedLine.co2(EmissionSource.PURCHASED_ELECTRICITY, "grid", bd("2"), "g", List.of());
    assertFalse(indirect.isCovered());
    assertThrows(EtsValidationException.class,
        () -> CalculatedLine.co2(EmissionSource.FUEL_COMBUSTION, "coal", bd("-1"), "f", List.of()));
    CalculatedLine pfc = CalculatedLine.pfc("pfc", bd("3.4"), bd("0.34"), GwpSet.AR5, "h", List.of());
    assertEquals(bd("26316.00"), pfc.reportedCo2e());
    assertEquals(EmissionSource.ANODE_EFFECT, pfc.source());
    assertEquals("pfc", pfc.label());
    assertEquals(2, pfc.lines().size());
    assertEquals("12,345.67", Explanations.number(bd("12345.67")));
    assertEquals("1,000", Explanations.number(bd("1E+3")));
    assertEquals("", Explanations.defaultsSuffix(List.of(ncv)));
  }
}
