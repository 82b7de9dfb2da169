package io.github.ets4j.allocation.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The screened sweep ({@link BalanceSweep}: doubles where their error bound decides, exact decimals elsewhere) gives
 * the identical level as the exact sweep ({@link BalanceValue#solveLevelExact}): the same BP, digit and scale, the
 * same exact rational. Sectors are generated with a fixed seed, with many ties and near ties (intensities equal or
 * 1e-20 apart, where the doubles cannot order the breakpoints and the exact re-sort must), what-if rules whose
 * total jumps at the band's edges, and figures beyond the doubles' range (where the exact sweep must run).
 */
class BalanceSweepProperties {
  private static final long SEED = 20_261_202L;
  private static final CoefficientRule NATIONAL = CoefficientRule.chinaNational(Year.of(2025));
  /** cap above slope × band: the total jumps at the band's edges. */
  private static final CoefficientRule JUMPING = NATIONAL.with(new BigDecimal("0.15"), new BigDecimal("0.1"),
      new BigDecimal("0.05"));

  /** E in hundredths of a tonne, output in tonnes, and how the intensity emissions relate to a few shared ones. */
  private static Gen<long[]> unitData() {
    return longs().between(1, 900_000_000_000L).zip(longs().between(1, 50_000_000L), integers().between(0, 5),
        longs().between(1, 2_000_000_000L), (e, q, kind, n) -> new long[] {e, q, kind, n});
  }

  private static Gen<List<IndustrialUnit>> sectors(int maxUnits) {
    return lists().of(unitData()).ofSizeBetween(1, maxUnits).map(BalanceSweepProperties::sector);
  }

  private static List<IndustrialUnit> sector(List<long[]> data) {
    List<IndustrialUnit> units = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      long[] d = data.get(i);
      BigDecimal e = BigDecimal.valueOf(d[0], 2);
      BigDecimal q = BigDecimal.valueOf(d[1]);
      BigDecimal n;
      switch ((int) d[2]) {
        case 0:
          // Intensity exactly 0.85 t/t: many units share one breakpoint.
          n = new BigDecimal("0.85").multiply(q);
          break;
        case 1:
          // 1e-20 t/t above 0.85: the same double, another exact breakpoint.
          n = new BigDecimal("0.85").add(new BigDecimal("1e-20").multiply(BigDecimal.valueOf(i))).multiply(q);
          break;
        case 2:
          // An intensity of 0.85 / 1.2 or 0.85 / 0.8 × (1.2): breakpoints of different units meet.
          n = new BigDecimal("0.85").multiply(new BigDecimal("1.2")).divide(new BigDecimal("0.8"),
              BalanceValue.CONTEXT).multiply(q);
          break;
        default:
          // 0.0001 to 2.8 t/t (inside cement's plausible range), plus a few kilograms: I = N / Q rarely terminates.
          n = BigDecimal.valueOf(100 + d[3] % 2_800_000, 6).multiply(q).add(BigDecimal.valueOf(d[3] % 1_000, 3));
      }
      units.add(IndustrialUnit.builder().id("u" + i).entityId("e" + (i % 7)).sector(Sector.CEMENT)
          .verifiedEmissions(e).intensityEmissions(n).output(q).build());
    }
    return units;
  }

  private static BigDecimal[] intensities(List<IndustrialUnit> units) {
    BigDecimal[] intensities = new BigDecimal[units.size()];
    for (int i = 0; i < intensities.length; i++) {
      intensities[i] = BalanceValue.intensity(units.get(i));
    }
    return intensities;
  }

  private static void assertSame(List<IndustrialUnit> units, CoefficientRule rule) {
    BigDecimal[] intensities = intensities(units);
    Level exact = BalanceValue.solveLevelExact(units, intensities, rule);
    Level screened = BalanceSweep.solve(units, intensities, rule);
    if (screened == null) {
      throw new AssertionError("a sector in the doubles' range was not screened: " + units);
    }
    // equals, not compareTo: the same unscaled value and the same scale.
    assertEquals(exact.value, screened.value);
    assertEquals(exact.exact().toString(), screened.exact().toString());
    assertEquals(exact.value, BalanceValue.solveLevel(units, intensities, rule).value);
  }

  @Test
  void screenedSweepEqualsExactSweepOnSmallSectors() {
    qt().withFixedSeed(SEED).withExamples(1_500).forAll(sectors(12)).checkAssert(units -> {
      assertSame(units, NATIONAL);
      assertSame(units, JUMPING);
    });
  }

  @Test
  void screenedSweepEqualsExactSweepOnLargeSectors() {
    qt().withFixedSeed(SEED + 1).withExamples(80).forAll(sectors(400)).checkAssert(units -> {
      assertSame(units, NATIONAL);
      assertSame(units, JUMPING);
    });
  }

  @Test
  void aSectorOfIdenticalUnitsIsDecidedExactly() {
    List<long[]> data = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      data.add(new long[] {12_345_678, 1_000, i % 2, 0});
    }
    assertSame(sector(data), NATIONAL);
  }

  @Test
  void figuresBeyondTheDoublesRangeGoTheExactWay() {
    // An intensity of 1e-160 t/t: no double screen; the caller's exact sweep solves it.
    List<IndustrialUnit> units = List.of(
        IndustrialUnit.builder().id("tiny").entityId("e").sector(Sector.CEMENT).verifiedEmissions(BigDecimal.TEN)
            .intensityEmissions(new BigDecimal("1e-157")).output(BigDecimal.valueOf(1000)).build(),
        IndustrialUnit.builder().id("u").entityId("e").sector(Sector.CEMENT).verifiedEmissions(BigDecimal.TEN)
            .intensityEmissions(new BigDecimal("2e-157")).output(BigDecimal.valueOf(1000)).build());
    BigDecimal[] intensities = intensities(units);
    assertNull(BalanceSweep.solve(units, intensities, NATIONAL));
    Level level = BalanceValue.solveLevel(units, intensities, NATIONAL);
    assertEquals(BalanceValue.solveLevelExact(units, intensities, NATIONAL).value, level.value);
    assertTrue(level.value.signum() > 0);
  }
}
