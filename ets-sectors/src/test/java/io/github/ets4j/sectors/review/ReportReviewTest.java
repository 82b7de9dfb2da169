package io.github.ets4j.sectors.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportReviewTest {
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final Instant T0 = Instant.parse("2025-04-01T00:00:00Z");

  private static Instant t(int hours) {
    return T0.plusSeconds(3600L * hours);
  }

  private static ReportReview<String> draft() {
    return ReportReview.draft("line-1", MARCH, "report v1", "clerk", T0);
  }

  @Test
  void skippingATierThrowsNamingTheCurrentState() {
    ReportReview<String> submitted = draft().submit("clerk", t(1));
    ReviewTransitionException e = assertThrows(ReviewTransitionException.class,
        () -> submitted.pass(ReviewTier.PROVINCIAL, "p", t(2)));
    assertEquals(ReviewState.SUBMITTED, e.state());
    assertEquals("PASSED by PROVINCIAL", e.attempted());
    assertEquals("cannot apply PASSED by PROVINCIAL to line-1 2025-03 r1: current state is SUBMITTED (awaiting MUNICIPAL review)",
        e.getMessage());
    ReportReview<String> municipal = submitted.pass(ReviewTier.MUNICIPAL, "m", t(2));
    assertEquals(ReviewState.MUNICIPAL_PASSED,
        assertThrows(ReviewTransitionException.class, () -> municipal.pass(ReviewTier.NATIONAL, "n", t(3))).state());
    assertThrows(ReviewTransitionException.class, () -> municipal.returnWith(ReviewTier.NATIONAL, "n", t(3), List.of("x")));
    assertThrows(ReviewTransitionException.class, () -> municipal.pass(ReviewTier.MUNICIPAL, "m", t(3)));
  }

  @Test
  void anAcceptedReportCannotBeReviewedOrCorrected() {
    ReportReview<String> accepted = draft().submit("clerk", t(1)).pass(ReviewTier.MUNICIPAL, "m", t(2))
        .pass(ReviewTier.PROVINCIAL, "p", t(3)).pass(ReviewTier.NATIONAL, "n", t(4));
    assertTrue(accepted.isAccepted());
    assertEquals(EnumSet.allOf(ReviewTier.class), accepted.tiersPassedByCurrentRevision());
    for (ReviewTier tier : ReviewTier.values()) {
      ReviewTransitionException e = assertThrows(ReviewTransitionException.class, () -> accepted.pass(tier, "x", t(5)));
      assertTrue(e.getMessage().endsWith("current state is ACCEPTED"), e.getMessage());
      assertThrows(ReviewTransitionException.class, () -> accepted.returnWith(tier, "x", t(5), List.of("late")));
    }
    assertThrows(ReviewTransitionException.class, () -> accepted.correct("v2", "clerk", t(5)));
    assertThrows(ReviewTransitionException.class, () -> accepted.submit("clerk", t(5)));
  }

  @Test
  void draftAndReturnedStatesAllowOnlyTheirSteps() {
    ReportReview<String> draft = draft();
    assertThrows(ReviewTransitionException.class, () -> draft.pass(ReviewTier.MUNICIPAL, "m", t(1)));
    assertThrows(ReviewTransitionException.class, () -> draft.returnWith(ReviewTier.MUNICIPAL, "m", t(1), List.of("x")));
    ReportReview<String> redrafted = draft.correct("report v1b", "clerk", t(1));
    assertEquals(2, redrafted.revisions().size());
    assertEquals(ReviewState.DRAFT, redrafted.state());
    ReportReview<String> submitted = redrafted.submit("clerk", t(2));
    assertThrows(ReviewTransitionException.class, () -> submitted.submit("clerk", t(3)));
    assertThrows(ReviewTransitionException.class, () -> submitted.correct("v3", "clerk", t(3)));
    ReportReview<String> returned = submitted.returnWith(ReviewTier.MUNICIPAL, "m", t(3), List.of("ledger missing"));
    assertEquals(ReviewState.RETURNED, returned.state());
    assertEquals(Optional.empty(), returned.accepted());
    assertThrows(ReviewTransitionException.class, () -> returned.submit("clerk", t(4)));
    assertThrows(ReviewTransitionException.class, () -> returned.pass(ReviewTier.MUNICIPAL, "m", t(4)));
    assertEquals(EnumSet.noneOf(ReviewTier.class), returned.tiersPassedByCurrentRevision());
    ReportReview<String> returnedLater = returned.correct("v3", "clerk", t(4)).submit("clerk", t(5))
        .pass(ReviewTier.MUNICIPAL, "m", t(6)).returnWith(ReviewTier.PROVINCIAL, "p", t(7), List.of("x"));
    assertEquals(EnumSet.of(ReviewTier.MUNICIPAL), returnedLater.tiersPassedByCurrentRevision());
    ReportReview<String> corrected = returnedLater.correct("v4", "clerk", t(8));
    assertEquals(EnumSet.noneOf(ReviewTier.class), corrected.tiersPassedByCurrentRevision());
    assertEquals(4, corrected.current().number());
    assertEquals("at", assertThrows(EtsValidationException.class, () -> returnedLater.correct("v4", "clerk", t(6))).field());
  }

  @Test
  void stepsAreValidated() {
    ReportReview<String> submitted = draft().submit("clerk", t(1));
    assertEquals("findings", assertThrows(EtsValidationException.class,
        () -> submitted.returnWith(ReviewTier.MUNICIPAL, "m", t(2), List.of())).field());
    assertEquals("findings", assertThrows(EtsValidationException.class,
        () -> submitted.returnWith(ReviewTier.MUNICIPAL, "m", t(2), List.of(" "))).field());
    assertEquals("actorId", assertThrows(EtsValidationException.class,
        () -> submitted.pass(ReviewTier.MUNICIPAL, " ", t(2))).field());
    EtsValidationException back = assertThrows(EtsValidationException.class,
        () -> submitted.pass(ReviewTier.MUNICIPAL, "m", T0));
    assertEquals("at", back.field());
    assertEquals("must not be before the previous step at 2025-04-01T01:00:00Z", back.rule());
    assertThrows(EtsValidationException.class, () -> submitted.pass(null, "m", t(2)));
    assertThrows(EtsValidationException.class, () -> submitted.returnWith(null, "m", t(2), List.of("x")));
    assertThrows(EtsValidationException.class, () -> ReportReview.draft(" ", MARCH, "r", "clerk", T0));
    assertThrows(EtsValidationException.class, () -> ReportReview.draft("line-1", null, "r", "clerk", T0));
    assertThrows(EtsValidationException.class, () -> ReportReview.draft("line-1", MARCH, null, "clerk", T0));
    assertThrows(EtsValidationException.class, () -> ReportReview.draft("line-1", MARCH, "r", "clerk", null));
    assertThrows(EtsValidationException.class, () -> Revision.of(0, "r", "clerk", T0));
    // Same instant as the previous step is allowed.
    assertEquals(ReviewState.MUNICIPAL_PASSED, submitted.pass(ReviewTier.MUNICIPAL, "m", t(1)).state());
  }

  @Test
  void reviewStepRules() {
    assertEquals("a PASSED step names the tier that made it", assertThrows(EtsValidationException.class,
        () -> ReviewStep.builder().action(ReviewAction.PASSED).revision(1).actorId("m").at(T0).from(ReviewState.SUBMITTED)
            .to(ReviewState.MUNICIPAL_PASSED).build()).rule());
    assertEquals("a SUBMITTED step is the entity's and names no tier", assertThrows(EtsValidationException.class,
        () -> ReviewStep.builder().action(ReviewAction.SUBMITTED).revision(1).tier(ReviewTier.MUNICIPAL).actorId("m").at(T0)
            .from(ReviewState.DRAFT).to(ReviewState.SUBMITTED).build()).rule());
    assertEquals("revision", assertThrows(EtsValidationException.class, () -> ReviewStep.builder()
        .action(ReviewAction.SUBMITTED).revision(0).actorId("m").at(T0).from(ReviewState.DRAFT).to(ReviewState.SUBMITTED)
        .build()).field());
    ReviewStep drafted = draft().trail().get(0);
    assertEquals("2025-04-01T00:00:00Z r1 DRAFTED by clerk: DRAFT -> DRAFT", drafted.toString());
  }

  @Test
  void tiersAndStatesDescribeTheOrder() {
    assertEquals(Optional.of(ReviewTier.PROVINCIAL), ReviewTier.MUNICIPAL.next());
    assertEquals(Optional.of(ReviewTier.NATIONAL), ReviewTier.PROVINCIAL.next());
    assertEquals(Optional.empty(), ReviewTier.NATIONAL.next());
    assertEquals(Optional.of(ReviewTier.MUNICIPAL), ReviewState.SUBMITTED.awaitedTier());
    assertEquals(Optional.empty(), ReviewState.ACCEPTED.awaitedTier());
    assertEquals("DRAFT", ReviewState.DRAFT.describe());
    assertEquals("PROVINCIAL_PASSED (awaiting NATIONAL review)", ReviewState.PROVINCIAL_PASSED.describe());
  }

  @Test
  void valueSemantics() {
    ReportReview<String> a = draft().submit("clerk", t(1));
    ReportReview<String> b = draft().submit("clerk", t(1));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, draft());
    assertNotEquals(a.hashCode(), draft().hashCode());
    assertNotEquals(a, (Object) "x");
    assertEquals("line-1", a.facilityId());
    assertEquals(MARCH, a.month());
    assertFalse(a.isAccepted());
    assertEquals("line-1 2025-03 r1 SUBMITTED (awaiting MUNICIPAL review)", a.toString());
    Revision<String> r = a.current();
    assertEquals(1, r.number());
    assertEquals("clerk", r.authorId());
    assertEquals(T0, r.created());
    assertEquals("report v1", r.report());
    assertEquals(Revision.of(1, "report v1", "clerk", T0), r);
    assertEquals(Revision.of(1, "report v1", "clerk", T0).hashCode(), r.hashCode());
    assertNotEquals(r, Revision.of(2, "report v1", "clerk", T0));
    assertNotEquals(r.hashCode(), Revision.of(2, "report v1", "clerk", T0).hashCode());
    assertNotEquals(r, (Object) "x");
    assertEquals("r1 by clerk at 2025-04-01T00:00:00Z: report v1", r.toString());
  }
}
