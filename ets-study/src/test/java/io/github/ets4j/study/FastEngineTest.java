package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FastEngineTest {
  static final Year Y2025 = Year.of(2025);

  /** allocation.md's worked example: four cement lines, E t / clinker t. */
  static List<MarketUnit> cementExample(Year year) {
    long[][] lines = {{850_000, 1_000_000}, {1_200_000, 1_500_000}, {700_000, 800_000}, {520_000, 500_000}};
    List<MarketUnit> units = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      units.add(MarketUnit.builder().year(year).entityId("C" + (i + 1)).sector(Sector.CEMENT).unitId("L" + (i + 1))
          .category("general").verifiedTonnes(BigDecimal.valueOf(lines[i][0])).output(BigDecimal.valueOf(lines[i][1]))
          .build());
    }
    return units;
  }

  @Test
  void fastEngineReproducesTheCementWorkedExample() {
    FastEngine engine = FastEngine.setup(Map.of(Y2025, cementExample(Y2025)), new DocumentRules());
    // allocation.md: BP = 0.867217…; allocations (floored) 852,531; 1,213,951; 699,057; 504,459.
    long[] expected = {852_531, 1_213_951, 699_057, 504_459};
    long[] fast = engine.unitAllocations(Y2025);
    for (int i = 0; i < expected.length; i++) {
      assertTrue(Math.abs(expected[i] - fast[i]) <= 1, "line " + (i + 1) + ": " + fast[i]);
    }
    assertArrayEquals(fast, engine.entityAllocations(Y2025));
    assertEquals(List.of("C1", "C2", "C3", "C4"), engine.entityIds(Y2025));
  }

  @Test
  void referenceRulesReproduceTheCementWorkedExampleExactly() {
    SectorAllocation exact = new DocumentRules().allocate(Y2025, Sector.CEMENT, cementExample(Y2025));
    // BP = Σ E·I / Σ E = (850,000·0.85 + 1,200,000·0.8 + 700,000·0.875 + 520,000·1.04) / 3,270,000
    //    = 2,835,800 / 3,270,000 = 0.867217125…, no unit saturated (−19.92 % is inside ±20 %).
    assertEquals("0.8672", exact.balanceValue().orElseThrow().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString());
    assertEquals(List.of(852_531L, 1_213_951L, 699_057L, 504_459L),
        exact.units().stream().map(u -> u.allocationTonnes().longValueExact()).toList());
  }

  @Test
  void powerUnitsFollowE2() {
    // allocation.md E2 (2024): coal unit I, Qe 2,000,000 MWh, F 0.62, Qh 300,000 GJ → 1,669,106 + 30,990 = 1,700,096;
    // gas unit Qe 600,000 MWh, verified 250,000 → 197,280 topped up to 250,000; entity 1,950,096, no 80 % relief.
    Year y = Year.of(2024);
    List<MarketUnit> units = List.of(
        MarketUnit.builder().year(y).entityId("E").sector(Sector.POWER).unitId("coal").category("I")
            .verifiedTonnes(new BigDecimal("1900000")).output(new BigDecimal("2000000")).heatGj(new BigDecimal("300000"))
            .loadFactorPercent(new BigDecimal("62")).build(),
        MarketUnit.builder().year(y).entityId("E").sector(Sector.POWER).unitId("gas").category("IV")
            .verifiedTonnes(new BigDecimal("250000")).output(new BigDecimal("600000")).build());
    FastEngine engine = FastEngine.setup(Map.of(y, units), new DocumentRules());
    assertArrayEquals(new long[] {1_700_096, 250_000}, engine.unitAllocations(y));
    assertArrayEquals(new long[] {1_950_096}, engine.entityAllocations(y));
  }

  @Test
  void entityReliefTopsUpToEightyPercent() {
    // E3: verified 1,000,000 and a formula allocation of 700,000 → topped up to 800,000.
    // Unit III, no Ff: 700,000 = Qe × 0.8244 → Qe = 849,102.377… MWh; take Qe so that floor gives 700,000.
    Year y = Year.of(2024);
    MarketUnit unit = MarketUnit.builder().year(y).entityId("E").sector(Sector.POWER).unitId("u").category("III")
        .verifiedTonnes(new BigDecimal("1000000")).output(new BigDecimal("849102.378")).build();
    FastEngine engine = FastEngine.setup(Map.of(y, List.of(unit)), new DocumentRules());
    assertArrayEquals(new long[] {700_000}, engine.unitAllocations(y));
    assertArrayEquals(new long[] {800_000}, engine.entityAllocations(y));
  }

  @Test
  void specialAndVerifiedUnitsGetTheirVerifiedEmissions() {
    Year y2024 = Year.of(2024);
    List<MarketUnit> units = new ArrayList<>(cementExample(y2024));
    units.add(MarketUnit.builder().year(y2024).entityId("W").sector(Sector.CEMENT).unitId("white").category("white")
        .verifiedTonnes(new BigDecimal("1000")).output(BigDecimal.ZERO).special("WHITE_CLINKER").build());
    FastEngine engine = FastEngine.setup(Map.of(y2024, units), new DocumentRules());
    assertArrayEquals(new long[] {850_000, 1_200_000, 700_000, 520_000, 1_000}, engine.unitAllocations(y2024));
  }

  @Test
  void phaseTwoBestOutputBenchmark() {
    // Best 50 % of 3,800,000 t clinker = 1,900,000 t: line 2 (0.80, 1,500,000 t) and 400,000 t of line 1 (0.85):
    // B = (1,500,000 × 0.8 + 400,000 × 0.85) / 1,900,000 = 1,540,000 / 1,900,000 = 0.810526…
    // line 2: X = (0.810526 − 0.8) / 0.810526 = 1.2987 % → α = 0.0019481 → 1,200,000 × 1.0019481 = 1,202,337.7 → 1,202,337.
    Year y = Year.of(2027);
    FastEngine engine = FastEngine.setup(Map.of(y, cementExample(y)),
        new DocumentRules(Optional.of(BigDecimal.valueOf(50))));
    long[] fast = engine.unitAllocations(y);
    assertTrue(Math.abs(fast[1] - 1_202_337) <= 1, Long.toString(fast[1]));
    // line 4 (1.04): X = (0.8105 − 1.04) / 0.8105 = −28 % → α = −3 % → 520,000 × 0.97 = 504,400.
    assertEquals(504_400, fast[3]);
  }

  @Test
  void drawsAreRepeatableForASeedAndDifferAcrossSeeds() {
    Year y = Year.of(2025);
    FastEngine engine = FastEngine.setup(Map.of(y, cementExample(y)), new DocumentRules());
    int[] calls = {0};
    Map<Year, Map<Sector, DrawSummary>> a = engine.run(50, 7L, 0.05, 0.02, d -> calls[0]++);
    Map<Year, Map<Sector, DrawSummary>> b = engine.run(50, 7L, 0.05, 0.02, d -> { });
    Map<Year, Map<Sector, DrawSummary>> c = engine.run(50, 8L, 0.05, 0.02, d -> { });
    assertEquals(50, calls[0]);
    assertEquals(a, b);
    assertNotEquals(a, c);
    DrawSummary s = a.get(y).get(Sector.CEMENT);
    assertEquals(50, s.draws());
    assertTrue(s.netPositionP05() <= s.netPositionP50() && s.netPositionP50() <= s.netPositionP95());
    assertTrue(s.shortfallP50() <= s.shortfallP95());
    // A balanced sector: its net position only reflects flooring, a few tonnes at most.
    assertTrue(Math.abs(s.netPositionMean()) <= 4, Long.toString(s.netPositionMean()));
  }

  @Test
  void intensitiesThatTieInTheSortKeyAreStillSortedExactly() {
    // Ten lines whose intensities 850,000 / (1,000,000 + k × 10^-9) fall by about 7 ulps each, less than the
    // 16 ulps (4 low bits) the sort key gives to the unit index of a 12-line sector: keys tie, the index
    // (ascending k, descending intensity) orders them and the exact pass must reverse them. Two clearly
    // cleaner and dirtier lines put the balance value inside the band, so order matters for the breakpoints.
    Year y = Year.of(2025);
    List<MarketUnit> units = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      units.add(MarketUnit.builder().year(y).entityId("T" + k).sector(Sector.CEMENT).unitId("T" + k)
          .category("general").verifiedTonnes(BigDecimal.valueOf(850_000))
          .output(new BigDecimal("1000000").add(BigDecimal.valueOf(k, 9))).build());
    }
    units.add(MarketUnit.builder().year(y).entityId("A").sector(Sector.CEMENT).unitId("A").category("general")
        .verifiedTonnes(BigDecimal.valueOf(700_000)).output(BigDecimal.valueOf(1_000_000)).build());
    units.add(MarketUnit.builder().year(y).entityId("B").sector(Sector.CEMENT).unitId("B").category("general")
        .verifiedTonnes(BigDecimal.valueOf(1_000_000)).output(BigDecimal.valueOf(1_000_000)).build());
    FastEqualsExactProperties.assertFastMatchesExact(new DocumentRules(), y, units);
    FastEngine engine = FastEngine.setup(Map.of(y, units), new DocumentRules());
    // The tied lines all sit at 0.85 t/t: the same allocation for each, whatever their order.
    long[] fast = engine.unitAllocations(y);
    for (int k = 1; k < 10; k++) {
      assertEquals(fast[0], fast[k]);
    }
  }

  @Test
  void refusesBadArguments() {
    Year y = Year.of(2025);
    FastEngine engine = FastEngine.setup(Map.of(y, cementExample(y)), new DocumentRules());
    assertThrows(EtsValidationException.class, () -> engine.run(0, 1, 0, 0, d -> { }));
    assertThrows(EtsValidationException.class, () -> engine.run(1, 1, -1, 0, d -> { }));
    assertThrows(EtsValidationException.class, () -> engine.run(1, 1, 0, Double.NaN, d -> { }));
    assertThrows(EtsValidationException.class, () -> engine.unitAllocations(Year.of(2030)));
    assertThrows(EtsValidationException.class,
        () -> FastEngine.setup(Map.of(y, List.of()), new DocumentRules()));
    assertEquals(List.of(y), engine.years());
  }

  @Test
  void percentileIsNearestRank() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(1, FastEngine.percentile(sorted, 5));
    assertEquals(5, FastEngine.percentile(sorted, 50));
    assertEquals(10, FastEngine.percentile(sorted, 95));
  }
}
