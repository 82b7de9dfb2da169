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
import javax.annotation.Nullable;
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
 * <p>A wide table can instead be made with {@link #ofRows}: its column names and one {@link RowWriter} that writes
 * a row's cells in column order through {@link Cells}, with the same cell forms. The text is the same as a builder's
 * table with those columns; the difference is one function per table instead of one per column, which is less
 * code for a short run to load and compile.
 *
 * @param <T> the type of a row
 */
public final class CsvTable<T> {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private final List<String> columns;
  private final RowWriter<? super T> writer;

  private CsvTable(List<String> columns, RowWriter<? super T> writer) {
    this.columns = columns;
    this.writer = writer;
  }

  /**
   * Writes the cells of one row, in column order, through {@link Cells}: one call per cell.
   *
   * @param <T> the type of a row
   */
  @FunctionalInterface
  public interface RowWriter<T> {
    /**
     * Writes a row's cells, each once, in the table's column order.
     *
     * @param row the row, never null
     * @param cells where the cells go; valid only during this call
     */
    void write(T row, Cells cells);
  }

  /**
   * Makes a table from its column names and one function that writes each row's cells in that order: the same text
   * as a {@link #builder()} table with one column per name, for tables whose per-column functions would be many.
   *
   * @param <T> the type of a row
   * @param columns the column names, in file order: at least one, none blank, none twice
   * @param writer writes a row's cells, exactly one per column; must only read the row (the table is shared)
   * @return the table
   * @throws EtsValidationException if an argument or a name is null, a name is blank or repeated, or there is no
   *     column
   */
  public static <T> CsvTable<T> ofRows(List<String> columns, RowWriter<? super T> writer) {
    Checks.notNull("columns", columns);
    Checks.notNull("writer", writer);
    if (columns.isEmpty()) {
      throw new EtsValidationException("columns", "none", "a table needs at least one column");
    }
    List<String> names = new ArrayList<>(columns.size());
    for (String name : columns) {
      Checks.notBlank("name", name);
      if (names.contains(name)) {
        throw new EtsValidationException("name", name, "a table has each column once");
      }
      names.add(name);
    }
    return new CsvTable<T>(List.copyOf(names), writer);
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
      Cells cells = new Cells(columns);
      int number = 0;
      for (T row : rows) {
        number++;
        if (row == null) {
          // The row's name is built only for the refusal: not once per row of a large table.
          Checks.notNull("row " + number, row);
        }
        cells.start(number);
        writer.write(row, cells);
        printer.printRecord(cells.finish());
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
   * The cells of the row being written, filled in column order by a {@link RowWriter}. Each method writes the next
   * cell and returns this. Made by the table for one {@link CsvTable#write} call and valid only inside the writer's
   * call for a row; not thread-safe.
   */
  public static final class Cells {
    private final List<String> columns;
    private final List<String> record;
    private int row;

    private Cells(List<String> columns) {
      this.columns = columns;
      this.record = new ArrayList<>(columns.size());
    }

    private void start(int number) {
      row = number;
      record.clear();
    }

    private List<String> finish() {
      if (record.size() < columns.size()) {
        throw new EtsValidationException(columns.get(record.size()), "none",
            "row " + row + " has no value for the column");
      }
      return record;
    }

    /** The next cell, refused if null or past the last column. */
    private Cells put(@Nullable String cell) {
      if (record.size() == columns.size()) {
        throw new EtsValidationException("cells", record.size() + 1,
            "row " + row + " has more cells than the table's " + columns.size() + " columns");
      }
      if (cell == null) {
        throw new EtsValidationException(columns.get(record.size()), "null",
            "row " + row + " has no value for the column");
      }
      record.add(cell);
      return this;
    }

    /**
     * Writes the next cell as {@link String#valueOf(Object)} of a value (text, whole numbers, booleans).
     *
     * @param value the value
     * @return these cells
     * @throws EtsValidationException if the value is null (naming the column and the row) or the row has all its
     *     cells already
     */
    public Cells text(@Nullable Object value) {
      return put(value == null ? null : String.valueOf(value));
    }

    /**
     * Writes the next cell as a decimal written exactly, {@link BigDecimal#toPlainString()}.
     *
     * @param value the value
     * @return these cells
     * @throws EtsValidationException as {@link #text} does
     */
    public Cells exact(@Nullable BigDecimal value) {
      return put(value == null ? null : value.toPlainString());
    }

    /**
     * Writes the next cell as a decimal rounded half up to a number of decimals (0 for whole tonnes), for display:
     * the figure itself stays exact.
     *
     * @param value the value
     * @param decimals the decimals written, 0 to 18
     * @return these cells
     * @throws EtsValidationException as {@link #text} does, or if decimals is out of range
     */
    public Cells rounded(@Nullable BigDecimal value, int decimals) {
      Builder.checkDecimals(decimals);
      return put(value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * Writes the next cell empty: an absent optional value.
     *
     * @return these cells
     * @throws EtsValidationException if the row has all its cells already
     */
    public Cells empty() {
      return put("");
    }
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
      List<Function<? super T, String>> functions = List.copyOf(cells);
      RowWriter<T> writer = (row, out) -> {
        for (int c = 0; c < functions.size(); c++) {
          out.put(functions.get(c).apply(row));
        }
      };
      return new CsvTable<T>(List.copyOf(columns), writer);
    }
  }
}
