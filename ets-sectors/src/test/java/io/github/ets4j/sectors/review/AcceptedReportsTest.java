package io.github.ets4j.sectors.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A Portland clinker line's 2025 through the three-tier review into the annual report, with real
 * {@link ClinkerLineMonth} reports.
 *
 * <pre>
 * every month: 100,000.00 t Portland clinker, bituminous coal at the mrv.md defaults
 *   coal factor 23.736 GJ/t × 0.02618 tC/GJ × 0.99 × 44/12 = 2.2557127824 tCO2/t
 *   12,000 t coal: 12,000 × 2.2557127824 = 27,068.5534 → 27,068.55 tCO2
 *   process: 100,000 × 0.535 = 53,500.00 tCO2
 *   month: 27,068.55 + 53,500.00 = 80,568.55 tCO2
 * June revision 1 reports 12,000 t coal; the provincial tier returns it (the settlement says 12,370 t);
 * revision 2: 12,370 × 2.2557127824 = 27,903.1671 → 27,903.17; June = 27,903.17 + 53,500.00 = 81,403.17
 * year: 11 × 80,568.55 + 81,403.17 = 886,254.05 + 81,403.17 = 967,657.22 → verified 967,657 t
 * </pre>
 */
class AcceptedReportsTest {

  private static final String ENTITY = "91350100M000100Y43";
  private static final String LINE = "line-1";
  private static final Year YEAR = Year.of(2025);

  private static Instant day(YearMonth month, int offsetDays) {
    // Reviews happen in the month after the report month; offsets keep the steps in order.
    return month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(86_400L * offsetDays);
  }

  private static MonthlyReport report(String facility, YearMonth month, String coalTonnes) {
    return MonthlyReport.of(ENTITY, facility, ClinkerLineMonth.builder().month(month).clinkerType(ClinkerType.PORTLAND)
        .clinkerTonnes(new BigDecimal("100000"))
        .addFuels(FuelLine.of(Fuel.BITUMINOUS_COAL, new BigDecimal(coalTonnes), FuelUnit.TONNE)).build());
  }

  private static ReportReview<MonthlyReport> accepted(String key, YearMonth month, MonthlyReport report) {
    return ReportReview.draft(key, month, report, "clerk-1", day(month, 0))
        .submit("clerk-1", day(month, 1))
        .pass(ReviewTier.MUNICIPAL, "fz-municipal-3", day(month, 5))
        .pass(ReviewTier.PROVINCIAL, "fj-provincial-7", day(month, 10))
        .pass(ReviewTier.NATIONAL, "mee-2", day(month, 15));
  }

  private static ReportReview<MonthlyReport> juneReturnedAndCorrected() {
    YearMonth june = YEAR.atMonth(Month.JUNE);
    return ReportReview.draft(LINE, june, report(LINE, june, "12000"), "clerk-1", day(june, 0))
        .submit("clerk-1", day(june, 1))
        .pass(ReviewTier.MUNICIPAL, "fz-municipal-3", day(june, 5))
        .returnWith(ReviewTier.PROVINCIAL, "fj-provincial-7", day(june, 8),
            List.of("coal consumption differs from the weighbridge settlement by 370 t"))
        .correct(report(LINE, june, "12370"), "clerk-1", day(june, 9))
        .submit("clerk-1", day(june, 10))
        .pass(ReviewTier.MUNICIPAL, "fz-municipal-3", day(june, 12))
        .pass(ReviewTier.PROVINCIAL, "fj-provincial-7", day(june, 14))
        .pass(ReviewTier.NATIONAL, "mee-2", day(june, 16));
  }

  private static List<ReportReview<MonthlyReport>> year() {
    List<ReportReview<MonthlyReport>> reviews = new ArrayList<>();
    for (Month m : Month.values()) {
      YearMonth month = YEAR.atMonth(m);
      reviews.add(m == Month.JUNE ? juneReturnedAndCorrected() : accepted(LINE, month, report(LINE, month, "12000")));
    }
    return reviews;
  }

  @Test
  void theVerifiedFigureComesFromTheAcceptedMonths() {
    AnnualReport annual = AcceptedReports.annualReport(AcceptedYear.of(YEAR, year()));
    // see the class comment: 967,657.22 → 967,657 t
    assertEquals(new BigDecimal("967657.22"), annual.coveredCo2e());
    assertEquals(new BigDecimal("967657"), annual.verifiedEmissions());
    // process 12 × 53,500.00 = 642,000.00; fuel 11 × 27,068.55 + 27,903.17 = 297,754.05 + 27,903.17 = 325,657.22
    assertEquals(new BigDecimal("642000.00"), annual.sourceCo2e(EmissionSource.INDUSTRIAL_PROCESS));
    assertEquals(new BigDecimal("325657.22"), annual.sourceCo2e(EmissionSource.FUEL_COMBUSTION));
    assertEquals(ENTITY, annual.entityId());
    assertEquals(LINE, annual.facilityId());
    assertEquals(YEAR, annual.year());
    // June counts with the corrected revision, never the returned one (80,568.55 t).
    assertEquals(new BigDecimal("81403.17"), annual.months().get(5).coveredCo2e());
  }

  @Test
  void theCorrectedMonthKeepsItsTrail() {
    ReportReview<MonthlyReport> june = AcceptedYear.of(YEAR, year()).reviews().get(5);
    List<String> steps = june.trail().stream()
        .map(s -> s.action() + s.tier().map(t -> " " + t).orElse("") + " r" + s.revision())
        .collect(Collectors.toList());
    assertEquals(List.of("DRAFTED r1", "SUBMITTED r1", "PASSED MUNICIPAL r1", "RETURNED PROVINCIAL r1", "CORRECTED r2",
        "SUBMITTED r2", "PASSED MUNICIPAL r2", "PASSED PROVINCIAL r2", "PASSED NATIONAL r2"), steps);
    // the returned revision stays on record with its own figure: 80,568.55 t
    assertEquals(new BigDecimal("80568.55"), june.revisions().get(0).report().coveredCo2e());
  }

  @Test
  void aReviewKeyOfAnotherMonthIsRefused() {
    List<ReportReview<MonthlyReport>> reviews = year();
    YearMonth march = YEAR.atMonth(Month.MARCH);
    reviews.set(2, accepted(LINE, march, report(LINE, march.plusMonths(1), "12000")));
    AcceptedYear<MonthlyReport> accepted = AcceptedYear.of(YEAR, reviews);
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> AcceptedReports.annualReport(accepted));
    assertEquals("reviews", e.field());
    assertEquals("line-1 2025-03", e.value());
    assertEquals("the review key must match its accepted report, which is of facility line-1 and month 2025-04",
        e.rule());
  }

  @Test
  void aReviewKeyOfAnotherFacilityIsRefused() {
    List<ReportReview<MonthlyReport>> reviews = new ArrayList<>();
    for (Month m : Month.values()) {
      YearMonth month = YEAR.atMonth(m);
      reviews.add(accepted("kiln-A", month, report(LINE, month, "12000")));
    }
    AcceptedYear<MonthlyReport> accepted = AcceptedYear.of(YEAR, reviews);
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> AcceptedReports.annualReport(accepted));
    assertEquals("kiln-A 2025-01", e.value());
    assertEquals("the review key must match its accepted report, which is of facility line-1 and month 2025-01",
        e.rule());
    assertEquals("accepted",
        assertThrows(EtsValidationException.class, () -> AcceptedReports.annualReport(null)).field());
  }
}
