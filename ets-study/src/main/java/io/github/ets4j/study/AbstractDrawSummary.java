package io.github.ets4j.study;

import org.immutables.value.Value;

/**
 * What the Monte Carlo draws of the fast engine say about one sector-year: the distribution of the
 * sector's net position (allocation − verified, t) and of its shortfall (the sum over short entities of
 * verified − allocation, t), and the mean number of short entities. Percentiles are nearest-rank.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDrawSummary {

  /**
   * The number of draws.
   *
   * @return the draws
   */
  public abstract int draws();

  /**
   * The mean net position, t.
   *
   * @return the tonnes
   */
  public abstract long netPositionMean();

  /**
   * The 5th percentile of the net position, t.
   *
   * @return the tonnes
   */
  public abstract long netPositionP05();

  /**
   * The median net position, t.
   *
   * @return the tonnes
   */
  public abstract long netPositionP50();

  /**
   * The 95th percentile of the net position, t.
   *
   * @return the tonnes
   */
  public abstract long netPositionP95();

  /**
   * The median shortfall, t.
   *
   * @return the tonnes
   */
  public abstract long shortfallP50();

  /**
   * The 95th percentile of the shortfall, t.
   *
   * @return the tonnes
   */
  public abstract long shortfallP95();

  /**
   * The mean number of short entities.
   *
   * @return the count
   */
  public abstract double shortEntitiesMean();
}
