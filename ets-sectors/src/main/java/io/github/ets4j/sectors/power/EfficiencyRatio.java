package io.github.ets4j.sectors.power;

import java.math.BigDecimal;

/**
 * A screen for the efficiency finding (VG-POWER-2026): the finding compares the ratio {@code output / fuel heat},
 * divided to 34 significant digits ({@code ReportingPrecision.DIVISION}), with a limit, and nearly every month lies
 * far below it. The screen decides "below" on doubles where the rounding errors cannot reach the limit, and leaves
 * every other case (at, above or near the limit, or a value outside the doubles' normal range) to the division.
 *
 * <p>Why "below" is then the division's answer too: each of {@code o = output}, {@code h = fuel heat},
 * {@code l = limit} as a double, the quotient {@code o / h} and the product {@code l × (1 − m)} carries a relative
 * error of at most one rounding of a normal double (2^-53), so a double quotient below {@code l × (1 − m)}, with the
 * margin {@code m = 10^-9}, means an exact ratio below {@code limit × (1 − m/2)}; rounding that ratio to 34 digits
 * moves it by at most a relative 10^-33, which leaves it below the limit. Holds no state. Immutable and thread-safe.
 */
final class EfficiencyRatio {
  /** The relative margin of the screen: far above its rounding errors (below 10^-15) and the 34-digit step. */
  private static final double MARGIN = 1e-9;

  private EfficiencyRatio() {}

  /**
   * Tells whether the ratio is surely below the limit.
   *
   * @param output the output, GJ (generation × 3.6, plus heat for a CHP unit), zero or more
   * @param fuelHeat the fuel heat, GJ, greater than zero
   * @param limit the limit (a ratio), zero or more
   * @return true only if {@code output.divide(fuelHeat, DECIMAL128)} is below the limit; false when the division
   *     must decide
   */
  static boolean surelyBelow(BigDecimal output, BigDecimal fuelHeat, BigDecimal limit) {
    double o = output.doubleValue();
    double h = fuelHeat.doubleValue();
    double l = limit.doubleValue();
    if (!normal(o) || !normal(h) || !normal(l)) {
      return false;
    }
    double ratio = o / h;
    return normal(ratio) && ratio < l * (1 - MARGIN);
  }

  // Positive, finite and not subnormal: where a double's relative rounding error is at most 2^-53.
  private static boolean normal(double value) {
    return value >= Double.MIN_NORMAL && value <= Double.MAX_VALUE;
  }
}
