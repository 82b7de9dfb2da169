package io.github.ets4j.allocation.study;

import io.github.ets4j.core.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the market CSV file: one row per allocation unit and year, with the header
 * {@code year,entity_id,entity_name,province,sector,unit_id,category,verified_t,output,heat_gj,load_factor_pct,intensity_emissions_t,special}
 * (columns may come in any order; all are required, no other is allowed).
 *
 * <p>{@code sector} is {@code POWER|CEMENT|STEEL|ALUMINUM}; {@code heat_gj} blank means 0; {@code
 * load_factor_pct}, {@code intensity_emissions_t} and {@code special} may be blank. Numbers are plain
 * decimals ({@code 1234.5}). The first bad cell stops the read with a {@link CsvFileException} naming
 * file, line, column and value; nothing is returned in part. Line numbers count physical lines, so quoted
 * cells must not contain line breaks. Stateless; thread-safe.
 */
public final class MarketCsv {

  /** The columns of the market file, in the order in which they are written. */
  public static final List<String> COLUMNS = List.of("year", "entity_id", "entity_name", "province", "sector",
      "unit_id", "category", "verified_t", "output", "heat_gj", "load_factor_pct", "intensity_emissions_t", "special");

  private MarketCsv() {}

  /**
   * Reads a market file (UTF-8).
   *
   * @param file the file
   * @return the market
   * @throws CsvFileException if the header or a row is bad, or the market as a whole is invalid
   *     (duplicate unit, empty file)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Market read(Path file) {
    Checks.notNull("file", file);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads market CSV text.
   *
   * @param reader the text; not closed
   * @param fileName the name used in error messages
   * @return the market
   * @throws CsvFileException if the header or a row is bad, or the market as a whole is invalid
   * @throws UncheckedIOException if the reader fails
   */
  public static Market read(Reader reader, String fileName) {
    Checks.notNull("reader", reader);
    Checks.notNull("fileName", fileName);
    // Blank lines are kept as records so that record numbers stay equal to line numbers.
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    List<MarketUnit> units = new ArrayList<>();
    long lastLine = 1;
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> index = null;
      for (CSVRecord record : parser) {
        long line = record.getRecordNumber();
        lastLine = line;
        if (index == null) {
          index = header(record, fileName);
          continue;
        }
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        if (record.size() != index.size()) {
          throw new CsvFileException(fileName, line, "(row)", String.valueOf(record.size()),
              "a row must have " + index.size() + " cells");
        }
        units.add(row(record, index, fileName, line));
      }
      if (index == null) {
        throw new CsvFileException(fileName, 1, "(header)", "", "the header line is required");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileName + ": " + e.getMessage(), e);
    }
    try {
      return Market.of(units);
    } catch (EtsValidationException e) {
      throw new CsvFileException(fileName, lastLine, e.field(), e.value(), e.rule());
    }
  }

  private static Map<String, Integer> header(CSVRecord record, String fileName) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).strip();
      if (!COLUMNS.contains(name)) {
        throw new CsvFileException(fileName, 1, "(header)", name, "unknown column; the header must be " + COLUMNS);
      }
      if (index.put(name, i) != null) {
        throw new CsvFileException(fileName, 1, "(header)", name, "column appears twice");
      }
    }
    for (String column : COLUMNS) {
      if (!index.containsKey(column)) {
        throw new CsvFileException(fileName, 1, column, "", "missing column; the header must be " + COLUMNS);
      }
    }
    return index;
  }

  private static MarketUnit row(CSVRecord record, Map<String, Integer> index, String fileName, long line) {
    Cells cells = new Cells(record, index, fileName, line);
    Year year = cells.year();
    Sector sector = cells.sector();
    String special = cells.text("special");
    try {
      return MarketUnit.builder()
          .year(year)
          .entityId(cells.text("entity_id"))
          .entityName(cells.text("entity_name"))
          .province(cells.text("province"))
          .sector(sector)
          .unitId(cells.text("unit_id"))
          .category(cells.text("category"))
          .verifiedTonnes(cells.number("verified_t").orElseThrow(() -> cells.missing("verified_t")))
          .output(cells.number("output").orElseThrow(() -> cells.missing("output")))
          .heatGj(cells.number("heat_gj").orElse(BigDecimal.ZERO))
          .loadFactorPercent(cells.number("load_factor_pct"))
          .intensityEmissionsTonnes(cells.number("intensity_emissions_t"))
          .special(special.isEmpty() ? Optional.empty() : Optional.of(special))
          .build();
    } catch (EtsValidationException e) {
      String column = index.containsKey(e.field()) ? e.field() : "(row)";
      String value = index.containsKey(e.field()) ? cells.text(e.field()) : e.value();
      throw new CsvFileException(fileName, line, column, value, e.rule());
    }
  }

  /** The cells of one row, parsed with errors that point at the cell. */
  private static final class Cells {
    private final CSVRecord record;
    private final Map<String, Integer> index;
    private final String fileName;
    private final long line;

    Cells(CSVRecord record, Map<String, Integer> index, String fileName, long line) {
      this.record = record;
      this.index = index;
      this.fileName = fileName;
      this.line = line;
    }

    String text(String column) {
      return record.get(index.getOrDefault(column, 0)).strip();
    }

    CsvFileException bad(String column, String rule) {
      return new CsvFileException(fileName, line, column, text(column), rule);
    }

    CsvFileException missing(String column) {
      return bad(column, "a number is required");
    }

    Year year() {
      try {
        int value = Integer.parseInt(text("year"));
        if (value < 2000 || value > 2100) {
          throw bad("year", "must be a year between 2000 and 2100");
        }
        return Year.of(value);
      } catch (NumberFormatException | DateTimeException e) {
        throw bad("year", "must be a year such as 2024");
      }
    }

    Sector sector() {
      try {
        return Sector.valueOf(text("sector"));
      } catch (IllegalArgumentException e) {
        throw bad("sector", "must be one of POWER, CEMENT, STEEL, ALUMINUM");
      }
    }

    Optional<BigDecimal> number(String column) {
      String text = text(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal value;
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw bad(column, "must be a number");
      }
      if (value.signum() < 0) {
        throw bad(column, "must not be negative");
      }
      return Optional.of(value);
    }
  }

  /**
   * Writes a market file (UTF-8, header first, {@code \n} line ends), replacing the file only once the
   * whole text is ready.
   *
   * @param market the market
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Market market, Path file) {
    Checks.notNull("market", market);
    Checks.notNull("file", file);
    StudyFiles.writeAtomically(file, toCsv(market));
  }

  /**
   * Renders a market as CSV text.
   *
   * @param market the market
   * @return the text, header first
   */
  public static String toCsv(Market market) {
    Checks.notNull("market", market);
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, StudyFiles.FORMAT)) {
      printer.printRecord(COLUMNS);
      for (MarketUnit u : market.units()) {
        printer.printRecord(u.year().getValue(), u.entityId(), u.entityName(), u.province(), u.sector().name(),
            u.unitId(), u.category(), u.verifiedTonnes().toPlainString(), u.output().toPlainString(),
            u.heatGj().toPlainString(), u.loadFactorPercent().map(BigDecimal::toPlainString).orElse(""),
            u.intensityEmissionsTonnes().map(BigDecimal::toPlainString).orElse(""), u.special().orElse(""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
