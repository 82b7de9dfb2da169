package io.github.ets4j.study;

/**
 * {@code e^x} for the fast engine's log-normal factors, about twice as fast as {@link Math#exp} on |x| ≤ 1
 * (where the factors of the study's spreads fall) and within 2 ulps of {@link StrictMath#exp} there.
 *
 * <p>x = k/4096 + r with k = round(4096 x) and |r| ≤ 1/8192 (r is exact in {@code double}); e^x = T[k] × p(r)
 * with T[k] = e^(k/4096) computed once by {@link StrictMath#exp} and p the Taylor polynomial of degree 3, whose
 * truncation error (|r|^4 / 24 ≤ 9.3 × 10^-18, 0.04 ulp of 1) is far below one ulp. The fine table (8193 doubles,
 * 64 KiB, of which the study's factors touch the middle few thousand) buys the short polynomial: it measured faster
 * than 257 entries with degree 5. Outside |x| ≤ 1 it is {@link StrictMath#exp}. Pure arithmetic on a fixed table:
 * the same result on every JVM.
 *
 * <p>Not a regulatory figure: a numerical method of the study's draw model. Stateless and thread-safe.
 */
final class SmallExp {
  /** Table steps per unit of x. */
  private static final int STEPS = 4096;
  /** 1.5 × 2^52: x + SHIFTER rounds x (|x| < 2^51) to an integer kept in the low bits of the sum. */
  private static final double SHIFTER = 0x1.8p52;
  /** e^(k/4096) for k = −4096 … 4096, at index k + 4096. */
  private static final double[] TABLE = new double[2 * STEPS + 1];

  static {
    for (int k = -STEPS; k <= STEPS; k++) {
      TABLE[k + STEPS] = StrictMath.exp(k / (double) STEPS);
    }
  }

  private SmallExp() {
  }

  /**
   * e^x.
   *
   * @param x the exponent
   * @return e^x, within 2 ulps of {@link StrictMath#exp} for |x| ≤ 1, equal to it elsewhere
   */
  static double exp(double x) {
    if (!(Math.abs(x) <= 1)) {
      return StrictMath.exp(x);
    }
    // k = round(4096 x) by the shifter: adding 1.5 × 2^52 rounds to an integer (to nearest, ties to even, as
    // Math.rint) and leaves it in the low bits, so neither rint nor the guarded double-to-int conversion is needed.
    double shifted = x * STEPS + SHIFTER;
    int k = (int) Double.doubleToRawLongBits(shifted);
    double r = x - (shifted - SHIFTER) * (1.0 / STEPS);
    double p = 1 + r * (1 + r * (1.0 / 2 + r * (1.0 / 6)));
    return TABLE[k + STEPS] * p;
  }
}
