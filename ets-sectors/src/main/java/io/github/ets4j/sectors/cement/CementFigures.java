package io.github.ets4j.sectors.cement;

import io.github.ets4j.core.Precision;
import io.github.ets4j.sectors.mrv.Figure;

/**
 * The monthly figures of a clinker line besides its emission lines. Holds no state. Immutable and
 * thread-safe.
 */
public final class CementFigures {
  /** Clinker output, t (2 decimals). */
  public static final Figure CLINKER = Figure.of("clinker output", "t", Precision.PRODUCT_OUTPUT);
  /** Gross clinker process CO2 before deductions, {@code Q_clinker × EF_clinker}, tCO2 (2 decimals). */
  public static final Figure CLINKER_PROCESS_GROSS =
      Figure.of("clinker process CO2 before deductions", "tCO2", Precision.SOURCE_LINE_EMISSIONS);
  /** Carbide-slag deduction {@code Q_carbide × D_carbide}, tCO2 (2 decimals). */
  public static final Figure CARBIDE_SLAG_DEDUCTION =
      Figure.of("carbide-slag deduction", "tCO2", Precision.SOURCE_LINE_EMISSIONS);

  private CementFigures() {}
}
