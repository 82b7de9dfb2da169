package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {
  @TempDir Path dir;

  static StudyResult cementStudy() {
    Market market = Market.of(FastEngineTest.cementExample(Year.of(2025)));
    return PolicyStudy.of(market, Scenario.builder().firstYear(Year.of(2025)).lastYear(Year.of(2027)).draws(5).build())
        .run();
  }

  @Test
  void headersAreTheIssuesColumns() {
    StudyResult result = cementStudy();
    assertEquals("year,entity_id,sector,unit_id,intensity,balance_value,deviation_pct,coefficient,"
        + "initial_allocation_t,relief_t,allocation_t", ResultsCsv.units(result).lines().findFirst().orElseThrow());
    assertEquals("year,entity_id,sector,verified_t,initial_allocation_t,relief_t,allocation_t,shortfall_rate_pct,"
        + "net_position_t,projected", ResultsCsv.entities(result).lines().findFirst().orElseThrow());
    assertEquals("year,sector,entities,verified_t,allocation_t,net_position_t,balance_value,projected",
        ResultsCsv.sectors(result).lines().findFirst().orElseThrow());
    // Four lines a year for three years, plus the header.
    assertEquals(13, ResultsCsv.units(result).lines().count());
    assertEquals(4, ResultsCsv.sectors(result).lines().count());
  }

  @Test
  void entityRowsCarryTheShortfallRate() {
    // Line 4 in 2025: verified 520,000, allocation 504,459 → shortfall (520,000 − 504,459) / 520,000 = 2.99 %.
    assertTrue(ResultsCsv.entities(cementStudy()).contains("2025,C4,CEMENT,520000,504459,0,504459,2.99,-15541,false\n"));
  }

  @Test
  void yearsAfterTheLastPlanAreFlaggedProjected() {
    // cementStudy runs 2025–2027; the last published plan is 2026 (PLAN-2526-DRAFT), so 2027 is projected.
    StudyResult result = cementStudy();
    List<String> sectors = ResultsCsv.sectors(result).lines().skip(1).toList();
    assertTrue(sectors.get(0).startsWith("2025,CEMENT,") && sectors.get(0).endsWith(",false"), sectors::toString);
    assertTrue(sectors.get(1).startsWith("2026,CEMENT,") && sectors.get(1).endsWith(",false"), sectors::toString);
    assertTrue(sectors.get(2).startsWith("2027,CEMENT,") && sectors.get(2).endsWith(",true"), sectors::toString);
    assertTrue(result.sector(Year.of(2027), io.github.ets4j.core.Sector.CEMENT).orElseThrow().projected());
    for (String line : ResultsCsv.entities(result).lines().skip(1).toList()) {
      assertEquals(line.startsWith("2027,"), line.endsWith(",true"), line);
    }
  }

  @Test
  void writesTheFiveFiles() throws Exception {
    ResultsCsv.write(cementStudy(), dir);
    try (var files = Files.list(dir)) {
      // Without a manifest there is no report.html: the page shows the manifest.
      assertEquals(List.of("benchmarks.svg", "entities.csv", "sectors.csv", "sectors.svg", "units.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    Map<String, String> rendered = ResultsCsv.render(cementStudy());
    assertEquals(List.of("units.csv", "entities.csv", "sectors.csv", "sectors.svg", "benchmarks.svg"),
        List.copyOf(rendered.keySet()));
  }
}
