package io.github.ets4j.allocation.compliance;

import java.math.BigDecimal;

/**
 * The range of the fine for unsurrendered allowances: 5–10 × the market price per missing allowance
 * (REG-2024 Art 24 [V]). The price (the average market price in the month before the deadline) is given by
 * the caller. Amounts in the price's currency (CNY), exact. Immutable and thread-safe.
 */
public final class PenaltyRange {
  private final BigDecimal missing;
  private final BigDecimal minimum;
  private final BigDecimal maximum;

  PenaltyRange(BigDecimal missing, BigDecimal minimum, BigDecimal maximum) {
    this.missing = missing;
    this.minimum = minimum;
    this.maximum = maximum;
  }

  /**
   * The allowances missing, t.
   *
   * @return the shortfall
   */
  public BigDecimal missingAllowances() {
    return missing;
  }

  /**
   * The lowest fine: missing × 5 × price.
   *
   * @return the minimum, CNY
   */
  public BigDecimal minimum() {
    return minimum;
  }

  /**
   * The highest fine: missing × 10 × price.
   *
   * @return the maximum, CNY
   */
  public BigDecimal maximum() {
    return maximum;
  }

  @Override
  public String toString() {
    return "PenaltyRange[" + missing.toPlainString() + " t: " + minimum.toPlainString() + " to "
        + maximum.toPlainString() + "]";
  }
}
