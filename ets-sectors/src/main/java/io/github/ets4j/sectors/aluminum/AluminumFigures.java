package io.github.ets4j.sectors.aluminum;

import io.github.ets4j.core.Precision;
import io.github.ets4j.sectors.mrv.Figure;

/**
 * The monthly figures of an electrolysis process besides its inventory. Holds no state. Immutable and
 * thread-safe.
 */
public final class AluminumFigures {
  /** Aluminum liquid (铝液) output, t (2 decimals). */
  public static final Figure ALUMINUM_LIQUID = Figure.of("aluminum liquid", "t", Precision.PRODUCT_OUTPUT);
  /** Anode (carbon) emissions, tCO2 (2 decimals). */
  public static final Figure ANODE_EMISSIONS = Figure.of("anode emissions", "tCO2", Precision.SOURCE_LINE_EMISSIONS);
  /** Anode-effect PFC emissions, tCO2e (2 decimals). */
  public static final Figure PFC_EMISSIONS = Figure.of("PFC emissions", "tCO2e", Precision.SOURCE_LINE_EMISSIONS);

  private AluminumFigures() {}
}
