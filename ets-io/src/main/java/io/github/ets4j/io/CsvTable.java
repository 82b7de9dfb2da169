package io.github.ets4j.io;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of ets4j's result tables: a list of named columns, each saying how a row fills its cell, written
 * as RFC 4180 CSV with {@code \n} line ends (identical files on every platform), header first. {@link AllocationCsv}
 * and the policy study's {@code units.csv}, {@code entities.csv} and {@code sectors.csv} are tables of this kind, so
 * every result file shares one dialect, one quoting and one way of writing decimals.
 *
 * <p>Build with {@code CsvTable.<Row>builder()}, one call per column in file order. A cell is written as
 * {@link String#valueOf(Object)} of its value, a decimal either exactly ({@link BigDecimal#toPlainString()}) or
 * rounded half up to a fixed number of decimals, and an absent optional value as an empty cell. Immutable and
 * thread-safe once built (the cell functions must be too: they should only read the row).
 *
 * @param <T> the type of a row
 */
public final class CsvTable<T> {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private final List<String> columns;
  private final List<Function<? super T, String>> cells;

  private CsvTable(List<String> columns, List<Function<? super T, String>> cells) {
    this.columns = columns;
    this.cells = cells;
  }

  /**
   * Starts a table.
   *
   * @param <T> the type of a row
   * @return an empty builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * The column names, in file order: the header.
   *
   * @return an unmodifiable list
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Writes rows as CSV text, header first, one record per row.
   *
   * @param rows the rows, in file order
   * @return the CSV text, each record ended by {@code \n}
   * @throws EtsValidationException if {@code rows} or a row is null, or a cell function gives null (naming the
   *     column and the row's number, 1 for the first row)
   */
  public String write(Iterable<? extends T> rows) {
    Checks.notNull("rows", rows);
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      printer.printRecord(columns);
      List<String> record = new ArrayList<>(columns.size());
      int number = 0;
      for (T row : rows) {
        number++;
        if (row == null) {
          // The row's name is built only for the refusal: not once per row of a large table.
          Checks.notNull("row " + number, row);
        }
        record.clear();
        for (int c = 0; c < cells.size(); c++) {
          String cell = cells.get(c).apply(row);
          if (cell == null) {
            throw new EtsValidationException(columns.get(c), "null", "row " + number + " has no value for the column");
          }
          record.add(cell);
        }
        printer.printRecord(record);
      }
    } catch (IOException e) {
      // A StringBuilder never fails to append.
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "CsvTable" + columns;
  }

  /**
   * Collects the columns of a {@link CsvTable}, in file order. Not thread-safe; build a table once and share it.
   *
   * @param <T> the type of a row
   */
  public static final class Builder<T> {
    private final List<String> columns = new ArrayList<>();
    private final List<Function<? super T, String>> cells = new ArrayList<>();

    private Builder() {}

    private Builder<T> add(String name, Function<? super T, String> cell) {
      Checks.notBlank("name", name);
      Checks.notNull("cell", cell);
      if (columns.contains(name)) {
        throw new EtsValidationException("name", name, "a table has each column once");
      }
      columns.add(name);
      cells.add(cell);
      return this;
    }

    /**
     * Adds a column whose cell is {@link String#valueOf(Object)} of the value (text, whole numbers, booleans).
     *
     * @param name the column name
     * @param value the row's value
     * @return this builder
     * @throws EtsValidationException if an argument is null, the name is blank or already taken
     */
    public Builder<T> column(String name, Function<? super T, ?> value) {
      Checks.notNull("value", value);
      return add(name, row -> {
        Object v = value.apply(row);
        return v == null ? null : String.valueOf(v);
      });
    }

    /**
     * Adds a decimal column written exactly, as {@link BigDecimal#toPlainString()}.
     *
     * @param name the column name
     * @param value the row's value
     * @return this builder
     * @throws EtsValidationException if an argument is null, the name is blank or already taken
     */
    public Builder<T> exact(String name, Function<? super T, BigDecimal> value) {
      Checks.notNull("value", value);
      return add(name, row -> {
        BigDecimal v = value.apply(row);
        return v == null ? null : v.toPlainString();
      });
    }

    /**
     * Adds a decimal column rounded half up to a number of decimals (0 for whole tonnes), for display: the figure
     * itself stays exact.
     *
     * @param name the column name
     * @param decimals the decimals written, 0 to 18
     * @param value the row's value
     * @return this builder
     * @throws EtsValidationException if an argument is null, the name is blank or taken, or decimals out of range
     */
    public Builder<T> rounded(String name, int decimals, Function<? super T, BigDecimal> value) {
      Checks.notNull("value", value);
      checkDecimals(decimals);
      return add(name, row -> {
        BigDecimal v = value.apply(row);
        return v == null ? null : v.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
      });
    }

    /**
     * Adds an optional decimal column rounded as {@link #rounded} does; an absent value is an empty cell.
     *
     * @param name the column name
     * @param decimals the decimals written, 0 to 18
     * @param value the row's value, empty where the row has none
     * @return this builder
     * @throws EtsValidationException if an argument is null, the name is blank or taken, or decimals out of range
     */
    public Builder<T> roundedIfPresent(String name, int decimals, Function<? super T, Optional<BigDecimal>> value) {
      Checks.notNull("value", value);
      checkDecimals(decimals);
      return add(name, row -> {
        Optional<BigDecimal> v = value.apply(row);
        return v == null ? null : v.map(d -> d.setScale(decimals, RoundingMode.HALF_UP).toPlainString()).orElse("");
      });
    }

    /**
     * Adds an optional column written as {@link #column} does; an absent value is an empty cell.
     *
     * @param name the column name
     * @param value the row's value, empty where the row has none
     * @return this builder
     * @throws EtsValidationException if an argument is null, the name is blank or already taken
     */
    public Builder<T> columnIfPresent(String name, Function<? super T, ? extends Optional<?>> value) {
      Checks.notNull("value", value);
      return add(name, row -> {
        Optional<?> v = value.apply(row);
        return v == null ? null : v.map(String::valueOf).orElse("");
      });
    }

    private static void checkDecimals(int decimals) {
      if (decimals < 0 || decimals > 18) {
        throw new EtsValidationException("decimals", decimals, "must be between 0 and 18");
      }
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws EtsValidationException if no column was added
     */
    public CsvTable<T> build() {
      if (columns.isEmpty()) {
        throw new EtsValidationException("columns", "none", "a table needs at least one column");
      }
      return new CsvTable<T>(List.copyOf(columns), List.<Function<? super T, String>>copyOf(cells));
    }
  }
}
