package io.github.ets4j.allocation.power;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.EntityAllocation;
import io.github.ets4j.allocation.UnitAllocation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Conservation laws of the power benchmark method, on random entities with a fixed seed. */
class PowerProperties {
  private static final long SEED = 20_230_101L;

  private static Gen<List<GeneratingUnit>> entities() {
    Gen<long[]> data = longs().between(0, 5_000_000L).zip(longs().between(0, 3_000_000L),
        longs().between(26_000, 5_000_000L), integers().between(0, 3), integers().between(20, 100),
        (qe, qh, verified, cat, load) -> new long[] {qe, qh, verified, cat, load});
    return lists().of(data).ofSizeBetween(1, 6).map(list -> {
      List<GeneratingUnit> units = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        long[] d = list.get(i);
        units.add(GeneratingUnit.builder().id("u" + i).entityId("e" + (i % 2)).category(UnitCategory.values()[(int) d[3]])
            .grossGenerationMwh(BigDecimal.valueOf(d[0])).heatSuppliedGj(BigDecimal.valueOf(d[1]))
            .verifiedEmissions(BigDecimal.valueOf(d[2])).loadFactor(BigDecimal.valueOf(d[4], 2))
            .suppliedElectricityMwh(BigDecimal.valueOf(d[0])).build());
      }
      return units;
    });
  }

  // Units of covered entities emit at least 26,000 t, so the floored top-up keeps the rate at 20.00 % or less:
  // (V - floor(0.8 V)) / V < 0.2 + 1 / 26,000, which rounds to 20.00 %.
  @Test
  void shortfallRateNeverExceedsTwentyPercent() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(entities(), integers().between(2019, 2030)).checkAssert((units, y) -> {
      Allocation a = PowerBenchmarkPolicy.chinaNational(Year.of(y)).allocate(units);
      for (EntityAllocation e : a.entities()) {
        BigDecimal rate = EntityAllocation.shortfallRatePercent(e.verifiedEmissions(), e.allocation());
        assertTrue(rate.compareTo(new BigDecimal("20.00")) <= 0, e::explain);
        assertTrue(e.allocation().compareTo(e.initialAllocation()) >= 0);
      }
    });
  }

  @Test
  void gasTopUpNeverLowersAnAllocation() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(entities(), integers().between(2019, 2027)).checkAssert((units, y) -> {
      PowerBenchmarkPolicy with = PowerBenchmarkPolicy.chinaNational(Year.of(y));
      PowerBenchmarkPolicy without = with.withGasTopUp(false);
      for (GeneratingUnit u : units) {
        PowerUnitAllocation a = with.allocateUnit(u);
        PowerUnitAllocation b = without.allocateUnit(u);
        assertTrue(a.allocation().compareTo(b.allocation()) >= 0);
        if (u.category() == UnitCategory.IV) {
          assertTrue(a.allocation().compareTo(u.verifiedEmissions()) >= 0);
        }
      }
    });
  }

  @Test
  void partsAreFlooredWholeTonnes() {
    qt().withFixedSeed(SEED).withExamples(200).forAll(entities()).checkAssert(units -> {
      for (UnitAllocation u : PowerBenchmarkPolicy.chinaNational(Year.of(2025)).allocate(units).units()) {
        PowerUnitAllocation p = (PowerUnitAllocation) u;
        assertTrue(p.electricityPart().stripTrailingZeros().scale() <= 0);
        assertTrue(p.heatPart().stripTrailingZeros().scale() <= 0);
        assertTrue(p.electricityFactor().compareTo(BigDecimal.ONE) >= 0);
      }
    });
  }
}
