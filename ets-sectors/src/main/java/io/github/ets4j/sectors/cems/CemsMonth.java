package io.github.ets4j.sectors.cems;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The CEMS records of one month, aggregated: the CO2 mass summed over the days that have a record, and
 * the days that have none.
 *
 * <p>Missing days are counted and listed, never filled: the sum covers the recorded days only, so a month
 * with missing days under-states CEMS emissions, and the cross-check reports both facts. Immutable and
 * thread-safe.
 */
public final class CemsMonth {
  private final YearMonth month;
  private final SortedMap<LocalDate, CemsDailyRecord> records;
  private final BigDecimal co2MassTonnes;
  private final List<LocalDate> missingDays;

  private CemsMonth(YearMonth month, SortedMap<LocalDate, CemsDailyRecord> records, BigDecimal co2MassTonnes,
      List<LocalDate> missingDays) {
    this.month = month;
    this.records = records;
    this.co2MassTonnes = co2MassTonnes;
    this.missingDays = missingDays;
  }

  /**
   * Aggregates the records of a month.
   *
   * @param month the month
   * @param records the month's daily records, in any order; may be empty
   * @return the aggregate
   * @throws EtsValidationException if an argument or record is null, a record is of another month, or a
   *     day has two records
   */
  public static CemsMonth of(YearMonth month, Collection<CemsDailyRecord> records) {
    Checks.notNull("month", month);
    Checks.notNull("records", records);
    SortedMap<LocalDate, CemsDailyRecord> byDay = new TreeMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (CemsDailyRecord record : records) {
      Checks.notNull("records", record);
      if (!YearMonth.from(record.date()).equals(month)) {
        throw new EtsValidationException("records", record.date(), "is not a day of " + month);
      }
      if (byDay.put(record.date(), record) != null) {
        throw new EtsValidationException("records", record.date(), "the day has two CEMS records; one per day");
      }
      sum = sum.add(record.co2MassTonnes());
    }
    List<LocalDate> missing = new ArrayList<>();
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      if (!byDay.containsKey(month.atDay(day))) {
        missing.add(month.atDay(day));
      }
    }
    return new CemsMonth(month, byDay, sum, List.copyOf(missing));
  }

  /**
   * The month.
   *
   * @return the month
   */
  public YearMonth month() {
    return month;
  }

  /**
   * The CO2 mass summed over the recorded days, t (exact).
   *
   * @return the sum
   */
  public BigDecimal co2MassTonnes() {
    return co2MassTonnes;
  }

  /**
   * The days of the month without a record, in date order.
   *
   * @return the missing days
   */
  public List<LocalDate> missingDays() {
    return missingDays;
  }

  /**
   * The number of days with a record.
   *
   * @return the count
   */
  public int recordedDays() {
    return records.size();
  }

  /**
   * The records, in date order.
   *
   * @return the records
   */
  public List<CemsDailyRecord> records() {
    return List.copyOf(records.values());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CemsMonth && ((CemsMonth) other).month.equals(month)
        && ((CemsMonth) other).records.equals(records);
  }

  @Override
  public int hashCode() {
    return Objects.hash(month, records);
  }

  /**
   * Renders the aggregate, e.g. {@code "2025-03: 28 days, 3 missing, 3360 tCO2"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return month + ": " + records.size() + " days, " + missingDays.size() + " missing, "
        + co2MassTonnes.toPlainString() + " tCO2";
  }
}
