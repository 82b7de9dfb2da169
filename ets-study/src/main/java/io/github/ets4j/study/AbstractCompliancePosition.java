package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * How one entity settles one compliance year in a study (or, summed, a sector), as its
 * {@link io.github.ets4j.allocation.compliance.ComplianceAccount} records it: the obligation, the CCERs
 * surrendered (the scenario's share of the cap), the allowances still to buy (shortfall) or left to sell
 * (surplus), and their value at the scenario's prices.
 *
 * <p>The account is opened on the entity's verified emissions (obligation: whole tonnes, half up), CCERs are
 * surrendered first, then the year's allocation is received and surrendered up to what remains owed. The
 * shortfall is what still remains, the surplus what is still held. Tonnes are whole; money is CNY, exact
 * (tonnes × price). A sector's position is the sum of its entities' ({@link #plus}). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCompliancePosition {

  /**
   * The obligation: verified emissions, whole tonnes (half up).
   *
   * @return the tonnes
   */
  public abstract BigDecimal obligationTonnes();

  /**
   * The CCER offsets surrendered: {@code floor(share × cap)}, the cap being {@code floor(5 % × obligation)}.
   *
   * @return the tonnes
   */
  public abstract BigDecimal ccerTonnes();

  /**
   * The allowances still owed after the CCERs and the whole allocation are surrendered: to buy.
   *
   * @return the tonnes, 0 when the entity is long
   */
  public abstract BigDecimal shortfallTonnes();

  /**
   * The allowances of the year still held after the obligation is settled: can be sold (or banked).
   *
   * @return the tonnes, 0 when the entity is short
   */
  public abstract BigDecimal surplusTonnes();

  /**
   * The CCERs at the scenario's CCER price, CNY.
   *
   * @return the cost
   */
  public abstract BigDecimal ccerCostCny();

  /**
   * The shortfall at the scenario's carbon price, CNY.
   *
   * @return the cost
   */
  public abstract BigDecimal shortfallCostCny();

  /**
   * The surplus at the scenario's carbon price, CNY.
   *
   * @return the value
   */
  public abstract BigDecimal surplusValueCny();

  /**
   * The net position after CCERs: surplus minus shortfall, t (negative = short).
   *
   * @return the tonnes
   */
  public BigDecimal netPositionTonnes() {
    return surplusTonnes().subtract(shortfallTonnes());
  }

  /**
   * What compliance costs beyond the free allocation: shortfall cost plus CCER cost minus surplus value, CNY
   * (negative = the entity gains).
   *
   * @return the cost
   */
  public BigDecimal costCny() {
    return shortfallCostCny().add(ccerCostCny()).subtract(surplusValueCny());
  }

  /**
   * The sum of two positions, field by field (a sector's position is the sum of its entities').
   *
   * @param other the other position
   * @return the sum
   */
  public CompliancePosition plus(CompliancePosition other) {
    Checks.notNull("other", other);
    return CompliancePosition.builder()
        .obligationTonnes(obligationTonnes().add(other.obligationTonnes()))
        .ccerTonnes(ccerTonnes().add(other.ccerTonnes()))
        .shortfallTonnes(shortfallTonnes().add(other.shortfallTonnes()))
        .surplusTonnes(surplusTonnes().add(other.surplusTonnes()))
        .ccerCostCny(ccerCostCny().add(other.ccerCostCny()))
        .shortfallCostCny(shortfallCostCny().add(other.shortfallCostCny()))
        .surplusValueCny(surplusValueCny().add(other.surplusValueCny()))
        .build();
  }

  /**
   * The position of nothing: every figure 0, the start of a sum.
   *
   * @return the zero position
   */
  public static CompliancePosition zero() {
    BigDecimal z = BigDecimal.ZERO;
    return CompliancePosition.builder().obligationTonnes(z).ccerTonnes(z).shortfallTonnes(z).surplusTonnes(z)
        .ccerCostCny(z).shortfallCostCny(z).surplusValueCny(z).build();
  }

  @Value.Check
  void check() {
    Checks.nonNegative("obligationTonnes", obligationTonnes());
    Checks.nonNegative("ccerTonnes", ccerTonnes());
    Checks.nonNegative("shortfallTonnes", shortfallTonnes());
    Checks.nonNegative("surplusTonnes", surplusTonnes());
    Checks.nonNegative("ccerCostCny", ccerCostCny());
    Checks.nonNegative("shortfallCostCny", shortfallCostCny());
    Checks.nonNegative("surplusValueCny", surplusValueCny());
  }
}
