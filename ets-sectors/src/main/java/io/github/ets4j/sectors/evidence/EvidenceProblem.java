package io.github.ets4j.sectors.evidence;

/**
 * What is wrong with the evidence of a key parameter. Immutable and thread-safe.
 */
public enum EvidenceProblem {
  /** No evidence at all was uploaded for the parameter. */
  MISSING,
  /** A document was uploaded after the deadline. */
  LATE
}
