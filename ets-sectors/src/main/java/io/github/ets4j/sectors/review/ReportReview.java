package io.github.ets4j.sectors.review;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The review of one facility's report for one month: its revisions, its state and the full audit trail.
 *
 * <p>Start with {@link #draft}, then {@link #submit}, then {@link #pass} by the municipal, provincial and
 * national tier in that order; the national pass accepts the report. The tier awaited may instead
 * {@link #returnWith} findings; the entity then {@link #correct}s the report, which adds a new revision
 * (the old one is kept) in {@link ReviewState#DRAFT}, and submits again: the new revision passes all three
 * tiers again. Each call returns a new review and leaves the old one unchanged.
 *
 * <p>Every step records its tier, actor id, time and findings in {@link #trail()}. Times are passed in,
 * never read from the clock, and may not go back before the previous step. A step the current state
 * does not allow throws a {@link ReviewTransitionException} naming that state.
 *
 * <pre>{@code
 * ReportReview<MyReport> r = ReportReview.draft("line-1", YearMonth.of(2025, 1), report, "clerk", t0)
 *     .submit("clerk", t1)
 *     .pass(ReviewTier.MUNICIPAL, "m-01", t2)
 *     .pass(ReviewTier.PROVINCIAL, "p-01", t3)
 *     .pass(ReviewTier.NATIONAL, "n-01", t4);   // r.isAccepted() == true
 * }</pre>
 *
 * Immutable and thread-safe when the report type is.
 *
 * @param <R> the report type, expected to be immutable (e.g. a monthly report of a sector)
 */
public final class ReportReview<R> {
  private final String facilityId;
  private final YearMonth month;
  private final List<Revision<R>> revisions;
  private final ReviewState state;
  private final List<ReviewStep> trail;

  private ReportReview(String facilityId, YearMonth month, List<Revision<R>> revisions, ReviewState state,
      List<ReviewStep> trail) {
    this.facilityId = facilityId;
    this.month = month;
    this.revisions = revisions;
    this.state = state;
    this.trail = trail;
  }

  /**
   * Starts the review with the first revision in {@link ReviewState#DRAFT}.
   *
   * @param facilityId the facility (allocation unit, line, process or entity) id, not blank
   * @param month the report month
   * @param report the first revision of the report
   * @param authorId who drafted it, not blank
   * @param at when it was drafted
   * @param <R> the report type
   * @return the review
   * @throws EtsValidationException if an argument is null or an id is blank
   */
  public static <R> ReportReview<R> draft(String facilityId, YearMonth month, R report, String authorId, Instant at) {
    Checks.notBlank("facilityId", facilityId);
    Checks.notNull("month", month);
    Revision<R> first = Revision.of(1, report, authorId, Checks.notNull("at", at));
    ReviewStep step = ReviewStep.builder().action(ReviewAction.DRAFTED).revision(1).actorId(authorId).at(at)
        .from(ReviewState.DRAFT).to(ReviewState.DRAFT).build();
    return new ReportReview<>(facilityId, month, List.of(first), ReviewState.DRAFT, List.of(step));
  }

  /**
   * Submits the current revision for review.
   *
   * @param submitterId who submitted, not blank
   * @param at when
   * @return the review in {@link ReviewState#SUBMITTED}
   * @throws ReviewTransitionException unless the state is {@link ReviewState#DRAFT}
   * @throws EtsValidationException if an argument is null or blank, or {@code at} is before the previous step
   */
  public ReportReview<R> submit(String submitterId, Instant at) {
    require(state == ReviewState.DRAFT, "SUBMITTED");
    return step(ReviewAction.SUBMITTED, null, submitterId, at, List.of(), ReviewState.SUBMITTED, revisions);
  }

  /**
   * A tier passes the current revision without remarks.
   *
   * @param tier the tier; must be the one the state awaits
   * @param reviewerId the reviewer, not blank
   * @param at when
   * @return the review in the next state; {@link ReviewState#ACCEPTED} after the national tier
   * @throws ReviewTransitionException if the state does not await this tier (a skipped tier, an accepted,
   *     returned or draft report)
   * @throws EtsValidationException if an argument is null or blank, or {@code at} is before the previous step
   */
  public ReportReview<R> pass(ReviewTier tier, String reviewerId, Instant at) {
    return pass(tier, reviewerId, at, List.of());
  }

  /**
   * A tier passes the current revision, with remarks.
   *
   * @param tier the tier; must be the one the state awaits
   * @param reviewerId the reviewer, not blank
   * @param at when
   * @param remarks remarks kept in the trail, each not blank; may be empty
   * @return the review in the next state; {@link ReviewState#ACCEPTED} after the national tier
   * @throws ReviewTransitionException if the state does not await this tier
   * @throws EtsValidationException if an argument is null or blank, or {@code at} is before the previous step
   */
  public ReportReview<R> pass(ReviewTier tier, String reviewerId, Instant at, List<String> remarks) {
    Checks.notNull("tier", tier);
    Checks.notNull("reviewerId", reviewerId);
    Checks.notNull("at", at);
    Checks.notNull("remarks", remarks);
    require(state.awaitedTier().filter(tier::equals).isPresent(), "PASSED by " + tier);
    ReviewState next = switch (tier) {
      case MUNICIPAL -> ReviewState.MUNICIPAL_PASSED;
      case PROVINCIAL -> ReviewState.PROVINCIAL_PASSED;
      case NATIONAL -> ReviewState.ACCEPTED;
    };
    return step(ReviewAction.PASSED, tier, reviewerId, at, remarks, next, revisions);
  }

  /**
   * A tier returns the current revision with findings.
   *
   * @param tier the tier; must be the one the state awaits
   * @param reviewerId the reviewer, not blank
   * @param at when
   * @param findings the findings, at least one, each not blank
   * @return the review in {@link ReviewState#RETURNED}
   * @throws ReviewTransitionException if the state does not await this tier
   * @throws EtsValidationException if an argument is null or blank, there is no finding, or {@code at} is
   *     before the previous step
   */
  public ReportReview<R> returnWith(ReviewTier tier, String reviewerId, Instant at, List<String> findings) {
    Checks.notNull("tier", tier);
    Checks.notNull("reviewerId", reviewerId);
    Checks.notNull("at", at);
    Checks.notNull("findings", findings);
    require(state.awaitedTier().filter(tier::equals).isPresent(), "RETURNED by " + tier);
    return step(ReviewAction.RETURNED, tier, reviewerId, at, findings, ReviewState.RETURNED, revisions);
  }

  /**
   * The entity corrects the report: the corrected report becomes a new revision in
   * {@link ReviewState#DRAFT}; every earlier revision is kept.
   *
   * @param corrected the corrected report
   * @param authorId who corrected it, not blank
   * @param at when
   * @return the review with one more revision
   * @throws ReviewTransitionException unless the state is {@link ReviewState#RETURNED} or
   *     {@link ReviewState#DRAFT}
   * @throws EtsValidationException if an argument is null or blank, or {@code at} is before the previous step
   */
  public ReportReview<R> correct(R corrected, String authorId, Instant at) {
    require(state == ReviewState.RETURNED || state == ReviewState.DRAFT, "CORRECTED");
    List<Revision<R>> more = new ArrayList<>(revisions);
    more.add(Revision.of(revisions.size() + 1, corrected, authorId, at));
    return step(ReviewAction.CORRECTED, null, authorId, at, List.of(), ReviewState.DRAFT, List.copyOf(more));
  }

  private void require(boolean allowed, String attempted) {
    if (!allowed) {
      throw new ReviewTransitionException(state, attempted, facilityId + " " + month + " r" + revisions.size());
    }
  }

  private void checkTime(Instant at) {
    Checks.notNull("at", at);
    Instant last = trail.get(trail.size() - 1).at();
    if (at.isBefore(last)) {
      throw new EtsValidationException("at", at, "must not be before the previous step at " + last);
    }
  }

  private ReportReview<R> step(ReviewAction action, @Nullable ReviewTier tier, String actorId,
      Instant at, List<String> findings, ReviewState next, List<Revision<R>> newRevisions) {
    checkTime(at);
    Checks.notNull("findings", findings);
    ReviewStep step = ReviewStep.builder().action(action).revision(newRevisions.size()).tier(Optional.ofNullable(tier))
        .actorId(Checks.notBlank("actorId", actorId)).at(at).from(state).to(next).addAllFindings(findings).build();
    List<ReviewStep> longer = new ArrayList<>(trail);
    longer.add(step);
    return new ReportReview<>(facilityId, month, newRevisions, next, List.copyOf(longer));
  }

  /**
   * The facility id.
   *
   * @return the id
   */
  public String facilityId() {
    return facilityId;
  }

  /**
   * The report month.
   *
   * @return the month
   */
  public YearMonth month() {
    return month;
  }

  /**
   * The current state.
   *
   * @return the state
   */
  public ReviewState state() {
    return state;
  }

  /**
   * Tells whether the report passed all three tiers.
   *
   * @return true in {@link ReviewState#ACCEPTED}
   */
  public boolean isAccepted() {
    return state == ReviewState.ACCEPTED;
  }

  /**
   * The current revision: the last one made. Exactly one revision is current at any time.
   *
   * @return the revision
   */
  public Revision<R> current() {
    return revisions.get(revisions.size() - 1);
  }

  /**
   * The accepted report.
   *
   * @return the current revision's report when accepted, otherwise empty
   */
  public Optional<R> accepted() {
    return isAccepted() ? Optional.of(current().report()) : Optional.empty();
  }

  /**
   * Every revision, oldest first; the last is {@link #current()}.
   *
   * @return an unmodifiable list
   */
  public List<Revision<R>> revisions() {
    return revisions;
  }

  /**
   * The audit trail: every step, oldest first, starting with the draft.
   *
   * @return an unmodifiable list
   */
  public List<ReviewStep> trail() {
    return trail;
  }

  /**
   * The tiers that passed the current revision since it was last submitted.
   *
   * @return the tiers, in review order
   */
  public Set<ReviewTier> tiersPassedByCurrentRevision() {
    Set<ReviewTier> passed = EnumSet.noneOf(ReviewTier.class);
    for (ReviewStep step : trail) {
      if (step.action() == ReviewAction.SUBMITTED || step.action() == ReviewAction.CORRECTED) {
        passed.clear();
      } else if (step.action() == ReviewAction.PASSED) {
        step.tier().ifPresent(passed::add);
      }
    }
    return passed;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReportReview)) {
      return false;
    }
    ReportReview<?> o = (ReportReview<?>) other;
    return o.facilityId.equals(facilityId) && o.month.equals(month) && o.state == state
        && o.revisions.equals(revisions) && o.trail.equals(trail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(facilityId, month, state, revisions, trail);
  }

  /**
   * Renders the review briefly, e.g. {@code "line-1 2025-03 r2 ACCEPTED"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return facilityId + " " + month + " r" + revisions.size() + " " + state.describe();
  }
}
