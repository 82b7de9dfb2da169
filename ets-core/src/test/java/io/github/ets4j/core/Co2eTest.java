package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class Co2eTest {

  @Test
  void amountsOfOneSetAddAndCompare() {
    Co2e a = Co2e.of(new BigDecimal("10.50"), GwpSet.AR5);
    Co2e b = Co2e.of(new BigDecimal("0.5"), GwpSet.AR5);
    assertEquals(Co2e.of(new BigDecimal("11"), GwpSet.AR5), a.plus(b));
    assertEquals(Co2e.of(BigDecimal.TEN, GwpSet.AR5), a.minus(b));
    assertTrue(a.compareTo(b) > 0);
    assertEquals("10.5 tCO2e (AR5)", a.toString());
    assertEquals(Co2e.of(new BigDecimal("11"), GwpSet.AR5), a.rounded(Precision.ENTERPRISE_TOTAL));
    assertEquals(Co2e.zero(GwpSet.AR5), a.minus(a));
  }

  @Test
  void amountsOfDifferentSetsCannotBeMixed() {
    Co2e ar5 = Co2e.of(BigDecimal.ONE, GwpSet.AR5);
    Co2e ar2 = Co2e.of(BigDecimal.ONE, GwpSet.AR2);
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> ar5.plus(ar2));
    assertEquals("gwpSet = AR2: cannot combine CO2e made with AR2 and AR5", e.getMessage());
    assertThrows(EtsValidationException.class, () -> ar5.minus(ar2));
    assertThrows(EtsValidationException.class, () -> ar5.compareTo(ar2));
  }
}
