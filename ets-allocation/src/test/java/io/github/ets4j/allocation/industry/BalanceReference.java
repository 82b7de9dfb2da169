package io.github.ets4j.allocation.industry;

import java.math.BigDecimal;
import java.util.List;

/** A slow, independent reference for the balance solver: bisection on the total allocation (tests only). */
final class BalanceReference {
  private BalanceReference() {}

  /**
   * Bisection on the total allocation.
   *
   * @param units the ordinary units
   * @param rule the rule
   * @param iterations bisection steps
   * @return BP, approximately (the upper end of the last interval)
   */
  static BigDecimal bisect(List<IndustrialUnit> units, CoefficientRule rule, int iterations) {
    BalanceValue.requireBalanceable(units);
    BigDecimal target = BigDecimal.ZERO;
    BigDecimal hi = BigDecimal.ZERO;
    for (IndustrialUnit unit : units) {
      target = target.add(unit.verifiedEmissions());
      hi = hi.max(BalanceValue.intensity(unit));
    }
    BigDecimal lo = BigDecimal.ZERO;
    hi = hi.multiply(BigDecimal.TEN);
    BigDecimal two = BigDecimal.valueOf(2);
    for (int k = 0; k < iterations; k++) {
      BigDecimal mid = lo.add(hi).divide(two, BalanceValue.CONTEXT);
      if (total(units, rule, mid).compareTo(target) >= 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /**
   * The unfloored total allocation at a given BP.
   *
   * @param units the units
   * @param rule the rule
   * @param bp the balance value, positive
   * @return {@code Σ E_i (1 + α_i)}
   */
  static BigDecimal total(List<IndustrialUnit> units, CoefficientRule rule, BigDecimal bp) {
    BigDecimal sum = BigDecimal.ZERO;
    for (IndustrialUnit unit : units) {
      BigDecimal x = BigDecimal.ONE.subtract(BalanceValue.intensity(unit).divide(bp, BalanceValue.CONTEXT));
      sum = sum.add(unit.verifiedEmissions().multiply(BigDecimal.ONE.add(rule.alpha(x))));
    }
    return sum;
  }
}
