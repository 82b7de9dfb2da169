package io.github.ets4j.sectors.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Precision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review example of the README, kept here so that it is known to compile and run. */
class ReadmeReviewExampleTest {

  @Test
  void readmeExample() {
    // README:BEGIN
    record Figures(BigDecimal tonnesCo2) {}   // any immutable report: a sector's MonthlyReport in practice
    ReportReview<Figures> june = ReportReview
        .draft("line-1", YearMonth.of(2025, 6), new Figures(new BigDecimal("52000.00")), "clerk-1",
            Instant.parse("2025-07-05T09:00:00Z"))
        .submit("clerk-1", Instant.parse("2025-07-05T10:00:00Z"))
        .pass(ReviewTier.MUNICIPAL, "municipal-3", Instant.parse("2025-07-10T09:00:00Z"))
        .returnWith(ReviewTier.PROVINCIAL, "provincial-7", Instant.parse("2025-07-15T09:00:00Z"),
            List.of("coal consumption differs from the settlement record"))
        .correct(new Figures(new BigDecimal("51000.00")), "clerk-1", Instant.parse("2025-07-16T09:00:00Z"))
        .submit("clerk-1", Instant.parse("2025-07-16T10:00:00Z"))
        .pass(ReviewTier.MUNICIPAL, "municipal-3", Instant.parse("2025-07-18T09:00:00Z"))
        .pass(ReviewTier.PROVINCIAL, "provincial-7", Instant.parse("2025-07-21T09:00:00Z"))
        .pass(ReviewTier.NATIONAL, "mee-2", Instant.parse("2025-07-25T09:00:00Z"));
    boolean accepted = june.isAccepted();           // true
    int revisions = june.revisions().size();        // 2: the correction keeps the returned revision
    int steps = june.trail().size();                // 9 steps, each with its actor and time
    // README:END
    assertTrue(accepted);
    assertEquals(2, revisions);
    assertEquals(9, steps);

    List<ReportReview<Figures>> reviewsOfAllTwelveMonths = new ArrayList<>();
    for (Month m : Month.values()) {
      if (m == Month.JUNE) {
        reviewsOfAllTwelveMonths.add(june);
        continue;
      }
      Instant t = Instant.parse("2025-12-31T00:00:00Z");
      reviewsOfAllTwelveMonths.add(ReportReview.draft("line-1", YearMonth.of(2025, m), new Figures(new BigDecimal("50000.00")),
              "clerk-1", t).submit("clerk-1", t).pass(ReviewTier.MUNICIPAL, "m", t).pass(ReviewTier.PROVINCIAL, "p", t)
          .pass(ReviewTier.NATIONAL, "n", t));
    }
    AcceptedYear<Figures> year = AcceptedYear.of(Year.of(2025), reviewsOfAllTwelveMonths);
    BigDecimal annual = Precision.ENTERPRISE_TOTAL.round(year.sum(Figures::tonnesCo2));
    // 11 × 50,000.00 + 51,000.00 = 601,000 t.
    assertEquals(new BigDecimal("601000"), annual);
  }
}
