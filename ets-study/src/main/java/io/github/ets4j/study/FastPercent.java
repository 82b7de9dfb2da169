package io.github.ets4j.study;

import io.github.ets4j.core.unit.Percent;
import java.math.BigDecimal;

/**
 * The one place where the study's primitive fast path turns a percentage into a fraction (1 % = 0.01): the fast
 * engine's spreads, CCER share and percentile ranks, and the benchmarks' {@code double} baselines. The exact path
 * converts with {@link Percent} (or {@link io.github.ets4j.core.unit.Share}); this class is its {@code double} twin.
 *
 * <p>{@link #toFraction(BigDecimal)} converts exactly and rounds once, to the nearest {@code double}; {@link
 * #toFraction(double)} divides by 100 in {@code double} arithmetic (one correctly rounded division, the same value as
 * {@code percent / 100.0} written out). Not a regulatory figure: a unit of the guidelines' printing. Holds no state.
 * Immutable and thread-safe.
 */
public final class FastPercent {
  /** Percent per unit: 1 = 100 %. */
  private static final double PERCENT_PER_UNIT = 100;

  private FastPercent() {}

  /**
   * A percentage as a {@code double} fraction: the exact {@code percent / 100}, rounded once to the nearest
   * {@code double} (62.39 → 0.6239).
   *
   * @param percent the value in percent, any sign
   * @return the fraction
   * @throws io.github.ets4j.core.EtsValidationException if the value is null
   */
  public static double toFraction(BigDecimal percent) {
    return Percent.toFraction(percent).doubleValue();
  }

  /**
   * A {@code double} percentage as a fraction, {@code percent / 100} in {@code double} arithmetic.
   *
   * @param percent the value in percent, any sign
   * @return the fraction
   */
  public static double toFraction(double percent) {
    return percent / PERCENT_PER_UNIT;
  }
}
