package io.github.ets4j.sectors.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.sectors.evidence.EvidenceDeadline;
import io.github.ets4j.sectors.evidence.EvidenceFinding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Evidence findings are what a reviewer returns a report with; they never stop the review by themselves. */
class EvidenceReturnTest {
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @Test
  void municipalTierReturnsAMonthWithLateEvidence() {
    YearMonth february = YearMonth.of(2025, 2);
    // 28 Feb 2025 + 40 days = 9 Apr 2025; the lab report came on 11 Apr, two days late.
    List<EvidenceFinding> findings = EvidenceDeadline.chinaNational().findings(february, Map.of(
        "NCV of bituminous coal", List.of(Evidence.of(EvidenceKind.LAB_REPORT, "LAB-0211", SHA, LocalDate.of(2025, 4, 11))),
        "clinker output", List.of(Evidence.of(EvidenceKind.LEDGER, "PROD-02", SHA, LocalDate.of(2025, 3, 3)))));
    assertEquals(1, findings.size());
    ReportReview<String> review = ReportReview.draft("line-1", february, "february report", "clerk",
            Instant.parse("2025-03-05T00:00:00Z"))
        .submit("clerk", Instant.parse("2025-03-05T01:00:00Z"))
        .returnWith(ReviewTier.MUNICIPAL, "m-1", Instant.parse("2025-04-15T00:00:00Z"),
            findings.stream().map(EvidenceFinding::describe).collect(Collectors.toList()));
    assertEquals(ReviewState.RETURNED, review.state());
    assertEquals(List.of("2025-02 NCV of bituminous coal: LATE, document LAB-0211 uploaded 2025-04-11, 2 days after the "
        + "deadline 2025-04-09 (upload within 40 calendar days after the month ends (AG-STEEL-2024 §10.2 [V]))"),
        review.trail().get(2).findings());
  }
}
