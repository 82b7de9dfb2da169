package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The README's first usage example, so that it compiles and holds; ReadmeSnippetsTest checks it stands in README.md. */
class ReadmeExampleTest {

  @Test
  void usageExampleCompilesAndHolds() {
    // README:BEGIN
    Emissions pfc = Emissions.of(
        EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.CF4, new BigDecimal("3.4")),
        EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.C2F6, new BigDecimal("0.34")),
        EmissionLine.of(EmissionSource.PURCHASED_ELECTRICITY, Gas.CO2, new BigDecimal("570.3")));
    BigDecimal covered = pfc.covered().totalCo2e(GwpSet.AR5);   // 26316 tCO2e: indirect lines are not covered
    Co2e sar = pfc.covered().co2e(GwpSet.AR2);                  // 25228 tCO2e (AR2)
    // Amounts remember their GWP set: mixing sets is an error, not a silent sum.
    assert covered.compareTo(new BigDecimal("26316")) == 0;
    assert sar.gwpSet().equals(GwpSet.AR2);
    // README:END
    assertEquals(0, covered.compareTo(new BigDecimal("26316")));
    assertEquals(0, sar.tonnes().compareTo(new BigDecimal("25228")));
  }
}
