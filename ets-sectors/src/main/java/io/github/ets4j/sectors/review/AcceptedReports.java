package io.github.ets4j.sectors.review;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The bridge from the review to the annual report: the verified annual figure of a facility comes from
 * its twelve accepted monthly reports (issue 4; annual verification by the provincial authority,
 * MEASURES-2021 [V]).
 *
 * <p>Lives in the review package so that the dependency runs one way: the review knows the sector
 * reports, the reports know nothing of the review. Stateless, immutable and thread-safe.
 */
public final class AcceptedReports {

  private AcceptedReports() {}

  /**
   * Builds the annual report from the accepted revision of each of the twelve months.
   *
   * <p>Each review is keyed by (facility id, month); the accepted report must be that facility's report
   * of that month: the review's facility id equals {@link MonthlyReport#facilityId()} and the review's
   * month equals {@link MonthlyReport#month()}. A mismatch means a report was filed under the wrong key,
   * and the figure it carries must not be counted for the facility reviewed.
   *
   * @param accepted the twelve accepted months of one facility and year
   * @return the annual report; its {@link AnnualReport#verifiedEmissions()} is the verified figure
   * @throws EtsValidationException if {@code accepted} is null; if a review's key does not match its
   *     accepted report (field {@code "reviews"}, value the review key, rule naming the report's facility
   *     and month); or if {@link AnnualReport#of} refuses the reports (mixed entities or sectors, a solid
   *     fuel's NCV switching between measured and default)
   */
  public static AnnualReport annualReport(AcceptedYear<MonthlyReport> accepted) {
    Checks.notNull("accepted", accepted);
    List<MonthlyReport> reports = new ArrayList<>();
    for (ReportReview<MonthlyReport> review : accepted.reviews()) {
      MonthlyReport report = review.current().report();
      if (!review.facilityId().equals(report.facilityId()) || !review.month().equals(report.month())) {
        throw new EtsValidationException("reviews", review.facilityId() + " " + review.month(),
            "the review key must match its accepted report, which is of facility " + report.facilityId()
                + " and month " + report.month());
      }
      reports.add(report);
    }
    return AnnualReport.of(reports);
  }
}
