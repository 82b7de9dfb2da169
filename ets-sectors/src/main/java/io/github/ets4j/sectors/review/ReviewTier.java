package io.github.ets4j.sectors.review;

import java.util.Optional;

/**
 * A tier of the review of monthly reports, in the order a report passes them: municipal, provincial,
 * national. Immutable and thread-safe.
 */
public enum ReviewTier {
  /** The municipal ecological environment bureau (市级). */
  MUNICIPAL,
  /** The provincial ecological environment department (省级). */
  PROVINCIAL,
  /** The Ministry of Ecology and Environment (国家级). */
  NATIONAL;

  /**
   * The tier that reviews after this one.
   *
   * @return the next tier, empty after {@link #NATIONAL}
   */
  public Optional<ReviewTier> next() {
    return this == NATIONAL ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }
}
