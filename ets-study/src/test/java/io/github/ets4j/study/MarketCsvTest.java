package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Sector;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketCsvTest {
  static final String HEADER = String.join(",", MarketCsv.COLUMNS);
  static final String POWER_ROW = "2024,E1,Plant one,Hebei,POWER,U1,I,1900000,2000000,300000,62,,";
  static final String CEMENT_ROW = "2024,E2,Cement two,Anhui,CEMENT,L1,general,850000,1000000,,,,";
  static final String STEEL_ROW = "2024,E3,Steel three,Hebei,STEEL,S1,,2000000,1000000,,,1500000,";
  static final String SPECIAL_ROW = "2024,E2,Cement two,Anhui,CEMENT,L2,white,100000,90000,,,,WHITE_CLINKER";

  @TempDir Path dir;

  @Test
  void readsEveryColumn() {
    Market market = read(HEADER, POWER_ROW, CEMENT_ROW, STEEL_ROW, SPECIAL_ROW);
    assertEquals(4, market.units().size());
    MarketUnit power = market.units().get(0);
    assertEquals(Year.of(2024), power.year());
    assertEquals("Plant one", power.entityName());
    assertEquals("Hebei", power.province());
    assertEquals(Sector.POWER, power.sector());
    assertEquals("I", power.category());
    assertEquals(new BigDecimal("300000"), power.heatGj());
    assertEquals(new BigDecimal("62"), power.loadFactorPercent().orElseThrow());
    assertFalse(power.isSpecial());
    MarketUnit steel = market.units().get(2);
    assertEquals(new BigDecimal("1500000"), steel.intensityEmissions());
    MarketUnit cement = market.units().get(1);
    assertEquals(new BigDecimal("850000"), cement.intensityEmissions());
    assertEquals(BigDecimal.ZERO, cement.heatGj());
    assertTrue(market.units().get(3).isSpecial());
  }

  @Test
  void roundTripsThroughAFile() {
    Market market = read(HEADER, POWER_ROW, CEMENT_ROW, STEEL_ROW, SPECIAL_ROW);
    Path file = dir.resolve("market.csv");
    MarketCsv.write(market, file);
    assertEquals(market, MarketCsv.read(file));
  }

  @Test
  void roundTripsTheEmbeddedMarket() {
    Market market = SyntheticMarket.national();
    Market back = MarketCsv.read(new StringReader(MarketCsv.toCsv(market)), "national.csv");
    assertEquals(market, back);
  }

  @Test
  void acceptsColumnsInAnotherOrderAndBlankLines() {
    String header = "entity_id,year,entity_name,province,sector,unit_id,category,verified_t,output,heat_gj,"
        + "load_factor_pct,intensity_emissions_t,special";
    Market market = read(header, "E2,2024,Cement two,Anhui,CEMENT,L1,general,850000,1000000,,,,", "");
    assertEquals("E2", market.units().get(0).entityId());
  }

  @Test
  void unknownSectorNamesFileLineColumnAndValue() {
    CsvFileException e = bad(HEADER, POWER_ROW, "2024,E9,X,Hebei,COAL,U9,,1,1,,,,");
    assertEquals("m.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("sector", e.column());
    assertEquals("COAL", e.value());
    assertEquals("m.csv line 3, column sector, value \"COAL\": must be one of POWER, CEMENT, STEEL, ALUMINUM",
        e.getMessage());
  }

  @Test
  void textInANumberIsRefused() {
    CsvFileException e = bad(HEADER, "2024,E2,C,Anhui,CEMENT,L1,general,lots,1000000,,,,");
    assertEquals(2, e.line());
    assertEquals("verified_t", e.column());
    assertEquals("lots", e.value());
    assertEquals("must be a number", e.rule());
  }

  @Test
  void negativeOutputIsRefused() {
    CsvFileException e = bad(HEADER, CEMENT_ROW, "2024,E2,C,Anhui,CEMENT,L3,general,850000,-5,,,,");
    assertEquals(3, e.line());
    assertEquals("output", e.column());
    assertEquals("-5", e.value());
  }

  @Test
  void missingHeaderColumnIsRefused() {
    CsvFileException e = bad("year,entity_id", "2024,E1");
    assertEquals(1, e.line());
    assertEquals("entity_name", e.column());
    CsvFileException noHeader = bad();
    assertEquals("(header)", noHeader.column());
    CsvFileException headerless = bad(POWER_ROW);
    assertEquals(1, headerless.line());
    assertEquals("2024", headerless.value());
  }

  @Test
  void duplicateHeaderColumnIsRefused() {
    assertEquals("year", bad(HEADER + ",year", POWER_ROW).value());
  }

  @Test
  void wrongCellCountIsRefused() {
    CsvFileException e = bad(HEADER, "2024,E1");
    assertEquals("(row)", e.column());
    assertEquals("2", e.value());
  }

  @Test
  void valueTypeRulesPointAtTheirColumn() {
    CsvFileException category = bad(HEADER, "2024,E1,P,Hebei,POWER,U1,V,1900000,2000000,,62,,");
    assertEquals("category", category.column());
    assertEquals("V", category.value());
    CsvFileException load = bad(HEADER, "2024,E1,P,Hebei,POWER,U1,I,1900000,2000000,,120,,");
    assertEquals("load_factor_pct", load.column());
    CsvFileException zero = bad(HEADER, "2024,E2,C,Anhui,CEMENT,L1,general,850000,0,,,,");
    assertEquals("output", zero.column());
    CsvFileException steelCategory = bad(HEADER, "2024,E3,S,Hebei,STEEL,S1,x,2000000,1000000,,,,");
    assertEquals("category", steelCategory.column());
    CsvFileException blankId = bad(HEADER, "2024,,S,Hebei,STEEL,S1,,2000000,1000000,,,,");
    assertEquals("entity_id", blankId.column());
    CsvFileException missing = bad(HEADER, "2024,E3,S,Hebei,STEEL,S1,,,1000000,,,,");
    assertEquals("verified_t", missing.column());
    CsvFileException missingOutput = bad(HEADER, "2024,E3,S,Hebei,STEEL,S1,,1,,,,,");
    assertEquals("output", missingOutput.column());
  }

  @Test
  void badYearsAreRefused() {
    assertEquals("year", bad(HEADER, "twenty,E3,S,Hebei,STEEL,S1,,2000000,1000000,,,,").column());
    assertEquals("1900", bad(HEADER, "1900,E3,S,Hebei,STEEL,S1,,2000000,1000000,,,,").value());
  }

  @Test
  void marketRulesNameTheLastLine() {
    CsvFileException e = bad(HEADER, CEMENT_ROW, CEMENT_ROW);
    assertEquals("unit_id", e.column());
    assertEquals("L1", e.value());
    CsvFileException sectors = bad(HEADER, POWER_ROW, "2024,E1,Plant one,Hebei,CEMENT,L7,general,1,1,,,,");
    assertEquals("entity_id", sectors.column());
    CsvFileException empty = bad(HEADER);
    assertEquals("units", empty.column());
  }

  @Test
  void unreadableFileIsAnIoError() {
    assertThrows(UncheckedIOException.class, () -> MarketCsv.read(dir.resolve("absent.csv")));
  }

  @Test
  void writingLeavesNoTemporaryFile() throws Exception {
    MarketCsv.write(read(HEADER, CEMENT_ROW), dir.resolve("out/m.csv"));
    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(List.of("m.csv"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  static Market read(String... lines) {
    return MarketCsv.read(new StringReader(String.join("\n", lines) + "\n"), "m.csv");
  }

  static CsvFileException bad(String... lines) {
    return assertThrows(CsvFileException.class, () -> read(lines));
  }
}
