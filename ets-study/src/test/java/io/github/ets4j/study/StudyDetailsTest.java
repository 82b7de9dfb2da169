package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts, values, progress and messages of the study, the market and the market file, on tiny markets. */
class StudyDetailsTest {
  static final Year Y2025 = Year.of(2025);
  static final String HEADER = MarketCsvTest.HEADER;
  static final String CEMENT_ROW = MarketCsvTest.CEMENT_ROW;

  static Scenario.Builder only2025() {
    return Scenario.builder().firstYear(Y2025).lastYear(Y2025);
  }

  @Test
  void sectorYearCountsShortAndLongEntitiesAndValuesTheNetPosition() {
    // allocation.md's cement example: C1 852,531 ≥ 850,000 and C2 1,213,951 ≥ 1,200,000 are long; C3 699,057 and
    // C4 504,459 are short. Net −2 t at 70 CNY/t = −140 CNY.
    Market market = Market.of(FastEngineTest.cementExample(Y2025));
    StudyResult result = PolicyStudy.of(market, only2025().draws(0).carbonPriceCnyPerTonne(new BigDecimal("70")).build())
        .run();
    SectorYearResult cement = result.sector(Y2025, Sector.CEMENT).orElseThrow();
    assertEquals(4, cement.entities());
    assertEquals(2, cement.shortEntities());
    assertEquals(2, cement.longEntities());
    assertEquals(0, new BigDecimal("3270000").compareTo(cement.verifiedTonnes()));
    assertEquals(0, new BigDecimal("3269998").compareTo(cement.allocationTonnes()));
    assertEquals(0, new BigDecimal("-140").compareTo(cement.netPositionValueCny()));
  }

  /** A clock that moves one second at each reading, starting at 0. */
  static java.util.function.LongSupplier secondPerReading() {
    long[] now = {-1_000_000_000L};
    return () -> now[0] += 1_000_000_000L;
  }

  @Test
  void progressReportsEveryTenthOfTheDrawsAndTheLast() {
    // 25 draws: every max(1, 25 / 10) = 2 draws, plus the 25th. The clock reads 0 at the start and one second
    // more at each line: after d draws (line d / 2) the rate is d / (d / 2) = 2.0 draws/s and the 25 - d draws
    // left take (25 - d) / 2 s, shown rounded up; the 25th draw comes at the 13th reading: 25 / 13 = 1.9 draws/s.
    Market market = Market.of(FastEngineTest.cementExample(Y2025));
    List<String> progress = new ArrayList<>();
    PolicyStudy.of(market, only2025().draws(25).build(), new DocumentRules()).run(progress::add, secondPerReading());
    List<String> expected = new ArrayList<>(List.of("2025: exact allocation of 4 units done"));
    for (int d = 2; d <= 24; d += 2) {
      expected.add("draws " + d + "/25 (" + (4 * d) + " %), 2.0 draws/s, about " + (26 - d) / 2 + " s left");
    }
    expected.add("draws 25/25 (100 %), 1.9 draws/s, done in 13 s");
    assertEquals(expected, progress);
    // 3 draws: every draw is reported, 1 draw a second.
    progress.clear();
    PolicyStudy.of(market, only2025().draws(3).build(), new DocumentRules()).run(progress::add, secondPerReading());
    assertEquals(List.of("2025: exact allocation of 4 units done", "draws 1/3 (33 %), 1.0 draws/s, about 2 s left",
        "draws 2/3 (66 %), 1.0 draws/s, about 1 s left", "draws 3/3 (100 %), 1.0 draws/s, done in 3 s"), progress);
    // The system clock: the same lines, with whatever rate the machine gives.
    progress.clear();
    PolicyStudy.of(market, only2025().draws(3).build(), new DocumentRules()).run(progress::add);
    assertTrue(progress.get(3).startsWith("draws 3/3 (100 %)"), progress::toString);
  }

  @Test
  void drawsUseTheScenarioSpreads() {
    // Zero spreads: every draw is the central case, so the summary is the exact net position −2 t (±1 t a line).
    Market market = Market.of(FastEngineTest.cementExample(Y2025));
    DrawSummary none = PolicyStudy.of(market, only2025().draws(5).outputSpreadPercent(BigDecimal.ZERO)
        .intensitySpreadPercent(BigDecimal.ZERO).build(), new DocumentRules()).run()
        .sector(Y2025, Sector.CEMENT).orElseThrow().draws().orElseThrow();
    assertTrue(Math.abs(none.netPositionP05() + 2) <= 4 && none.netPositionP05() == none.netPositionP95(), none::toString);
    // 30 % output spread: line totals move by hundreds of thousands of tonnes, but a balanced sector stays balanced.
    DrawSummary wide = PolicyStudy.of(market, only2025().draws(20).outputSpreadPercent(new BigDecimal("30")).build(),
        new DocumentRules()).run().sector(Y2025, Sector.CEMENT).orElseThrow().draws().orElseThrow();
    assertTrue(Math.abs(wide.netPositionP95()) <= 4, wide::toString);
    assertTrue(wide.shortfallP95() > wide.shortfallP50(), wide::toString);
  }

  @Test
  void uncoveredSectorsAreLeftOut() {
    // 2023: only power is covered nationally; the cement line is left out of the results.
    Year y2023 = Year.of(2023);
    List<MarketUnit> units = new ArrayList<>(FastEngineTest.cementExample(y2023).subList(0, 1));
    units.add(MarketUnit.builder().year(y2023).entityId("P").sector(Sector.POWER).unitId("g").category("IV")
        .verifiedTonnes(new BigDecimal("250000")).output(new BigDecimal("600000")).build());
    StudyResult result = PolicyStudy.of(Market.of(units), Scenario.builder().firstYear(y2023).lastYear(y2023).draws(2)
        .build()).run();
    assertEquals(1, result.sectors().size());
    assertEquals(Sector.POWER, result.sectors().get(0).sector());
    assertEquals(List.of("g"), result.units().stream().map(UnitResult::unitId).toList());
    assertEquals(List.of("P"), result.entities().stream().map(EntityResult::entityId).toList());
    // 2023 gas benchmark 0.3305: 600,000 × 0.3305 = 198,300, topped up to the verified 250,000.
    assertEquals(0, new BigDecimal("198300").compareTo(result.units().get(0).initialAllocationTonnes()));
    assertEquals(0, new BigDecimal("51700").compareTo(result.units().get(0).reliefTonnes()));
  }

  @Test
  void projectionCompoundsHeatAndIntensityEmissions() {
    // Base 2025, target 2027 (k = 2): power output +10 %/yr → × 1.21; intensity −10 %/yr → emissions × 1.21 × 0.81
    // = 0.9801. Verified 1,000,000 → 980,100; Qe 100.5 → 121.605; heat 10 → 12.1. Steel intensity emissions
    // 333 × 0.9801 = 326.3733 → 326; a sector without rates stays put (aluminum: growth 0, improvement 0).
    List<MarketUnit> units = List.of(
        MarketUnit.builder().year(Y2025).entityId("P").sector(Sector.POWER).unitId("p").category("III")
            .verifiedTonnes(new BigDecimal("1000000")).output(new BigDecimal("100.5")).heatGj(BigDecimal.TEN).build(),
        MarketUnit.builder().year(Y2025).entityId("S").sector(Sector.STEEL).unitId("s")
            .verifiedTonnes(new BigDecimal("1000")).intensityEmissionsTonnes(new BigDecimal("333"))
            .output(new BigDecimal("7")).build(),
        MarketUnit.builder().year(Y2025).entityId("A").sector(Sector.ALUMINUM).unitId("a")
            .verifiedTonnes(new BigDecimal("1000")).output(new BigDecimal("7")).build());
    Scenario scenario = Scenario.builder().firstYear(Y2025).lastYear(Year.of(2027)).draws(0)
        .outputGrowthPercent(java.util.Map.of(Sector.POWER, BigDecimal.TEN, Sector.STEEL, BigDecimal.TEN))
        .intensityImprovementPercent(java.util.Map.of(Sector.POWER, BigDecimal.TEN, Sector.STEEL, BigDecimal.TEN))
        .build();
    PolicyStudy study = PolicyStudy.of(Market.of(units), scenario);
    List<MarketUnit> projected = study.projectedUnits(Year.of(2027));
    assertEquals(Year.of(2027), projected.get(0).year());
    assertEquals(0, new BigDecimal("980100").compareTo(projected.get(0).verifiedTonnes()));
    assertEquals(0, new BigDecimal("121.605").compareTo(projected.get(0).output()));
    assertEquals(0, new BigDecimal("12.1").compareTo(projected.get(0).heatGj()));
    assertEquals(0, new BigDecimal("326").compareTo(projected.get(1).intensityEmissions()));
    assertEquals(0, new BigDecimal("980").compareTo(projected.get(1).verifiedTonnes()));
    assertEquals(0, new BigDecimal("1000").compareTo(projected.get(2).verifiedTonnes()));
    assertEquals(0, new BigDecimal("7").compareTo(projected.get(2).output()));
    // The base year itself is returned as it is.
    assertEquals(units, study.projectedUnits(Y2025));
    EtsValidationException before = assertThrows(EtsValidationException.class,
        () -> study.projectedUnits(Year.of(2024)));
    assertTrue(before.getMessage().contains("first market year 2025"), before.getMessage());
  }

  @Test
  void marketRulesSayWhatIsWrong() {
    MarketUnit power = FastEngineDrawsTest.power("E", "u", "III", "1", "1");
    EtsValidationException twice = assertThrows(EtsValidationException.class, () -> Market.of(List.of(power, power)));
    assertEquals("unit_id = u: appears twice in 2024", twice.getMessage());
    MarketUnit cement = MarketUnit.builder().from(power).sector(Sector.CEMENT).unitId("c").category("").build();
    EtsValidationException sectors = assertThrows(EtsValidationException.class,
        () -> Market.of(List.of(power, cement)));
    assertEquals("entity_id = E: is listed under POWER and CEMENT in 2024", sectors.getMessage());
    // Another year may list the entity under another sector, and reuse the unit id.
    Market market = Market.of(List.of(power, MarketUnit.builder().from(cement).year(Y2025).unitId("u").build()));
    assertEquals(List.of(Year.of(2024), Y2025), market.years());
    assertEquals(1, market.entityCount(Y2025, Sector.CEMENT));
    assertEquals("Market{2 units, years [2024, 2025]}", market.toString());
  }

  @Test
  void marketFileYearsRunFrom2000To2100() {
    assertEquals(Year.of(2000), read(HEADER, "2000" + CEMENT_ROW.substring(4)).units().get(0).year());
    assertEquals(Year.of(2100), read(HEADER, "2100" + CEMENT_ROW.substring(4)).units().get(0).year());
    CsvFileException early = MarketCsvTest.bad(HEADER, "1999" + CEMENT_ROW.substring(4));
    assertEquals("m.csv line 2, column year, value \"1999\": must be a year between 2000 and 2100", early.getMessage());
    assertEquals("must be a year between 2000 and 2100", MarketCsvTest.bad(HEADER, "2101" + CEMENT_ROW.substring(4))
        .rule());
    assertEquals("must be a year such as 2024", MarketCsvTest.bad(HEADER, "MMXX" + CEMENT_ROW.substring(4)).rule());
  }

  @Test
  void marketFileMessagesNameTheCell() {
    CsvFileException unknown = MarketCsvTest.bad(HEADER + ",colour", CEMENT_ROW + ",red");
    assertEquals("m.csv line 1, column (header), value \"colour\": unknown column; the header must be "
        + MarketCsv.COLUMNS, unknown.getMessage());
    CsvFileException twice = MarketCsvTest.bad(HEADER + ",year", CEMENT_ROW);
    assertEquals("column appears twice", twice.rule());
    assertEquals(1, twice.line());
    CsvFileException missing = MarketCsvTest.bad(HEADER.replace(",special", ""), CEMENT_ROW);
    assertEquals("special", missing.column());
    assertEquals("", missing.value());
    assertEquals("missing column; the header must be " + MarketCsv.COLUMNS, missing.rule());
    CsvFileException cells = MarketCsvTest.bad(HEADER, CEMENT_ROW + ",extra");
    assertEquals("m.csv line 2, column (row), value \"14\": a row must have 13 cells", cells.getMessage());
    // A blank line counts: the bad row below it is line 4.
    CsvFileException afterBlank = MarketCsvTest.bad(HEADER, CEMENT_ROW, "", "2024,E2,C,Anhui,CEMENT,L3,general,x,1,,,,");
    assertEquals(4, afterBlank.line());
    assertEquals("must be a number", afterBlank.rule());
    CsvFileException missingNumber = MarketCsvTest.bad(HEADER, "2024,E3,S,Hebei,STEEL,S1,,,1000000,,,,");
    assertEquals("a number is required", missingNumber.rule());
    CsvFileException negative = MarketCsvTest.bad(HEADER, "2024,E2,C,Anhui,CEMENT,L3,general,1,1,-0.5,,,");
    assertEquals("m.csv line 2, column heat_gj, value \"-0.5\": must not be negative", negative.getMessage());
    // Market rules name the line that breaks them, and the line it clashes with.
    CsvFileException duplicate = MarketCsvTest.bad(HEADER, CEMENT_ROW, CEMENT_ROW);
    assertEquals("m.csv line 3, column unit_id, value \"L1\": appears twice in 2024 (first on line 2)",
        duplicate.getMessage());
    CsvFileException empty = MarketCsvTest.bad(HEADER);
    assertEquals(1, empty.line());
  }

  @Test
  void marketFileCellsAreTrimmedAndZeroIsAllowed() {
    Market market = read(" year , entity_id,entity_name,province,sector,unit_id,category,verified_t,output,heat_gj,"
        + "load_factor_pct,intensity_emissions_t,special", " 2024 , E2 ,Plant two,Anhui, POWER ,U1, IV , 0 ,5,0, , , ");
    MarketUnit unit = market.units().get(0);
    assertEquals("E2", unit.entityId());
    assertEquals(Sector.POWER, unit.sector());
    assertEquals("IV", unit.category());
    assertEquals(0, BigDecimal.ZERO.compareTo(unit.verifiedTonnes()));
    assertTrue(unit.loadFactorPercent().isEmpty());
    assertEquals(0, BigDecimal.ZERO.compareTo(unit.intensityEmissions()));
    assertTrue(unit.special().isEmpty());
    // Written back, blank optional cells stay blank and the special reason is kept.
    String csv = MarketCsv.toCsv(read(HEADER, MarketCsvTest.SPECIAL_ROW));
    assertEquals(HEADER + "\n" + MarketCsvTest.SPECIAL_ROW.replace(",100000,90000,,", ",100000,90000,0,") + "\n", csv);
  }

  static Market read(String... lines) {
    return MarketCsv.read(new StringReader(String.join("\n", lines) + "\n"), "m.csv");
  }
}
