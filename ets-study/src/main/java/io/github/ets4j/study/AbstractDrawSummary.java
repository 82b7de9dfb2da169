package io.github.ets4j.study;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the Monte Carlo draws of the fast engine say about one sector-year, in the terms of the compliance account
 * ({@link CompliancePosition}) summed over the sector's entities: the distribution of the net position after CCERs
 * (surplus − shortfall, t), of the shortfall (allowances to buy, t) and of the compliance cost (shortfall cost +
 * CCER cost − surplus value, CNY), the mean number of short entities, and where the exact central case ranks among
 * the draws.
 *
 * <p>Percentiles are <b>nearest-rank</b>: with the {@code N} draws of a quantity sorted ascending, the p-th
 * percentile is the {@code ⌈p / 100 × N⌉}-th of them (1-based; the first when that is 0). Means are arithmetic.
 * Every figure is rounded half up to whole tonnes or whole CNY. Immutable and thread-safe.
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
   * The mean shortfall, t.
   *
   * @return the tonnes
   */
  public abstract long shortfallMean();

  /**
   * The 5th percentile of the shortfall, t.
   *
   * @return the tonnes
   */
  public abstract long shortfallP05();

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
   * The mean compliance cost, CNY.
   *
   * @return the cost
   */
  public abstract long costMean();

  /**
   * The 5th percentile of the compliance cost, CNY.
   *
   * @return the cost
   */
  public abstract long costP05();

  /**
   * The median compliance cost, CNY.
   *
   * @return the cost
   */
  public abstract long costP50();

  /**
   * The 95th percentile of the compliance cost, CNY.
   *
   * @return the cost
   */
  public abstract long costP95();

  /**
   * The mean number of short entities.
   *
   * @return the count
   */
  public abstract double shortEntitiesMean();

  /**
   * The rank of the exact central case's net position among the draws' net positions: 1 + the number of draws
   * whose net position is strictly below it, so 1 when the exact case is at or below every draw and
   * {@code draws + 1} when it is above every draw. The exact case can lie outside its own p5–p95 band (see the
   * README).
   *
   * @return the rank, 1 to {@code draws + 1}; empty when the draws were run without the exact case
   */
  public abstract Optional<Integer> exactRank();
}
