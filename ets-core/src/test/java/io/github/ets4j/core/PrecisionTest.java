package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Reporting precisions typed from mrv.md, "Reporting precision". */
class PrecisionTest {

  @Test
  void reportingPrecisionsOfAppendixC() {
    assertEquals(2, Precision.FUEL_CONSUMPTION.decimals());
    assertEquals(3, Precision.NCV.decimals());
    assertEquals(5, Precision.CARBON_CONTENT.decimals());
    assertEquals(2, Precision.MATERIAL.decimals());
    assertEquals(2, Precision.SOURCE_LINE_EMISSIONS.decimals());
    assertEquals(2, Precision.PRODUCT_OUTPUT.decimals());
    assertEquals(4, Precision.INTENSITY.decimals());
    assertEquals(3, Precision.ELECTRICITY.decimals());
    assertEquals(2, Precision.HEAT.decimals());
    assertEquals(2, Precision.PERCENT.decimals());
    assertEquals(0, Precision.ENTERPRISE_TOTAL.decimals());
    assertEquals(4, Precision.ELEMENT_CARBON_AS_RECEIVED.decimals());
    assertEquals(2, Precision.ANODE_EFFECT_MINUTES.decimals());
    assertEquals(3, Precision.EF_CF4.decimals());
    assertEquals(4, Precision.EF_C2F6.decimals());
    assertEquals("AG-STEEL-2024 Appendix C [V]", Precision.NCV.source().toString());
  }

  @Test
  void halfUpAndFloor() {
    assertEquals(new BigDecimal("27848.29"), Precision.SOURCE_LINE_EMISSIONS.round(new BigDecimal("27848.2853")));
    assertEquals(new BigDecimal("0.13"), Precision.SOURCE_LINE_EMISSIONS.round(new BigDecimal("0.125")));
    Precision floor = Precision.of("unit allocation", 0, RoundingMode.FLOOR,
        Source.of("PLAN-2526-DRAFT", "", Confidence.DRAFT));
    assertEquals(new BigDecimal("1789"), floor.round(new BigDecimal("1789.70")));
  }

  @Test
  void badPrecisionsAreRefused() {
    Source s = Source.of("X", "", Confidence.ASSUMED);
    assertThrows(EtsValidationException.class, () -> Precision.of("x", -1, RoundingMode.HALF_UP, s));
    assertThrows(EtsValidationException.class, () -> Precision.of("x", 13, RoundingMode.HALF_UP, s));
    assertThrows(EtsValidationException.class, () -> Precision.of("x", 2, RoundingMode.UNNECESSARY, s));
    assertThrows(EtsValidationException.class, () -> Precision.of("", 2, RoundingMode.HALF_UP, s));
  }
}
