package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Sector;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files: every option, the defaults under them, run.json read back, and each refusal with its place. */
class ScenarioFileTest {

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private static ScenarioFileException refused(String json) {
    return assertThrows(ScenarioFileException.class, () -> ScenarioFile.read(json, "s.json"));
  }

  @Test
  void everyOptionIsRead() {
    Scenario s = ScenarioFile.read("{\n"
        + "  \"firstYear\": \"2025\", \"lastYear\": 2035,\n"
        + "  \"draws\": 500, \"seed\": -7, \"threads\": 3,\n"
        + "  \"outputGrowthPercent\": {\"POWER\": \"1.5\", \"CEMENT\": -2},\n"
        + "  \"intensityImprovementPercent\": {\"STEEL\": 0.75},\n"
        + "  \"phase2Percentile\": \"20\", \"phase2TighteningPercent\": null,\n"
        + "  \"powerBenchmarkTighteningPercent\": \"1\", \"carbonPriceCnyPerTonne\": 62.36,\n"
        + "  \"outputSpreadPercent\": \"7.50\", \"intensitySpreadPercent\": 0,\n"
        + "  \"rulebookOverride\": \"none\"\n"
        + "}", "s.json");
    assertEquals(Year.of(2025), s.firstYear());
    assertEquals(Year.of(2035), s.lastYear());
    assertEquals(500, s.draws());
    assertEquals(-7L, s.seed());
    assertEquals(3, s.threads());
    // A map replaces the default map, as the builder does: sectors left out get 0.
    assertEquals(Map.of(Sector.POWER, bd("1.5"), Sector.CEMENT, bd("-2")), s.outputGrowthPercent());
    assertEquals(Map.of(Sector.STEEL, bd("0.75")), s.intensityImprovementPercent());
    assertEquals(BigDecimal.ZERO, s.intensityImprovement(Sector.POWER));
    assertEquals(Optional.of(bd("20")), s.phase2Percentile());
    assertEquals(Optional.empty(), s.phase2TighteningPercent());
    assertEquals(bd("1"), s.powerBenchmarkTighteningPercent());
    // A JSON number is read from its digits: 62.36 stays 62.36, 7.50 keeps its scale.
    assertEquals(bd("62.36"), s.carbonPriceCnyPerTonne());
    assertEquals(bd("7.50"), s.outputSpreadPercent());
    assertEquals(bd("0"), s.intensitySpreadPercent());
    assertEquals(RulebookOverride.NONE, s.rulebookOverride());
  }

  @Test
  void optionsLeftOutKeepTheirDefaults() {
    Scenario defaults = Scenario.builder().build();
    assertEquals(defaults, ScenarioFile.read("{}", "empty.json"));
    assertEquals(Scenario.builder().draws(12).build(), ScenarioFile.read("\uFEFF {\"draws\": 12}\n", "bom.json"));
  }

  @Test
  void theManifestsScenarioReadsBackAsTheSameScenario() {
    Scenario scenario = Scenario.builder().firstYear(Year.of(2026)).lastYear(Year.of(2028)).draws(9).seed(42)
        .threads(2).phase2TighteningPercent(bd("1.25")).carbonPriceCnyPerTonne(bd("62.36"))
        .ccerPriceCnyPerTonne(bd("70.76")).ccerSharePercent(bd("5"))
        .putIntensityImprovementPercent(Sector.ALUMINUM, bd("0.3")).outputSpreadPercent(bd("4")).build();
    String json = RunManifest.of(scenario, RulebookStudyRules.of(scenario), RunManifest.EMBEDDED, Instant.EPOCH)
        .toJson();
    Scenario again = ScenarioFile.read(json, "run.json");
    assertEquals(scenario, again);
    assertEquals(2, again.threads()); // auxiliary, not in equals
    assertEquals(List.of("firstYear", "lastYear", "draws", "seed", "threads", "outputGrowthPercent",
        "intensityImprovementPercent", "phase2Percentile", "phase2TighteningPercent", "powerBenchmarkTighteningPercent",
        "carbonPriceCnyPerTonne", "ccerPriceCnyPerTonne", "ccerSharePercent", "outputSpreadPercent",
        "intensitySpreadPercent", "rulebookOverride"),
        List.copyOf(ScenarioFile.values(scenario).keySet()));
    assertEquals("1.25", ScenarioFile.values(scenario).get("phase2TighteningPercent"));
    assertEquals("5", ScenarioFile.values(scenario).get("ccerSharePercent"));
  }

  @Test
  void theReadmeExampleIsAScenarioFile() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int begin = readme.indexOf("```json\n") + "```json\n".length();
    Scenario s = ScenarioFile.read(readme.substring(begin, readme.indexOf("```", begin)), "README.md");
    assertEquals(Year.of(2035), s.lastYear());
    assertEquals(500, s.draws());
    assertEquals(bd("-2"), s.outputGrowth(Sector.CEMENT));
    assertEquals(Optional.of(bd("20")), s.phase2Percentile());
    assertEquals(bd("62.36"), s.carbonPriceCnyPerTonne());
    // The README's error message, for the same file with CEMENT at -100.
    String bad = readme.substring(begin, readme.indexOf("```", begin)).replace("\"CEMENT\": \"-2\"", "\"CEMENT\": \"-100\"");
    assertTrue(readme.contains(assertThrows(ScenarioFileException.class,
        () -> ScenarioFile.read(bad, "what-if.json")).getMessage()), "README quotes the message");
  }

  @Test
  void anUnknownOptionIsRefusedWithItsPlace() {
    ScenarioFileException e = refused("{\n  \"draws\": 5,\n  \"drawz\": 6\n}");
    assertEquals("drawz", e.field());
    assertEquals("s.json", e.file());
    assertEquals(3, e.line());
    assertEquals(12, e.column()); // the value 6 starts in column 12
    assertTrue(e.rule().startsWith("is not a scenario option; the options are firstYear, lastYear, draws"), e::rule);
    assertTrue(e.getMessage().startsWith("s.json line 3, column 12, drawz = (option): is not a scenario option"),
        e::getMessage);
  }

  @Test
  void aValueOfTheWrongFormIsRefused() {
    assertEquals("draws", refused("{\"draws\": \"200\"}").field());
    assertEquals("draws", refused("{\"draws\": 2.5}").field());
    assertEquals("draws", refused("{\"draws\": 3000000000}").field());
    assertEquals("seed", refused("{\"seed\": 99999999999999999999}").field());
    assertEquals("firstYear", refused("{\"firstYear\": \"25\"}").field());
    assertEquals("firstYear", refused("{\"firstYear\": true}").field());
    assertEquals("carbonPriceCnyPerTonne", refused("{\"carbonPriceCnyPerTonne\": \"sixty\"}").field());
    assertEquals("carbonPriceCnyPerTonne", refused("{\"carbonPriceCnyPerTonne\": null}").field());
    assertEquals("carbonPriceCnyPerTonne", refused("{\"carbonPriceCnyPerTonne\": [60]}").field());
    assertEquals("outputGrowthPercent", refused("{\"outputGrowthPercent\": \"2\"}").field());
    ScenarioFileException sector = refused("{\"outputGrowthPercent\": {\"POWER\": \"2\", \"NUCLEAR\": \"1\"}}");
    assertEquals("outputGrowthPercent.NUCLEAR", sector.field());
    assertEquals("is not a sector; the sectors are POWER, CEMENT, STEEL, ALUMINUM", sector.rule());
    assertEquals("outputGrowthPercent.CEMENT", refused("{\"outputGrowthPercent\": {\"CEMENT\": {}}}").field());
    assertEquals("rulebookOverride", refused("{\"rulebookOverride\": \"custom\"}").field());
  }

  @Test
  void aValueTheScenarioRefusesNamesItsOption() {
    ScenarioFileException draws = refused("{\n\"draws\": -1}");
    assertEquals("draws", draws.field());
    assertEquals("-1", draws.value());
    assertEquals("must be between 0 and 1,000,000", draws.rule());
    assertEquals(2, draws.line());
    ScenarioFileException growth = refused("{\"outputGrowthPercent\": {\n  \"STEEL\": \"-100\"}}");
    assertEquals("outputGrowthPercent.STEEL", growth.field());
    assertEquals(2, growth.line());
    assertEquals(12, growth.column());
    // lastYear before firstYear: the default lastYear (2030) is not in the file, so the place is the file's start.
    ScenarioFileException years = refused("{\"firstYear\": \"2031\"}");
    assertEquals("lastYear", years.field());
    assertEquals(1, years.line());
    // No rules after 2060 (PlanYears), as for --years.
    assertEquals("lastYear", refused("{\"lastYear\": 2061}").field());
    assertEquals("threads", refused("{\"threads\": 0}").field());
    assertEquals("phase2Percentile", refused("{\"phase2Percentile\": \"0\"}").field());
  }

  @Test
  void onlyOneJsonObjectIsAScenarioFile() {
    assertEquals("(syntax)", refused("{\"draws\": 5,}").field());
    ScenarioFileException duplicate = refused("{\"draws\": 5,\n \"draws\": 6}");
    assertEquals("(syntax)", duplicate.field());
    assertTrue(duplicate.rule().contains("Duplicate field 'draws'"), duplicate::rule);
    assertEquals(2, duplicate.line());
    assertEquals("(root)", refused("{} {}").field());
    assertEquals("(root)", refused("[1]").field());
    assertEquals("(root)", refused("  ").field());
    assertEquals("(root)", refused("\"draws\"").field());
  }

  @Test
  void aRunManifestWithoutItsScenarioIsRefused() {
    ScenarioFileException e = refused("{\"library\": \"ets4j\", \"version\": \"0.1.0\"}");
    assertEquals("scenario", e.field());
    assertEquals("scenario", refused("{\"library\": \"ets4j\", \"scenario\": 5}").field());
    assertEquals("scenario.draws", refused("{\"library\": \"ets4j\", \"scenario\": {\"draws\": -3}}").field());
    assertEquals("scenario.dr", refused("{\"library\": \"ets4j\", \"scenario\": {\"dr\": 3}}").field());
  }

  @Test
  void filesAreUtf8AndTheirReadErrorsNameThePath(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("scenario.json");
    Files.writeString(file, "{\"draws\": 7}", StandardCharsets.UTF_8);
    assertEquals(7, ScenarioFile.read(file).draws());
    Path gbk = folder.resolve("gbk.json");
    Files.write(gbk, new byte[] {'{', '\n', '"', (byte) 0xC4, (byte) 0xEA, '"', ':', '1', '}'});
    ScenarioFileException encoding = assertThrows(ScenarioFileException.class, () -> ScenarioFile.read(gbk));
    assertEquals("(encoding)", encoding.field());
    assertEquals(2, encoding.line());
    assertEquals(2, encoding.column());
    assertEquals("byte C4", encoding.value());
    UncheckedIOException missing = assertThrows(UncheckedIOException.class,
        () -> ScenarioFile.read(folder.resolve("none.json")));
    assertTrue(missing.getMessage().contains("none.json"), missing::getMessage);
    assertThrows(UncheckedIOException.class, () -> ScenarioFile.read(folder));
  }
}
