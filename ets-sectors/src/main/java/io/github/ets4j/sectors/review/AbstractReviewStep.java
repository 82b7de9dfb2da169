package io.github.ets4j.sectors.review;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of the audit trail of a monthly report's review: what was done, to which revision, by whom,
 * at which tier, when, from which state to which, and with which findings.
 *
 * <p>A pass or a return names its tier; drafting, submitting and correcting are the entity's steps and
 * name none. A return carries at least one finding; a pass may carry remarks. The time is passed in by
 * the caller, never read from the clock. Steps are made by {@link ReportReview}; the builder is public so
 * that a stored trail can be read back. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractReviewStep {

  /**
   * What the step did.
   *
   * @return the action
   */
  public abstract ReviewAction action();

  /**
   * The revision the step acted on (for a correction: the new revision), counted from 1.
   *
   * @return the revision number
   */
  public abstract int revision();

  /**
   * The tier that passed or returned the report.
   *
   * @return the tier, empty for the entity's own steps
   */
  public abstract Optional<ReviewTier> tier();

  /**
   * The id of the person who made the step (reviewer, or the entity's reporter).
   *
   * @return the id, not blank
   */
  public abstract String actorId();

  /**
   * When the step was made.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * The state before the step; for the first draft, {@link ReviewState#DRAFT}.
   *
   * @return the state
   */
  public abstract ReviewState from();

  /**
   * The state after the step.
   *
   * @return the state
   */
  public abstract ReviewState to();

  /**
   * The findings (of a return) or remarks (of a pass), in the order given.
   *
   * @return the findings, each not blank
   */
  public abstract List<String> findings();

  @Value.Check
  void check() {
    Checks.notBlank("actorId", actorId());
    if (revision() < 1) {
      throw new EtsValidationException("revision", revision(), "revisions are counted from 1");
    }
    for (String finding : findings()) {
      Checks.notBlank("findings", finding);
    }
    boolean tierStep = action() == ReviewAction.PASSED || action() == ReviewAction.RETURNED;
    if (tierStep != tier().isPresent()) {
      throw new EtsValidationException("tier", tier().map(Object::toString).orElse("none"),
          tierStep ? "a " + action() + " step names the tier that made it" : "a " + action() + " step is the entity's and names no tier");
    }
    if (action() == ReviewAction.RETURNED && findings().isEmpty()) {
      throw new EtsValidationException("findings", "[]", "a report is returned with at least one finding");
    }
  }

  /**
   * Renders the step for an audit log, e.g.
   * {@code "2025-02-20T08:00:00Z r1 PASSED by PROVINCIAL reviewer p-07: SUBMITTED -> MUNICIPAL_PASSED"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return at() + " r" + revision() + " " + action()
        + tier().map(t -> " by " + t + " reviewer " + actorId()).orElse(" by " + actorId())
        + ": " + from() + " -> " + to() + (findings().isEmpty() ? "" : " " + findings());
  }
}
