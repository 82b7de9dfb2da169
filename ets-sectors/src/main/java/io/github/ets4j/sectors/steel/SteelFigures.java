package io.github.ets4j.sectors.steel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Precision;
import io.github.ets4j.sectors.mrv.Figure;
import java.util.EnumMap;
import java.util.Map;

/**
 * The monthly figures of a steel enterprise besides its inventory: crude steel, each process's
 * emissions (signed: inputs − outputs) and product, and the co-fired units' emissions. Holds no state.
 * Immutable and thread-safe.
 */
public final class SteelFigures {
  /** Crude steel output of the enterprise, t (2 decimals). */
  public static final Figure CRUDE_STEEL = Figure.of("crude steel output", "t", Precision.PRODUCT_OUTPUT);
  /** Emissions of the co-fired power units (fuel combustion with OF), tCO2 (2 decimals). */
  public static final Figure COFIRED_EMISSIONS = Figure.of("co-fired unit emissions", "tCO2", Precision.SOURCE_LINE_EMISSIONS);

  private static final Map<SteelProcess, Figure> EMISSIONS = new EnumMap<>(SteelProcess.class);
  private static final Map<SteelProcess, Figure> PRODUCTS = new EnumMap<>(SteelProcess.class);

  static {
    for (SteelProcess process : SteelProcess.values()) {
      EMISSIONS.put(process, Figure.signed(process.name() + " process emissions", "tCO2", Precision.SOURCE_LINE_EMISSIONS));
      PRODUCTS.put(process, Figure.of(process.name() + " product: " + process.product(), "t", Precision.PRODUCT_OUTPUT));
    }
  }

  private SteelFigures() {}

  /**
   * The emissions figure of a process (signed), tCO2.
   *
   * @param process the process
   * @return the figure
   */
  public static Figure emissions(SteelProcess process) {
    return Checks.notNull("process", EMISSIONS.get(Checks.notNull("process", process)));
  }

  /**
   * The product figure of a process, t.
   *
   * @param process the process
   * @return the figure
   */
  public static Figure product(SteelProcess process) {
    return Checks.notNull("process", PRODUCTS.get(Checks.notNull("process", process)));
  }
}
