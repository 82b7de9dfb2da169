package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EmissionLineTest {

  @Test
  void negativeEmissionIsRefusedWithFieldValueAndRule() {
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, new BigDecimal("-0.01")));
    assertEquals("tonnes", e.field());
    assertEquals("-0.01", e.value());
    assertEquals("tonnes = -0.01: an emission of CO2 from FUEL_COMBUSTION must not be negative", e.getMessage());
  }

  @Test
  void deductionsAreNegativeAndPositiveDeductionsAreRefused() {
    EmissionLine crudeSteel = EmissionLine.deduction(EmissionSource.CARBON_IN_PRODUCTS, Gas.CO2, new BigDecimal("37"));
    assertEquals(new BigDecimal("-37"), crudeSteel.tonnes());
    assertTrue(crudeSteel.isCovered());
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> EmissionLine.of(EmissionSource.CARBON_IN_PRODUCTS, Gas.CO2, BigDecimal.ONE));
    assertTrue(e.rule().contains("deduction"), e.rule());
    assertThrows(EtsValidationException.class,
        () -> EmissionLine.deduction(EmissionSource.CARBON_IN_PRODUCTS, Gas.CO2, BigDecimal.ONE.negate()));
  }

  @Test
  void scaleIsNormalised() {
    EmissionLine a = EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, new BigDecimal("1000.00"));
    EmissionLine b = EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, new BigDecimal("1E+3"));
    assertEquals(a, b);
    assertEquals("1000", a.tonnes().toString());
    assertEquals(BigDecimal.ZERO, EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, new BigDecimal("0.000")).tonnes());
  }

  @Test
  void indirectLinesAreNotCovered() {
    assertFalse(EmissionLine.of(EmissionSource.PURCHASED_ELECTRICITY, Gas.CO2, BigDecimal.TEN).isCovered());
    assertFalse(EmissionSource.PURCHASED_HEAT.isDirect());
    assertTrue(EmissionSource.ANODE_EFFECT.isDirect());
  }

  @Test
  void labelsDescribeTheLine() {
    EmissionLine coal = EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, BigDecimal.ONE).withLabel("bituminous coal");
    assertEquals("bituminous coal", coal.label());
    assertEquals(new BigDecimal("6630"), EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.CF4, BigDecimal.ONE).co2eTonnes(GwpSet.AR5));
  }
}
