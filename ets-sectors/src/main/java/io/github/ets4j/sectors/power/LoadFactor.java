package io.github.ets4j.sectors.power;

import io.github.ets4j.core.unit.Percent;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The load factor of a generating unit, {@code generation / (rated capacity × operating hours)} [S] (mrv.md), in
 * percent with 2 decimals: the one place the month ({@code GeneratingUnitMonth}) and the year
 * ({@link PowerUnitYear}) compute it, so that a month never calls a year view. Holds no state; thread-safe.
 */
final class LoadFactor {
  private LoadFactor() {}

  /**
   * The load factor of reported figures.
   *
   * @param generationMwh the gross generation, MWh, at its reporting precision
   * @param capacityHours the rated capacity × operating hours, MWh, at its reporting precision
   * @return the load factor, %, 2 decimals, or empty when the unit did not operate (no capacity hours)
   */
  static Optional<BigDecimal> percent(BigDecimal generationMwh, BigDecimal capacityHours) {
    if (capacityHours.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(ReportingPrecision.percent(
        Percent.ofRatio(generationMwh, capacityHours, ReportingPrecision.DIVISION)));
  }
}
