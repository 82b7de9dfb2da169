package io.github.ets4j.allocation.compliance;

/**
 * A dated step of a compliance cycle for one data (compliance) year (coverage.md "Calendar"): the emission report,
 * verification, pre-allocation, the final allocation decided and issued, and surrender. Dates are deadlines ("by").
 */
public enum Milestone {
  /** The annual emission report is submitted. */
  ANNUAL_REPORT,
  /** Verification (核查) of the report is done. */
  VERIFICATION,
  /** Pre-allocation is issued. */
  PRE_ALLOCATION,
  /** The final allocation is decided. */
  FINAL_ALLOCATION_DECIDED,
  /** The final allocation is issued. */
  FINAL_ALLOCATION_ISSUED,
  /** Allowances are surrendered for the year's obligation. */
  SURRENDER
}
