package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Sector;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's policy-study example, verbatim between the markers, so that it is known to compile and run. */
class ReadmeExampleTest {
  @Test
  void readmeStudyExample() throws IOException {
    // README:BEGIN
    Market market = SyntheticMarket.national();            // 3,378 entities, 8.19 Gt; or MarketCsv.read(path)
    Scenario scenario = Scenario.builder()                   // 2024–2030 unless firstYear/lastYear say otherwise
        .phase2Percentile(new BigDecimal("20"))              // Phase 2: benchmark = cleanest 20 % of output
        .powerBenchmarkTighteningPercent(BigDecimal.ONE)     // power benchmarks 1 % tighter a year after 2026
        .draws(100).seed(7)                                  // Monte Carlo draws on the fast engine
        .build();
    StudyResult result = PolicyStudy.of(market, scenario).run();   // exact: Rulebook.chinaNational(year)
    SectorYearResult cement = result.sector(Year.of(2030), Sector.CEMENT).orElseThrow();
    DrawSummary draws = cement.draws().orElseThrow();
    System.out.printf("cement 2030: net %s t (p5 %d, p95 %d), benchmark %s%n", cement.netPositionTonnes(),
        draws.netPositionP05(), draws.netPositionP95(), cement.balanceValue().orElseThrow());
    Path out = Files.createTempDirectory("ets-study");
    ResultsCsv.write(result, out);                           // the CSV files, sectors.svg, benchmarks.svg
    // README:END
    // The best 20 % of output is far cleaner than the sector: cement is short in 2030.
    assertTrue(cement.netPositionTonnes().signum() < 0);
    assertEquals(962, cement.entities());
    assertTrue(Files.exists(out.resolve("sectors.svg")));
    try (Stream<Path> written = Files.list(out)) {
      for (Path file : written.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(out);
  }
}
