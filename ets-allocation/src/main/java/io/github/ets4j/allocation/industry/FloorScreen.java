package io.github.ets4j.allocation.industry;

import java.math.BigDecimal;

/**
 * Decides an ordinary unit's whole-tonne allocation {@code floor(E × (1 + α(1 − (N / Q) / BP)))} on doubles when
 * their error bound clears it, so that the 34-digit X, α and {@code E × (1 + α)} need not be computed to allocate.
 *
 * <p>The double chain is ten roundings of at most 2^-53 (1.1e-16) each, relative to the magnitudes involved: the
 * double {@code E × (1 + α)} is within about {@code 4.4e-16 × E × (1 + slope) × (2 + I / BP)} of the exact value.
 * The screen accepts a floor only when that double lies farther from both neighbouring whole tonnes than
 * {@code 1e-13 × E × (1 + slope) × (2 + I / BP)}, over two hundred times that error, and X farther than 1e-9 from ±band (where α changes formula, and a what-if rule's α jumps). Then the
 * 34-digit floor, the exact floor and the double's floor are the same whole number (the 34-digit figures are within
 * about 1e-33 of the exact ones). Inputs beyond the doubles' normal range, or a product beyond 2^53, are left
 * undecided: the policy then takes its 34-digit route with the exact fallback near whole tonnes, as before.
 * {@code FloorScreenProperties} checks the screen against that route. Immutable and thread-safe.
 */
final class FloorScreen {
  /** Undecided: the caller computes the floor with decimals. */
  static final long UNDECIDED = -1;
  private static final double RELATIVE_BOUND = 1e-13;
  private static final double BAND_MARGIN = 1e-9;
  /** Below 2^53 every whole double is exact and the floor's long is the floor. */
  private static final double EXACT_WHOLE = 0x1p53;
  private static final double SMALLEST = 1e-290;
  private static final double LARGEST = 1e290;

  private final double slope;
  private final double band;
  private final double cap;
  private final double reciprocal;
  private final boolean usable;

  FloorScreen(CoefficientRule rule, BigDecimal level) {
    this.slope = rule.slope().value().doubleValue();
    this.band = rule.band().value().doubleValue();
    this.cap = rule.cap().value().doubleValue();
    double bp = level.doubleValue();
    this.reciprocal = 1 / bp;
    this.usable = normal(bp) && normal(reciprocal) && normal(slope) && normal(band) && finite(cap);
  }

  /**
   * The floor of {@code E × (1 + α)} when the doubles decide it.
   *
   * @param emissions E, t
   * @param intensityEmissions N, t
   * @param output Q
   * @return the whole tonnes, or {@link #UNDECIDED}
   */
  long floor(BigDecimal emissions, BigDecimal intensityEmissions, BigDecimal output) {
    if (!usable) {
      return UNDECIDED;
    }
    double e = emissions.doubleValue();
    double n = intensityEmissions.doubleValue();
    double q = output.doubleValue();
    if (!normalOrZero(e) || !normalOrZero(n) || !normal(q)) {
      return UNDECIDED;
    }
    double ratio = n / q * reciprocal;
    if (!normalOrZero(ratio)) {
      return UNDECIDED;
    }
    double x = 1 - ratio;
    if (Math.abs(x - band) <= BAND_MARGIN || Math.abs(x + band) <= BAND_MARGIN) {
      return UNDECIDED;
    }
    double alpha = x >= band ? cap : x <= -band ? -cap : slope * x;
    double a = e * (1 + alpha);
    if (!(a >= 0 && a < EXACT_WHOLE)) {
      return UNDECIDED;
    }
    double whole = Math.floor(a);
    double bound = RELATIVE_BOUND * e * (1 + slope) * (2 + ratio);
    if (a - whole <= bound || whole + 1 - a <= bound) {
      return UNDECIDED;
    }
    return (long) whole;
  }

  private static boolean normal(double v) {
    return v >= SMALLEST && v <= LARGEST;
  }

  private static boolean normalOrZero(double v) {
    return v == 0 || normal(v);
  }

  private static boolean finite(double v) {
    return v >= 0 && v <= LARGEST;
  }
}
