package io.github.ets4j.sectors.fuel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each parameter of a resolved fuel takes part in its equality. */
class ResolvedFuelEqualityTest {

  static Parameter p(String name, String value) {
    return Parameter.measured(name, new BigDecimal(value), "1");
  }

  @Test
  void everyParameterCounts() {
    FuelLine coal = FuelLine.of(Fuel.BITUMINOUS_COAL, new BigDecimal("10"), FuelUnit.TONNE);
    ResolvedFuel cc = new ResolvedFuel(coal, p("NCV", "20"), p("CC", "0.026"), null, p("OF", "99"), true);
    assertEquals(cc, new ResolvedFuel(coal, p("NCV", "20"), p("CC", "0.026"), null, p("OF", "99"), true));
    assertEquals(cc.hashCode(),
        new ResolvedFuel(coal, p("NCV", "20"), p("CC", "0.026"), null, p("OF", "99"), true).hashCode());
    assertNotEquals(cc, new ResolvedFuel(coal.withQuantity(new BigDecimal("11")), p("NCV", "20"), p("CC", "0.026"), null,
        p("OF", "99"), true));
    assertNotEquals(cc, new ResolvedFuel(coal, p("NCV", "21"), p("CC", "0.026"), null, p("OF", "99"), true));
    assertNotEquals(cc, new ResolvedFuel(coal, p("NCV", "20"), p("CC", "0.027"), null, p("OF", "99"), true));
    assertNotEquals(cc, new ResolvedFuel(coal, p("NCV", "20"), p("CC", "0.026"), p("C_ar", "0.5"), p("OF", "99"), true));
    assertNotEquals(cc, new ResolvedFuel(coal, p("NCV", "20"), p("CC", "0.026"), null, p("OF", "98"), true));
    assertNotEquals(cc, new ResolvedFuel(coal, p("NCV", "20"), p("CC", "0.026"), null, null, true));
    assertNotEquals(cc.hashCode(),
        new ResolvedFuel(coal, p("NCV", "21"), p("CC", "0.026"), null, p("OF", "99"), true).hashCode());
    // a mass-balance line without an oxidation rate
    ResolvedFuel noOf = new ResolvedFuel(coal, p("NCV", "20"), p("CC", "0.026"), null, null, false);
    assertEquals(java.util.Optional.empty(), noOf.oxidationRate());
    // NCV 3 decimals, CC 5 decimals (mrv.md reporting precisions): 20 → 20.000, 0.026 → 0.02600
    assertEquals("ResolvedFuel[bituminous coal 10.00 t, NCV = 20.000 1 (NCV measured), CC = 0.02600 1 (CC measured), null]",
        noOf.toString());
  }

  @Test
  void rulesAndNames() {
    assertEquals("烟煤", Fuel.BITUMINOUS_COAL.chineseName());
    assertEquals(AcquisitionRule.values().length, FuelRules.chinaNational().rules().size());
    // AG-STEEL-2024 §6.2.3 [V]: carbon contents of steel fuels are always defaults
    assertEquals(io.github.ets4j.core.Source.of("AG-STEEL-2024", "§6.2.3", io.github.ets4j.core.Confidence.OFFICIAL),
        AcquisitionRule.CC_ALWAYS_DEFAULT.source());
  }
}
