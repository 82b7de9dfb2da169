package io.github.ets4j.sectors.power;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.unit.Share;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;

/**
 * The conservative adjustments a verifier applies when a meter was not calibrated as planned
 * (VG-POWER-2026 [V]): activity data (fuel consumption) × (1 + required accuracy), production data
 * (generation, heat) × (1 − required accuracy). Results are exact; report them with the quantity's
 * precision. Holds no state. Immutable and thread-safe.
 */
public final class CalibrationAdjustment {
  private CalibrationAdjustment() {}

  /**
   * Raises activity data by the meter's required accuracy.
   *
   * @param value the metered value, zero or more
   * @param accuracyPercent the required accuracy, % (0 to 100)
   * @return {@code value × (1 + accuracy)}
   * @throws EtsValidationException if the value is negative or the accuracy outside [0, 100]
   */
  public static BigDecimal activityData(BigDecimal value, BigDecimal accuracyPercent) {
    Checks.nonNegative("value", value);
    return value.multiply(BigDecimal.ONE.add(Share.ofPercent("accuracyPercent", accuracyPercent).fraction()));
  }

  /**
   * Lowers production data by the meter's required accuracy.
   *
   * @param value the metered value, zero or more
   * @param accuracyPercent the required accuracy, % (0 to 100)
   * @return {@code value × (1 − accuracy)}
   * @throws EtsValidationException if the value is negative or the accuracy outside [0, 100]
   */
  public static BigDecimal productionData(BigDecimal value, BigDecimal accuracyPercent) {
    Checks.nonNegative("value", value);
    return value.multiply(BigDecimal.ONE.subtract(Share.ofPercent("accuracyPercent", accuracyPercent).fraction()));
  }
}
