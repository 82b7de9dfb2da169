package io.github.ets4j.allocation.compliance;

import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;

/**
 * The two issuance stages of a year — pre-allocation and final true-up (多退少补) — with a deduction the
 * entity owes (for example an allocation cut) taken from what is issued and carried between stages
 * (PLAN-2526-DRAFT [D]).
 *
 * <p>At pre-allocation {@code min(owed, pre)} is deducted and the rest issued. In the year at most the final
 * allocation can be deducted: {@code D = min(owed, final)}; what was deducted beyond D at pre-allocation is
 * returned at the true-up. Final issue = {@code (final − pre) + returned − further deduction}; negative means
 * allowances are taken back. What is still owed after D is carried to later years. Example (allocation.md):
 * pre 50,000, final 30,000, owed 70,000 → 50,000 deducted at pre-allocation (0 issued); at the true-up
 * 20,000 returned; final issue (30,000 − 50,000) + 20,000 = 0; 40,000 still owed. Immutable and thread-safe.
 */
public final class TrueUp {
  private final BigDecimal preAllocation;
  private final BigDecimal finalAllocation;
  private final BigDecimal owed;
  private final BigDecimal deductedAtPre;
  private final BigDecimal deductedInYear;

  private TrueUp(BigDecimal preAllocation, BigDecimal finalAllocation, BigDecimal owed) {
    this.preAllocation = preAllocation;
    this.finalAllocation = finalAllocation;
    this.owed = owed;
    this.deductedAtPre = owed.min(preAllocation);
    this.deductedInYear = owed.min(finalAllocation);
  }

  /**
   * Computes the stages.
   *
   * @param preAllocation the pre-allocation, whole t
   * @param finalAllocation the final allocation, whole t
   * @param deductionOwed allowances the entity owes, to be deducted from issuance, whole t (zero when none)
   * @return the stages
   * @throws io.github.ets4j.core.EtsValidationException if an amount is negative or not whole
   */
  public static TrueUp of(BigDecimal preAllocation, BigDecimal finalAllocation, BigDecimal deductionOwed) {
    return new TrueUp(Amounts.whole("preAllocation", preAllocation),
        Amounts.whole("finalAllocation", finalAllocation), Amounts.whole("deductionOwed", deductionOwed));
  }

  /**
   * Deducted at pre-allocation: {@code min(owed, pre)}.
   *
   * @return the amount, t
   */
  public BigDecimal deductedAtPreAllocation() {
    return deductedAtPre;
  }

  /**
   * Issued at pre-allocation: {@code pre − deducted}.
   *
   * @return the amount, t
   */
  public BigDecimal issuedAtPreAllocation() {
    return preAllocation.subtract(deductedAtPre);
  }

  /**
   * Returned at the true-up: what was deducted at pre-allocation beyond the final allocation.
   *
   * @return the amount, t
   */
  public BigDecimal returnedAtTrueUp() {
    return deductedAtPre.subtract(deductedInYear).max(BigDecimal.ZERO);
  }

  /**
   * Deducted at the true-up beyond what was deducted at pre-allocation.
   *
   * @return the amount, t
   */
  public BigDecimal deductedAtTrueUp() {
    return deductedInYear.subtract(deductedAtPre).max(BigDecimal.ZERO);
  }

  /**
   * Issued at the true-up: {@code (final − pre) + returned − deducted at true-up}; negative means taken back.
   *
   * @return the signed amount, t
   */
  public BigDecimal issuedAtTrueUp() {
    return finalAllocation.subtract(preAllocation).add(returnedAtTrueUp()).subtract(deductedAtTrueUp());
  }

  /**
   * Still owed after the year, carried to later issuance.
   *
   * @return the amount, t
   */
  public BigDecimal stillOwed() {
    return owed.subtract(deductedInYear);
  }

  /**
   * Net issued in the year: final allocation minus what was deducted in the year.
   *
   * @return the amount, t
   */
  public BigDecimal netIssued() {
    return finalAllocation.subtract(deductedInYear);
  }

  @Override
  public String toString() {
    return "TrueUp[pre " + preAllocation.toPlainString() + ", final " + finalAllocation.toPlainString()
        + ", owed " + Checks.normalise(owed).toPlainString() + "]";
  }
}
