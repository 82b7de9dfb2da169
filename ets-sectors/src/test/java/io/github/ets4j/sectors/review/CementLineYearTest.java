package io.github.ets4j.sectors.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Precision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A full year of one cement clinker line through the three-tier review. */
class CementLineYearTest {

  /** Stand-in for the sector's monthly report until the real one is merged. */
  record ClinkerMonth(YearMonth month, BigDecimal clinkerTonnes, BigDecimal emissionsTonnes) {}

  private static final String LINE = "91350100M000100Y43/line-1";
  private static final Year YEAR = Year.of(2025);

  private static Instant day(YearMonth month, int offsetDays) {
    // Reviews happen in the month after the report month; offsets keep steps in order.
    return month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(86_400L * offsetDays);
  }

  private static ReportReview<ClinkerMonth> acceptedMonth(YearMonth m) {
    ClinkerMonth report = new ClinkerMonth(m, new BigDecimal("93000.00"), new BigDecimal("50000.00"));
    return ReportReview.draft(LINE, m, report, "clerk-1", day(m, 0))
        .submit("clerk-1", day(m, 1))
        .pass(ReviewTier.MUNICIPAL, "fz-municipal-3", day(m, 5))
        .pass(ReviewTier.PROVINCIAL, "fj-provincial-7", day(m, 10))
        .pass(ReviewTier.NATIONAL, "mee-2", day(m, 15));
  }

  private static ReportReview<ClinkerMonth> acceptedJanuaryOf(int nationalReviewerNumber) {
    YearMonth m = YEAR.atMonth(Month.JANUARY);
    ClinkerMonth report = new ClinkerMonth(m, new BigDecimal("93000.00"), new BigDecimal("50000.00"));
    return ReportReview.draft(LINE, m, report, "clerk-1", day(m, 0)).submit("clerk-1", day(m, 1))
        .pass(ReviewTier.MUNICIPAL, "fz-municipal-3", day(m, 5)).pass(ReviewTier.PROVINCIAL, "fj-provincial-7", day(m, 10))
        .pass(ReviewTier.NATIONAL, "mee-" + nationalReviewerNumber, day(m, 15));
  }

  private static ReportReview<ClinkerMonth> juneReturnedAndCorrected() {
    YearMonth june = YEAR.atMonth(Month.JUNE);
    ClinkerMonth first = new ClinkerMonth(june, new BigDecimal("93000.00"), new BigDecimal("52000.00"));
    ClinkerMonth corrected = new ClinkerMonth(june, new BigDecimal("93000.00"), new BigDecimal("51000.00"));
    return ReportReview.draft(LINE, june, first, "clerk-1", day(june, 0))
        .submit("clerk-1", day(june, 1))
        .pass(ReviewTier.MUNICIPAL, "fz-municipal-3", day(june, 5))
        .returnWith(ReviewTier.PROVINCIAL, "fj-provincial-7", day(june, 8),
            List.of("coal consumption differs from the weighbridge settlement by 370 t"))
        .correct(corrected, "clerk-1", day(june, 9))
        .submit("clerk-1", day(june, 10))
        .pass(ReviewTier.MUNICIPAL, "fz-municipal-3", day(june, 12))
        .pass(ReviewTier.PROVINCIAL, "fj-provincial-7", day(june, 14))
        .pass(ReviewTier.NATIONAL, "mee-2", day(june, 16), List.of("accepted after correction"));
  }

  private static List<ReportReview<ClinkerMonth>> year() {
    List<ReportReview<ClinkerMonth>> reviews = new ArrayList<>();
    for (Month m : Month.values()) {
      reviews.add(m == Month.JUNE ? juneReturnedAndCorrected() : acceptedMonth(YEAR.atMonth(m)));
    }
    return reviews;
  }

  @Test
  void twelveAcceptedMonthsGiveTheAnnualFigure() {
    AcceptedYear<ClinkerMonth> accepted = AcceptedYear.of(YEAR, year());
    // 11 months × 50,000.00 t + June corrected to 51,000.00 t = 601,000.00 t; whole tonnes: 601,000.
    assertEquals(0, new BigDecimal("601000.00").compareTo(accepted.sum(ClinkerMonth::emissionsTonnes)));
    assertEquals(new BigDecimal("601000"), Precision.ENTERPRISE_TOTAL.round(accepted.sum(ClinkerMonth::emissionsTonnes)));
    // 12 × 93,000.00 t clinker = 1,116,000.00 t.
    assertEquals(0, new BigDecimal("1116000").compareTo(accepted.sum(ClinkerMonth::clinkerTonnes)));
    assertEquals(12, accepted.reports().size());
    assertEquals(YEAR.atMonth(Month.JANUARY), accepted.reports().get(0).month());
    assertEquals(new BigDecimal("51000.00"), accepted.reports().get(5).emissionsTonnes());
    assertEquals(LINE, accepted.facilityId());
    assertEquals(YEAR, accepted.year());
    assertEquals(12, accepted.reviews().size());
    assertEquals(AcceptedYear.of(YEAR, year()), accepted);
    assertEquals(AcceptedYear.of(YEAR, year()).hashCode(), accepted.hashCode());
    List<ReportReview<ClinkerMonth>> otherFigures = year();
    otherFigures.set(0, acceptedJanuaryOf(9));
    AcceptedYear<ClinkerMonth> other = AcceptedYear.of(YEAR, otherFigures);
    assertNotEquals(accepted, other);
    assertNotEquals(accepted.hashCode(), other.hashCode());
    assertNotEquals(accepted, (Object) "x");
    assertEquals(LINE + " 2025: 12 accepted months", accepted.toString());
  }

  @Test
  void theAuditTrailListsEveryStep() {
    ReportReview<ClinkerMonth> june = juneReturnedAndCorrected();
    List<String> steps = june.trail().stream()
        .map(s -> s.action() + s.tier().map(t -> " " + t).orElse("") + " r" + s.revision() + " " + s.from() + "->" + s.to())
        .collect(Collectors.toList());
    assertEquals(List.of(
        "DRAFTED r1 DRAFT->DRAFT",
        "SUBMITTED r1 DRAFT->SUBMITTED",
        "PASSED MUNICIPAL r1 SUBMITTED->MUNICIPAL_PASSED",
        "RETURNED PROVINCIAL r1 MUNICIPAL_PASSED->RETURNED",
        "CORRECTED r2 RETURNED->DRAFT",
        "SUBMITTED r2 DRAFT->SUBMITTED",
        "PASSED MUNICIPAL r2 SUBMITTED->MUNICIPAL_PASSED",
        "PASSED PROVINCIAL r2 MUNICIPAL_PASSED->PROVINCIAL_PASSED",
        "PASSED NATIONAL r2 PROVINCIAL_PASSED->ACCEPTED"), steps);
    ReviewStep returned = june.trail().get(3);
    assertEquals("fj-provincial-7", returned.actorId());
    assertEquals(Instant.parse("2025-07-09T00:00:00Z"), returned.at());
    assertEquals(List.of("coal consumption differs from the weighbridge settlement by 370 t"), returned.findings());
    assertEquals(List.of("accepted after correction"), june.trail().get(8).findings());
    // The old revision is kept.
    assertEquals(2, june.revisions().size());
    assertEquals(new BigDecimal("52000.00"), june.revisions().get(0).report().emissionsTonnes());
    assertEquals(new BigDecimal("51000.00"), june.current().report().emissionsTonnes());
    assertEquals(Optional.of(june.current().report()), june.accepted());
    assertEquals(5, acceptedMonth(YEAR.atMonth(Month.MARCH)).trail().size());
    assertEquals("2025-07-09T00:00:00Z r1 RETURNED by PROVINCIAL reviewer fj-provincial-7: MUNICIPAL_PASSED -> RETURNED"
        + " [coal consumption differs from the weighbridge settlement by 370 t]", returned.toString());
  }

  @Test
  void theAnnualFigureNeedsTwelveAcceptedMonths() {
    List<ReportReview<ClinkerMonth>> reviews = year();
    YearMonth june = YEAR.atMonth(Month.JUNE);
    reviews.set(5, ReportReview.draft(LINE, june, new ClinkerMonth(june, BigDecimal.ONE, BigDecimal.ONE), "c", day(june, 0))
        .submit("c", day(june, 1)).pass(ReviewTier.MUNICIPAL, "m", day(june, 2)).pass(ReviewTier.PROVINCIAL, "p", day(june, 3)));
    reviews.remove(1);
    reviews.remove(10);
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> AcceptedYear.of(YEAR, reviews));
    assertEquals("reviews", e.field());
    assertEquals(LINE + " 2025", e.value());
    assertEquals("an annual figure needs 12 accepted months; missing: [2025-02, 2025-12]; not accepted: "
        + "[2025-06 (PROVINCIAL_PASSED)]", e.rule());
    EtsValidationException none = assertThrows(EtsValidationException.class, () -> AcceptedYear.of(YEAR, List.of()));
    assertEquals("no facility 2025", none.value());
  }

  @Test
  void oneFacilityOneYearOneReviewPerMonth() {
    List<ReportReview<ClinkerMonth>> twice = year();
    twice.add(acceptedMonth(YEAR.atMonth(Month.MARCH)));
    assertTrue(assertThrows(EtsValidationException.class, () -> AcceptedYear.of(YEAR, twice)).rule().contains("two reviews"));
    List<ReportReview<ClinkerMonth>> otherYear = year();
    otherYear.set(0, acceptedMonth(YearMonth.of(2024, 1)));
    assertEquals(LINE + " 2024-01", assertThrows(EtsValidationException.class, () -> AcceptedYear.of(YEAR, otherYear)).value());
    List<ReportReview<ClinkerMonth>> otherLine = year();
    YearMonth jan = YEAR.atMonth(Month.JANUARY);
    otherLine.set(3, ReportReview.draft("line-2", jan.plusMonths(3), new ClinkerMonth(jan, BigDecimal.ONE, BigDecimal.ONE),
        "c", day(jan, 0)));
    assertTrue(assertThrows(EtsValidationException.class, () -> AcceptedYear.of(YEAR, otherLine)).rule()
        .contains("one facility"));
    AcceptedYear<ClinkerMonth> accepted = AcceptedYear.of(YEAR, year());
    assertEquals("monthlyFigure(2025-01)", assertThrows(EtsValidationException.class, () -> accepted.sum(r -> null)).field());
  }
}
