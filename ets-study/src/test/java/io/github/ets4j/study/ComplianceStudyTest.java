package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each entity-year settled through its compliance account, against figures derived by hand. */
class ComplianceStudyTest {
  private static final Year Y2025 = Year.of(2025);

  static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  /** The four cement lines of allocation.md's worked example, half the CCER cap used, 80 CNY/t and CCERs at 50. */
  static StudyResult cementWithOffsets(int draws) {
    Scenario scenario = Scenario.builder().firstYear(Y2025).lastYear(Y2025).draws(draws).ccerSharePercent(bd("50"))
        .carbonPriceCnyPerTonne(bd("80")).ccerPriceCnyPerTonne(bd("50")).outputSpreadPercent(BigDecimal.ZERO)
        .intensitySpreadPercent(BigDecimal.ZERO).build();
    return PolicyStudy.of(Market.of(FastEngineTest.cementExample(Y2025)), scenario).run();
  }

  static CompliancePosition position(String obligation, String ccer, String shortfall, String surplus,
      String ccerCost, String shortfallCost, String surplusValue) {
    return CompliancePosition.builder().obligationTonnes(bd(obligation)).ccerTonnes(bd(ccer))
        .shortfallTonnes(bd(shortfall)).surplusTonnes(bd(surplus)).ccerCostCny(bd(ccerCost))
        .shortfallCostCny(bd(shortfallCost)).surplusValueCny(bd(surplusValue)).build();
  }

  static void assertSamePosition(CompliancePosition expected, CompliancePosition actual) {
    // compareTo: the products carry the prices' scale (80 × 23,781 = 1,902,480 at any scale).
    List<BigDecimal> e = figures(expected);
    List<BigDecimal> a = figures(actual);
    for (int i = 0; i < e.size(); i++) {
      assertEquals(0, e.get(i).compareTo(a.get(i)), i + ": " + expected + " vs " + actual);
    }
  }

  static List<BigDecimal> figures(CompliancePosition p) {
    return List.of(p.obligationTonnes(), p.ccerTonnes(), p.shortfallTonnes(), p.surplusTonnes(), p.ccerCostCny(),
        p.shortfallCostCny(), p.surplusValueCny(), p.costCny(), p.netPositionTonnes());
  }

  @Test
  void everyEntityOfTheWorkedExampleSettlesAsDerivedByHand() {
    // Allocations (allocation.md worked example, floored): 852,531; 1,213,951; 699,057; 504,459 against verified
    // 850,000; 1,200,000; 700,000; 520,000. Cap = floor(5 % × O); CCERs = floor(50 % × cap); owed = O − CCERs.
    // C1: cap 42,500, CCERs 21,250, owed 828,750 → 852,531 − 828,750 = 23,781 to sell.
    //     CCERs 21,250 × 50 = 1,062,500; surplus 23,781 × 80 = 1,902,480; cost −839,980.
    // C2: cap 60,000, CCERs 30,000, owed 1,170,000 → 43,951 to sell; 1,500,000 and 3,516,080; cost −2,016,080.
    // C3: cap 35,000, CCERs 17,500, owed 682,500 → 16,557 to sell; 875,000 and 1,324,560; cost −449,560.
    // C4: cap 26,000, CCERs 13,000, owed 507,000 → 507,000 − 504,459 = 2,541 to buy; 650,000 and 2,541 × 80 =
    //     203,280; cost 853,280.
    StudyResult result = cementWithOffsets(0);
    List<CompliancePosition> expected = List.of(
        position("850000", "21250", "0", "23781", "1062500", "0", "1902480"),
        position("1200000", "30000", "0", "43951", "1500000", "0", "3516080"),
        position("700000", "17500", "0", "16557", "875000", "0", "1324560"),
        position("520000", "13000", "2541", "0", "650000", "203280", "0"));
    assertEquals(4, result.entities().size());
    for (int i = 0; i < 4; i++) {
      assertSamePosition(expected.get(i), result.entities().get(i).compliance().orElseThrow());
    }
    assertEquals(0, bd("-839980").compareTo(result.entities().get(0).compliance().orElseThrow().costCny()));
    assertEquals(0, bd("853280").compareTo(result.entities().get(3).compliance().orElseThrow().costCny()));
    // The sector: obligation 3,270,000, CCERs 81,750, 2,541 to buy, 84,289 to sell;
    // cost 203,280 + 81,750 × 50 − 84,289 × 80 = 203,280 + 4,087,500 − 6,743,120 = −2,452,340.
    SectorYearResult cement = result.sector(Y2025, Sector.CEMENT).orElseThrow();
    assertSamePosition(position("3270000", "81750", "2541", "84289", "4087500", "203280", "6743120"),
        cement.compliance().orElseThrow());
    assertEquals(0, bd("-2452340").compareTo(cement.compliance().orElseThrow().costCny()));
    assertEquals(0, bd("81748").compareTo(cement.compliance().orElseThrow().netPositionTonnes()));
  }

  @Test
  void theFilesCarryTheSettlement() {
    StudyResult result = cementWithOffsets(0);
    // C4 as derived above; money to 2 decimals.
    assertTrue(ResultsCsv.entities(result).contains("2025,C4,CEMENT,520000,504459,0,504459,2.99,-15541,false,"
        + "520000,13000,2541,0,650000.00,203280.00,0.00,853280.00\n"), ResultsCsv.entities(result));
    // No draws: the draws column says 0 and every summary cell is empty.
    assertTrue(ResultsCsv.sectors(result).contains("2025,CEMENT,4,3270000,3269998,-2,0.8672,false,"
        + "3270000,81750,2541,84289,-2452340.00,0,,,,,,,,,,,,,\n"), ResultsCsv.sectors(result));
  }

  @Test
  void drawsWithoutSpreadSettleAsTheExactCase() {
    // Spreads 0: every draw is the central case; the fast engine's allocations are the exact ones here (its
    // central case matches them to the tonne, FastEngineTest), so every summary is the exact position and the
    // exact case is at or below every draw: rank 1.
    StudyResult result = cementWithOffsets(3);
    DrawSummary draws = result.sector(Y2025, Sector.CEMENT).orElseThrow().draws().orElseThrow();
    assertEquals(DrawSummary.builder().draws(3).netPositionMean(81_748).netPositionP05(81_748)
        .netPositionP50(81_748).netPositionP95(81_748).shortfallMean(2_541).shortfallP05(2_541).shortfallP50(2_541)
        .shortfallP95(2_541).costMean(-2_452_340).costP05(-2_452_340).costP50(-2_452_340).costP95(-2_452_340)
        .shortEntitiesMean(1.0).exactRank(1).build(), draws);
    assertTrue(ResultsCsv.sectors(result).contains(",-2452340.00,3,81748,81748,81748,81748,2541,2541,2541,2541,"
        + "-2452340,-2452340,-2452340,-2452340,1\n"), ResultsCsv.sectors(result));
  }

  @Test
  void obligationCapAndCcersRoundAsTheAccountRounds() {
    // Verified 1,234,567.5 → obligation 1,234,568 (half up); cap floor(0.05 × 1,234,568 = 61,728.4) = 61,728;
    // CCERs floor(33.3 % × 61,728 = 20,555.424) = 20,555; owed 1,214,013 against 1,200,000 allocated: 14,013 to buy.
    // 14,013 × 62.36 = 873,850.68; 20,555 × 70.76 = 1,454,471.80; cost 2,328,322.48.
    EntityResult entity = EntityResult.builder().year(Y2025).entityId("E").sector(Sector.STEEL)
        .verifiedTonnes(bd("1234567.5")).initialAllocationTonnes(bd("1200000")).shortfallRatePercent(bd("2.80"))
        .build();
    Scenario scenario = Scenario.builder().ccerSharePercent(bd("33.3")).build();
    CompliancePosition p = Settlement.settle(entity, ComplianceRules.chinaNational(Y2025), scenario);
    assertSamePosition(position("1234568", "20555", "14013", "0", "1454471.80", "873850.68", "0"), p);
    assertEquals(0, bd("2328322.48").compareTo(p.costCny()));
    // The fast engine's replica gives the same figures.
    FastSettlement fast = new FastSettlement(0.05, 0.333, 62.36, 70.76);
    fast.add(1_234_567.5, 1_200_000);
    assertEquals(20_555, fast.ccer);
    assertEquals(14_013, fast.shortfall);
    assertEquals(0, fast.surplus);
    assertEquals(-14_013, fast.net);
    assertEquals(1, fast.shortEntities);
    assertEquals(2_328_322.48, fast.cost, 1e-6);
    // 29 % of a cap of 100 is 29 CCERs, though 100 × 0.29 is 28.999999999999996 in double.
    EntityResult small = EntityResult.builder().from(entity).verifiedTonnes(bd("2000"))
        .initialAllocationTonnes(BigDecimal.ZERO).build();
    Scenario share29 = Scenario.builder().ccerSharePercent(bd("29")).build();
    assertEquals(0, bd("29").compareTo(Settlement.settle(small, ComplianceRules.chinaNational(Y2025), share29)
        .ccerTonnes()));
    FastSettlement fast29 = new FastSettlement(0.05, 0.29, 62.36, 70.76);
    fast29.add(2_000, 0);
    assertEquals(29, fast29.ccer);
    assertEquals(2_000 - 29, fast29.shortfall);
    // A second entity adds to the sector's totals: 1,000 t with 1,000 allocated, cap floor(0.05 × 1,000) = 50, CCERs
    // floor(29 % × 50 = 14.5) = 14, owed 986: a surplus of 14 and no shortfall. clear() starts the next draw at zero.
    fast29.add(1_000, 1_000);
    assertEquals(2_000 - 29, fast29.shortfall);
    assertEquals(29 + 14, fast29.ccer);
    assertEquals(14, fast29.surplus);
    assertEquals(1, fast29.shortEntities);
    fast29.clear();
    assertEquals(0, fast29.ccer + fast29.shortfall + fast29.surplus + fast29.net + fast29.cost + fast29.shortEntities);
  }

  @Test
  void an2024AccountTakesCcersWithoutARegistrationCutOff() {
    // 2024 has no CCER registration cut-off, 2025 one (2024-01-22): the study's CCERs are eligible in both.
    EntityResult entity = EntityResult.builder().year(Year.of(2024)).entityId("E").sector(Sector.POWER)
        .verifiedTonnes(bd("100000")).initialAllocationTonnes(bd("90000")).shortfallRatePercent(bd("10.00")).build();
    Scenario all = Scenario.builder().ccerSharePercent(bd("100")).build();
    // Cap 5,000, all used: owed 95,000 → 5,000 to buy.
    CompliancePosition p = Settlement.settle(entity, ComplianceRules.chinaNational(Year.of(2024)), all);
    assertSamePosition(position("100000", "5000", "5000", "0", "353800", "311800", "0"), p);
    // Nothing verified, nothing owed: the whole allocation is surplus.
    EntityResult idle = EntityResult.builder().from(entity).verifiedTonnes(BigDecimal.ZERO).build();
    assertSamePosition(position("0", "0", "0", "90000", "0", "0", "5612400"),
        Settlement.settle(idle, ComplianceRules.chinaNational(Year.of(2024)), all));
  }

  @Test
  void theNewScenarioOptionsAreChecked() {
    ScenarioAndMarketTest.assertField("ccerSharePercent",
        () -> Scenario.builder().ccerSharePercent(bd("100.01")).build());
    ScenarioAndMarketTest.assertField("ccerSharePercent", () -> Scenario.builder().ccerSharePercent(bd("-1")).build());
    ScenarioAndMarketTest.assertField("ccerPriceCnyPerTonne",
        () -> Scenario.builder().ccerPriceCnyPerTonne(bd("-0.01")).build());
    assertEquals(bd("100"), Scenario.builder().ccerSharePercent(bd("100")).build().ccerSharePercent());
    assertEquals(0, Scenario.builder().ccerPriceCnyPerTonne(BigDecimal.ZERO).build().ccerPriceCnyPerTonne().signum());
  }

  @Test
  void anAllocationThatIsNotWholeTonnesIsRefusedByTheAccount() {
    EntityResult entity = EntityResult.builder().year(Y2025).entityId("E").sector(Sector.CEMENT)
        .verifiedTonnes(bd("100000")).initialAllocationTonnes(bd("90000.5")).shortfallRatePercent(bd("10.00")).build();
    EtsValidationException e = org.junit.jupiter.api.Assertions.assertThrows(EtsValidationException.class,
        () -> Settlement.settle(entity, ComplianceRules.chinaNational(Y2025), Scenario.builder().build()));
    assertEquals("amount", e.field());
  }

  @Test
  void theResultFilesAreTheSameOnOneThreadOrThree() {
    // 150 draws: three blocks of 64 shared between one or three threads; every summary and rank must agree.
    Scenario one = Scenario.builder().firstYear(Y2025).lastYear(Year.of(2028)).draws(150).threads(1)
        .ccerSharePercent(bd("40")).build();
    Scenario three = Scenario.builder().from(one).threads(3).build();
    Market market = Market.of(FastEngineTest.cementExample(Y2025));
    StudyResult a = PolicyStudy.of(market, one).run();
    StudyResult b = PolicyStudy.of(market, three).run();
    assertEquals(ResultsCsv.sectors(a), ResultsCsv.sectors(b));
    assertEquals(ResultsCsv.entities(a), ResultsCsv.entities(b));
    // With spread, the draws differ from the exact case: the rank is a rank, not a constant.
    for (SectorYearResult s : a.sectors()) {
      int rank = s.draws().orElseThrow().exactRank().orElseThrow();
      assertTrue(rank >= 1 && rank <= 151, Integer.toString(rank));
    }
  }

  @Test
  void percentilesAreNearestRankAndTheRankCountsTheDrawsBelow() {
    double[] sorted = {10, 20, 20, 30, 40};
    // Nearest rank: p5 is the ⌈0.25⌉ = 1st value, p50 the ⌈2.5⌉ = 3rd, p95 the ⌈4.75⌉ = 5th.
    assertEquals(10, FastEngine.percentile(sorted, 5));
    assertEquals(20, FastEngine.percentile(sorted, 50));
    assertEquals(40, FastEngine.percentile(sorted, 95));
    // Rank = 1 + the draws strictly below: 5 → 1, 20 → 2 (ties do not count), 25 → 4, 50 → 6 = draws + 1.
    assertEquals(1, FastEngine.rank(sorted, 5));
    assertEquals(2, FastEngine.rank(sorted, 20));
    assertEquals(4, FastEngine.rank(sorted, 25));
    assertEquals(6, FastEngine.rank(sorted, 50));
  }
}
