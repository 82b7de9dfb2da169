package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {
  private static final Instant AT = Instant.parse("2026-12-01T22:00:00Z");

  @TempDir Path dir;

  @Test
  void sha256IsTheStandardDigestOfTheFilesBytes() throws Exception {
    Path file = dir.resolve("abc.csv");
    Files.writeString(file, "abc", StandardCharsets.UTF_8);
    // FIPS 180-2, appendix B.1: SHA-256("abc")
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", RunManifest.sha256(file));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> RunManifest.sha256(dir.resolve("none.csv")));
    assertTrue(e.getMessage().contains("none.csv: no such file"), e.getMessage());
  }

  @Test
  void theMarketIsAHashOrEmbedded() {
    Scenario scenario = Scenario.builder().firstYear(Year.of(2025)).lastYear(Year.of(2025)).build();
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> RunManifest.of(scenario, RulebookStudyRules.of(scenario), "market.csv", AT));
    assertEquals("market", e.field());
    assertThrows(EtsValidationException.class,
        () -> RunManifest.of(scenario, RulebookStudyRules.of(scenario), "A".repeat(64), AT));
    assertEquals("b".repeat(64), RunManifest.of(scenario, RulebookStudyRules.of(scenario), "b".repeat(64), AT).market());
  }

  @Test
  void theJsonHoldsTheWholeScenarioAndTheAssumptionsOfEachYear() {
    Scenario scenario = Scenario.builder().firstYear(Year.of(2026)).lastYear(Year.of(2027)).draws(5).seed(42)
        .threads(3).phase2Percentile(new BigDecimal("20")).carbonPriceCnyPerTonne(new BigDecimal("62.36"))
        .putOutputGrowthPercent(Sector.CEMENT, new BigDecimal("-1.5")).build();
    RulebookStudyRules rules = RulebookStudyRules.of(scenario);
    RunManifest manifest = RunManifest.of(scenario, rules, RunManifest.EMBEDDED, AT);
    String json = manifest.toJson();
    assertTrue(json.startsWith("{\n  \"library\": \"ets4j\",\n  \"version\": \"" + StudyVersion.current() + "\",\n"
        + "  \"createdAt\": \"2026-12-01T22:00:00Z\",\n  \"market\": \"embedded\",\n  \"scenario\": {\n"
        + "    \"firstYear\": \"2026\",\n    \"lastYear\": \"2027\",\n    \"draws\": 5,\n    \"seed\": 42,\n"
        + "    \"threads\": 3,\n"), json);
    assertTrue(json.contains("\"CEMENT\": \"-1.5\""), json);
    assertTrue(json.contains("\"phase2Percentile\": \"20\",\n    \"phase2TighteningPercent\": null,"), json);
    assertTrue(json.contains("\"carbonPriceCnyPerTonne\": \"62.36\""), json);
    assertTrue(json.contains("\"rulebookOverride\": \"none\""), json);
    assertTrue(json.endsWith("}\n"), json);
    // Each year lists what its rulebook assumes, as the rulebook itself says.
    for (Year year : scenario.years()) {
      List<RuleValue> assumed = rules.assumptions(year);
      assertEquals(assumed, manifest.assumptions().get(year));
      for (RuleValue value : assumed) {
        assertTrue(value.isAssumed(), value::toString);
        assertTrue(json.contains("\"name\": \"" + value.name().replace("\"", "\\\"") + "\""), value::toString);
      }
    }
    // 2027 has no published plan, so its Phase 2 parameter (the best-output percentile here) is an assumption.
    assertFalse(manifest.assumptions().get(Year.of(2027)).isEmpty());
    assertEquals(List.of(Year.of(2026), Year.of(2027)), List.copyOf(manifest.assumptions().keySet()));
  }

  @Test
  void aCustomOverrideIsNamedAndTextIsEscaped() {
    Scenario scenario = Scenario.builder().firstYear(Year.of(2025)).lastYear(Year.of(2025))
        .rulebookOverride(rulebook -> rulebook).build();
    StudyRules quoting = new DocumentRules() {
      @Override
      public List<RuleValue> assumptions(Year year) {
        return List.of(RuleValue.assumed("a \"quoted\"\\name\n", "0.5", "fraction", "why"));
      }
    };
    String json = RunManifest.of(scenario, quoting, RunManifest.EMBEDDED, AT).toJson();
    assertTrue(json.contains("\"rulebookOverride\": \"custom\""), json);
    assertTrue(json.contains("\"name\": \"a \\\"quoted\\\"\\\\name\\u000a\""), json);
    assertTrue(json.contains("\"value\": \"0.5\""), json);
  }

  @Test
  void writeWithTheManifestWritesSevenFiles() throws Exception {
    Scenario scenario = Scenario.builder().firstYear(Year.of(2024)).lastYear(Year.of(2024)).draws(0).build();
    Market market = Market.of(List.of(MarketUnit.builder().year(Year.of(2024)).entityId("E").sector(Sector.POWER)
        .unitId("U").category("III").verifiedTonnes(new BigDecimal("1000000")).output(new BigDecimal("1200000"))
        .build()));
    StudyResult result = PolicyStudy.of(market, scenario).run();
    Path out = dir.resolve("out");
    ResultsCsv.write(result, RunManifest.of(scenario, RulebookStudyRules.of(scenario), RunManifest.EMBEDDED, AT), out);
    for (String name : List.of("units.csv", "entities.csv", "sectors.csv", "sectors.svg", "benchmarks.svg", "run.json",
        "report.html")) {
      assertTrue(Files.exists(out.resolve(name)), name);
    }
    // The page carries the manifest it was written with, escaped ("library": "ets4j").
    assertTrue(Files.readString(out.resolve("report.html")).contains("&quot;library&quot;: &quot;ets4j&quot;"));
  }
}
