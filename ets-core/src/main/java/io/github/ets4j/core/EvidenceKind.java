package io.github.ets4j.core;

/**
 * The kind of document that supports a reported parameter.
 *
 * <p>The monthly information deposit (月度信息化存证) uploads key parameters with their supporting
 * records: ledgers, settlement records, calibration records and laboratory reports
 * (AG-STEEL-2024 §10.2 [V]). Immutable and thread-safe.
 */
public enum EvidenceKind {
  /** Production or consumption ledger (台账). */
  LEDGER,
  /** Purchase or sales settlement record (结算凭证), e.g. an invoice or weighbridge settlement. */
  SETTLEMENT_RECORD,
  /** Laboratory test report (检测报告), e.g. an NCV or element-carbon analysis. */
  LAB_REPORT,
  /** Meter calibration or verification record (校准/检定记录). */
  CALIBRATION_RECORD,
  /** Any other supporting document; describe it in the document id. */
  OTHER
}
