package io.github.ets4j.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The one place where percent and fraction meet: the point moves by two places, a ratio is divided once. */
class PercentTest {

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void thePointMovesByTwoPlacesExactlyAtAnySign() {
    assertEquals("0.6239", Percent.toFraction(bd("62.39")).toPlainString());
    assertEquals("-0.05", Percent.toFraction(bd("-5")).toPlainString());
    assertEquals("62.39", Percent.fromFraction(bd("0.6239")).toPlainString());
    // X = -0.0199 is -1.99 %; a growth of 250 % is 2.50 (the point moves, the digits stay).
    assertEquals("-1.99", Percent.fromFraction(bd("-0.0199")).toPlainString());
    assertEquals("2.50", Percent.toFraction(bd("250")).toPlainString());
    BigDecimal many = bd("12.3456789012345678901234567890123456789");
    assertEquals(0, many.compareTo(Percent.fromFraction(Percent.toFraction(many))));
  }

  @Test
  void aRatioIsDividedOnceWithTheCallersRounding() {
    // Shortfall rate (PLAN-POWER-2324): (1,000 − 980) / 1,000 = 2.00 %; (3 − 2) / 3 = 33.333… % → 33.33 %;
    // a surplus (1,000 − 1,020) / 1,000 = −2.00 %; half up at the third decimal: 1 / 8 = 12.5 % → 13 % at 0 decimals.
    assertEquals("2.00", Percent.ofRatio(bd("20"), bd("1000"), 2, RoundingMode.HALF_UP).toPlainString());
    assertEquals("33.33", Percent.ofRatio(bd("1"), bd("3"), 2, RoundingMode.HALF_UP).toPlainString());
    assertEquals("-2.00", Percent.ofRatio(bd("-20"), bd("1000"), 2, RoundingMode.HALF_UP).toPlainString());
    assertEquals("13", Percent.ofRatio(bd("1"), bd("8"), 0, RoundingMode.HALF_UP).toPlainString());
    assertEquals("12", Percent.ofRatio(bd("1"), bd("8"), 0, RoundingMode.DOWN).toPlainString());
    // Load factor 500,000 MWh / (1,000 MW × 8,000 h) = 6.25 %; 2 / 3 to 34 digits is 66.66…67 %.
    assertEquals(0, bd("6.25").compareTo(Percent.ofRatio(bd("500000"), bd("8000000"), MathContext.DECIMAL128)));
    assertEquals("66.66666666666666666666666666666667",
        Percent.ofRatio(bd("2"), bd("3"), MathContext.DECIMAL128).toPlainString());
  }

  @Test
  void badArgumentsAreRefusedNamingTheField() {
    assertEquals("whole", assertThrows(EtsValidationException.class,
        () -> Percent.ofRatio(bd("1"), bd("0.00"), 2, RoundingMode.HALF_UP)).field());
    assertEquals("whole", assertThrows(EtsValidationException.class,
        () -> Percent.ofRatio(bd("1"), BigDecimal.ZERO, MathContext.DECIMAL128)).field());
    assertEquals("decimals", assertThrows(EtsValidationException.class,
        () -> Percent.ofRatio(bd("1"), bd("3"), -1, RoundingMode.HALF_UP)).field());
    assertEquals("percent", assertThrows(EtsValidationException.class, () -> Percent.toFraction(null)).field());
    assertEquals("fraction", assertThrows(EtsValidationException.class, () -> Percent.fromFraction(null)).field());
  }
}
