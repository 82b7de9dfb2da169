package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Replacement rows from a file. The figures of the sample file are an example of a user's input (the final
 * 2025–2026 texts were not found, allocation.md "Status of the texts"), not regulatory values.
 */
class RuleRowsCsvTest {
  private static final String HEADER = "key,value,unit,from_year,to_year,document,clause,confidence\n";

  private static List<RuleEntry> read(String text) throws IOException {
    return RuleRowsCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "final.csv");
  }

  private static EtsValidationException refused(String text) {
    return assertThrows(EtsValidationException.class, () -> read(text));
  }

  private static void names(EtsValidationException e, String field, String value, String rule) {
    assertEquals(field, e.field());
    assertEquals(value, e.value());
    assertTrue(e.rule().contains(rule), e.rule());
  }

  @Test
  void loadingFinalFiguresFromAFile() throws IOException, URISyntaxException {
    Path file = Path.of(RuleRowsCsvTest.class.getResource("/replacement-rows-example.csv").toURI());
    GeneratingUnit unit = GeneratingUnit.builder().id("unit-1").entityId("91350100M000100Y43")
        .category(UnitCategory.I).grossGenerationMwh(new BigDecimal("1000000")).loadFactor(new BigDecimal("0.62"))
        .heatSuppliedGj(BigDecimal.ZERO).verifiedEmissions(new BigDecimal("800000")).build();
    // README:BEGIN
    List<RuleEntry> rows = RuleRowsCsv.read(file);             // key,value,unit,from_year,to_year,document,...
    Rulebook rules = Rulebook.chinaNational(Year.of(2025)).withFigures(rows);
    Allocation power = rules.allocatePower(List.of(unit));      // Be 0.7900 from the file: 790,000 t
    String why = power.explain();                              // "... (PLAN-2526 Annex 2 [V])"
    List<RuleEntry> notOfficial = rules.nonOfficial();         // every [D] [S] [C] [A] figure of 2025
    // README:END
    // Hand: Ae = floor(1,000,000 MWh x 0.7900 x Ff 1 (F = 62 % >= 50 %)) = 790,000 t; no heat; 80 % floor 640,000.
    assertEquals(0, new BigDecimal("790000").compareTo(power.total()));
    assertTrue(why.contains("power benchmark 2025 category I = 0.79 tCO2/MWh (PLAN-2526 Annex 2 [V])"), why);
    assertFalse(notOfficial.stream().anyMatch(e -> e.key().equals("power/benchmark/electricity/I")));
    assertFalse(notOfficial.stream().anyMatch(e -> e.key().equals("power/pre-allocation-share")));
    assertTrue(notOfficial.stream().anyMatch(e -> e.key().equals("power/benchmark/electricity/II")));
    assertEquals(2, rows.size());
    assertEquals(Source.of("PLAN-2526", "Annex 2", Confidence.OFFICIAL), rows.get(0).source());
    assertEquals(Optional.of(Year.of(2026)), rows.get(1).lastYear());
    assertEquals(java.util.Set.of(Sector.POWER), rows.get(0).sectors());
  }

  @Test
  void readsOpenEndedRowsTagsAndNamesOfConfidence() throws IOException {
    List<RuleEntry> rows = read(HEADER
        + "industry/pre-allocation-share,0.5,fraction,2026,,PLAN-2526,\"pre-allocation, industry\",official\n"
        + "cement/special/carbide-slag-threshold,0.30,fraction,2026,2026,PLAN-2526,special units,D\n");
    assertEquals(Optional.empty(), rows.get(0).lastYear());
    assertEquals(Confidence.OFFICIAL, rows.get(0).source().confidence());
    assertEquals("pre-allocation, industry", rows.get(0).source().place());
    assertEquals(java.util.Set.of(Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM), rows.get(0).sectors());
    assertEquals(Confidence.DRAFT, rows.get(1).source().confidence());
    assertEquals(java.util.Set.of(Sector.CEMENT), rows.get(1).sectors());
  }

  @Test
  void aRowOfTheLastPlanYearEndsTheProjectionOfItsYear() throws IOException {
    // README "Loading final figures from a file": a published 2027 plan declares itself with an open-ended row.
    List<RuleEntry> rows = read(HEADER + "plan/last-plan-year,2027,year,2027,,PLAN-2027,title,OFFICIAL\n");
    assertTrue(Rulebook.chinaNational(Year.of(2027)).isProjected());
    Rulebook planned = Rulebook.chinaNational(Year.of(2027)).withFigures(rows);
    assertFalse(planned.isProjected());
    assertEquals("PLAN-2027", planned.lastPlanYear().source().document());
    // 2028 reads the open-ended row: the last plan is 2027, and 2028 is still projected.
    Rulebook next = Rulebook.chinaNational(Year.of(2028)).withFigures(rows);
    assertTrue(next.isProjected());
    assertEquals(0, new BigDecimal("2027").compareTo(next.lastPlanYear().value()));
  }

  @Test
  void aRowOfAMonitoringKeyReplacesTheDefault() throws IOException {
    // mrv.md: the NCV of bituminous coal is 23.736 GJ/t (AG-STEEL-2024 Table A.1 [V], assumed for cement and
    // aluminum [A]); a row with an official source for 2025 replaces it for every sector of the key.
    List<RuleEntry> rows = read(HEADER + "fuel/bituminous-coal/ncv,23.736,GJ/t,2025,2025,AG-CEMENT-2024,Table A.1,V\n");
    assertTrue(rows.get(0).sectors().contains(Sector.CEMENT));
    Rulebook rules = Rulebook.chinaNational(Year.of(2025)).withFigures(rows);
    assertEquals(Confidence.OFFICIAL, rules.monitoring().catalogue()
        .get("fuel/bituminous-coal/ncv", Sector.CEMENT, Year.of(2025)).source().confidence());
    assertFalse(rules.nonOfficial().stream().anyMatch(e -> e.key().equals("fuel/bituminous-coal/ncv")));
    names(refused(HEADER + "fuel/bituminous-coal/ncv,5.67,kcal/kg,2025,2025,X,Y,V\n"),
        "final.csv line 2, column 3 (unit)", "\"kcal/kg\"", "must be \"GJ/t\"");
  }

  @Test
  void aSectorsColumnLimitsARowToTheNamedSectors() throws IOException {
    // mrv.md: bituminous coal NCV 23.736 GJ/t for cement, steel and aluminum (AG-STEEL-2024 Table A.1 [V], [A] for
    // cement and aluminum). The 23.9 of the cement row is a user's input (an illustration), for cement only.
    String header = HEADER.trim() + ",sectors\n";
    List<RuleEntry> rows = read(header
        + "fuel/bituminous-coal/ncv,23.9,GJ/t,2025,2025,AG-CEMENT-2024,Table A.1,V,cement\n"
        + "power/entity-floor,0.8,fraction,2025,2026,PLAN-2526,entity relief,V,\n");
    assertEquals(java.util.Set.of(Sector.CEMENT), rows.get(0).sectors());
    // an empty cell: every sector of the key, as without the column
    assertEquals(java.util.Set.of(Sector.POWER), rows.get(1).sectors());
    Rulebook rules = Rulebook.chinaNational(Year.of(2025)).withFigures(rows);
    Year y2025 = Year.of(2025);
    assertEquals(0, new BigDecimal("23.9").compareTo(rules.monitoring().catalogue()
        .get("fuel/bituminous-coal/ncv", Sector.CEMENT, y2025).value()));
    assertEquals(0, new BigDecimal("23.736").compareTo(rules.monitoring().catalogue()
        .get("fuel/bituminous-coal/ncv", Sector.STEEL, y2025).value()));
    assertFalse(rules.monitoring().catalogue().get("fuel/bituminous-coal/ncv", Sector.STEEL, y2025).source()
        .document().equals("AG-CEMENT-2024"));
    // two rows of one key and year for different sectors do not overlap; "Steel ; ALUMINUM" reads in any case
    List<RuleEntry> two = read(header
        + "fuel/bituminous-coal/ncv,23.9,GJ/t,2025,2025,AG-CEMENT-2024,Table A.1,V,cement\n"
        + "fuel/bituminous-coal/ncv,23.8,GJ/t,2025,2025,X,Y,V,Steel ; ALUMINUM\n");
    assertEquals(java.util.Set.of(Sector.STEEL, Sector.ALUMINUM), two.get(1).sectors());
  }

  @Test
  void refusesABadSectorsCellWithFileLineAndColumn() {
    String header = HEADER.trim() + ",sectors\n";
    String row = "power/entity-floor,0.8,fraction,2025,2026,PLAN-2526,entity relief,V,";
    names(refused(header + row + "power;glass\n"), "final.csv line 2, column 9 (sectors)", "\"power;glass\"",
        "\"glass\" is not a sector: name sectors of power/entity-floor [POWER] separated by ';'");
    names(refused(header + row + "power;\n"), "final.csv line 2, column 9 (sectors)", "\"power;\"",
        "\"\" is not a sector");
    names(refused(header + row + "cement\n"), "final.csv line 2, column 9 (sectors)", "\"cement\"",
        "power/entity-floor applies to [POWER] only, not to CEMENT");
    names(refused(header + row + "power;POWER\n"), "final.csv line 2, column 9 (sectors)", "\"power;POWER\"",
        "names POWER twice");
    names(refused(header + "power/entity-floor,0.8,fraction,2025,2026,PLAN-2526,entity relief,V\n"),
        "final.csv line 2, column 9 (sectors)", "\"\"", "a row has 9 cells, this one 8");
    names(refused(header.replace("sectors", "sector") + row + "power\n"), "final.csv line 1, column 9",
        "\"sector\"", "(then optionally sectors)");
    names(refused(header + "fuel/bituminous-coal/ncv,23.9,GJ/t,2025,2025,A,B,V,cement;steel\n"
        + "fuel/bituminous-coal/ncv,23.8,GJ/t,2025,2025,X,Y,V,steel\n"),
        "final.csv line 3, column 4 (from_year)", "\"2025\"", "overlaps the row of line 2");
  }

  @Test
  void refusesEveryBadCellWithFileLineAndColumn() {
    String good = "power/entity-floor,0.8,fraction,2025,2026,PLAN-2526,entity relief,V\n";
    names(refused(HEADER + "power/no-such-figure,0.8,fraction,2025,2026,PLAN-2526,x,V\n"),
        "final.csv line 2, column 1 (key)", "\"power/no-such-figure\"", "nor of the MRV default catalogue");
    names(refused(HEADER + "power/entity-floor,80,%,2025,2026,PLAN-2526,x,V\n"),
        "final.csv line 2, column 3 (unit)", "\"%\"", "must be \"fraction\"");
    names(refused(HEADER + "power/entity-floor,0.8.0,fraction,2025,2026,PLAN-2526,x,V\n"),
        "final.csv line 2, column 2 (value)", "\"0.8.0\"", "decimal number");
    names(refused(HEADER + "power/entity-floor,0.8,fraction,25,2026,PLAN-2526,x,V\n"),
        "final.csv line 2, column 4 (from_year)", "\"25\"", "from 2019");
    names(refused(HEADER + "power/entity-floor,0.8,fraction,2025,20x6,PLAN-2526,x,V\n"),
        "final.csv line 2, column 5 (to_year)", "\"20x6\"", "compliance year");
    names(refused(HEADER + "power/entity-floor,0.8,fraction,2025,2061,PLAN-2526,x,V\n"),
        "final.csv line 2, column 5 (to_year)", "\"2061\"", "to 2060");
    names(refused(HEADER + "power/entity-floor,0.8,fraction,2026,2025,PLAN-2526,x,V\n"),
        "final.csv line 2, column 5 (to_year)", "\"2025\"", "not be before from_year 2026");
    names(refused(HEADER + "power/entity-floor,0.8,fraction,2025,2026, ,x,V\n"),
        "final.csv line 2, column 6 (document)", "\" \"", "names the document");
    names(refused(HEADER + "power/entity-floor,0.8,fraction,2025,2026,PLAN-2526,x,final\n"),
        "final.csv line 2, column 8 (confidence)", "\"final\"", "V, D, S, C or A");
    names(refused(HEADER + good + "power/entity-floor,0.8,fraction,2026,,PLAN-2526,x,V\n"),
        "final.csv line 3, column 4 (from_year)", "\"2026\"", "overlaps the row of line 2 (2025-2026)");
    names(refused(HEADER + "power/entity-floor,0.8,fraction,2025\n"),
        "final.csv line 2, column 5 (to_year)", "\"\"", "a row has 8 cells, this one 4");
    names(refused(HEADER.replace("clause", "place") + good),
        "final.csv line 1, column 7 (clause)", "\"place\"", "the header is key,value,unit");
    names(refused(HEADER.trim() + ",extra\n" + good),
        "final.csv line 1, column 9", "\"extra\"", "the header is");
    names(refused(good.replace("0.8,", "0.8,").replace("\n", ",x\n").replace("power", HEADER + "power")),
        "final.csv line 2, column 9", "\"x\"", "this one 9");
    names(refused(""), "final.csv line 1, column 1 (key)", "\"\"", "an empty file");
    names(refused(HEADER), "final.csv line 2, column 1 (key)", "\"\"", "no rows after the header");
    names(refused(HEADER + "power/entity-floor,0.8,fraction,2025,2026,\"PLAN-2526,x,V\n"),
        "final.csv line 2, column 1 (key)", "\"\"", "ends inside a quoted cell");
    // A row of a good key in force for another year is no error of the file; the rulebook takes it.
    assertEquals(1, assertDoesNotThrowRows(HEADER + good));
  }

  private static int assertDoesNotThrowRows(String text) {
    try {
      return read(text).size();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
