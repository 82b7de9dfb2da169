package io.github.ets4j.allocation.industry;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.annotation.Nullable;

/**
 * {@code N.divide(Q, MathContext.DECIMAL128)} (34 significant digits, half even) by long division when both operands'
 * unscaled integers fit a {@code long}: the same {@code BigDecimal}, value and scale, without {@code BigDecimal}'s
 * division through {@code BigInteger}s. A unit's intensity {@code I = N / Q} is computed for every industrial unit of
 * a sector (the band holds nearly all of them at the balance value), which made this division a measured share of
 * the exact allocation (BENCHMARKS.md, sixth and seventh passes).
 *
 * <p>What {@code divide(divisor, mc)} returns for positive operands with at most 34-digit results: the quotient
 * {@code U = floor(n × 10^k / q)} with k chosen so that U has exactly 34 digits, scale {@code k + scale(N) −
 * scale(Q)}, rounded half even by the remainder (for long operands it never rounds up to 10^34). Only an exact
 * quotient is then stripped of trailing zeros down to the preferred scale {@code scale(N) − scale(Q)}; this class
 * leaves that case (remainder zero), zero or negative operands, divisors above 10^12 and scales beyond the int range
 * to {@code BigDecimal}, so its own route only ever builds a rounded, inexact quotient, where no stripping happens.
 * {@code LongQuotientProperties} holds the two routes equal. Immutable (holds no state).
 */
final class LongQuotient {
  /** Divisors up to this: a remainder below it times 10^6 fits a {@code long}. */
  private static final long MAX_DIVISOR = 1_000_000_000_000L;
  /** Digits of a DECIMAL128 result. */
  private static final int DIGITS = 34;
  /** Digits of the quotient produced per long division step: the remainder times 10^6 stays below 10^18. */
  private static final int CHUNK = 6;
  private static final long[] TENS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L};

  private LongQuotient() {}

  /**
   * {@code n.divide(q, MathContext.DECIMAL128)}, value and scale.
   *
   * @param n the dividend
   * @param q the divisor, not zero (a zero divisor is {@code BigDecimal}'s {@link ArithmeticException})
   * @return the 34-digit quotient
   */
  static BigDecimal divide(BigDecimal n, BigDecimal q) {
    BigDecimal fast = fastOrNull(n, q);
    return fast != null ? fast : n.divide(q, BalanceValue.CONTEXT);
  }

  /** The long route's quotient, or null where {@code BigDecimal}'s route must answer (see the class comment). */
  static @Nullable BigDecimal fastOrNull(BigDecimal n, BigDecimal q) {
    if (n.signum() <= 0 || q.signum() <= 0 || n.precision() > 18 || q.precision() > 13) {
      return null;
    }
    long x = n.unscaledValue().longValue();
    long y = q.unscaledValue().longValue();
    if (y > MAX_DIVISOR) {
      return null;
    }
    long a = x / y;
    long r = x % y;
    // k: the decimal digits to append after the integer part a so that U has 34 digits.
    int k;
    if (a > 0) {
      k = DIGITS - digits(a);
    } else {
      // x < y ≤ 10^12: the leading zeros of the fraction, t stays below 10^13.
      int zeros = 0;
      long t = x;
      while (t < y) {
        t *= 10;
        zeros++;
      }
      k = DIGITS - 1 + zeros;
    }
    long scale = (long) k + n.scale() - q.scale();
    // U as an unsigned 128-bit number (high, low).
    long high = 0;
    long low = a;
    for (int left = k; left > 0; left -= CHUNK) {
      int c = Math.min(CHUNK, left);
      long m = TENS[c];
      long t = r * m;
      long digits = t / y;
      r = t % y;
      // U = U × m + digits; m < 2^20 and U < 10^34 / m, so the high part cannot overflow.
      long carry = unsignedMultiplyHigh(low, m);
      high = high * m + carry;
      low = low * m;
      long sum = low + digits;
      if (Long.compareUnsigned(sum, low) < 0) {
        high++;
      }
      low = sum;
    }
    if (r == 0) {
      // Exact: BigDecimal strips trailing zeros towards the preferred scale; let it.
      return null;
    }
    long rest = y - r;
    if (r > rest || (r == rest && (low & 1) == 1)) {
      // U + 1 stays below 10^34 (no carry into a 35th digit): that would need n × 10^k / q within 1/2 of
      // 10^34, i.e. an integer q × 10^(34 − k) − n in (0, q / 2 × 10^−k) with k ≥ 15 and q ≤ 10^12, or
      // (n < q) a q of at least 2 × 10^34.
      low++;
      if (low == 0) {
        high++;
      }
    }
    if (scale < Integer.MIN_VALUE || scale > Integer.MAX_VALUE) {
      return null;
    }
    return new BigDecimal(unsigned(high, low), (int) scale);
  }

  private static int digits(long positive) {
    int d = 1;
    long p = 10;
    while (d < 19 && positive >= p) {
      d++;
      p *= 10;
    }
    return d;
  }

  /** The high 64 bits of the unsigned product of a and b. */
  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  private static BigInteger unsigned(long high, long low) {
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (high >>> (56 - 8 * i));
      bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
    }
    return new BigInteger(1, bytes);
  }
}
