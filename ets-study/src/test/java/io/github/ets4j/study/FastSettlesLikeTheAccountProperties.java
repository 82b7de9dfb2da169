package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast engine's settlement of an entity is the compliance account's: exactly in tonnes, within a thousandth of a
 * fen in money, on random obligations, allocations, offset limits, shares and prices; and a study's draws without
 * spread settle every sector as its exact case does, within a tonne per unit.
 */
class FastSettlesLikeTheAccountProperties {
  private static final long SEED = 20_261_202L;

  @Test
  void theReplicaSettlesAsTheAccount() {
    qt().withFixedSeed(SEED).withExamples(2_000)
        .forAll(longs().all(), integers().between(2023, 2035))
        .checkAssert((seed, year) -> {
          SplittableRandom random = new SplittableRandom(seed);
          // Verified emissions with 0 to 2 decimals (halves included), up to 10^9 t; allocations around them.
          int decimals = random.nextInt(3);
          BigDecimal verified = BigDecimal.valueOf(random.nextLong(1_000_000_000L * 100), 2)
              .setScale(decimals, java.math.RoundingMode.DOWN);
          if (random.nextInt(10) == 0) {
            verified = BigDecimal.valueOf(random.nextLong(1_000_000L)).add(new BigDecimal("0.5"));
          }
          long allocation = random.nextInt(10) == 0 ? 0
              : (long) (verified.doubleValue() * (0.8 + 0.4 * random.nextDouble()));
          BigDecimal limit = BigDecimal.valueOf(random.nextInt(1_001), 4); // 0 to 10 % of the obligation
          BigDecimal share = BigDecimal.valueOf(random.nextInt(10_001), 2); // 0 to 100 %
          BigDecimal price = BigDecimal.valueOf(random.nextInt(20_001), 2);
          BigDecimal ccerPrice = BigDecimal.valueOf(random.nextInt(20_001), 2);
          Year y = Year.of(year);
          ComplianceRules rules = ComplianceRules.chinaNational(y).withOffsetLimit(limit);
          Scenario scenario = Scenario.builder().ccerSharePercent(share).carbonPriceCnyPerTonne(price)
              .ccerPriceCnyPerTonne(ccerPrice).build();
          EntityResult entity = EntityResult.builder().year(y).entityId("E").sector(Sector.POWER)
              .verifiedTonnes(verified).initialAllocationTonnes(BigDecimal.valueOf(allocation))
              .shortfallRatePercent(BigDecimal.ZERO).build();
          CompliancePosition exact = Settlement.settle(entity, rules, scenario);
          FastSettlement fast = new FastSettlement(limit.doubleValue(), FastPercent.toFraction(share), price.doubleValue(),
              ccerPrice.doubleValue());
          fast.add(verified.doubleValue(), allocation);
          String what = verified + " t, " + allocation + " allocated, limit " + limit + ", share " + share + " %";
          assertEquals(exact.ccerTonnes().doubleValue(), fast.ccer, what);
          assertEquals(exact.shortfallTonnes().doubleValue(), fast.shortfall, what);
          assertEquals(exact.surplusTonnes().doubleValue(), fast.surplus, what);
          assertEquals(exact.surplusTonnes().subtract(exact.shortfallTonnes()).doubleValue(), fast.net, what);
          assertEquals(exact.shortfallTonnes().signum() > 0 ? 1 : 0, fast.shortEntities, what);
          // Money up to 10^9 t × 200 CNY = 2 × 10^11: double holds it to about 3 × 10^-5 CNY.
          assertEquals(exact.costCny().doubleValue(), fast.cost, 1e-3, what);
        });
  }

  @Test
  void drawsWithoutSpreadSettleEverySectorAsTheExactCase() {
    qt().withFixedSeed(SEED).withExamples(40)
        .forAll(longs().all(), integers().between(1, 25), integers().between(2024, 2028), integers().between(0, 100))
        .checkAssert((seed, entities, year, share) -> {
          Year y = Year.of(year);
          List<MarketUnit> units = RandomMarkets.units(y, seed, entities);
          Scenario scenario = Scenario.builder().firstYear(y).lastYear(y).draws(2).threads(1)
              .outputSpreadPercent(BigDecimal.ZERO).intensitySpreadPercent(BigDecimal.ZERO)
              .ccerSharePercent(BigDecimal.valueOf(share)).ccerPriceCnyPerTonne(new BigDecimal("70.76")).build();
          StudyResult result = PolicyStudy.of(Market.of(units), scenario).run();
          for (SectorYearResult s : result.sectors()) {
            long count = units.stream().filter(u -> u.sector() == s.sector()).count();
            CompliancePosition exact = s.compliance().orElseThrow();
            DrawSummary draws = s.draws().orElseThrow();
            String what = y + " " + s.sector() + " (" + count + " units): " + exact + " vs " + draws;
            // Each unit's allocation is within a tonne of the exact one, so each settled figure is within a tonne
            // per unit, and the cost within that many tonnes at the dearer price (plus rounding to whole CNY).
            assertTrue(Math.abs(exact.netPositionTonnes().longValueExact() - draws.netPositionMean()) <= count, what);
            assertTrue(Math.abs(exact.shortfallTonnes().longValueExact() - draws.shortfallP50()) <= count, what);
            assertTrue(Math.abs(exact.costCny().doubleValue() - draws.costMean()) <= count * 70.76 + 1, what);
            assertEquals(draws.netPositionP05(), draws.netPositionP95(), what);
            assertTrue(draws.exactRank().orElseThrow() == 1 || draws.exactRank().orElseThrow() == 3, what);
          }
        });
  }
}
