package io.github.ets4j.sectors.calendar;

/**
 * A dated step of one data year's cycle (coverage.md "Calendar" [V]). Dates are deadlines ("by"), except
 * {@link #MONTHLY_EVIDENCE_FROM}, the first month whose evidence follows the 40-day rule.
 */
public enum CalendarStep {
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
  SURRENDER,
  /**
   * The first day of the first month of the data year whose monthly evidence is due 40 days after the month
   * ends; a row without a date says the data year has no monthly evidence.
   */
  MONTHLY_EVIDENCE_FROM,
  /** The deadline of the back-filled monthly evidence of the data year's months before {@link #MONTHLY_EVIDENCE_FROM}. */
  MONTHLY_EVIDENCE_BACKFILL,
  /** The list of the year after is drawn up. */
  NEXT_LIST,
  /** The data-quality plans of the year after are submitted. */
  DATA_QUALITY_PLAN
}
