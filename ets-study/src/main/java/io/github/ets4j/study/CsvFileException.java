package io.github.ets4j.study;

/**
 * A bad cell of a CSV file: names the file, the line (1 is the header), the column and the value that
 * was refused, and the rule it breaks.
 *
 * <p>It is an {@link IllegalArgumentException}, like the library's {@code EtsValidationException}, whose
 * field, value and rule it carries when a value breaks a rule of a value type. Immutable and thread-safe.
 */
public final class CsvFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String column;
  private final String value;
  private final String rule;

  /**
   * Creates the exception for one refused cell.
   *
   * @param file the file name as given by the caller
   * @param line the line number, 1 for the header
   * @param column the column name
   * @param value the refused value, as written in the file
   * @param rule the rule it breaks
   */
  public CsvFileException(String file, long line, String column, String value, String rule) {
    super(file + " line " + line + ", column " + column + ", value \"" + value + "\": " + rule);
    this.file = file;
    this.line = line;
    this.column = column;
    this.value = value;
    this.rule = rule;
  }

  /**
   * The column name, or {@code (header)} / {@code (row)} when the problem is not one cell's.
   *
   * @return the column
   */
  public String column() {
    return column;
  }

  /**
   * The refused value, as written in the file.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * The rule the value breaks.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }

  /**
   * The file name.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * The line number, 1 for the header.
   *
   * @return the line
   */
  public long line() {
    return line;
  }
}
