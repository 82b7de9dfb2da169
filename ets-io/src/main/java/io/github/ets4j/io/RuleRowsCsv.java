package io.github.ets4j.io;

import io.github.ets4j.allocation.AllocationFigures;
import io.github.ets4j.allocation.PlanYears;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.rules.RuleTable;
import io.github.ets4j.sectors.rules.MonitoringRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Replacement rows of the allocation rules from a CSV file, for {@code Rulebook.withFigures(...)}: for example the
 * final 2025–2026 figures of a draft plan, each with the document and clause it was read in.
 *
 * <p>The header is {@code key,value,unit,from_year,to_year,document,clause,confidence}; one row a line. The key is
 * one of {@link AllocationFigures} (e.g. {@code power/benchmark/electricity/I}) or of the MRV default catalogue
 * ({@link MonitoringRules#nationalFigures()}, e.g. {@code fuel/bituminous-coal/ncv}), the unit exactly the key's unit
 * (e.g. {@code tCO2/MWh}), the years whole compliance years from 2019 to 2060 ({@code to_year} empty for
 * "until replaced"), the confidence a tag of the domain reference ({@code V D S C A}) or a {@link Confidence} name.
 * An optional ninth column {@code sectors} names the sectors a row applies to, separated by {@code ;} (e.g.
 * {@code power;cement}, names of {@link Sector} in any case); a file without the column, or an empty cell, applies
 * the row to every sector of the key, so two rows of one key and year may replace it for different sectors.
 * Reading is strict: an unknown key, another unit, a value that is not a
 * decimal number, a bad year, a blank document, an unknown confidence, an unknown sector or one the key does not
 * apply to, or two rows of one key in force in the same
 * year are refused with an {@link EtsValidationException} naming the file, line and column. Stateless;
 * thread-safe.
 */
public final class RuleRowsCsv {
  /** The header, in order. */
  public static final List<String> HEADER = List.of("key", "value", "unit", "from_year", "to_year", "document",
      "clause", "confidence");

  /** The optional ninth column: the sectors a row applies to, e.g. {@code power;cement}. */
  public static final String SECTORS = "sectors";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
  private static final int KEY = 1;
  private static final int VALUE = 2;
  private static final int UNIT = 3;
  private static final int FROM_YEAR = 4;
  private static final int TO_YEAR = 5;
  private static final int DOCUMENT = 6;
  private static final int CONFIDENCE = 8;
  private static final int SECTORS_COLUMN = 9;

  private RuleRowsCsv() {}

  /**
   * Reads the replacement rows of a file.
   *
   * @param file the file, UTF-8
   * @return the rows, in the order of the file
   * @throws EtsValidationException if the file breaks a rule above, naming file, line and column
   * @throws IOException if the file cannot be read
   */
  public static List<RuleEntry> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Checks.notNull("file", file))) {
      return read(in, String.valueOf(file.getFileName()));
    }
  }

  /**
   * Reads the replacement rows of a stream.
   *
   * @param in the stream, UTF-8 (not closed)
   * @param fileName the name for the messages
   * @return the rows, in the order of the stream
   * @throws EtsValidationException if the text breaks a rule above, naming file, line and column
   * @throws IOException if the stream cannot be read
   */
  public static List<RuleEntry> read(InputStream in, String fileName) throws IOException {
    Checks.notNull("in", in);
    Checks.notNull("fileName", fileName);
    String text = MonitoringCsv.decode(in.readAllBytes(), fileName);
    int[] lineStarts = MonitoringCsv.lineStarts(text);
    RuleTable known = AllocationFigures.chinaNational();
    RuleTable monitoring = MonitoringRules.nationalFigures();
    List<RuleEntry> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      boolean header = true;
      int columns = HEADER.size();
      try {
        for (CSVRecord record : parser) {
          long line = MonitoringCsv.lineOf(lineStarts, record.getCharacterPosition());
          if (header) {
            columns = header(fileName, record);
            header = false;
            continue;
          }
          RuleEntry row = row(fileName, line, record,
              known.keys().contains(record.size() > 0 ? record.get(0) : "") ? known : monitoring, columns);
          for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(row.key()) && rows.get(i).overlaps(row)) {
              throw at(fileName, line, FROM_YEAR, record.get(FROM_YEAR - 1), "overlaps the row of line " + lines.get(i)
                  + " (" + rows.get(i).years() + "): two rows of " + row.key() + " may not be in force in the same year");
            }
          }
          rows.add(row);
          lines.add(line);
        }
      } catch (UncheckedIOException e) {
        throw at(fileName, parser.getCurrentLineNumber(), 1, "",
            "the file ends inside a quoted cell (a quote never closed): " + String.valueOf(e.getMessage()));
      }
      if (header) {
        throw at(fileName, 1, 1, "", "an empty file: expected the header " + String.join(",", HEADER));
      }
    } catch (IOException e) {
      // Reading from a String never fails.
      throw new UncheckedIOException(e);
    }
    if (rows.isEmpty()) {
      throw at(fileName, 2, 1, "", "no rows after the header: a file of replacement rows holds at least one row");
    }
    return List.copyOf(rows);
  }

  /** Checks the header and returns its number of columns: the eight of {@link #HEADER}, or nine with sectors. */
  private static int header(String file, CSVRecord record) {
    String expected = "the header is " + String.join(",", HEADER) + " (then optionally " + SECTORS + ")";
    for (int i = 0; i < HEADER.size(); i++) {
      String cell = i < record.size() ? record.get(i) : "";
      if (!HEADER.get(i).equals(cell)) {
        throw at(file, 1, i + 1, cell, expected);
      }
    }
    if (record.size() == SECTORS_COLUMN && SECTORS.equals(record.get(SECTORS_COLUMN - 1))) {
      return SECTORS_COLUMN;
    }
    if (record.size() != HEADER.size()) {
      throw at(file, 1, HEADER.size() + 1, record.get(HEADER.size()), expected);
    }
    return HEADER.size();
  }

  private static RuleEntry row(String file, long line, CSVRecord record, RuleTable known, int columns) {
    if (record.size() != columns) {
      int column = Math.min(record.size() + 1, columns + 1);
      if (column == SECTORS_COLUMN && columns == SECTORS_COLUMN) {
        throw atSectors(file, line, "", "a row has " + columns + " cells, this one " + record.size());
      }
      throw at(file, line, column, record.size() > columns ? record.get(columns) : "",
          "a row has " + columns + " cells, this one " + record.size());
    }
    String key = record.get(KEY - 1);
    if (!known.keys().contains(key)) {
      throw at(file, line, KEY, key, "not a key of the allocation rules (" + AllocationFigures.chinaNational().keys()
          + ") nor of the MRV default catalogue (e.g. fuel/bituminous-coal/ncv)");
    }
    String unit = record.get(UNIT - 1);
    try {
      known.checkKnown("unit", key, unit);
    } catch (EtsValidationException e) {
      throw at(file, line, UNIT, unit, e.rule());
    }
    BigDecimal value;
    try {
      value = new BigDecimal(record.get(VALUE - 1));
    } catch (NumberFormatException e) {
      throw at(file, line, VALUE, record.get(VALUE - 1), "must be a decimal number, e.g. 0.7902");
    }
    Year from = year(file, line, FROM_YEAR, record.get(FROM_YEAR - 1));
    String toCell = record.get(TO_YEAR - 1);
    Optional<Year> to = toCell.isEmpty() ? Optional.empty() : Optional.of(year(file, line, TO_YEAR, toCell));
    if (to.isPresent() && to.get().isBefore(from)) {
      throw at(file, line, TO_YEAR, toCell, "must not be before from_year " + from);
    }
    String document = record.get(DOCUMENT - 1);
    if (document.isBlank()) {
      throw at(file, line, DOCUMENT, document, "names the document the figure was read in, e.g. PLAN-2526");
    }
    Confidence confidence = confidence(file, line, record.get(CONFIDENCE - 1));
    Set<Sector> keySectors = EnumSet.noneOf(Sector.class);
    known.rows(key).forEach(r -> keySectors.addAll(r.sectors()));
    Set<Sector> sectors = columns == SECTORS_COLUMN
        ? sectors(file, line, record.get(SECTORS_COLUMN - 1), key, keySectors) : keySectors;
    return RuleEntry.builder().key(key).value(value).unit(unit)
        .source(Source.of(document, record.get(CONFIDENCE - 2), confidence)).firstYear(from).lastYear(to)
        .sectors(sectors).build();
  }

  /** The sectors of a row's {@code sectors} cell: every sector of the key when empty. */
  private static Set<Sector> sectors(String file, long line, String cell, String key, Set<Sector> keySectors) {
    if (cell.isEmpty()) {
      return keySectors;
    }
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (String part : cell.split(";", -1)) {
      String name = part.trim();
      Optional<Sector> sector = java.util.stream.Stream.of(Sector.values())
          .filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
      if (sector.isEmpty()) {
        throw atSectors(file, line, cell, "\"" + name + "\" is not a sector: name sectors of " + key + " "
            + keySectors + " separated by ';' (e.g. power;cement), or leave the cell empty for all of them");
      }
      if (!keySectors.contains(sector.get())) {
        throw atSectors(file, line, cell, key + " applies to " + keySectors + " only, not to "
            + sector.get());
      }
      if (!sectors.add(sector.get())) {
        throw atSectors(file, line, cell, "names " + sector.get() + " twice");
      }
    }
    return sectors;
  }

  private static Year year(String file, long line, int column, String cell) {
    int year;
    try {
      year = Integer.parseInt(cell);
    } catch (NumberFormatException e) {
      throw at(file, line, column, cell, "must be a compliance year, e.g. 2025");
    }
    Year last = PlanYears.lastRulesYear();
    if (year < 2019 || year > last.getValue()) {
      throw at(file, line, column, cell, "must be a compliance year from 2019 (the first of the national ETS) to "
          + last);
    }
    return Year.of(year);
  }

  private static Confidence confidence(String file, long line, String cell) {
    for (Confidence confidence : Confidence.values()) {
      if (confidence.tag().equals(cell) || confidence.name().equals(cell.toUpperCase(Locale.ROOT))) {
        return confidence;
      }
    }
    throw at(file, line, CONFIDENCE, cell, "must be a tag V, D, S, C or A (or OFFICIAL, DRAFT, SECONDARY, "
        + "THIRD_PARTY, ASSUMED)");
  }

  /** A refusal of a cell of the {@code sectors} column. */
  private static EtsValidationException atSectors(String file, long line, String value, String rule) {
    return new EtsValidationException(file + " line " + line + ", column " + SECTORS_COLUMN + " (" + SECTORS + ")",
        "\"" + value + "\"", rule);
  }

  private static EtsValidationException at(String file, long line, int column, String value, String rule) {
    String name = column >= 1 && column <= HEADER.size() ? " (" + HEADER.get(column - 1) + ")" : "";
    return new EtsValidationException(file + " line " + line + ", column " + column + name, "\"" + value + "\"",
        rule);
  }
}
