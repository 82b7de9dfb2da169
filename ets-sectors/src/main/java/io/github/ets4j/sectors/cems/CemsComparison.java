package io.github.ets4j.sectors.cems;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of a CEMS cross-check for one year: the comparison of each month and of the year.
 *
 * <p>While CEMS is on trial, accounted data prevail (AG-STEEL-2024 §9.2 f) [V]): the figure that enters a
 * report is {@link #prevailingTonnes()}, the accounted total, whatever the deviation; the CEMS figures are
 * for comparison only, as {@link #note()} says. Made by {@link CemsCrossCheck}. Immutable and thread-safe.
 */
public final class CemsComparison {

  /** Source of the rule that accounted data prevail while CEMS is on trial. */
  public static final Source ACCOUNTED_PREVAIL_SOURCE = Source.of("AG-STEEL-2024", "§9.2 f)", Confidence.OFFICIAL);

  private final Year year;
  private final List<CemsDeviation> months;
  private final CemsDeviation wholeYear;

  CemsComparison(Year year, List<CemsDeviation> months, CemsDeviation wholeYear) {
    this.year = year;
    this.months = List.copyOf(months);
    this.wholeYear = wholeYear;
  }

  /**
   * The year compared.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The comparison of each month given, in month order.
   *
   * @return the months
   */
  public List<CemsDeviation> months() {
    return months;
  }

  /**
   * The comparison over all months given: sums of CEMS and of accounted emissions, all missing days.
   *
   * @return the year's comparison
   */
  public CemsDeviation wholeYear() {
    return wholeYear;
  }

  /**
   * The flagged months.
   *
   * @return the months beyond the tolerance or with missing days
   */
  public List<CemsDeviation> flaggedMonths() {
    return months.stream().filter(CemsDeviation::isFlagged).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether accounted data prevail over CEMS: always, while CEMS is on trial (AG-STEEL-2024 §9.2 f) [V]).
   *
   * @return true
   */
  public boolean accountedDataPrevail() {
    return true;
  }

  /**
   * The figure that enters the report: the accounted total of the months compared, t.
   *
   * @return the accounted total
   */
  public BigDecimal prevailingTonnes() {
    return wholeYear.accountedTonnes();
  }

  /**
   * Says which figure prevails and why.
   *
   * @return the note
   */
  public String note() {
    return "CEMS is on trial: accounted data prevail (" + ACCOUNTED_PREVAIL_SOURCE
        + "); CEMS figures and deviations are for comparison only";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CemsComparison && ((CemsComparison) other).year.equals(year)
        && ((CemsComparison) other).months.equals(months) && ((CemsComparison) other).wholeYear.equals(wholeYear);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, months, wholeYear);
  }

  /**
   * Renders the year's comparison and the note.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return wholeYear + "; " + note();
  }
}
