package io.github.ets4j.sectors.cems;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compares daily CEMS records with accounted monthly emissions, per month and for the year.
 *
 * <p>The tolerance is a named parameter: by default 10 % ({@link #DEFAULT_TOLERANCE}), an <b>assumption</b>
 * of this project (Confidence ASSUMED, {@link #TOLERANCE_SOURCE}), because no tolerance is published. Set
 * another with {@link #withTolerance(BigDecimal)}. Accounted data prevail while CEMS is on trial
 * (AG-STEEL-2024 §9.2 f) [V]); see {@link CemsComparison}. Immutable and thread-safe.
 */
public final class CemsCrossCheck {

  /** The default tolerance: 0.10 (10 %), an assumption. */
  public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.10");

  /** Source of the default tolerance: an assumption of this project. */
  public static final Source TOLERANCE_SOURCE = Source.of("ets4j",
      "assumption: no CEMS tolerance is published (domain reference, mrv.md)", Confidence.ASSUMED);

  private static final CemsCrossCheck DEFAULT = new CemsCrossCheck(DEFAULT_TOLERANCE, TOLERANCE_SOURCE);

  private final BigDecimal tolerance;
  private final Source toleranceSource;

  private CemsCrossCheck(BigDecimal tolerance, Source toleranceSource) {
    this.tolerance = tolerance;
    this.toleranceSource = toleranceSource;
  }

  /**
   * The cross-check with the default tolerance of 10 % (assumed).
   *
   * @return the cross-check
   */
  public static CemsCrossCheck withDefaultTolerance() {
    return DEFAULT;
  }

  /**
   * A cross-check with a tolerance set by the caller.
   *
   * @param tolerance the largest absolute relative deviation not flagged, a fraction between 0 and 1
   *     (0.05 = 5 %)
   * @return the cross-check; its tolerance source names the caller's choice (Confidence ASSUMED)
   * @throws EtsValidationException if the tolerance is null or outside [0, 1]
   */
  public static CemsCrossCheck withTolerance(BigDecimal tolerance) {
    Checks.fraction("tolerance", tolerance);
    return new CemsCrossCheck(tolerance, Source.of("caller", "tolerance set by the caller", Confidence.ASSUMED));
  }

  /**
   * Compares CEMS with accounted emissions for the months given.
   *
   * @param records the daily CEMS records of those months, in any order; days may be missing
   * @param accountedTonnes the accounted emissions of each month compared, t, zero or more; all months of one
   *     year, at least one
   * @return the comparison per month and for the year
   * @throws EtsValidationException if an argument, record or amount is null, an amount is negative, no month
   *     is given, the months span more than one year, a record falls in a month not given, or a day has two
   *     records
   */
  public CemsComparison compare(Collection<CemsDailyRecord> records, Map<YearMonth, BigDecimal> accountedTonnes) {
    Checks.notNull("records", records);
    Checks.notNull("accountedTonnes", accountedTonnes);
    SortedMap<YearMonth, BigDecimal> accounted = new TreeMap<>();
    accountedTonnes.forEach((month, tonnes) ->
        accounted.put(Checks.notNull("accountedTonnes month", month), Checks.nonNegative("accountedTonnes(" + month + ")", tonnes)));
    if (accounted.isEmpty()) {
      throw new EtsValidationException("accountedTonnes", "{}", "needs the accounted emissions of at least one month");
    }
    Year year = Year.of(accounted.firstKey().getYear());
    if (accounted.lastKey().getYear() != year.getValue()) {
      throw new EtsValidationException("accountedTonnes", accounted.keySet(), "all months must be of one year");
    }
    SortedMap<YearMonth, List<CemsDailyRecord>> byMonth = new TreeMap<>();
    accounted.keySet().forEach(m -> byMonth.put(m, new ArrayList<>()));
    for (CemsDailyRecord record : records) {
      List<CemsDailyRecord> list = byMonth.get(YearMonth.from(Checks.notNull("records", record).date()));
      if (list == null) {
        throw new EtsValidationException("records", record.date(),
            "falls in a month without accounted emissions; months compared: " + accounted.keySet());
      }
      list.add(record);
    }
    List<CemsDeviation> months = new ArrayList<>();
    BigDecimal cemsSum = BigDecimal.ZERO;
    BigDecimal accountedSum = BigDecimal.ZERO;
    List<LocalDate> missing = new ArrayList<>();
    for (Map.Entry<YearMonth, List<CemsDailyRecord>> e : byMonth.entrySet()) {
      CemsMonth month = CemsMonth.of(e.getKey(), e.getValue());
      BigDecimal accountedMonth = Objects.requireNonNull(accounted.get(e.getKey()));
      months.add(CemsDeviation.of(e.getKey().toString(), month.co2MassTonnes(), accountedMonth, month.missingDays(), tolerance));
      cemsSum = cemsSum.add(month.co2MassTonnes());
      accountedSum = accountedSum.add(accountedMonth);
      missing.addAll(month.missingDays());
    }
    return new CemsComparison(year, months, CemsDeviation.of(year.toString(), cemsSum, accountedSum, missing, tolerance));
  }

  /**
   * The tolerance, a fraction.
   *
   * @return the tolerance
   */
  public BigDecimal tolerance() {
    return tolerance;
  }

  /**
   * Where the tolerance comes from (an assumption either way).
   *
   * @return the source
   */
  public Source toleranceSource() {
    return toleranceSource;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CemsCrossCheck && ((CemsCrossCheck) other).tolerance.compareTo(tolerance) == 0
        && ((CemsCrossCheck) other).toleranceSource.equals(toleranceSource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tolerance.stripTrailingZeros(), toleranceSource);
  }

  /**
   * Describes the cross-check, e.g. {@code "CEMS cross-check, tolerance 0.10 (ets4j ... [A])"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CEMS cross-check, tolerance " + tolerance.toPlainString() + " (" + toleranceSource + ")";
  }
}
