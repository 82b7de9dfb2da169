package io.github.ets4j.study;

import io.github.ets4j.core.EtsValidationException;

/**
 * A refused value of a scenario file: names the file, the line and column where the value (or its key)
 * starts, the JSON path of the field ({@code outputGrowthPercent.POWER}), the value as written and the rule it
 * breaks. The path is the exception's {@link #field()}. Immutable and thread-safe.
 */
public final class ScenarioFileException extends EtsValidationException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final long column;

  ScenarioFileException(String file, long line, long column, String path, String value, String rule) {
    super(file + " line " + line + ", column " + column + ", " + path + " = " + value + ": " + rule, path, value,
        rule);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /**
   * The file name, as given by the caller.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * The line, from 1.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * The column, from 1.
   *
   * @return the column
   */
  public long column() {
    return column;
  }
}
