package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file large enough for its rows to be built in two halves ({@link UnitRows}) reports the same first fault as a
 * line-by-line read: the fault nearest the top, whichever half it is in and whatever kind it is.
 */
class MarketRowsOrderTest {
  /** 3,000 cement rows, lines 2 to 3,001: the halves meet at line 1,502. */
  private static final int ROWS = 3_000;

  private static List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(MarketCsvTest.HEADER);
    for (int i = 1; i <= ROWS; i++) {
      lines.add("2024,E" + i + ",Cement " + i + ",Anhui,CEMENT,L" + i + ",general,850000,1000000,,,,");
    }
    return lines;
  }

  private static CsvFileException bad(List<String> lines) {
    return assertThrows(CsvFileException.class,
        () -> MarketCsv.read(new StringReader(String.join("\n", lines) + "\n"), "m.csv"));
  }

  @Test
  void readsEveryRowInFileOrder() {
    Market market = MarketCsv.read(new StringReader(String.join("\n", lines()) + "\n"), "m.csv");
    assertEquals(ROWS, market.units().size());
    assertEquals("L1", market.units().get(0).unitId());
    assertEquals("L1501", market.units().get(1500).unitId());
    assertEquals("L3000", market.units().get(ROWS - 1).unitId());
  }

  @Test
  void theFirstHalfsFaultComesBeforeTheSecondHalfs() {
    List<String> lines = lines();
    lines.set(2500, lines.get(2500).replace("850000", "lots"));
    lines.set(100, lines.get(100).replace("1000000", "-5"));
    CsvFileException e = bad(lines);
    assertEquals(101, e.line());
    assertEquals("output", e.column());
  }

  @Test
  void aFaultInTheSecondHalfAloneIsFound() {
    List<String> lines = lines();
    lines.set(2500, lines.get(2500).replace("850000", "lots"));
    CsvFileException e = bad(lines);
    assertEquals(2501, e.line());
    assertEquals("verified_t", e.column());
    assertEquals("lots", e.value());
  }

  @Test
  void aDuplicateAboveARefusedRowIsReportedFirst() {
    List<String> lines = lines();
    // Line 2,001 repeats unit L5 of line 6; line 2,801 (same half) and line 1,001 (other half, below) are fine.
    lines.set(2000, "2024,E5,Cement 5,Anhui,CEMENT,L5,general,850000,1000000,,,,");
    lines.set(2800, lines.get(2800).replace("850000", "lots"));
    CsvFileException e = bad(lines);
    assertEquals(2001, e.line());
    assertEquals("unit_id", e.column());
  }

  @Test
  void aRefusedRowAboveAShortRowIsReportedFirst() {
    List<String> lines = lines();
    lines.set(2900, lines.get(2900) + ",extra");
    lines.set(1800, lines.get(1800).replace("850000", "lots"));
    CsvFileException e = bad(lines);
    assertEquals(1801, e.line());
    assertEquals("verified_t", e.column());
  }

  @Test
  void aShortRowBelowGoodRowsIsReported() {
    List<String> lines = lines();
    lines.set(2900, lines.get(2900) + ",extra");
    CsvFileException e = bad(lines);
    assertEquals(2901, e.line());
    assertEquals("(row)", e.column());
  }
}
