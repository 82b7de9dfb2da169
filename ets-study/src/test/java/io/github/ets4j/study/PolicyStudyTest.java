package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PolicyStudyTest {
  static final Year Y2024 = Year.of(2024);
  static StudyResult defaultStudy;
  static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void runTheDefaultStudyOnce() {
    // The default study (2024–2030, embedded market, national rulebook), with few draws to keep the build fast.
    Scenario scenario = Scenario.builder().draws(4).build();
    defaultStudy = PolicyStudy.of(SyntheticMarket.national(), scenario).run(progress::add);
  }

  @Test
  void baseYearSectorTotalsMatchTheCalibrationTargets() {
    // coverage.md: power 2,087, steel 232, cement 962, aluminum 97 entities; 8.19 Gt split 5.19/1.8/1.1/0.1.
    Map<Sector, long[]> targets = Map.of(Sector.POWER, new long[] {2_087, 5_190_000_000L},
        Sector.STEEL, new long[] {232, 1_800_000_000L}, Sector.CEMENT, new long[] {962, 1_100_000_000L},
        Sector.ALUMINUM, new long[] {97, 100_000_000L});
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<Sector, long[]> t : targets.entrySet()) {
      SectorYearResult s = defaultStudy.sector(Y2024, t.getKey()).orElseThrow();
      assertEquals(t.getValue()[0], s.entities(), t.getKey().name());
      assertEquals(0, BigDecimal.valueOf(t.getValue()[1]).compareTo(s.verifiedTonnes()), t.getKey().name());
      total = total.add(s.verifiedTonnes());
    }
    assertEquals(0, new BigDecimal("8190000000").compareTo(total));
  }

  @Test
  void industryIsAllocatedAtVerifiedEmissionsIn2024AndBalancedIn2025() {
    SectorYearResult cement2024 = defaultStudy.sector(Y2024, Sector.CEMENT).orElseThrow();
    assertEquals(0, cement2024.netPositionTonnes().signum());
    assertFalse(cement2024.balanceValue().isPresent());
    SectorYearResult cement2025 = defaultStudy.sector(Year.of(2025), Sector.CEMENT).orElseThrow();
    assertTrue(cement2025.balanceValue().isPresent());
    // Balanced before flooring: the sector falls short by less than a tonne per line.
    long lines = defaultStudy.units().stream()
        .filter(u -> u.year().equals(Year.of(2025)) && u.sector() == Sector.CEMENT).count();
    long net = cement2025.netPositionTonnes().longValueExact();
    assertTrue(net <= 0 && -net < lines, Long.toString(net));
  }

  @Test
  void everyYearHasEverySectorWithDraws() {
    assertEquals(7 * 4, defaultStudy.sectors().size());
    for (SectorYearResult s : defaultStudy.sectors()) {
      assertEquals(4, s.draws().orElseThrow().draws());
      assertEquals(s.entities(), s.shortEntities() + s.longEntities()
          + (int) defaultStudy.entities().stream().filter(e -> e.year().equals(s.year()) && e.sector() == s.sector()
              && e.netPositionTonnes().signum() == 0).count());
      // The default carbon price: the 2025 average, 62.36 CNY/t [V MEE25].
      assertEquals(0, s.netPositionTonnes().multiply(new BigDecimal("62.36")).compareTo(s.netPositionValueCny()));
    }
    assertTrue(progress.contains("2030: exact allocation of " + SyntheticMarket.national().units().size() + " units done"),
        progress.toString());
    assertTrue(progress.stream().anyMatch(line -> line.startsWith("draws 4/4 (100 %)")), progress::toString);
  }

  @Test
  void powerEntitiesNeverFallMoreThanTwentyPercentShort() {
    defaultStudy.entities().stream().filter(e -> e.sector() == Sector.POWER).forEach(e ->
        assertTrue(e.allocationTonnes().compareTo(e.verifiedTonnes().multiply(new BigDecimal("0.8"))
            .setScale(0, java.math.RoundingMode.FLOOR)) >= 0, e.entityId()));
  }

  @Test
  void sameSeedSameResultsAndProjectionCompounds() {
    Market market = Market.of(FastEngineTest.cementExample(Year.of(2025)));
    Scenario scenario = Scenario.builder().firstYear(Year.of(2025)).lastYear(Year.of(2027)).draws(20).seed(9)
        .putOutputGrowthPercent(Sector.CEMENT, new BigDecimal("10")).putIntensityImprovementPercent(Sector.CEMENT,
            BigDecimal.ZERO).build();
    PolicyStudy study = PolicyStudy.of(market, scenario, new DocumentRules());
    StudyResult a = study.run();
    StudyResult b = study.run();
    assertEquals(a.sectors(), b.sectors());
    // 850,000 t × 1.1² = 1,028,500 t in 2027, output 1,000,000 × 1.21 = 1,210,000 t.
    MarketUnit line1 = study.projectedUnits(Year.of(2027)).get(0);
    assertEquals(0, new BigDecimal("1028500").compareTo(line1.verifiedTonnes()));
    assertEquals(0, new BigDecimal("1210000").compareTo(line1.output()));
    assertEquals(market, study.market());
    assertEquals(scenario, study.scenario());
  }

  @Test
  void aYearBeforeTheMarketIsRefused() {
    Market market = Market.of(FastEngineTest.cementExample(Year.of(2026)));
    PolicyStudy study = PolicyStudy.of(market, Scenario.builder().draws(0).build(), new DocumentRules());
    EtsValidationException e = assertThrows(EtsValidationException.class, study::run);
    assertEquals("year", e.field());
  }

  @Test
  void noDrawsMeansNoSummaries() {
    Market market = Market.of(FastEngineTest.cementExample(Year.of(2025)));
    StudyResult result = PolicyStudy.of(market, Scenario.builder().firstYear(Year.of(2025)).lastYear(Year.of(2025))
        .draws(0).build(), new DocumentRules()).run();
    assertFalse(result.sectors().get(0).draws().isPresent());
    assertTrue(result.sector(Year.of(2025), Sector.POWER).isEmpty());
    assertTrue(result.toString().contains("4 unit-years"));
  }
}
