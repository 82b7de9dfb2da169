package io.github.ets4j.sectors.review;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The twelve accepted monthly reports of one facility and year: the only source from which an annual
 * figure may be summed.
 *
 * <p>{@link #of(Year, Collection)} refuses anything but exactly one review for each of the twelve months
 * of the year, all of one facility and all {@link ReviewState#ACCEPTED}; the message names every missing
 * month and every month not accepted with its state. Immutable and thread-safe when the report type is.
 *
 * @param <R> the report type
 */
public final class AcceptedYear<R> {
  private final String facilityId;
  private final Year year;
  private final List<ReportReview<R>> reviews;

  private AcceptedYear(String facilityId, Year year, List<ReportReview<R>> reviews) {
    this.facilityId = facilityId;
    this.year = year;
    this.reviews = reviews;
  }

  /**
   * Collects the accepted months of a year.
   *
   * @param year the reporting year
   * @param reviews the reviews of the twelve months, in any order
   * @param <R> the report type
   * @return the accepted year, months in calendar order
   * @throws EtsValidationException if an argument or review is null, the reviews belong to more than one
   *     facility, a review is of another year, a month has two reviews, or a month is missing or not
   *     accepted (all missing and unaccepted months are named)
   */
  public static <R> AcceptedYear<R> of(Year year, Collection<ReportReview<R>> reviews) {
    Checks.notNull("year", year);
    Checks.notNull("reviews", reviews);
    Map<YearMonth, ReportReview<R>> byMonth = new TreeMap<>();
    String facility = null;
    for (ReportReview<R> review : reviews) {
      Checks.notNull("reviews", review);
      if (facility == null) {
        facility = review.facilityId();
      } else if (!facility.equals(review.facilityId())) {
        throw new EtsValidationException("reviews", review.facilityId() + " " + review.month(),
            "all months must be of one facility; found " + facility + " and " + review.facilityId());
      }
      if (review.month().getYear() != year.getValue()) {
        throw new EtsValidationException("reviews", review.facilityId() + " " + review.month(), "is not a month of " + year);
      }
      if (byMonth.put(review.month(), review) != null) {
        throw new EtsValidationException("reviews", review.facilityId() + " " + review.month(),
            "the month has two reviews; one review per month");
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> unaccepted = new ArrayList<>();
    List<ReportReview<R>> ordered = new ArrayList<>();
    for (Month m : Month.values()) {
      YearMonth ym = year.atMonth(m);
      ReportReview<R> review = byMonth.get(ym);
      if (review == null) {
        missing.add(ym.toString());
      } else if (!review.isAccepted()) {
        unaccepted.add(ym + " (" + review.state() + ")");
      } else {
        ordered.add(review);
      }
    }
    if (facility == null || !missing.isEmpty() || !unaccepted.isEmpty()) {
      throw new EtsValidationException("reviews", (facility == null ? "no facility" : facility) + " " + year,
          "an annual figure needs 12 accepted months; missing: " + missing + "; not accepted: " + unaccepted);
    }
    return new AcceptedYear<>(facility, year, List.copyOf(ordered));
  }

  /**
   * Sums a monthly figure over the twelve accepted reports, exactly (no rounding; round the annual total
   * with the precision the rulebook names, e.g. {@code Precision.ENTERPRISE_TOTAL}).
   *
   * @param monthlyFigure extracts the figure from a report, e.g. its covered emissions in tCO2
   * @return the exact sum
   * @throws EtsValidationException if the function returns null for a month
   */
  public BigDecimal sum(Function<? super R, BigDecimal> monthlyFigure) {
    Checks.notNull("monthlyFigure", monthlyFigure);
    BigDecimal total = BigDecimal.ZERO;
    for (ReportReview<R> review : reviews) {
      total = total.add(Checks.notNull("monthlyFigure(" + review.month() + ")",
          monthlyFigure.apply(review.current().report())));
    }
    return total;
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
   * The reporting year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The accepted reports, January to December.
   *
   * @return twelve reports
   */
  public List<R> reports() {
    List<R> reports = new ArrayList<>();
    reviews.forEach(r -> reports.add(r.current().report()));
    return List.copyOf(reports);
  }

  /**
   * The accepted reviews with their audit trails, January to December.
   *
   * @return twelve reviews
   */
  public List<ReportReview<R>> reviews() {
    return reviews;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AcceptedYear)) {
      return false;
    }
    AcceptedYear<?> o = (AcceptedYear<?>) other;
    return o.facilityId.equals(facilityId) && o.year.equals(year) && o.reviews.equals(reviews);
  }

  @Override
  public int hashCode() {
    return Objects.hash(facilityId, year, reviews);
  }

  /**
   * Renders the year, e.g. {@code "line-1 2025: 12 accepted months"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return facilityId + " " + year + ": 12 accepted months";
  }
}
