package io.github.ets4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Normalising on the unscaled long gives the stripped amount of the rule's own route, digit and scale (equals, not
 * compareTo), or leaves the amount to it: amounts with and without trailing zeros, at negative, zero and positive
 * scales, and past 18 digits.
 */
class NormaliseProperties {
  private static final long SEED = 20_261_202L;

  @Test
  void theLongRouteGivesTheStrippedAmount() {
    AtomicInteger onLong = new AtomicInteger();
    AtomicInteger left = new AtomicInteger();
    // unscaled × 10^zeros: trailing zeros that the scale may or may not cover.
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(longs().between(-999_999_999L, 999_999_999L), integers().between(0, 9), integers().between(-3, 12))
        .checkAssert((digits, zeros, scale) -> {
          if (digits == 0) {
            return;
          }
          BigDecimal value = new BigDecimal(BigInteger.valueOf(digits).multiply(BigInteger.TEN.pow(zeros)), scale);
          if (Checks.normaliseOnLong(value) == null) {
            left.incrementAndGet();
          } else {
            onLong.incrementAndGet();
          }
          BigDecimal expected = Checks.stripped(value);
          BigDecimal normal = Checks.normalise(value);
          assertEquals(expected, normal, value.toString());
          assertEquals(expected.scale(), normal.scale(), value.toString());
        });
    assertTrue(onLong.get() > 10_000, "the long route normalised only " + onLong.get() + " amounts");
    assertTrue(left.get() > 1_000, "the rule's route normalised only " + left.get() + " amounts");
  }

  @Test
  void edgeAmounts() {
    // 18 digits at a positive scale: the long route; 19 digits: the rule's route.
    BigDecimal eighteen = new BigDecimal("99999999999999990.0");
    assertEquals(new BigDecimal("99999999999999990"), Checks.normalise(eighteen));
    BigDecimal nineteen = new BigDecimal("999999999999999900.0");
    assertNull(Checks.normaliseOnLong(nineteen));
    assertEquals(new BigDecimal("999999999999999900"), Checks.normalise(nineteen));
    // Long.MIN_VALUE's digits are 19: the rule's route.
    assertNull(Checks.normaliseOnLong(BigDecimal.valueOf(Long.MIN_VALUE, 2)));
    assertEquals(new BigDecimal("-12.5"), Checks.normalise(new BigDecimal("-12.50")));
    assertEquals(new BigDecimal("1230"), Checks.normalise(new BigDecimal("1230.00")));
    assertEquals(new BigDecimal("1230"), Checks.normalise(new BigDecimal("1.23E+3")));
    assertEquals(BigDecimal.ZERO, Checks.normalise(new BigDecimal("0.000")));
    assertEquals(new BigDecimal("0.01"), Checks.normalise(new BigDecimal("0.0100")));
  }
}
