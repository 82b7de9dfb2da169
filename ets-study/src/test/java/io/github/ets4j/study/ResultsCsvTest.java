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
        + "net_position_t,projected,obligation_t,ccer_t,shortfall_t,surplus_t,ccer_cost_cny,shortfall_cost_cny,"
        + "surplus_value_cny,compliance_cost_cny", ResultsCsv.entities(result).lines().findFirst().orElseThrow());
    assertEquals("year,sector,entities,verified_t,allocation_t,net_position_t,balance_value,projected,"
        + "obligation_t,ccer_t,shortfall_t,surplus_t,compliance_cost_cny,draws,"
        + "mc_net_position_mean_t,mc_net_position_p5_t,mc_net_position_p50_t,mc_net_position_p95_t,"
        + "mc_shortfall_mean_t,mc_shortfall_p5_t,mc_shortfall_p50_t,mc_shortfall_p95_t,"
        + "mc_compliance_cost_mean_cny,mc_compliance_cost_p5_cny,mc_compliance_cost_p50_cny,mc_compliance_cost_p95_cny,"
        + "mc_exact_rank", ResultsCsv.sectors(result).lines().findFirst().orElseThrow());
    // Four lines a year for three years, plus the header.
    assertEquals(13, ResultsCsv.units(result).lines().count());
    assertEquals(4, ResultsCsv.sectors(result).lines().count());
  }

  @Test
  void entityRowsCarryTheShortfallRate() {
    // Line 4 in 2025: verified 520,000, allocation 504,459 → shortfall (520,000 − 504,459) / 520,000 = 2.99 %.
    // Settled with no CCERs (default share 0): obligation 520,000, 15,541 to buy at 62.36 = 969,136.76 CNY.
    assertTrue(ResultsCsv.entities(cementStudy()).contains("2025,C4,CEMENT,520000,504459,0,504459,2.99,-15541,false,"
        + "520000,0,15541,0,0.00,969136.76,0.00,969136.76\n"));
  }

  @Test
  void yearsAfterTheLastPlanAreFlaggedProjected() {
    // cementStudy runs 2025–2027; the last published plan is 2026 (PLAN-2526-DRAFT), so 2027 is projected.
    StudyResult result = cementStudy();
    List<String> sectors = ResultsCsv.sectors(result).lines().skip(1).toList();
    int projected = ResultsCsv.SECTOR_COLUMNS.indexOf("projected");
    assertEquals("false", sectors.get(0).split(",")[projected], sectors::toString);
    assertEquals("false", sectors.get(1).split(",")[projected], sectors::toString);
    assertEquals("true", sectors.get(2).split(",")[projected], sectors::toString);
    assertTrue(sectors.get(2).startsWith("2027,CEMENT,"), sectors::toString);
    assertTrue(result.sector(Year.of(2027), io.github.ets4j.core.Sector.CEMENT).orElseThrow().projected());
    int entityProjected = ResultsCsv.ENTITY_COLUMNS.indexOf("projected");
    for (String line : ResultsCsv.entities(result).lines().skip(1).toList()) {
      assertEquals(line.startsWith("2027,"), line.split(",")[entityProjected].equals("true"), line);
    }
  }

  @Test
  void writesTheSixFiles() throws Exception {
    ResultsCsv.write(cementStudy(), dir);
    try (var files = Files.list(dir)) {
      // Without a manifest there is no report.html: the page shows the manifest.
      assertEquals(List.of("benchmarks.svg", "entities.csv", "power-benchmarks.csv", "sectors.csv", "sectors.svg",
          "units.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    Map<String, String> rendered = ResultsCsv.render(cementStudy());
    assertEquals(List.of("units.csv", "entities.csv", "sectors.csv", "sectors.svg", "benchmarks.svg",
        "power-benchmarks.csv"), List.copyOf(rendered.keySet()));
    // The cement study has no power units: the power benchmarks are a header alone.
    assertEquals("year,category,electricity_benchmark_t_per_mwh,heat_benchmark_t_per_gj,projected",
        rendered.get("power-benchmarks.csv").strip());
  }
}
