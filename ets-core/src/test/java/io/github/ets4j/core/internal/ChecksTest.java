package io.github.ets4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void eachCheckNamesFieldValueAndRule() {
    assertEquals("oxidationRatePercent = 100.5: must be a percentage between 0 and 100",
        assertThrows(EtsValidationException.class, () -> Checks.percent("oxidationRatePercent", new BigDecimal("100.5"))).getMessage());
    assertEquals("share = 1.01: must be a fraction between 0 and 1",
        assertThrows(EtsValidationException.class, () -> Checks.fraction("share", new BigDecimal("1.01"))).getMessage());
    assertEquals("share = -0.01: must be a fraction between 0 and 1",
        assertThrows(EtsValidationException.class, () -> Checks.fraction("share", new BigDecimal("-0.01"))).getMessage());
    assertEquals("fuel = null: is required",
        assertThrows(EtsValidationException.class, () -> Checks.notNull("fuel", null)).getMessage());
    assertEquals("name = \" \": must not be blank",
        assertThrows(EtsValidationException.class, () -> Checks.notBlank("name", " ")).getMessage());
    assertEquals("output = 0: must be greater than zero",
        assertThrows(EtsValidationException.class, () -> Checks.positive("output", BigDecimal.ZERO)).getMessage());
    assertEquals("mass = -1: must not be negative",
        assertThrows(EtsValidationException.class, () -> Checks.nonNegative("mass", BigDecimal.ONE.negate())).getMessage());
  }

  @Test
  void aFieldNameInTwoPartsIsTheSameRefusalAsTheWholeName() {
    // The field is "quantity of coke", the value and the rule those of the one-part check.
    EtsValidationException negative = assertThrows(EtsValidationException.class,
        () -> Checks.nonNegative("quantity of ", "coke", new BigDecimal("-0.01")));
    assertEquals("quantity of coke", negative.field());
    assertEquals("quantity of coke = -0.01: must not be negative", negative.getMessage());
    assertEquals("quantity of coke = null: is required", assertThrows(EtsValidationException.class,
        () -> Checks.nonNegative("quantity of ", "coke", null)).getMessage());
    assertEquals("unit of NCV = null: is required", assertThrows(EtsValidationException.class,
        () -> Checks.notNull("unit of ", "NCV", null)).getMessage());
    assertEquals("prefix", assertThrows(EtsValidationException.class,
        () -> Checks.nonNegative(null, "coke", BigDecimal.ONE)).field());
    assertEquals("name", assertThrows(EtsValidationException.class,
        () -> Checks.notNull("unit of ", null, BigDecimal.ONE)).field());
    // A valid value is returned as it is, zero included.
    BigDecimal zero = new BigDecimal("0.00");
    assertSame(zero, Checks.nonNegative("quantity of ", "coke", zero));
    assertSame(zero, Checks.notNull("unit of ", "NCV", zero));
  }

  @Test
  void boundariesAreAccepted() {
    assertEquals(BigDecimal.ZERO, Checks.percent("p", BigDecimal.ZERO));
    assertEquals(new BigDecimal("100"), Checks.percent("p", new BigDecimal("100")));
    assertEquals(BigDecimal.ONE, Checks.fraction("f", BigDecimal.ONE));
    assertEquals(BigDecimal.ZERO, Checks.nonNegative("m", BigDecimal.ZERO));
    assertEquals("a", Checks.notBlank("n", "a"));
  }

  @Test
  void normaliseKeepsAPlainScale() {
    assertEquals("1000", Checks.normalise(new BigDecimal("1000.000")).toString());
    assertEquals("1.5", Checks.normalise(new BigDecimal("1.50")).toString());
    assertEquals(BigDecimal.ZERO, Checks.normalise(new BigDecimal("0.00")));
  }
}
