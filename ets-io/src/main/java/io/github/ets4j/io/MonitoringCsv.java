package io.github.ets4j.io;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Monitoring data files in the long format: one row is one reported value of one facility-month, under the
 * header {@code entity_id,facility_id,sector,month,item,name,value,unit,acquisition,source}
 * ({@code docs/formats.md} documents every item and name).
 *
 * <p>Reading builds each facility-month with the sector's builder and each facility-year with
 * {@link AnnualReport#of}, so the library's own validation applies. The file must be UTF-8 (a byte-order
 * mark is accepted and dropped). A cell the reader does not understand, a month whose rows appear twice, a
 * truncated row or file, an unknown item, name or unit: each stops the whole read with an
 * {@link EtsValidationException} whose field names the file, the line (1 is the header) and the column,
 * and whose value is the cell as written; nothing is half read. Writing produces the file that reads back
 * to equal reports ({@code readYears(write(x))} equals {@code x}), and refuses a report whose content the
 * format cannot hold (a replaced default catalogue, a parameter named otherwise than the format names
 * it). Decimals are written as given ({@code toPlainString}), never rounded.
 *
 * <p>Example: {@code AnnualReport year = MonitoringCsv.readYear(Path.of("line-2-2025.csv"));}. Stateless,
 * immutable and thread-safe.
 */
public final class MonitoringCsv {
  /** The header of the format. */
  public static final List<String> HEADER = List.of(Row.HEADER);

  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private MonitoringCsv() {
  }

  /**
   * Reads a file of one facility-year.
   *
   * @param file the file
   * @return the annual report
   * @throws EtsValidationException as {@link #readYears(InputStream, String)}, or if the file holds more or
   *     less than one facility-year
   * @throws IOException if the file cannot be read
   */
  public static AnnualReport readYear(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Checks.notNull("file", file))) {
      return readYear(in, String.valueOf(file.getFileName()));
    }
  }

  /**
   * Reads a stream of one facility-year.
   *
   * @param in the bytes, UTF-8
   * @param fileName the name used in error messages
   * @return the annual report
   * @throws EtsValidationException as {@link #readYears(InputStream, String)}, or if the stream holds more or
   *     less than one facility-year
   * @throws IOException if the stream cannot be read
   */
  public static AnnualReport readYear(InputStream in, String fileName) throws IOException {
    List<AnnualReport> years = readYears(in, fileName);
    if (years.size() != 1) {
      throw new EtsValidationException(fileName, years.size() + " facility-years",
          "expected the twelve months of one facility-year; use readYears for a file of several");
    }
    return years.get(0);
  }

  /**
   * Reads a file of one or more facility-years.
   *
   * @param file the file
   * @return the annual reports, in the order their first rows appear
   * @throws EtsValidationException as {@link #readYears(InputStream, String)}
   * @throws IOException if the file cannot be read
   */
  public static List<AnnualReport> readYears(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Checks.notNull("file", file))) {
      return readYears(in, String.valueOf(file.getFileName()));
    }
  }

  /**
   * Reads a stream of one or more facility-years, each with all twelve months.
   *
   * @param in the bytes, UTF-8
   * @param fileName the name used in error messages
   * @return the annual reports, in the order their first rows appear
   * @throws EtsValidationException naming the file, line, column and the value as written if a cell or row
   *     is refused, a month's rows appear twice, the file is not UTF-8 or is truncated; or naming the first
   *     row of a facility-year that {@link AnnualReport#of} refuses (a missing month, a fixed NCV choice)
   * @throws IOException if the stream cannot be read
   */
  public static List<AnnualReport> readYears(InputStream in, String fileName) throws IOException {
    Map<String, List<Block>> years = new LinkedHashMap<>();
    for (Block block : blocks(in, fileName)) {
      String key = block.report.entityId() + "\u0000" + block.report.facilityId() + "\u0000" + block.report.month().getYear();
      years.computeIfAbsent(key, k -> new ArrayList<>()).add(block);
    }
    List<AnnualReport> reports = new ArrayList<>();
    for (List<Block> year : years.values()) {
      List<MonthlyReport> months = new ArrayList<>();
      for (Block block : year) {
        months.add(block.report);
      }
      try {
        reports.add(AnnualReport.of(months));
      } catch (EtsValidationException e) {
        Row first = year.get(0).first;
        throw first.error(Row.FACILITY_ID, "the year " + first.month().substring(0, 4) + " of "
            + first.facilityId() + " is refused: " + Cells.why(e));
      }
    }
    return reports;
  }

  /**
   * Reads a stream of facility-months, without assembling years (a month's upload on its own).
   *
   * @param in the bytes, UTF-8
   * @param fileName the name used in error messages
   * @return the monthly reports, in file order
   * @throws EtsValidationException as {@link #readYears(InputStream, String)}, less the year rules
   * @throws IOException if the stream cannot be read
   */
  public static List<MonthlyReport> readMonths(InputStream in, String fileName) throws IOException {
    List<MonthlyReport> months = new ArrayList<>();
    for (Block block : blocks(in, fileName)) {
      months.add(block.report);
    }
    return months;
  }

  /**
   * Writes annual reports as one file.
   *
   * @param reports the reports
   * @return the file's text, UTF-8 without byte-order mark when saved, lines ending in {@code \n}
   * @throws EtsValidationException if a report cannot be written in the format
   */
  public static String write(Collection<AnnualReport> reports) {
    Checks.notNull("reports", reports);
    List<MonthlyReport> months = new ArrayList<>();
    for (AnnualReport report : reports) {
      months.addAll(Checks.notNull("reports[" + months.size() / 12 + "]", report).months());
    }
    return writeMonths(months);
  }

  /**
   * Writes one annual report.
   *
   * @param report the report
   * @return the file's text
   * @throws EtsValidationException if the report cannot be written in the format
   */
  public static String write(AnnualReport report) {
    return write(List.of(Checks.notNull("report", report)));
  }

  /**
   * Writes annual reports to a file, UTF-8.
   *
   * @param reports the reports
   * @param file the file, replaced if it exists
   * @throws EtsValidationException if a report cannot be written in the format (the file is then untouched)
   * @throws IOException if the file cannot be written
   */
  public static void write(Collection<AnnualReport> reports, Path file) throws IOException {
    String text = write(reports);
    Files.writeString(Checks.notNull("file", file), text, StandardCharsets.UTF_8);
  }

  /**
   * Writes monthly reports as one file.
   *
   * @param months the reports
   * @return the file's text
   * @throws EtsValidationException if a report cannot be written in the format
   */
  public static String writeMonths(Collection<MonthlyReport> months) {
    Checks.notNull("months", months);
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      printer.printRecord(HEADER);
      int i = 0;
      for (MonthlyReport month : months) {
        for (List<String> row : MonthWriter.rows(Checks.notNull("months[" + i + "]", month))) {
          printer.printRecord(row);
        }
        i++;
      }
    } catch (IOException e) {
      // A StringBuilder never fails to append.
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The rows of one facility-month and the report built from them. */
  private static final class Block {
    final Row first;
    final MonthlyReport report;

    Block(Row first, MonthlyReport report) {
      this.first = first;
      this.report = report;
    }
  }

  private static List<Block> blocks(InputStream in, String fileName) throws IOException {
    Checks.notNull("in", in);
    Checks.notBlank("fileName", fileName);
    List<Row> rows = rows(fileName, decode(in.readAllBytes(), fileName));
    List<List<Row>> months = new ArrayList<>();
    Map<String, Row> started = new LinkedHashMap<>();
    int start = 0;
    for (int i = 1; i <= rows.size(); i++) {
      if (i < rows.size() && key(rows.get(i)).equals(key(rows.get(start)))) {
        Row row = rows.get(i);
        if (!row.sector().equals(rows.get(start).sector())) {
          throw row.error(Row.SECTOR, "the rows of one facility-month name one sector (" + rows.get(start).where().describe()
              + " names " + rows.get(start).sector() + ")");
        }
        continue;
      }
      Row first = rows.get(start);
      Row earlier = started.putIfAbsent(key(first), first);
      if (earlier != null) {
        throw first.error(Row.MONTH, "the month " + first.month() + " of " + first.facilityId()
            + " is reported twice: its rows started on " + earlier.where().describe()
            + " (the rows of a facility-month stand together)");
      }
      months.add(rows.subList(start, i));
      start = i;
    }
    // The whole file's structure is checked before any month is built.
    List<Block> blocks = new ArrayList<>();
    for (List<Row> month : months) {
      blocks.add(block(month));
    }
    return blocks;
  }

  private static String key(Row row) {
    return row.entityId() + "\u0000" + row.facilityId() + "\u0000" + row.month();
  }

  private static Block block(List<Row> rows) {
    Row first = rows.get(0);
    Sector sector = Cells.constant(first, Row.SECTOR, first.sector(), Sector.class, "sector");
    MonthlyData data = MonthReader.read(sector, YearMonth.parse(first.month()), rows);
    try {
      return new Block(first, MonthlyReport.of(first.entityId(), first.facilityId(), data));
    } catch (EtsValidationException e) {
      throw first.error(Row.ENTITY_ID, Cells.why(e));
    }
  }

  private static List<Row> rows(String file, String text) {
    int[] lineStarts = lineStarts(text);
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      boolean header = true;
      try {
        for (CSVRecord record : parser) {
          long line = lineOf(lineStarts, record.getCharacterPosition());
          if (header) {
            header(file, record);
            header = false;
            continue;
          }
          rows.add(row(file, line, record));
        }
      } catch (UncheckedIOException e) {
        throw Row.at(file, parser.getCurrentLineNumber(), 1, "",
            "the file ends inside a quoted cell (a truncated file, or a quote never closed): " + String.valueOf(e.getMessage()));
      }
      if (header) {
        throw Row.at(file, 1, 1, "", "an empty file: expected the header " + String.join(",", HEADER));
      }
    } catch (IOException e) {
      // Reading from a String never fails.
      throw new UncheckedIOException(e);
    }
    if (rows.isEmpty()) {
      throw Row.at(file, 2, 1, "", "no rows after the header: a file holds at least one facility-month");
    }
    return rows;
  }

  private static void header(String file, CSVRecord record) {
    for (int i = 0; i < Row.HEADER.length; i++) {
      String cell = i < record.size() ? record.get(i) : "";
      if (!Row.HEADER[i].equals(cell)) {
        throw Row.at(file, 1, i + 1, cell, "the header is " + String.join(",", HEADER));
      }
    }
    if (record.size() != Row.HEADER.length) {
      throw Row.at(file, 1, Row.HEADER.length + 1, record.get(Row.HEADER.length),
          "the header is " + String.join(",", HEADER));
    }
  }

  private static Row row(String file, long line, CSVRecord record) {
    if (record.size() != Row.HEADER.length) {
      int column = Math.min(record.size() + 1, Row.HEADER.length + 1);
      throw Row.at(file, line, column, record.size() > Row.HEADER.length ? record.get(Row.HEADER.length) : "",
          "a row has " + Row.HEADER.length + " cells, this one " + record.size()
              + (record.size() < Row.HEADER.length ? " (a truncated row or file?)" : " (a comma too many?)"));
    }
    String[] cells = record.values();
    Row row = new Row(Row.line(file, line), cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7],
        cells[8], cells[9]);
    for (int column = Row.ENTITY_ID; column <= Row.NAME; column++) {
      if (row.cell(column).isBlank()) {
        throw row.error(column, Row.HEADER[column - 1] + " is required on every row");
      }
    }
    if (!MONTH.matcher(row.month()).matches() || Integer.parseInt(row.month().substring(5)) < 1
        || Integer.parseInt(row.month().substring(5)) > 12) {
      throw row.error(Row.MONTH, "a month is written yyyy-mm, e.g. 2025-01");
    }
    return row;
  }

  static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  static long lineOf(int[] lineStarts, long position) {
    int index = Arrays.binarySearch(lineStarts, (int) position);
    return (index >= 0 ? index : -index - 2) + 1L;
  }

  /** Decodes strict UTF-8, dropping one byte-order mark; names the first byte that is not UTF-8. */
  static String decode(byte[] bytes, String file) {
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      int position = input.position();
      long line = 1;
      int column = 1;
      for (int i = offset; i < position; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if (bytes[i] == ',') {
          column++;
        }
      }
      StringBuilder hex = new StringBuilder();
      for (int i = position; i < Math.min(bytes.length, position + Math.max(result.length(), 2)); i++) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
      }
      throw Row.at(file, line, column, hex.toString(), "the file must be UTF-8: these bytes are not"
          + " (a file saved as GBK or another legacy encoding? save it as UTF-8)");
    }
    output.flip();
    return output.toString();
  }
}
