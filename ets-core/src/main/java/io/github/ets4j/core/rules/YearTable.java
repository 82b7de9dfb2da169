package io.github.ets4j.core.rules;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.Checks;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of years, each with a choice that is not a number (a formula, an output basis, the list of documents read):
 * the rows replace {@code if (year <= ...)} chains, so a new plan year is a new row.
 *
 * <p>Build with {@code YearTable.<T>starting(2019, a).from(2023, b).from(2025, c)}: each row is in force from its
 * year until the next row's year; the last row is open-ended. Years before the first row are refused. Immutable
 * and thread-safe when the choices are.
 *
 * @param <T> the kind of choice
 */
public final class YearTable<T> {
  private final List<Year> starts;
  private final List<T> choices;

  private YearTable(List<Year> starts, List<T> choices) {
    this.starts = starts;
    this.choices = choices;
  }

  /**
   * Starts a table with its first row.
   *
   * @param <T> the kind of choice
   * @param firstYear the first year of the first row
   * @param choice the choice of the first row
   * @return the table
   * @throws EtsValidationException if the choice is null
   */
  public static <T> YearTable<T> starting(int firstYear, T choice) {
    return new YearTable<>(List.of(Year.of(firstYear)), List.of(Checks.notNull("choice", choice)));
  }

  /**
   * Returns this table with one more row, in force from a year after the last row's first year.
   *
   * @param firstYear the first year of the new row
   * @param choice the choice
   * @return the new table
   * @throws EtsValidationException if the choice is null or the year is not after the last row's first year
   */
  public YearTable<T> from(int firstYear, T choice) {
    Checks.notNull("choice", choice);
    Year last = starts.get(starts.size() - 1);
    if (!Year.of(firstYear).isAfter(last)) {
      throw new EtsValidationException("firstYear", firstYear, "must be after the previous row's year " + last);
    }
    List<Year> s = new ArrayList<>(starts);
    s.add(Year.of(firstYear));
    List<T> c = new ArrayList<>(choices);
    c.add(choice);
    return new YearTable<>(List.copyOf(s), List.copyOf(c));
  }

  /**
   * The choice in force in a year.
   *
   * @param year the year
   * @return the choice of the last row starting at or before the year
   * @throws EtsValidationException if the year is null or before the first row
   */
  public T at(Year year) {
    Checks.notNull("year", year);
    for (int i = starts.size() - 1; i >= 0; i--) {
      if (!year.isBefore(starts.get(i))) {
        return choices.get(i);
      }
    }
    throw new EtsValidationException("year", year, "before the first row of the table (" + starts.get(0) + ")");
  }

  /**
   * Renders the rows, e.g. {@code "YearTable[2019-: A, 2023-: B]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("YearTable[");
    for (int i = 0; i < starts.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(starts.get(i)).append("-: ").append(choices.get(i));
    }
    return text.append(']').toString();
  }
}
