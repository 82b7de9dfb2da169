package io.github.ets4j.allocation.compliance;

import io.github.ets4j.allocation.AllocationUnits;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;

/**
 * Pre-allocation (预分配): a share of the previous year's verified emissions, floored to whole tonnes
 * (2023–2024: 70 % [V]; 2025–2026: at most 50 % [D]; e.g. 50 % of 3,579.40 = 1,789.70 → 1,789).
 * The share of each year is {@code Rulebook.preAllocationShare(Sector)}. Holds no state. Immutable and thread-safe.
 */
public final class PreAllocation {
  private PreAllocation() {}

  /**
   * Computes a pre-allocation.
   *
   * @param previousVerified the previous year's verified emissions of the unit or entity, t
   * @param share the share, a fraction
   * @return {@code floor(share × previousVerified)}, whole tonnes
   * @throws io.github.ets4j.core.EtsValidationException if the emissions are negative or the share outside [0, 1]
   */
  public static BigDecimal amount(BigDecimal previousVerified, RuleValue share) {
    Checks.nonNegative("previousVerified", previousVerified);
    Checks.notNull("share", share);
    Checks.fraction("share", share.value());
    return AllocationUnits.WHOLE_TONNES_FLOOR.round(previousVerified.multiply(share.value()));
  }

  /**
   * The 2019–2020 pre-allocation [S]: a share of the 2018 output times the benchmark, floored.
   *
   * @param output2018 the unit's 2018 output (electricity supplied, MWh, or heat, GJ)
   * @param benchmark the benchmark, tCO2 per unit of output
   * @param share the share (70 %)
   * @return {@code floor(share × output × benchmark)}, whole tonnes
   * @throws io.github.ets4j.core.EtsValidationException if an amount is negative or the share outside [0, 1]
   */
  public static BigDecimal amountFromOutput(BigDecimal output2018, BigDecimal benchmark, RuleValue share) {
    Checks.nonNegative("output2018", output2018);
    Checks.nonNegative("benchmark", benchmark);
    return amount(output2018.multiply(benchmark), share);
  }
}
