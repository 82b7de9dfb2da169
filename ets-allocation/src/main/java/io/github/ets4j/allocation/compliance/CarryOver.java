package io.github.ets4j.allocation.compliance;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one-off carry-over of 2019–2024 allowances into 2025 and later (power, PLAN-POWER-2324 Annex 5 [V]):
 * {@code T = 10,000 + 1.5 × NS}, NS the net sales (sold − bought) of 2019–2024 vintages between 2024-01-01
 * and 2025-12-31, negative NS counting as zero; T is capped at the holdings on 2025-12-31 and floored to
 * whole tonnes. Entities that missed the 2023 or 2024 surrender deadline carry nothing.
 *
 * <p>Steel, cement and aluminum: the final 2024–2025 industrial plan raised the base to 100,000 (CB1125 [S]); the
 * rest of the formula was not found, so the power form (multiplier 1.5, cap at holdings, floor) is assumed [A].
 * The sector-taking methods apply the base and multiplier of the entity's sector
 * ({@link ComplianceRules#carryOverBase(Sector)}); the others are the power rule.
 * Holds no state. Immutable and thread-safe.
 */
public final class CarryOver {
  private CarryOver() {}

  /**
   * A power entity's carry-over limit T before the holdings cap.
   *
   * @param rules the compliance rules (base and multiplier)
   * @param sold 2019–2024 allowances sold in the window, t
   * @param bought 2019–2024 allowances bought in the window, t
   * @return {@code 10,000 + 1.5 × max(0, sold − bought)}, exact
   * @throws io.github.ets4j.core.EtsValidationException if an amount is negative
   */
  public static BigDecimal limit(ComplianceRules rules, BigDecimal sold, BigDecimal bought) {
    return limit(rules, Sector.POWER, sold, bought);
  }

  /**
   * The carry-over limit T of an entity of a sector before the holdings cap:
   * {@code base + multiplier × max(0, sold − bought)} with the sector's base and multiplier.
   *
   * @param rules the compliance rules
   * @param sector the entity's sector (power 10,000 [V]; steel, cement, aluminum 100,000 [S], multiplier [A])
   * @param sold 2019–2024 allowances sold in the window, t
   * @param bought 2019–2024 allowances bought in the window, t
   * @return the limit, exact
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null, an amount is negative, or the
   *     sector is industrial before 2024
   */
  public static BigDecimal limit(ComplianceRules rules, Sector sector, BigDecimal sold, BigDecimal bought) {
    Checks.notNull("rules", rules);
    Checks.nonNegative("sold", sold);
    Checks.nonNegative("bought", bought);
    BigDecimal netSales = sold.subtract(bought).max(BigDecimal.ZERO);
    return rules.carryOverBase(sector).value().add(rules.carryOverMultiplier(sector).value().multiply(netSales));
  }

  /**
   * The amount an entity of a sector carries over: {@code floor(min(T, holdings))} with the sector's T, or zero
   * when the entity is not eligible.
   *
   * @param rules the compliance rules
   * @param sector the entity's sector
   * @param sold 2019–2024 allowances sold in the window, t
   * @param bought 2019–2024 allowances bought in the window, t
   * @param holdings 2019–2024 allowances held on 2025-12-31, t
   * @param eligible false if the entity missed a surrender deadline of 2019–2024 allowances
   * @return the amount, whole tonnes
   * @throws io.github.ets4j.core.EtsValidationException as {@link #limit(ComplianceRules, Sector, BigDecimal,
   *     BigDecimal)}, or if the holdings are negative
   */
  public static BigDecimal amount(ComplianceRules rules, Sector sector, BigDecimal sold, BigDecimal bought,
      BigDecimal holdings, boolean eligible) {
    BigDecimal t = limit(rules, sector, sold, bought);
    Checks.nonNegative("holdings", holdings);
    return eligible ? t.min(holdings).setScale(0, RoundingMode.FLOOR) : BigDecimal.ZERO;
  }

  /**
   * The amount a power entity carries over: {@code floor(min(T, holdings))}, or zero when it is not eligible.
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
    return amount(rules, Sector.POWER, sold, bought, holdings, eligible);
  }
}
