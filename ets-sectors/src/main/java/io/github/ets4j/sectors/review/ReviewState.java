package io.github.ets4j.sectors.review;

import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The state of a monthly report in its review.
 *
 * <p>The legal transitions are: {@code DRAFT → SUBMITTED} (submit); {@code SUBMITTED → MUNICIPAL_PASSED →
 * PROVINCIAL_PASSED → ACCEPTED} (each tier passes, in that order); from {@code SUBMITTED},
 * {@code MUNICIPAL_PASSED} or {@code PROVINCIAL_PASSED} the tier awaited may return the report
 * ({@code → RETURNED}); from {@code DRAFT} or {@code RETURNED} a correction makes a new revision in
 * {@code DRAFT}. Nothing leaves {@code ACCEPTED}. Immutable and thread-safe.
 */
public enum ReviewState {
  /** Being prepared by the entity; may be corrected and submitted. */
  DRAFT(null),
  /** Submitted; awaits the municipal review. */
  SUBMITTED(ReviewTier.MUNICIPAL),
  /** Passed the municipal review; awaits the provincial review. */
  MUNICIPAL_PASSED(ReviewTier.PROVINCIAL),
  /** Passed the provincial review; awaits the national review. */
  PROVINCIAL_PASSED(ReviewTier.NATIONAL),
  /** Passed all three tiers: the month's figures may enter the annual figure. */
  ACCEPTED(null),
  /** Returned by a tier with findings; awaits a correction. */
  RETURNED(null);

  @Nullable private final ReviewTier awaited;

  ReviewState(@Nullable ReviewTier awaited) {
    this.awaited = awaited;
  }

  /**
   * The tier whose review the report awaits in this state.
   *
   * @return the tier, empty in DRAFT, ACCEPTED and RETURNED
   */
  public Optional<ReviewTier> awaitedTier() {
    return Optional.ofNullable(awaited);
  }

  /**
   * Names the state and what it awaits, e.g. {@code "MUNICIPAL_PASSED (awaiting PROVINCIAL review)"}.
   *
   * @return the text
   */
  public String describe() {
    return awaited == null ? name() : name() + " (awaiting " + awaited + " review)";
  }
}
