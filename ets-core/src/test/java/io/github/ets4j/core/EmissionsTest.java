package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmissionsTest {

  private static BigDecimal t(String v) {
    return new BigDecimal(v);
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, t(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void aluminumPfcsInAr5AndSar() {
    // 100,000 t Al at the default factors: CF4 0.034 kg/t -> 3.4 t, C2F6 0.0034 kg/t -> 0.34 t (mrv.md).
    Emissions pfc = Emissions.of(
        EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.CF4, t("3.4")),
        EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.C2F6, t("0.34")));
    // AR5: 3.4 x 6630 + 0.34 x 11100 = 22,542 + 3,774 = 26,316 (the mrv.md example)
    assertAmount("26316", pfc.totalCo2e(GwpSet.AR5));
    // SAR: 3.4 x 6500 + 0.34 x 9200 = 22,100 + 3,128 = 25,228
    assertAmount("25228", pfc.totalCo2e(GwpSet.AR2));
    assertEquals(Co2e.of(t("26316.00"), GwpSet.AR5), pfc.co2e(GwpSet.AR5));
  }

  @Test
  void coveredKeepsDirectLinesOnly() {
    Emissions all = Emissions.of(
        EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, t("1000")),
        EmissionLine.of(EmissionSource.PURCHASED_ELECTRICITY, Gas.CO2, t("570.3")),
        EmissionLine.of(EmissionSource.PURCHASED_HEAT, Gas.CO2, t("10")),
        EmissionLine.deduction(EmissionSource.CARBON_IN_PRODUCTS, Gas.CO2, t("37")));
    assertAmount("1543.3", all.totalCo2e(GwpSet.AR5));
    assertAmount("963", all.covered().totalCo2e(GwpSet.AR5));
    assertAmount("580.3", all.indirect().totalCo2e(GwpSet.AR5));
    assertEquals(2, all.covered().size());
    assertEquals(1, all.bySource(EmissionSource.PURCHASED_HEAT).size());
  }

  @Test
  void massByGasAndFilters() {
    Emissions e = Emissions.of(
        EmissionLine.of(EmissionSource.INDUSTRIAL_PROCESS, Gas.CO2, t("5")),
        EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.CF4, t("0.5")),
        EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, t("7")));
    assertAmount("12", e.tonnesOf(Gas.CO2));
    assertAmount("0.5", e.byGas(Gas.CF4).tonnesOf(Gas.CF4));
    assertTrue(e.byGas(Gas.SF6).isEmpty());
    assertSame(Emissions.empty(), e.byGas(Gas.SF6));
    assertFalse(e.isEmpty());
  }

  @Test
  void orderOfLinesDoesNotMatter() {
    EmissionLine a = EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, t("1"));
    EmissionLine b = EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.CF4, t("2"));
    assertEquals(Emissions.of(a, b), Emissions.of(b, a));
    assertEquals(Emissions.of(a).plus(b), Emissions.of(b).plus(Emissions.of(a)));
    assertEquals(Emissions.of(a, b).hashCode(), Emissions.of(List.of(b, a)).hashCode());
    assertSame(Emissions.empty(), Emissions.of());
  }

  @Test
  void aSetWithoutTheGasIsAnError() {
    Emissions sf6 = Emissions.of(EmissionLine.of(EmissionSource.INDUSTRIAL_PROCESS, Gas.SF6, t("1")));
    GwpSet co2Only = GwpSet.of("co2-only", java.util.Map.of(Gas.CO2, BigDecimal.ONE),
        Source.of("TEST", "", Confidence.ASSUMED));
    assertThrows(EtsValidationException.class, () -> sf6.totalCo2e(co2Only));
  }

  @Test
  void nullLinesAreRefused() {
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> Emissions.of(java.util.Arrays.asList(
            EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, t("1")), null)));
    assertEquals("lines[1]", e.field());
  }
}
