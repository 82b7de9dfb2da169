package io.github.ets4j.allocation.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What-if coefficient rules, including ones whose total jumps at the band's edge; explanations. */
class WhatIfRuleTest {
  private static final long SEED = 20_260_101L;

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  @Test
  void jumpingRuleAgreesWithBisection() {
    // slope 0.1 x band 0.2 = 0.02 < cap 0.03: α jumps from 0.02 to 0.03 at the edge; the total still never falls.
    CoefficientRule rule = CoefficientRule.chinaNational(Year.of(2025)).with(bd("0.1"), bd("0.2"), bd("0.03"));
    qt().withFixedSeed(SEED).withExamples(40)
        .forAll(lists().of(longs().between(1_000, 9_000_000L).zip(longs().between(1_000, 9_000_000L), (e, q) -> new long[] {e, q}))
            .ofSizeBetween(1, 8))
        .checkAssert(data -> {
          List<IndustrialUnit> units = new ArrayList<>();
          for (int i = 0; i < data.size(); i++) {
            // Clinker at least half the emissions: a cement line's intensity is physical (at most 2 t/t here).
            long clinker = Math.max(data.get(i)[1], data.get(i)[0] / 2 + 1);
            units.add(IndustrialUnit.cementLine("u" + i, "e", BigDecimal.valueOf(data.get(i)[0]), BigDecimal.valueOf(clinker)));
          }
          BigDecimal exact = BalanceValue.solve(units, rule);
          BigDecimal slow = BalanceReference.bisect(units, rule, 160);
          assertTrue(exact.subtract(slow).abs().compareTo(exact.multiply(bd("1e-25"))) <= 0, () -> exact + " vs " + slow);
        });
  }

  @Test
  void jumpAtTheRoot() {
    // Two lines, E = 100 each, I_a = 1, I_b = 2; T = 200. Breakpoints: a 0.8333 / 1.25, b 1.6667 / 2.5.
    // Jumping rule (slope 0.1, band 0.2, cap 0.03): just below 1.25 line a has α = 0.1 x 0.2 = 0.02 → 102, line b
    // 97: S = 199 < 200; from 1.25 on line a is capped at 103: S = 200. The root is the jump at BP = 1.25.
    CoefficientRule rule = CoefficientRule.chinaNational(Year.of(2025)).with(bd("0.1"), bd("0.2"), bd("0.03"));
    List<IndustrialUnit> units = List.of(IndustrialUnit.cementLine("a", "e", bd("100"), bd("100")),
        IndustrialUnit.cementLine("b", "e", bd("100"), bd("50")));
    assertEquals(0, bd("1.25").compareTo(BalanceValue.solve(units, rule)));
    // National rule: on [0.8333, 1.25] S = 115 - 15 / BP + 97 = 200 → BP = 15 / 12 = 1.25 (continuous there).
    assertEquals(0, bd("1.25").compareTo(BalanceValue.solve(units, CoefficientRule.chinaNational(Year.of(2025)))));
    // Allocations at 1.25: a 103 (X = 0.2 → cap), b 97 (X = -0.6 → -cap).
    Allocation alloc = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025)).allocate(units);
    assertEquals(0, bd("103").compareTo(alloc.unit("a").get().allocation()));
    assertEquals(0, bd("97").compareTo(alloc.unit("b").get().allocation()));
    assertThrows(EtsValidationException.class,
        () -> CoefficientRule.chinaNational(Year.of(2025)).with(bd("0.2"), bd("0.2"), bd("0.03")));
  }

  @Test
  void explanations() {
    List<IndustrialUnit> units = new ArrayList<>(IndustryExamplesTest.cementExample());
    units.add(IndustrialUnit.builder().from(IndustrialUnit.cementLine("G", "D", bd("1000"), bd("1000")))
        .special(IndustrySpecialUnit.GYPSUM_SULFURIC_ACID).build());
    IntensityCoefficientPolicy policy = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025));
    Allocation a = policy.allocate(units);
    IndustryUnitAllocation l1 = (IndustryUnitAllocation) a.unit("L1").get();
    assertTrue(l1.explain().contains("852531"));
    assertTrue(l1.toString().contains("852531"));
    assertEquals(0, bd("0.85").compareTo(l1.intensity()));
    assertTrue(l1.alpha().signum() > 0);
    IndustryUnitAllocation g = (IndustryUnitAllocation) a.unit("G").get();
    assertTrue(g.explain().contains("GYPSUM_SULFURIC_ACID"));
    assertEquals(IndustrySpecialUnit.GYPSUM_SULFURIC_ACID, g.special().get());
    assertEquals(0, g.deviation().signum());
    assertTrue(a.toString().contains("CEMENT"));
    assertTrue(a.entity("nobody").isEmpty());
    assertTrue(a.unit("nobody").isEmpty());
    assertEquals(0, bd("0.8672171253822629969418960244648318").compareTo(policy.level(IndustryExamplesTest.cementExample())));
    assertTrue(policy.toString().contains("CEMENT"));
    // A sector of special units only has no balance value.
    Allocation specials = policy.allocate(List.of(units.get(4)));
    assertTrue(specials.balanceValue().isEmpty());
    assertEquals(0, bd("1000").compareTo(specials.total()));
    for (UnitAllocation u : a.units()) {
      assertTrue(u.allocation().signum() > 0);
    }
  }
}
