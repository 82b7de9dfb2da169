package io.github.ets4j.allocation.compliance;

import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one-off carry-over of 2019–2024 allowances into 2025 and later (power, PLAN-POWER-2324 Annex 5 [V]):
 * {@code T = 10,000 + 1.5 × NS}, NS the net sales (sold − bought) of 2019–2024 vintages between 2024-01-01
 * and 2025-12-31, negative NS counting as zero; T is capped at the holdings on 2025-12-31 and floored to
 * whole tonnes. Entities that missed the 2023 or 2024 surrender deadline carry nothing.
 * Holds no state. Immutable and thread-safe.
 */
public final class CarryOver {
  private CarryOver() {}

  /**
   * The entity's carry-over limit T before the holdings cap.
   *
   * @param rules the compliance rules (base and multiplier)
   * @param sold 2019–2024 allowances sold in the window, t
   * @param bought 2019–2024 allowances bought in the window, t
   * @return {@code 10,000 + 1.5 × max(0, sold − bought)}, exact
   * @throws io.github.ets4j.core.EtsValidationException if an amount is negative
   */
  public static BigDecimal limit(ComplianceRules rules, BigDecimal sold, BigDecimal bought) {
    Checks.notNull("rules", rules);
    Checks.nonNegative("sold", sold);
    Checks.nonNegative("bought", bought);
    BigDecimal netSales = sold.subtract(bought).max(BigDecimal.ZERO);
    return rules.carryOverBase().value().add(rules.carryOverMultiplier().value().multiply(netSales));
  }

  /**
   * The amount carried over: {@code floor(min(T, holdings))}, or zero when the entity is not eligible.
   *
   * @param rules the compliance rules
   * @param sold 2019–2024 allowances sold in the window, t
   * @param bought 2019–2024 allowances bought in the window, t
   * @param holdings 2019–2024 allowances held on 2025-12-31, t
   * @param eligible false if the entity missed the 2023 or 2024 surrender deadline
   * @return the amount, whole tonnes
   * @throws io.github.ets4j.core.EtsValidationException if an amount is negative
   */
  public static BigDecimal amount(ComplianceRules rules, BigDecimal sold, BigDecimal bought, BigDecimal holdings,
      boolean eligible) {
    BigDecimal t = limit(rules, sold, bought);
    Checks.nonNegative("holdings", holdings);
    if (!eligible) {
      return BigDecimal.ZERO;
    }
    return t.min(holdings).setScale(0, RoundingMode.FLOOR);
  }
}
