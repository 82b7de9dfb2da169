package io.github.ets4j.sectors.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of review steps, legal and illegal, checked against a small model of the workflow
 * written independently of the implementation.
 */
class ReviewProperties {
  private static final long SEED = 20_250_301L;
  private static final Instant T0 = Instant.parse("2025-04-01T00:00:00Z");
  private static final ReviewTier[] TIERS = ReviewTier.values();

  // Actions: 0 submit; 1..3 pass by MUNICIPAL, PROVINCIAL, NATIONAL; 4..6 return by those; 7 correct.
  private static boolean legal(ReviewState s, int action) {
    if (action == 0) {
      return s == ReviewState.DRAFT;
    }
    if (action == 7) {
      return s == ReviewState.DRAFT || s == ReviewState.RETURNED;
    }
    int tier = (action - 1) % 3;
    return (tier == 0 && s == ReviewState.SUBMITTED)
        || (tier == 1 && s == ReviewState.MUNICIPAL_PASSED)
        || (tier == 2 && s == ReviewState.PROVINCIAL_PASSED);
  }

  private static ReviewState expectedNext(int action) {
    switch (action) {
      case 0: return ReviewState.SUBMITTED;
      case 1: return ReviewState.MUNICIPAL_PASSED;
      case 2: return ReviewState.PROVINCIAL_PASSED;
      case 3: return ReviewState.ACCEPTED;
      case 7: return ReviewState.DRAFT;
      default: return ReviewState.RETURNED;
    }
  }

  private static ReportReview<String> apply(ReportReview<String> r, int action, Instant at) {
    switch (action) {
      case 0: return r.submit("clerk", at);
      case 1: case 2: case 3: return r.pass(TIERS[action - 1], "reviewer-" + action, at);
      case 7: return r.correct("report r" + (r.revisions().size() + 1), "clerk", at);
      default: return r.returnWith(TIERS[action - 4], "reviewer-" + action, at, List.of("finding " + action));
    }
  }

  @Test
  void legalSequencesKeepExactlyOneCurrentRevisionAndIllegalStepsThrow() {
    AtomicInteger acceptedRuns = new AtomicInteger();
    qt().withFixedSeed(SEED).forAll(lists().of(integers().between(0, 99)).ofSizeBetween(0, 60)).checkAssert(choices -> {
      ReportReview<String> review = ReportReview.draft("line-1", YearMonth.of(2025, 3), "report r1", "clerk", T0);
      int corrections = 0;
      int hour = 0;
      for (int choice : choices) {
        hour++;
        Instant at = T0.plusSeconds(3600L * hour);
        List<Integer> legalActions = new ArrayList<>();
        for (int a = 0; a <= 7; a++) {
          if (legal(review.state(), a)) {
            legalActions.add(a);
          }
        }
        // Mostly legal steps (so that runs get far), sometimes any step at all.
        int action = choice < 80 && !legalActions.isEmpty() ? legalActions.get(choice % legalActions.size()) : choice % 8;
        ReviewState before = review.state();
        if (legal(before, action)) {
          review = apply(review, action, at);
          assertEquals(expectedNext(action), review.state());
          if (action == 7) {
            corrections++;
          }
        } else {
          ReportReview<String> current = review;
          ReviewTransitionException e = assertThrows(ReviewTransitionException.class, () -> apply(current, action, at));
          assertEquals(before, e.state());
          assertTrue(e.getMessage().contains("current state is " + before.describe()));
        }
        assertEquals(corrections + 1, review.revisions().size());
        assertEquals(review.revisions().get(review.revisions().size() - 1), review.current());
        for (int i = 0; i < review.revisions().size(); i++) {
          assertEquals(i + 1, review.revisions().get(i).number());
        }
        assertEquals(review.state(), review.trail().get(review.trail().size() - 1).to());
      }
      if (review.isAccepted()) {
        acceptedRuns.incrementAndGet();
        assertAllThreeTiersPassedTheCurrentRevision(review);
      }
    });
    assertTrue(acceptedRuns.get() > 0, "no run reached ACCEPTED: the property would be vacuous");
  }

  private static void assertAllThreeTiersPassedTheCurrentRevision(ReportReview<String> review) {
    List<ReviewStep> trail = review.trail();
    int lastSubmit = -1;
    for (int i = 0; i < trail.size(); i++) {
      if (trail.get(i).action() == ReviewAction.SUBMITTED) {
        lastSubmit = i;
      }
    }
    assertTrue(lastSubmit >= 0);
    assertEquals(lastSubmit + 4, trail.size(), "after the last submission come exactly three passes");
    for (int k = 0; k < 3; k++) {
      ReviewStep step = trail.get(lastSubmit + 1 + k);
      assertEquals(ReviewAction.PASSED, step.action());
      assertEquals(TIERS[k], step.tier().orElseThrow());
      assertEquals(review.current().number(), step.revision());
    }
    assertEquals(java.util.EnumSet.allOf(ReviewTier.class), review.tiersPassedByCurrentRevision());
  }
}
