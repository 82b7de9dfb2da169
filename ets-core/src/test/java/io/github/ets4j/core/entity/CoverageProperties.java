package io.github.ets4j.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Inclusion and removal rules on random emission histories, against a model written independently. */
class CoverageProperties {
  private static final long SEED = 26_000L;
  private static final int FIRST = 2021;
  private static final int YEARS = 12;
  // 0: no data; 1: below the threshold; 2: exactly at it; 3: above it.
  private static final BigDecimal[] LEVELS = {null, new BigDecimal("20000"), new BigDecimal("26000"), new BigDecimal("40000")};

  private static EntityCoverage history(List<Integer> levels) {
    EntityCoverage h = EntityCoverage.of(EntityCoverageTest.CEMENT);
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i) != 0) {
        h = h.withEmissions(Year.of(FIRST + i), LEVELS[levels.get(i)]);
      }
    }
    return h;
  }

  /**
   * Model: listed in y iff cement is covered (y ≥ 2024) and there is a year q in [2024, y] at or above
   * the threshold such that no two consecutive years in [q, y − 1] both have data below it.
   */
  private static boolean modelListed(List<Integer> levels, int y) {
    if (y < 2024) {
      return false;
    }
    for (int q = y; q >= 2024; q--) {
      int qi = q - FIRST;
      if (qi < levels.size() && levels.get(qi) >= 2) {
        for (int t = q; t + 1 <= y - 1; t++) {
          int ti = t - FIRST;
          if (ti + 1 < levels.size() && levels.get(ti) == 1 && levels.get(ti + 1) == 1) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  @Test
  void listingFollowsTheInclusionAndRemovalRules() {
    qt().withFixedSeed(SEED).forAll(lists().of(integers().between(0, 3)).ofSize(YEARS)).checkAssert(levels -> {
      EntityCoverage h = history(levels);
      for (int y = FIRST; y < FIRST + YEARS + 2; y++) {
        assertEquals(modelListed(levels, y), h.nationallyListed(Year.of(y)), "year " + y + " levels " + levels);
      }
    });
  }

  @Test
  void noYearIsEverCoveredByTwoSystems() {
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    qt().withFixedSeed(SEED)
        .forAll(lists().of(integers().between(0, 3)).ofSize(YEARS), integers().between(2010, 2023), integers().between(2024, 2034))
        .checkAssert((levels, pilotFrom, moveYear) -> {
          EntityCoverage h;
          try {
            h = history(levels).withPilot(RegionalPilot.HUBEI, Year.of(pilotFrom)).withMoveToNational(Year.of(moveYear));
          } catch (EtsValidationException e) {
            assertEquals("coverage", e.field());
            refused.incrementAndGet();
            return;
          }
          for (int y = pilotFrom; y < moveYear; y++) {
            assertFalse(h.nationallyListed(Year.of(y)), "year " + y);
            assertEquals(Optional.of(CoverageSystem.pilot(RegionalPilot.HUBEI)), h.coveredBy(Year.of(y)));
          }
          assertEquals(Optional.of(CoverageSystem.NATIONAL), h.coveredBy(Year.of(moveYear)));
          accepted.incrementAndGet();
        });
    assertTrue(refused.get() > 0 && accepted.get() > 0, "both outcomes must occur: " + refused + " / " + accepted);
  }
}
