package io.github.ets4j.allocation.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link LongQuotient} against {@code BigDecimal.divide(…, MathContext.DECIMAL128)}: the same value AND scale
 * ({@code equals}), generated with a fixed seed: ordinary operands of every size a long allows, divisors at and
 * beyond the long route's bound, terminating quotients, quotients whose 35th digit is exactly a half (q = 2^b,
 * n × 5^b of 35 digits), zero numerators and scales far apart.
 */
class LongQuotientProperties {
  private static final long SEED = 20_261_202L;
  private static final int EXAMPLES = 60_000;

  private static void check(BigDecimal n, BigDecimal q, AtomicInteger fast, AtomicInteger plain) {
    BigDecimal expected = n.divide(q, MathContext.DECIMAL128);
    BigDecimal actual = LongQuotient.divide(n, q);
    assertEquals(expected.unscaledValue(), actual.unscaledValue(), () -> n + " / " + q);
    assertEquals(expected.scale(), actual.scale(), () -> n + " / " + q);
    if (LongQuotient.fastOrNull(n, q) != null) {
      fast.incrementAndGet();
    } else {
      plain.incrementAndGet();
    }
  }

  private static long magnitude(long raw, int digits) {
    long bound = digits >= 19 ? Long.MAX_VALUE : BigInteger.TEN.pow(digits).longValueExact();
    return 1 + Math.floorMod(raw, bound - 1);
  }

  @Test
  void theLongRouteIsDecimal128() {
    AtomicInteger fast = new AtomicInteger();
    AtomicInteger plain = new AtomicInteger();
    AtomicInteger halves = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(longs().all(), longs().all(), integers().between(0, 6 * 64 - 1), integers().between(-12, 12))
        .checkAssert((rawN, rawQ, kindAndSize, scales) -> {
          int kind = kindAndSize % 6;
          int size = kindAndSize / 6;
          int sn = Math.floorMod(size * 7 + scales, 9);
          int sq = Math.floorMod(scales, 7);
          long n;
          long q;
          switch (kind) {
            case 0:
              // Any sizes: the numerator up to 19 digits, the divisor up to 14 (beyond the bound 10^12).
              n = magnitude(rawN, 1 + size % 19);
              q = magnitude(rawQ, 1 + size % 14);
              break;
            case 1:
              // Terminating: q = 2^a 5^b, n any multiple; exact quotients of few digits (1/4, 302/300 and so on).
              q = (1L << (size % 20)) * BigInteger.valueOf(5).pow(Math.floorMod(rawQ, 9)).longValueExact();
              n = q * magnitude(rawN, 6) / (1 + Math.floorMod(rawN, 4));
              break;
            case 2: {
              // Exactly half-way at the 35th digit: q = 2^b, n odd with n × 5^b of 35 digits.
              int b = 22 + size % 18;
              BigInteger five = BigInteger.valueOf(5).pow(b);
              long lowN = BigInteger.TEN.pow(34).divide(five).longValueExact() + 1;
              long highN = Math.min(Long.MAX_VALUE, BigInteger.TEN.pow(35).divide(five).min(
                  BigInteger.valueOf(Long.MAX_VALUE)).longValueExact());
              n = (lowN + Math.floorMod(rawN, highN - lowN)) | 1;
              if (BigInteger.valueOf(n).multiply(five).toString().length() != 35) {
                n = lowN | 1;
              }
              q = 1L << b;
              assertEquals(35, BigInteger.valueOf(n).multiply(five).toString().length());
              halves.incrementAndGet();
              break;
            }
            case 3:
              // Zero numerators, any scale.
              n = 0;
              q = magnitude(rawQ, 1 + size % 13);
              break;
            case 4:
              // Huge over tiny and tiny over huge.
              n = size % 2 == 0 ? Long.MAX_VALUE - Math.floorMod(rawN, 1000) : 1 + Math.floorMod(rawN, 9);
              q = size % 2 == 0 ? 1 + Math.floorMod(rawQ, 9) : 999_999_999_999L - Math.floorMod(rawQ, 1000);
              break;
            default:
              // Around the divisor bound 10^12 and the 18-digit numerator bound.
              n = 99_999_999_999_999_999L + Math.floorMod(rawN, 20) - 10;
              q = 1_000_000_000_000L + Math.floorMod(rawQ, 5) - 2;
              break;
          }
          check(BigDecimal.valueOf(n, sn), BigDecimal.valueOf(q, sq), fast, plain);
          check(BigDecimal.valueOf(n, -sn), BigDecimal.valueOf(q, sq + 3), fast, plain);
        });
    assertTrue(fast.get() > 20_000, "long route " + fast);
    assertTrue(plain.get() > 20_000, "BigDecimal route " + plain);
    assertTrue(halves.get() > 5_000, "half-way cases " + halves);
  }

  @Test
  void examplesByHand() {
    // 1 / 3 = 0.333…3 (34 threes), 2 / 3 rounds its last digit up, 302 / 300 = 1.00666…67, 1 / 4 = 0.25 exact.
    assertEquals(new BigDecimal("0." + "3".repeat(34)), LongQuotient.divide(BigDecimal.ONE, new BigDecimal("3")));
    assertEquals(new BigDecimal("0." + "6".repeat(33) + "7"), LongQuotient.divide(new BigDecimal("2"), new BigDecimal("3")));
    assertEquals(new BigDecimal("1.00" + "6".repeat(30) + "7"),
        LongQuotient.divide(new BigDecimal("302"), new BigDecimal("300")));
    assertEquals(new BigDecimal("0.25"), LongQuotient.divide(BigDecimal.ONE, new BigDecimal("4")));
    assertEquals(new BigDecimal("1.2"), LongQuotient.divide(new BigDecimal("3.0"), new BigDecimal("2.5")));
    // 1 / 2^23 = 1.1920928955078125e-7 exactly (17 digits), beyond 34 digits nothing: exact, left to BigDecimal.
    assertNull(LongQuotient.fastOrNull(BigDecimal.ONE, BigDecimal.valueOf(1L << 23)));
    assertThrows(ArithmeticException.class, () -> LongQuotient.divide(BigDecimal.ONE, BigDecimal.ZERO));
  }
}
