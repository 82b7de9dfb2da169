package io.github.ets4j.study;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the market CSV file: one row per allocation unit and year, with the header
 * {@code year,entity_id,entity_name,province,sector,unit_id,category,verified_t,output,heat_gj,load_factor_pct,intensity_emissions_t,special}
 * (columns may come in any order; all are required, no other is allowed).
 *
 * <p>The file is UTF-8 (a byte-order mark is dropped). {@code sector} is {@code POWER|CEMENT|STEEL|ALUMINUM};
 * {@code heat_gj} blank means 0; {@code load_factor_pct} is a percent above 1 and at most 100, required for an
 * ordinary coal unit of category I or II and empty elsewhere; {@code intensity_emissions_t} may be blank;
 * {@code special} is blank or one of the documented {@linkplain SpecialKinds kinds} of the sector. Numbers are
 * plain decimals ({@code 1234.5}) within the physical bounds of {@link MarketBounds}. Every year of the file
 * holds every sector of the year before it. The first bad cell stops the read with a
 * {@link CsvFileException} naming file, line, column and value; nothing is returned in part. Line numbers count physical lines, so quoted
 * cells must not contain line breaks. Stateless; thread-safe.
 */
public final class MarketCsv {

  /** The byte-order mark, as decoded: spreadsheet programs write it at the start of a UTF-8 file. */
  private static final String BOM = "\uFEFF";

  /**
   * The fields of the allocation model's units (and of {@link MarketUnit}) by the market column they come from,
   * so that an error of the model points at the cell.
   */
  private static final Map<String, String> MODEL_FIELDS = Map.of("verifiedEmissions", "verified_t",
      "grossGenerationMwh", "output", "heatSuppliedGj", "heat_gj", "loadFactor", "load_factor_pct",
      "intensityEmissions", "intensity_emissions_t", "output", "output", "special", "special",
      "category", "category", "entityId", "entity_id", "id", "unit_id");

  /** The columns of the market file, in the order in which they are written. */
  public static final List<String> COLUMNS = List.of("year", "entity_id", "entity_name", "province", "sector",
      "unit_id", "category", "verified_t", "output", "heat_gj", "load_factor_pct", "intensity_emissions_t", "special");

  /** The least output of an ordinary unit: 10^-{@link Projection#OUTPUT_DECIMALS}, what a projected year keeps. */
  private static final BigDecimal LEAST_OUTPUT = BigDecimal.ONE.movePointLeft(Projection.OUTPUT_DECIMALS);

  /** The least tonnes of an ordinary industrial unit: 10^-{@link Projection#TONNE_DECIMALS}, whole tonnes. */
  private static final BigDecimal LEAST_TONNES = BigDecimal.ONE.movePointLeft(Projection.TONNE_DECIMALS);

  private MarketCsv() {}

  /**
   * Reads a market file. The file must be UTF-8; a byte-order mark (what spreadsheet programs write) is
   * accepted and dropped.
   *
   * @param file the file
   * @return the market
   * @throws CsvFileException if the bytes are not UTF-8 (with the line of the first bad byte), the header or
   *     a row is bad, or the market as a whole is invalid (duplicate unit, a sector missing from a year, empty
   *     file)
   * @throws UncheckedIOException if the file cannot be read; the message names the path and the reason (no
   *     such file, permission denied, is a directory, not a directory)
   */
  public static Market read(Path file) {
    return parse(bytes(file), file);
  }

  /** The market in a file's bytes, as {@link #read(Path)} parses them. */
  static Market parse(byte[] bytes, Path file) {
    return read(new StringReader(decode(bytes, file.toString())), file.toString());
  }

  /** A market file's bytes, read once; its errors are those of {@link #read(Path)}. */
  static byte[] bytes(Path file) {
    Checks.notNull("file", file);
    byte[] bytes = StudyFiles.readInput("market file", file);
    return bytes;
  }

  /** Decodes strict UTF-8; the first byte that is not UTF-8 stops the read with its line. */
  static String decode(byte[] bytes, String fileName) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      long line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      StringBuilder hex = new StringBuilder();
      for (int i = at; i < Math.min(bytes.length, at + result.length()); i++) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
      }
      throw new CsvFileException(fileName, line, "(encoding)", "bytes " + hex,
          "the file must be UTF-8 (a spreadsheet's GBK or ANSI file must be saved as CSV UTF-8)");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * Reads market CSV text. A leading byte-order mark is dropped.
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
    List<CSVRecord> records = new ArrayList<>();
    Map<String, Integer> index = null;
    // A refusal met while reading the records (a row of the wrong width, an unreadable line) is thrown after the
    // rows before it are checked, so that the file's first fault is the one reported, as a line-by-line read does.
    CsvFileException stop = null;
    long lastLine = 1;
    try (CSVParser parser = CSVParser.parse(reader, format)) {
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
          stop = new CsvFileException(fileName, line, "(row)", String.valueOf(record.size()),
              "a row must have " + index.size() + " cells");
          break;
        }
        records.add(record);
      }
      if (index == null && stop == null) {
        throw new CsvFileException(fileName, 1, "(header)", "", "the header line is required");
      }
    } catch (UncheckedIOException e) {
      // Commons CSV wraps the reader's IOException, e.g. a MalformedInputException of a strict decoder.
      stop = new CsvFileException(fileName, lastLine + 1, "(row)", "", "cannot read: " + e.getMessage());
    } catch (IOException e) {
      stop = new CsvFileException(fileName, lastLine + 1, "(row)", "", "cannot read: "
          + (e instanceof CharacterCodingException ? "the file must be UTF-8" : e.getMessage()));
    }
    List<MarketUnit> units = new ArrayList<>(records.size());
    if (index != null) {
      UnitRows built = UnitRows.build(records, new Columns(index), fileName);
      Rows rows = new Rows(fileName);
      for (int i = 0; i < records.size(); i++) {
        // In file order: a row's own refusal comes after the duplicates of the rows above it, as before.
        MarketUnit unit = built.unit(i);
        rows.add(unit, records.get(i).getRecordNumber());
        units.add(unit);
      }
      if (stop == null) {
        rows.checkSectorsOfEachYear();
      }
    }
    if (stop != null) {
      throw stop;
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
      if (i == 0 && name.startsWith(BOM)) {
        // A UTF-8 byte-order mark: spreadsheet programs write it; it is not part of the first column name.
        name = name.substring(1).strip();
      }
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

  static MarketUnit row(CSVRecord record, Columns columns, String fileName, long line) {
    Cells cells = new Cells(record, columns, fileName, line);
    Year year = cells.year();
    Sector sector = cells.sector();
    String special = cells.text(Columns.SPECIAL);
    MarketUnit unit;
    try {
      unit = MarketUnit.builder()
          .year(year)
          .entityId(cells.text(Columns.ENTITY_ID))
          .entityName(cells.text(Columns.ENTITY_NAME))
          .province(cells.text(Columns.PROVINCE))
          .sector(sector)
          .unitId(cells.text(Columns.UNIT_ID))
          .category(cells.text(Columns.CATEGORY))
          .verifiedTonnes(cells.required(Columns.VERIFIED_T, MarketBounds.MAX_UNIT_TONNES))
          .output(cells.required(Columns.OUTPUT, MarketBounds.maxOutput(sector)))
          .heatGj(orZero(cells.number(Columns.HEAT_GJ, MarketBounds.MAX_HEAT_GJ)))
          .loadFactorPercent(Optional.ofNullable(cells.number(Columns.LOAD_FACTOR_PCT, null)))
          .intensityEmissionsTonnes(Optional.ofNullable(cells.number(Columns.INTENSITY_EMISSIONS_T,
              MarketBounds.MAX_UNIT_TONNES)))
          .special(special.isEmpty() ? Optional.empty() : Optional.of(special))
          .build();
      if (unit.needsLoadFactor() && unit.loadFactorPercent().isEmpty()) {
        throw cells.bad(Columns.LOAD_FACTOR_PCT, "a conventional coal unit (category " + unit.category()
            + ") needs its load factor, in percent: it sets the peak-shaving factor Ff");
      }
      // Projected years keep whole tonnes and 3 decimals of output: smaller values would round to 0 there,
      // and fail in a year whose values are not in the file.
      if (!unit.isSpecial() && unit.output().compareTo(LEAST_OUTPUT) < 0) {
        throw cells.bad(Columns.OUTPUT, "an ordinary unit's output must be at least " + LEAST_OUTPUT.toPlainString()
            + " (projected outputs keep " + Projection.OUTPUT_DECIMALS + " decimals)");
      }
      if (sector != Sector.POWER && !unit.isSpecial() && (unit.verifiedTonnes().compareTo(LEAST_TONNES) < 0
          || unit.intensityEmissions().compareTo(LEAST_TONNES) < 0)) {
        int column = unit.verifiedTonnes().compareTo(LEAST_TONNES) < 0 ? Columns.VERIFIED_T : Columns.INTENSITY_EMISSIONS_T;
        throw cells.bad(column, "an ordinary " + sector + " unit needs at least 1 t: from 2025 its intensity "
            + "takes part in the sector's balance value (mark it special or leave it out)");
      }
      // The allocation model's own checks (e.g. a steel intensity of 0) run here, where the row is known,
      // rather than in a later study year whose projected values are not in the file.
      // The unit is kept with the row, so the exact pass of the file's years allocates it without building it again.
      if (sector == Sector.POWER) {
        unit.generatingUnit();
      } else {
        unit.industrialUnit();
      }
    } catch (EtsValidationException e) {
      String column = MODEL_FIELDS.getOrDefault(e.field(), e.field());
      int at = COLUMNS.indexOf(column);
      throw new CsvFileException(fileName, line, at >= 0 ? column : "(row)", at >= 0 ? cells.text(at) : e.value(),
          e.rule());
    }
    return unit;
  }

  /** The market-wide rules, checked row by row so that an error names the line that breaks them. */
  private static final class Rows {
    private final String fileName;
    private final Map<Year, Map<String, Long>> unitLines = new HashMap<>();
    private final Map<Year, Map<String, Sector>> entitySectors = new HashMap<>();
    private final NavigableMap<Year, Set<Sector>> sectors = new TreeMap<>();
    private final Map<Year, Long> firstLines = new HashMap<>();

    Rows(String fileName) {
      this.fileName = fileName;
    }

    void add(MarketUnit unit, long line) {
      Long previous = unitLines.computeIfAbsent(unit.year(), y -> new HashMap<>()).putIfAbsent(unit.unitId(), line);
      if (previous != null) {
        throw new CsvFileException(fileName, line, "unit_id", unit.unitId(),
            "appears twice in " + unit.year() + " (first on line " + previous + ")");
      }
      Sector sector = entitySectors.computeIfAbsent(unit.year(), y -> new HashMap<>())
          .putIfAbsent(unit.entityId(), unit.sector());
      if (sector != null && sector != unit.sector()) {
        throw new CsvFileException(fileName, line, "entity_id", unit.entityId(),
            "is listed under " + sector + " and " + unit.sector() + " in " + unit.year());
      }
      sectors.computeIfAbsent(unit.year(), y -> EnumSet.noneOf(Sector.class)).add(unit.sector());
      firstLines.putIfAbsent(unit.year(), line);
    }

    /** Every year holds every sector of the year before it: a sector never vanishes silently. */
    void checkSectorsOfEachYear() {
      Map.Entry<Year, Set<Sector>> before = null;
      for (Map.Entry<Year, Set<Sector>> year : sectors.entrySet()) {
        if (before != null && !year.getValue().containsAll(before.getValue())) {
          Set<Sector> missing = EnumSet.copyOf(before.getValue());
          missing.removeAll(year.getValue());
          throw new CsvFileException(fileName, firstLines.getOrDefault(year.getKey(), 1L), "year",
              year.getKey().toString(), "year " + year.getKey() + " lacks " + missing + " of " + before.getKey()
                  + ": every year of the file must hold every sector of the year before it");
        }
        before = year;
      }
    }
  }

  private static BigDecimal orZero(@Nullable BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  /**
   * Where each column of {@link #COLUMNS} sits in one file's rows, found once from its header: a row's cells are
   * then read by position, not looked up by name for each of the 13 cells of thousands of rows.
   */
  static final class Columns {
    static final int YEAR = 0;
    static final int ENTITY_ID = 1;
    static final int ENTITY_NAME = 2;
    static final int PROVINCE = 3;
    static final int SECTOR = 4;
    static final int UNIT_ID = 5;
    static final int CATEGORY = 6;
    static final int VERIFIED_T = 7;
    static final int OUTPUT = 8;
    static final int HEAT_GJ = 9;
    static final int LOAD_FACTOR_PCT = 10;
    static final int INTENSITY_EMISSIONS_T = 11;
    static final int SPECIAL = 12;

    private final int[] positions = new int[COLUMNS.size()];

    /** The positions of a header's columns; the header holds every column of {@link #COLUMNS} (checked before). */
    Columns(Map<String, Integer> index) {
      for (int c = 0; c < positions.length; c++) {
        positions[c] = Checks.notNull(COLUMNS.get(c), index.get(COLUMNS.get(c)));
      }
    }

    int position(int column) {
      return positions[column];
    }
  }

  /** The cells of one row, parsed with errors that point at the cell. */
  private static final class Cells {
    private final CSVRecord record;
    private final Columns columns;
    private final String fileName;
    private final long line;

    Cells(CSVRecord record, Columns columns, String fileName, long line) {
      this.record = record;
      this.columns = columns;
      this.fileName = fileName;
      this.line = line;
    }

    String text(int column) {
      return record.get(columns.position(column)).strip();
    }

    CsvFileException bad(int column, String rule) {
      return new CsvFileException(fileName, line, COLUMNS.get(column), text(column), rule);
    }

    Year year() {
      try {
        int value = Integer.parseInt(text(Columns.YEAR));
        if (value < 2000 || value > 2100) {
          throw bad(Columns.YEAR, "must be a year between 2000 and 2100");
        }
        return Year.of(value);
      } catch (NumberFormatException | DateTimeException e) {
        throw bad(Columns.YEAR, "must be a year such as 2024");
      }
    }

    Sector sector() {
      try {
        return Sector.valueOf(text(Columns.SECTOR));
      } catch (IllegalArgumentException e) {
        throw bad(Columns.SECTOR, "must be one of POWER, CEMENT, STEEL, ALUMINUM");
      }
    }

    /** A number that must be there. */
    BigDecimal required(int column, RuleValue bound) {
      BigDecimal value = number(column, bound);
      if (value == null) {
        throw bad(column, "a number is required");
      }
      return value;
    }

    /** A number within its bound, or null for an empty cell. */
    @Nullable BigDecimal number(int column, @Nullable RuleValue bound) {
      String text = text(column);
      if (text.isEmpty()) {
        return null;
      }
      BigDecimal value;
      try {
        value = plainDecimal(text);
      } catch (NumberFormatException e) {
        throw bad(column, "must be a number");
      }
      if (value.signum() < 0) {
        throw bad(column, "must not be negative");
      }
      if (bound != null && value.compareTo(bound.value()) > 0) {
        throw bad(column, "beyond the physical bound of one unit, " + bound.value().toPlainString() + " "
            + bound.unit() + " (" + bound.name() + ", " + bound.source() + "): check the unit and the magnitude");
      }
      return value;
    }
  }

  /** Digits a {@code long} always holds: 18 decimal digits stay below 2^63. */
  private static final int LONG_DIGITS = 18;

  /**
   * {@code new BigDecimal(text)}, with the same value and scale, read straight into an unscaled {@code long} when the
   * text is plain digits with at most one point between digits and at most 18 digits (every number of a market
   * file); anything else, signs and exponents included, goes to {@code new BigDecimal(text)}, so the result and the
   * refusal are that constructor's. Why: the constructor is a large method that a cold start interprets for each of
   * the 37,000 numbers of a national market and then compiles twice; this loop is small.
   *
   * @throws NumberFormatException as {@code new BigDecimal(text)}
   */
  static BigDecimal plainDecimal(String text) {
    int length = text.length();
    if (length == 0 || length > LONG_DIGITS + 1) {
      return new BigDecimal(text);
    }
    long unscaled = 0;
    int point = -1;
    int digits = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
      } else if (c == '.' && point < 0 && i > 0 && i < length - 1) {
        point = i;
      } else {
        return new BigDecimal(text);
      }
    }
    if (digits > LONG_DIGITS) {
      return new BigDecimal(text);
    }
    return BigDecimal.valueOf(unscaled, point < 0 ? 0 : length - 1 - point);
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
