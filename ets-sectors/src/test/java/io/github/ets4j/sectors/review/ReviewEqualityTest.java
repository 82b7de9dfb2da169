package io.github.ets4j.sectors.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Each field of a review and a revision takes part in equality. */
class ReviewEqualityTest {
  static final Instant T0 = Instant.parse("2025-02-01T00:00:00Z");
  static final Instant T1 = Instant.parse("2025-02-02T00:00:00Z");
  static final YearMonth JAN = YearMonth.of(2025, 1);

  @Test
  void revisionFields() {
    Revision<String> r = Revision.of(1, "report", "clerk", T0);
    assertEquals(r, Revision.of(1, "report", "clerk", T0));
    assertEquals(r.hashCode(), Revision.of(1, "report", "clerk", T0).hashCode());
    assertNotEquals(r, Revision.of(2, "report", "clerk", T0));
    assertNotEquals(r, Revision.of(1, "other", "clerk", T0));
    assertNotEquals(r, Revision.of(1, "report", "clerk-2", T0));
    assertNotEquals(r, Revision.of(1, "report", "clerk", T1));
    assertNotEquals(r.hashCode(), Revision.of(1, "report", "clerk", T1).hashCode());
    assertNotEquals(r, (Object) "report");
    assertEquals("r1 by clerk at 2025-02-01T00:00:00Z: report", r.toString());
    assertEquals("clerk", r.authorId());
    assertEquals(T0, r.created());
  }

  @Test
  void reviewFields() {
    ReportReview<String> draft = ReportReview.draft("line-1", JAN, "report", "clerk", T0);
    assertEquals(draft, ReportReview.draft("line-1", JAN, "report", "clerk", T0));
    assertEquals(draft.hashCode(), ReportReview.draft("line-1", JAN, "report", "clerk", T0).hashCode());
    assertNotEquals(draft, ReportReview.draft("line-2", JAN, "report", "clerk", T0));
    assertNotEquals(draft, ReportReview.draft("line-1", JAN.plusMonths(1), "report", "clerk", T0));
    assertNotEquals(draft, ReportReview.draft("line-1", JAN, "other", "clerk", T0));
    // the trail records no report content: "other" differs from "report" only in its revision
    // same facility, month, state and revisions; only the trail differs (who submitted)
    assertNotEquals(draft.submit("clerk", T1), draft.submit("clerk-2", T1));
    assertEquals(draft.submit("clerk", T1), draft.submit("clerk", T1));
    assertNotEquals(draft.hashCode(), draft.submit("clerk", T1).hashCode());
    assertNotEquals(draft, (Object) "report");
    assertEquals("line-1 2025-01 r1 " + ReviewState.DRAFT.describe(), draft.toString());
  }
}
