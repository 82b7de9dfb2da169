package io.github.ets4j.allocation.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Conservation laws of the intensity-coefficient method, on random sectors with a fixed seed. */
class IndustryProperties {
  private static final long SEED = 20_250_101L;
  private static final IntensityCoefficientPolicy CEMENT_2025 =
      IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025));

  /** E and N in tonnes with up to 2 decimals, outputs in tonnes: a wide spread of intensities. */
  private static Gen<long[]> unitData() {
    return longs().between(100, 500_000_000L).zip(longs().between(100, 500_000_000L),
        longs().between(1_000, 50_000_000L), (e, n, q) -> new long[] {e, n, q});
  }

  private static Gen<List<IndustrialUnit>> sectors(boolean steelLike) {
    return lists().of(unitData()).ofSizeBetween(1, 14).map(data -> {
      List<IndustrialUnit> units = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        long[] d = data.get(i);
        BigDecimal e = BigDecimal.valueOf(d[0], 2);
        // Output at least half the intensity emissions (in whole tonnes): a physical cement intensity, at most 2 t/t.
        long output = Math.max(d[2], (steelLike ? d[1] : d[0]) / 200 + 1);
        units.add(IndustrialUnit.builder().id("u" + i).entityId("e" + (i % 3)).sector(Sector.CEMENT)
            .verifiedEmissions(e).intensityEmissions(steelLike ? BigDecimal.valueOf(d[1], 2) : e)
            .output(BigDecimal.valueOf(output)).build());
      }
      return units;
    });
  }

  @Test
  void balancedTotalEqualsVerifiedAndFloorsLoseLessThanATonnePerUnit() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(sectors(true)).checkAssert(units -> {
      Allocation a = CEMENT_2025.allocate(units);
      BigDecimal unrounded = BigDecimal.ZERO;
      for (UnitAllocation u : a.units()) {
        unrounded = unrounded.add(((IndustryUnitAllocation) u).unroundedAllocation());
      }
      // Exact up to the 34-digit intensities: far below a millionth of a tonne.
      BigDecimal sum = unrounded;
      assertTrue(sum.subtract(a.verifiedTotal()).abs().compareTo(new BigDecimal("1e-15")) < 0,
          () -> sum + " vs " + a.verifiedTotal());
      BigDecimal lost = a.verifiedTotal().subtract(a.total());
      assertTrue(lost.compareTo(BigDecimal.ONE.negate()) > 0 && lost.compareTo(BigDecimal.valueOf(units.size())) < 0,
          lost::toPlainString);
    });
  }

  @Test
  void exactBalanceValueBalancesExactly() {
    // With the exact (rational) BP of the closed form, Σ E (1 + α) equals Σ E with no rounding at all.
    qt().withFixedSeed(SEED).withExamples(200).forAll(sectors(true)).checkAssert(units -> {
      CoefficientRule rule = CEMENT_2025.rule();
      Rational bp = BalanceValue.solveLevel(units, rule).exact();
      Rational band = Rational.of(rule.band().value());
      Rational total = Rational.ZERO;
      Rational target = Rational.ZERO;
      for (IndustrialUnit u : units) {
        Rational x = Rational.ONE.subtract(Rational.of(u.intensityEmissions()).divide(Rational.of(u.output())).divide(bp));
        Rational alpha = x.compareTo(band) >= 0 ? Rational.of(rule.cap().value())
            : x.compareTo(band.negate()) <= 0 ? Rational.of(rule.cap().value()).negate()
            : Rational.of(rule.slope().value()).multiply(x);
        total = total.add(Rational.of(u.verifiedEmissions()).multiply(Rational.ONE.add(alpha)));
        target = target.add(Rational.of(u.verifiedEmissions()));
      }
      assertEquals(0, total.compareTo(target), total + " vs " + target);
    });
  }

  @Test
  void alphaStaysWithinThreePercentAndFallsWithIntensity() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(sectors(true)).checkAssert(units -> {
      Allocation a = CEMENT_2025.allocate(units);
      List<IndustryUnitAllocation> sorted = new ArrayList<>();
      for (UnitAllocation u : a.units()) {
        IndustryUnitAllocation x = (IndustryUnitAllocation) u;
        assertTrue(x.alpha().abs().compareTo(new BigDecimal("0.03")) <= 0, x::explain);
        sorted.add(x);
      }
      sorted.sort(Comparator.comparing(IndustryUnitAllocation::intensity));
      for (int i = 1; i < sorted.size(); i++) {
        assertTrue(sorted.get(i).alpha().compareTo(sorted.get(i - 1).alpha()) <= 0,
            "a lower intensity never gets a lower alpha");
      }
    });
  }

  @Test
  void shufflingUnitsChangesNothing() {
    qt().withFixedSeed(SEED).withExamples(200).forAll(sectors(false), integers().between(0, 1000))
        .checkAssert((units, seed) -> {
          Allocation a = CEMENT_2025.allocate(units);
          List<IndustrialUnit> shuffled = new ArrayList<>(units);
          Collections.shuffle(shuffled, new Random(seed));
          Allocation b = CEMENT_2025.allocate(shuffled);
          assertEquals(0, a.balanceValue().get().compareTo(b.balanceValue().get()));
          assertEquals(0, a.total().compareTo(b.total()));
          for (UnitAllocation u : a.units()) {
            assertEquals(u.allocation(), b.unit(u.unitId()).get().allocation());
          }
        });
  }

  @Test
  void closedFormSolverAgreesWithBisection() {
    // The reference is slow (160 bisection steps of an O(n) 34-digit total): fewer examples.
    qt().withFixedSeed(SEED).withExamples(50).forAll(sectors(true)).checkAssert(units -> {
      CoefficientRule rule = CEMENT_2025.rule();
      BigDecimal exact = BalanceValue.solve(units, rule);
      BigDecimal slow = BalanceReference.bisect(units, rule, 160);
      BigDecimal tolerance = exact.multiply(new BigDecimal("1e-25"));
      assertTrue(exact.subtract(slow).abs().compareTo(tolerance) <= 0, () -> exact + " vs " + slow);
      // And at BP the total balances.
      BigDecimal total = BalanceReference.total(units, rule, exact);
      BigDecimal target = units.stream().map(IndustrialUnit::verifiedEmissions).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertTrue(total.subtract(target).abs().compareTo(new BigDecimal("1e-15")) < 0);
    });
  }

  @Test
  void noSaturationGivesTheEmissionWeightedMean() {
    // Intensities within ±10 % of each other: nobody saturates, so BP = Σ E I / Σ E.
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(lists().of(longs().between(1, 1_000_000L).zip(integers().between(95, 105), (e, i) -> new long[] {e, i}))
            .ofSizeBetween(1, 10))
        .checkAssert(data -> {
          List<IndustrialUnit> units = new ArrayList<>();
          BigDecimal ei = BigDecimal.ZERO;
          BigDecimal e = BigDecimal.ZERO;
          for (int k = 0; k < data.size(); k++) {
            BigDecimal em = BigDecimal.valueOf(data.get(k)[0]);
            BigDecimal intensity = BigDecimal.valueOf(data.get(k)[1], 2);
            // Output chosen so that E / Q is exactly the intensity.
            units.add(IndustrialUnit.cementLine("u" + k, "e", em.multiply(intensity), em));
            ei = ei.add(em.multiply(intensity).multiply(intensity));
            e = e.add(em.multiply(intensity));
          }
          BigDecimal expected = ei.divide(e, MathContext.DECIMAL128);
          BigDecimal bp = BalanceValue.solve(units, CEMENT_2025.rule());
          assertTrue(bp.subtract(expected).abs().compareTo(new BigDecimal("1e-30")) < 0, () -> bp + " vs " + expected);
        });
  }
}
