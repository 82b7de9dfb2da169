package io.github.ets4j.study;

/**
 * {@code e^x} for the fast engine's log-normal factors, about twice as fast as {@link Math#exp} on |x| ≤ 1
 * (where the factors of the study's spreads fall) and within 2 ulps of {@link StrictMath#exp} there.
 *
 * <p>x = k/256 + r with k = round(256 x) and |r| ≤ 1/512 (r is exact in {@code double}); e^x = T[k] × p(r)
 * with T[k] = e^(k/256) computed once by {@link StrictMath#exp} and p the Taylor polynomial of degree 5, whose
 * truncation error (|r|^6 / 720 ≤ 1.1 × 10^-19) is far below one ulp. Outside |x| ≤ 1 it is
 * {@link StrictMath#exp}. Pure arithmetic on a fixed table: the same result on every JVM.
 *
 * <p>Not a regulatory figure: a numerical method of the study's draw model. Stateless and thread-safe.
 */
final class SmallExp {
  /** Table steps per unit of x. */
  private static final int STEPS = 256;
  /** e^(k/256) for k = −256 … 256, at index k + 256. */
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
    double k = Math.rint(x * STEPS);
    double r = x - k * (1.0 / STEPS);
    double p = 1 + r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120)))));
    return TABLE[(int) k + STEPS] * p;
  }
}
