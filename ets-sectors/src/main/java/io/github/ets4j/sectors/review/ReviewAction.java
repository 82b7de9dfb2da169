package io.github.ets4j.sectors.review;

/**
 * What one step of a review did. Immutable and thread-safe.
 */
public enum ReviewAction {
  /** The first revision was drafted. */
  DRAFTED,
  /** The entity submitted the current revision. */
  SUBMITTED,
  /** A tier passed the current revision. */
  PASSED,
  /** A tier returned the current revision with findings. */
  RETURNED,
  /** The entity made a corrected revision; the old one is kept. */
  CORRECTED
}
