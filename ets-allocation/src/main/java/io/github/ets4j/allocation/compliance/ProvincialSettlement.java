package io.github.ets4j.allocation.compliance;

import java.math.BigDecimal;

/**
 * Differentiated issuance (差异化发放): for an entity that closed, is in arrears or at risk, its allowances
 * go to the provincial account, the obligation is settled from there and only the rest is released
 * (PLAN-POWER-2324 [V], PLAN-2526-DRAFT [D]). Example: issued 1,200,000 against an obligation of 1,000,000
 * → 200,000 released; issued 800,000 → 200,000 still to buy. Immutable and thread-safe.
 */
public final class ProvincialSettlement {
  private final BigDecimal issued;
  private final BigDecimal obligation;

  private ProvincialSettlement(BigDecimal issued, BigDecimal obligation) {
    this.issued = issued;
    this.obligation = obligation;
  }

  /**
   * Settles an obligation from allowances issued to the provincial account.
   *
   * @param issued allowances issued to the provincial account, whole t
   * @param obligation the entity's obligation, whole t
   * @return the settlement
   * @throws io.github.ets4j.core.EtsValidationException if an amount is negative or not whole
   */
  public static ProvincialSettlement of(BigDecimal issued, BigDecimal obligation) {
    return new ProvincialSettlement(Amounts.whole("issued", issued), Amounts.whole("obligation", obligation));
  }

  /**
   * Settled from the provincial account: {@code min(issued, obligation)}.
   *
   * @return the amount, t
   */
  public BigDecimal settled() {
    return issued.min(obligation);
  }

  /**
   * Released to the entity: {@code max(0, issued − obligation)}.
   *
   * @return the amount, t
   */
  public BigDecimal released() {
    return issued.subtract(obligation).max(BigDecimal.ZERO);
  }

  /**
   * Still to buy by the entity: {@code max(0, obligation − issued)}.
   *
   * @return the amount, t
   */
  public BigDecimal stillToBuy() {
    return obligation.subtract(issued).max(BigDecimal.ZERO);
  }

  @Override
  public String toString() {
    return "ProvincialSettlement[released " + released().toPlainString() + ", to buy " + stillToBuy().toPlainString() + "]";
  }
}
