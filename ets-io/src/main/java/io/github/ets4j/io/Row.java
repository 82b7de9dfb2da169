package io.github.ets4j.io;

import io.github.ets4j.core.EtsValidationException;

/**
 * One reported value of one facility-month, its cells as written, and where it stands (a line of a file or
 * a place in a JSON document). Immutable and thread-safe.
 */
record Row(Where where, String entityId, String facilityId, String sector, String month, String item,
    String name, String value, String unit, String acquisition, String source) {

  /** The header of the long format, in order. */
  static final String[] HEADER = {"entity_id", "facility_id", "sector", "month", "item", "name", "value", "unit",
      "acquisition", "source"};

  static final int ENTITY_ID = 1;
  static final int FACILITY_ID = 2;
  static final int SECTOR = 3;
  static final int MONTH = 4;
  static final int ITEM = 5;
  static final int NAME = 6;
  static final int VALUE = 7;
  static final int UNIT = 8;
  static final int ACQUISITION = 9;
  static final int SOURCE = 10;

  /**
   * The cell of a column, as written.
   *
   * @param column the column, 1 to 10
   * @return the text
   */
  String cell(int column) {
    return switch (column) {
      case ENTITY_ID -> entityId;
      case FACILITY_ID -> facilityId;
      case SECTOR -> sector;
      case MONTH -> month;
      case ITEM -> item;
      case NAME -> name;
      case VALUE -> value;
      case UNIT -> unit;
      case ACQUISITION -> acquisition;
      default -> source;
    };
  }

  /**
   * The exception for a refused cell of this row.
   *
   * @param column the column, 1 to 10
   * @param rule the rule the cell breaks
   * @return the exception, naming file, line, column and the value as written
   */
  EtsValidationException error(int column, String rule) {
    return new EtsValidationException(where.field(column), "\"" + cell(column) + "\"", rule);
  }

  /** Where a row stands: names a cell for a refusal, and the row itself for "first on ...". */
  interface Where {
    /**
     * Names a cell, e.g. {@code "in.csv line 7, column 4 (month)"} or {@code "$.rows[3].value"}.
     *
     * @param column the column, 1 to 10
     * @return the field of the refusal
     */
    String field(int column);

    /**
     * Names the row, e.g. {@code "line 7"} or {@code "$.rows[3]"}.
     *
     * @return the text
     */
    String describe();
  }

  /** A line of a file. */
  static Where line(String file, long line) {
    return new Where() {
      @Override
      public String field(int column) {
        return location(file, line, column);
      }

      @Override
      public String describe() {
        return "line " + line;
      }
    };
  }

  private static String location(String file, long line, int column) {
    String name = column >= 1 && column <= HEADER.length ? " (" + HEADER[column - 1] + ")" : "";
    return file + " line " + line + ", column " + column + name;
  }

  /**
   * The exception for a refused cell of a file.
   *
   * @param file the file name
   * @param line the line, 1 for the header
   * @param column the column, 1 for the first
   * @param value the cell as written
   * @param rule the rule it breaks
   * @return the exception; its field reads {@code "FILE line L, column C (NAME)"}
   */
  static EtsValidationException at(String file, long line, int column, String value, String rule) {
    return new EtsValidationException(location(file, line, column), "\"" + value + "\"", rule);
  }
}
