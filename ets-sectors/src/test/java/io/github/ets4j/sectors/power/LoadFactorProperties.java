package io.github.ets4j.sectors.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The load factor's one division of longs gives the rule's value (34 significant digits, then 2 decimals half up)
 * digit and scale, or leaves the case to the rule's route: on ordinary figures, and on ratios exactly at, one unit
 * below and one unit above a half-way point {@code k.kk5} %, where rounding to 34 digits first could differ.
 */
class LoadFactorProperties {
  private static final long SEED = 20_261_202L;

  @Test
  void ordinaryFiguresGiveTheRuleValue() {
    AtomicInteger fast = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(longs().between(0, 999_999_999_999L), integers().between(0, 4),
            longs().between(1, 999_999_999_999L), integers().between(-2, 6))
        .checkAssert((g, gScale, c, cScale) -> {
          BigDecimal generation = BigDecimal.valueOf(g, gScale);
          BigDecimal capacityHours = BigDecimal.valueOf(c, cScale);
          if (LoadFactor.onLongs(generation, capacityHours) != null) {
            fast.incrementAndGet();
          }
          assertEquals(Optional.of(LoadFactor.exact(generation, capacityHours)),
              LoadFactor.percent(generation, capacityHours), generation + " / " + capacityHours);
        });
    assertTrue(fast.get() > 15_000, "the long route decided only " + fast.get() + " of 20,000 cases");
  }

  @Test
  void ratiosAtAndBesideAHalfWayPointGiveTheRuleValue() {
    AtomicInteger left = new AtomicInteger();
    AtomicInteger decided = new AtomicInteger();
    // 1000 y = n / C with n = (10k + 5) C + delta: y is the half-way point k.kk5 % or 1/C of a thousandth beside it.
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(longs().between(0, 9_999), longs().between(1, 50_000_000_000_000L), integers().between(-1, 1),
            integers().between(0, 3))
        .checkAssert((k, c, delta, cScale) -> {
          long n = (10 * k + 5) * c + delta;
          if (n < 0) {
            return;
          }
          BigDecimal generation = BigDecimal.valueOf(n, 5 + cScale);
          BigDecimal capacityHours = BigDecimal.valueOf(c, cScale);
          if (LoadFactor.onLongs(generation, capacityHours) == null) {
            left.incrementAndGet();
          } else {
            decided.incrementAndGet();
          }
          assertEquals(Optional.of(LoadFactor.exact(generation, capacityHours)),
              LoadFactor.percent(generation, capacityHours), generation + " / " + capacityHours);
        });
    assertTrue(left.get() > 1_000, "the exact route decided only " + left.get() + " cases beside a half-way point");
    assertTrue(decided.get() > 1_000, "the long route decided only " + decided.get() + " cases");
  }

  @Test
  void aRatioThatTheRuleRoundsUpFromJustBelowAHalfWayPointIsLeftToIt() {
    // 1000 y = 12345 − 10^-30: rounding to 34 digits lifts it to 12.345 %, which rounds half up to 12.35 %.
    BigDecimal capacityHours = BigDecimal.ONE.movePointRight(30);
    BigDecimal generation = new BigDecimal("12345").multiply(capacityHours).subtract(BigDecimal.ONE).movePointLeft(5);
    assertEquals(new BigDecimal("12.35"), LoadFactor.exact(generation, capacityHours));
    assertEquals(Optional.of(new BigDecimal("12.35")), LoadFactor.percent(generation, capacityHours));
  }
}
