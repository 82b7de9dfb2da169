package io.github.ets4j.sectors.review;

/**
 * A review step that the current state does not allow: skipping a tier, reviewing an accepted or
 * returned report, submitting twice, correcting a report under review.
 *
 * <p>The message names the facility, the month, the revision, the attempted step and the current state.
 * It is an {@link IllegalStateException}: the arguments may be fine, the order is not. Immutable and
 * thread-safe.
 */
public final class ReviewTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final ReviewState state;
  private final String attempted;

  /**
   * Creates the exception.
   *
   * @param state the current state
   * @param attempted the step attempted, e.g. {@code "PASSED by NATIONAL"}
   * @param where the facility, month and revision, e.g. {@code "line-1 2025-03 r1"}
   */
  public ReviewTransitionException(ReviewState state, String attempted, String where) {
    super("cannot apply " + attempted + " to " + where + ": current state is " + state.describe());
    this.state = state;
    this.attempted = attempted;
  }

  /**
   * The state the report was in.
   *
   * @return the current state
   */
  public ReviewState state() {
    return state;
  }

  /**
   * The step that was attempted.
   *
   * @return the step, e.g. {@code "PASSED by NATIONAL"}
   */
  public String attempted() {
    return attempted;
  }
}
