package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The fast path's percent: one exact conversion and one rounding to double, or one double division. */
class FastPercentTest {

  @Test
  void aDecimalPercentIsConvertedExactlyThenRoundedOnce() {
    // 0.57 is the double nearest 57/100; 57 × 0.01 in double is 0.5700000000000001, which this must not give.
    assertEquals(0.57, FastPercent.toFraction(new BigDecimal("57")));
    assertEquals(0.6239, FastPercent.toFraction(new BigDecimal("62.39")));
    assertEquals(-0.05, FastPercent.toFraction(new BigDecimal("-5")));
    assertThrows(EtsValidationException.class, () -> FastPercent.toFraction((BigDecimal) null));
  }

  @Test
  void aDoublePercentIsDividedByAHundred() {
    // The nearest-rank percentile of 20 values: ceil(95 / 100 × 20) = 19, as the fast engine ranks them.
    assertEquals(19, (int) Math.ceil(FastPercent.toFraction(95) * 20));
    assertEquals(0.05, FastPercent.toFraction(5.0));
    assertEquals(1.0, FastPercent.toFraction(100.0));
  }
}
