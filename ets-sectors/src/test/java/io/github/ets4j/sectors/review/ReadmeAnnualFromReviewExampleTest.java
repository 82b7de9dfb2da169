package io.github.ets4j.sectors.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README example of the path review → accepted year → annual report, kept here so that it compiles. */
class ReadmeAnnualFromReviewExampleTest {

  @Test
  void readmeExample() {
    // README:BEGIN
    List<ReportReview<MonthlyReport>> reviews = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(2025, m);
      MonthlyReport report = MonthlyReport.of("91350100M000100Y43", "line-1", ClinkerLineMonth.builder()
          .month(month).clinkerType(ClinkerType.PORTLAND).clinkerTonnes(new BigDecimal("100000")).build());
      Instant t = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
      reviews.add(ReportReview.draft("line-1", month, report, "clerk-1", t)   // key: facility id and month
          .submit("clerk-1", t)
          .pass(ReviewTier.MUNICIPAL, "municipal-3", t)
          .pass(ReviewTier.PROVINCIAL, "provincial-7", t)
          .pass(ReviewTier.NATIONAL, "mee-2", t));
    }
    AcceptedYear<MonthlyReport> accepted = AcceptedYear.of(Year.of(2025), reviews); // 12 accepted months or throws
    AnnualReport annual = AcceptedReports.annualReport(accepted); // review keys must match the reports
    BigDecimal verified = annual.verifiedEmissions();              // whole tonnes
    // README:END
    // 100,000.00 t Portland clinker × 0.535 = 53,500.00 tCO2 a month; 12 × 53,500.00 = 642,000 t
    assertEquals(new BigDecimal("642000"), verified);
  }
}
