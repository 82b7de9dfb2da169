package io.github.ets4j.io;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading and writing the cells of a monitoring data file: decimals, acquisition modes, evidence and the
 * sources of defaults. Every refusal names the cell. Immutable and thread-safe.
 */
final class Cells {
  /** Digits with an optional decimal point: no sign, exponent, spaces or thousands separators. */
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  /** {@code KIND:document id:sha256:upload date}; the document id may hold colons, not semicolons. */
  private static final Pattern EVIDENCE = Pattern.compile("([A-Z_]+):(.+):([0-9a-fA-F]{64}):([0-9]{4}-[0-9]{2}-[0-9]{2})");
  /** {@code DOCUMENT place [tag]}, as {@code Source.toString()} renders it. */
  private static final Pattern SOURCE = Pattern.compile("(\\S+)(?: (.*?))? \\[([A-Z])\\]");

  private Cells() {
  }

  /**
   * Reads the value cell as an exact decimal, scale as written.
   *
   * @param row the row
   * @return the value
   */
  static BigDecimal decimal(Row row) {
    String text = row.value();
    if (text.isEmpty()) {
      throw row.error(Row.VALUE, "a value is required for " + row.item());
    }
    if (text.startsWith("-") && DECIMAL.matcher(text.substring(1)).matches()) {
      throw row.error(Row.VALUE, "must be zero or more: reported quantities and parameters are never negative");
    }
    if (!DECIMAL.matcher(text).matches()) {
      throw row.error(Row.VALUE, "not a decimal number: write digits with an optional decimal point"
          + " (no sign, exponent, spaces or thousands separators)");
    }
    return new BigDecimal(text);
  }

  /**
   * Refuses a non-blank cell.
   *
   * @param row the row
   * @param column the column
   * @param why why the cell must be blank
   */
  static void blank(Row row, int column, String why) {
    if (!row.cell(column).isEmpty()) {
      throw row.error(column, "must be blank: " + why);
    }
  }

  /**
   * Refuses provenance on a row whose value the library keeps without provenance.
   *
   * @param row the row
   */
  static void noProvenance(Row row) {
    String why = "the library keeps " + row.item() + " without provenance, so the file may not give one";
    blank(row, Row.ACQUISITION, why);
    blank(row, Row.SOURCE, why);
  }

  /**
   * Reads the acquisition cell.
   *
   * @param row the row
   * @return the mode
   */
  static Acquisition acquisition(Row row) {
    switch (row.acquisition()) {
      case "measured":
        return Acquisition.MEASURED;
      case "calculated":
        return Acquisition.CALCULATED;
      case "design":
        return Acquisition.DESIGN_VALUE;
      case "default":
        return Acquisition.DEFAULT;
      default:
        throw row.error(Row.ACQUISITION, "a parameter's acquisition is one of measured, calculated, design, default");
    }
  }

  /**
   * Writes an acquisition mode.
   *
   * @param acquisition the mode
   * @return the cell
   */
  static String acquisition(Acquisition acquisition) {
    return acquisition == Acquisition.DESIGN_VALUE ? "design" : acquisition.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a parameter row through {@link Parameter#of}: unit checked, acquisition, and either the evidence
   * (measured, calculated, design) or the source (default) from the source cell.
   *
   * @param row the row
   * @param name the parameter's name in the library, e.g. {@code "NCV"}
   * @return the parameter
   */
  static Parameter parameter(Row row, String name) {
    BigDecimal value = decimal(row);
    String unit = CsvUnits.parameterUnit(row, name);
    Acquisition acquisition = acquisition(row);
    Optional<Source> source = Optional.empty();
    List<Evidence> evidence = List.of();
    if (acquisition == Acquisition.DEFAULT) {
      source = Optional.of(source(row));
    } else {
      evidence = evidence(row);
    }
    try {
      return Parameter.of(name, value, unit, acquisition, source, evidence);
    } catch (EtsValidationException e) {
      throw row.error(Row.VALUE, Cells.why(e));
    }
  }

  private static List<Evidence> evidence(Row row) {
    List<Evidence> evidence = new ArrayList<>();
    if (row.source().isEmpty()) {
      return evidence;
    }
    for (String part : row.source().split(";", -1)) {
      Matcher m = EVIDENCE.matcher(part);
      if (!m.matches()) {
        throw row.error(Row.SOURCE, "evidence is KIND:document id:sha256:upload date (e.g. LAB_REPORT:LAB-2025-031:"
            + "<64 hexadecimal characters>:2025-02-20), several separated by ';'; got \"" + part + "\"");
      }
      EvidenceKind kind = constant(row, Row.SOURCE, m.group(1), EvidenceKind.class, "evidence kind");
      LocalDate uploaded;
      try {
        uploaded = LocalDate.parse(m.group(4));
      } catch (DateTimeParseException e) {
        throw row.error(Row.SOURCE, "the upload date " + m.group(4) + " is not a date (yyyy-mm-dd)");
      }
      try {
        evidence.add(Evidence.of(kind, m.group(2), m.group(3), uploaded));
      } catch (EtsValidationException e) {
        throw row.error(Row.SOURCE, Cells.why(e));
      }
    }
    return evidence;
  }

  private static Source source(Row row) {
    Matcher m = SOURCE.matcher(row.source());
    if (!m.matches()) {
      throw row.error(Row.SOURCE, "a default names its source as DOCUMENT place [tag], e.g. AG-STEEL-2024 Table A.1 [V]");
    }
    Confidence confidence = null;
    for (Confidence c : Confidence.values()) {
      if (c.tag().equals(m.group(3))) {
        confidence = c;
      }
    }
    if (confidence == null) {
      throw row.error(Row.SOURCE, "unknown confidence tag [" + m.group(3) + "]: use V, D, S, C or A");
    }
    String place = m.group(2) == null ? "" : m.group(2);
    try {
      return Source.of(m.group(1), place, confidence);
    } catch (EtsValidationException e) {
      throw row.error(Row.SOURCE, Cells.why(e));
    }
  }

  /**
   * Writes the source cell of a parameter: its source for a default, its evidence otherwise.
   *
   * @param parameter the parameter
   * @param where what the parameter belongs to, for the refusal
   * @return the cell
   * @throws EtsValidationException if the CSV format cannot hold the parameter's provenance
   */
  static String source(Parameter parameter, String where) {
    if (parameter.isDefault()) {
      Source source = parameter.source().orElseThrow();
      if (!parameter.evidence().isEmpty() || source.document().contains(" ")
          || !SOURCE.matcher(source.toString()).matches()) {
        throw unwritable(where, parameter, "a default is written with its source only, a document name without spaces");
      }
      return source.toString();
    }
    if (parameter.source().isPresent()) {
      throw unwritable(where, parameter, "only a default names a source; give measured values evidence instead");
    }
    StringBuilder text = new StringBuilder();
    for (Evidence evidence : parameter.evidence()) {
      if (evidence.documentId().contains(";") || !evidence.documentId().equals(evidence.documentId().strip())) {
        throw unwritable(where, parameter, "a document id in the file holds no ';' and no leading or trailing space");
      }
      text.append(text.length() == 0 ? "" : ";").append(evidence.kind().name()).append(':')
          .append(evidence.documentId()).append(':').append(evidence.sha256()).append(':').append(evidence.uploaded());
    }
    return text.toString();
  }

  /**
   * The message of a refusal by the library, to carry into the refusal of a cell.
   *
   * @param e the library's refusal
   * @return {@code field = value: rule}
   */
  static String why(EtsValidationException e) {
    return e.field() + " = " + e.value() + ": " + e.rule();
  }

  /**
   * The refusal of a report the format cannot hold.
   *
   * @param where what the value belongs to
   * @param value the value
   * @param rule why it cannot be written
   * @return the exception
   */
  static EtsValidationException unwritable(String where, Object value, String rule) {
    return new EtsValidationException(where, value, "cannot be written as monitoring data CSV: " + rule);
  }

  /**
   * Reads an enum constant by its exact name.
   *
   * @param row the row
   * @param column the column the text comes from
   * @param text the text
   * @param type the enum
   * @param what what the constant is, for the message
   * @param <E> the enum type
   * @return the constant
   */
  static <E extends Enum<E>> E constant(Row row, int column, String text, Class<E> type, String what) {
    StringBuilder known = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
      known.append(known.length() == 0 ? "" : ", ").append(constant.name());
    }
    throw row.error(column, "unknown " + what + " \"" + text + "\": use one of " + known);
  }
}
