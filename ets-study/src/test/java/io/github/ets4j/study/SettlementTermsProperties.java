package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A settlement with a sector-year's {@link Settlement.Terms} (the CCERs skipped at a zero share, the zero costs
 * multiplied once, the allocation read without adding a zero relief) is the plain route's, every figure by value and
 * scale, and refuses what the plain route refuses with the same message.
 */
class SettlementTermsProperties {
  private static final long SEED = 20_261_202L;

  /** The plain route: every step and product computed for the entity, as the study settled before the terms. */
  private static CompliancePosition plain(EntityResult entity, ComplianceRules rules, Scenario scenario) {
    Year year = entity.year();
    ComplianceAccount account = ComplianceAccount.open(entity.entityId(), entity.verifiedTonnes(), rules);
    BigDecimal ccer = Percent.toFraction(rules.offsetCap(account.obligation()).multiply(scenario.ccerSharePercent()))
        .setScale(0, RoundingMode.FLOOR);
    if (ccer.signum() > 0) {
      account = account.surrenderCcer(ccer, Settlement.eligibleRegistration(rules), false);
    }
    BigDecimal allocation = entity.initialAllocationTonnes().add(entity.reliefTonnes());
    if (allocation.signum() > 0) {
      account = account.withReceived(year, allocation);
      BigDecimal surrendered = allocation.min(account.remaining());
      if (surrendered.signum() > 0) {
        account = account.surrender(year, surrendered);
      }
    }
    BigDecimal shortfall = account.remaining();
    BigDecimal surplus = account.holdings().getOrDefault(year, BigDecimal.ZERO);
    BigDecimal price = scenario.carbonPriceCnyPerTonne();
    return CompliancePosition.builder().obligationTonnes(account.obligation()).ccerTonnes(account.ccerSurrendered())
        .shortfallTonnes(shortfall).surplusTonnes(surplus)
        .ccerCostCny(account.ccerSurrendered().multiply(scenario.ccerPriceCnyPerTonne()))
        .shortfallCostCny(shortfall.multiply(price)).surplusValueCny(surplus.multiply(price)).build();
  }

  private static List<BigDecimal> figures(CompliancePosition p) {
    return List.of(p.obligationTonnes(), p.ccerTonnes(), p.shortfallTonnes(), p.surplusTonnes(), p.ccerCostCny(),
        p.shortfallCostCny(), p.surplusValueCny());
  }

  @Test
  void theTermsSettleAsThePlainRoute() {
    AtomicInteger noShare = new AtomicInteger();
    AtomicInteger share = new AtomicInteger();
    AtomicInteger relief = new AtomicInteger();
    AtomicInteger zeroCost = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(5_000)
        .forAll(longs().all(), integers().between(2023, 2035))
        .checkAssert((seed, year) -> {
          SplittableRandom random = new SplittableRandom(seed);
          BigDecimal verified = BigDecimal.valueOf(random.nextLong(100_000_000_000L), 2)
              .setScale(random.nextInt(3), RoundingMode.DOWN);
          long initial = random.nextInt(8) == 0 ? 0 : (long) (verified.doubleValue() * (0.8 + 0.4 * random.nextDouble()));
          // Whole tonnes at scale 0, with trailing zeros or at a negative scale; now and then half a tonne (refused).
          BigDecimal initialTonnes = random.nextInt(4) == 0 ? BigDecimal.valueOf(initial).setScale(2)
              : random.nextInt(50) == 0 ? BigDecimal.valueOf(initial * 10 + 5, 1) : BigDecimal.valueOf(initial);
          // A relief of zero tonnes may come with decimals (0.00, 0.000) from a study's own rules: the sum keeps them.
          int reliefKind = random.nextInt(8);
          BigDecimal reliefTonnes = reliefKind < 2 ? BigDecimal.valueOf(random.nextInt(100_000))
              : reliefKind == 2 ? BigDecimal.ZERO.setScale(2) : reliefKind == 3 ? BigDecimal.ZERO.setScale(3)
              : BigDecimal.ZERO;
          BigDecimal percent = random.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(10_001), 2);
          Scenario scenario = Scenario.builder().ccerSharePercent(percent)
              .carbonPriceCnyPerTonne(BigDecimal.valueOf(random.nextInt(20_001), random.nextInt(3)))
              .ccerPriceCnyPerTonne(BigDecimal.valueOf(random.nextInt(20_001), random.nextInt(3))).build();
          ComplianceRules rules = ComplianceRules.chinaNational(Year.of(year))
              .withOffsetLimit(BigDecimal.valueOf(1 + random.nextInt(1_000), 4));
          EntityResult entity = EntityResult.builder().year(Year.of(year)).entityId("E").sector(Sector.CEMENT)
              .verifiedTonnes(verified).initialAllocationTonnes(initialTonnes).reliefTonnes(reliefTonnes)
              .shortfallRatePercent(BigDecimal.ZERO).build();
          Settlement.Terms terms = new Settlement.Terms(rules, scenario);
          String what = entity + " under " + scenario.ccerSharePercent() + " % of the cap";
          CompliancePosition expected;
          try {
            expected = plain(entity, rules, scenario);
          } catch (EtsValidationException e) {
            refused.incrementAndGet();
            assertEquals(e.getMessage(), assertThrows(EtsValidationException.class,
                () -> Settlement.settle(entity, terms)).getMessage(), what);
            return;
          }
          BigDecimal sum = initialTonnes.add(reliefTonnes);
          assertEquals(sum, entity.allocationTonnes(), what);
          assertEquals(sum.scale(), entity.allocationTonnes().scale(), what);
          assertEquals(figures(expected), figures(Settlement.settle(entity, terms)), what);
          assertEquals(figures(expected), figures(Settlement.settle(entity, rules, scenario)), what);
          (percent.signum() == 0 ? noShare : share).incrementAndGet();
          if (reliefTonnes.signum() > 0) {
            relief.incrementAndGet();
          }
          if (expected.shortfallTonnes().signum() == 0 || expected.surplusTonnes().signum() == 0) {
            zeroCost.incrementAndGet();
          }
        });
    assertTrue(noShare.get() > 1_000 && share.get() > 1_000 && relief.get() > 500 && zeroCost.get() > 1_000
        && refused.get() > 10, noShare + " no share, " + share + " share, " + relief + " relief, " + zeroCost
        + " zero costs, " + refused + " refused");
  }
}
