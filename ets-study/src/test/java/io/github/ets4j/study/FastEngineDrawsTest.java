package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The draw summaries of the fast engine, on markets small enough to compute by hand. */
class FastEngineDrawsTest {
  static final Year Y2024 = Year.of(2024);

  static MarketUnit power(String entity, String id, String category, String verified, String output) {
    return MarketUnit.builder().year(Y2024).entityId(entity).sector(Sector.POWER).unitId(id).category(category)
        .verifiedTonnes(new BigDecimal(verified)).output(new BigDecimal(output)).build();
  }

  /** E2's entity, E3's entity and a 2024 cement line (allocated at verified emissions). */
  static List<MarketUnit> market() {
    List<MarketUnit> units = new ArrayList<>();
    units.add(MarketUnit.builder().from(power("E", "coal", "I", "1900000", "2000000")).heatGj(new BigDecimal("300000"))
        .loadFactorPercent(new BigDecimal("62")).build());
    units.add(power("E", "gas", "IV", "250000", "600000"));
    units.add(power("R", "r1", "III", "1000000", "849102.378"));
    units.add(MarketUnit.builder().year(Y2024).entityId("C").sector(Sector.CEMENT).unitId("L1").category("general")
        .verifiedTonnes(new BigDecimal("850000")).output(new BigDecimal("1000000")).build());
    return units;
  }

  @Test
  void drawsWithoutSpreadAreTheCentralCase() {
    FastEngine engine = FastEngine.setup(Map.of(Y2024, market()), new DocumentRules());
    List<Integer> done = new ArrayList<>();
    Map<Year, Map<Sector, DrawSummary>> draws = engine.run(5, 3L, 0.0, 0.0, done::add);
    assertEquals(List.of(1, 2, 3, 4, 5), done);
    // Power: E gets 1,950,096 of 2,150,000 (E2), R 800,000 of 1,000,000 (E3: 700,000 topped up to 80 %):
    // allocation 2,750,096 − verified 3,150,000 = −399,904; both entities short, shortfall 199,904 + 200,000.
    // Settled with the default scenario (no CCERs, 62.36 CNY/t): 399,904 to buy, 399,904 × 62.36 = 24,938,013.44 CNY.
    DrawSummary power = DrawSummary.builder().draws(5).netPositionMean(-399_904).netPositionP05(-399_904)
        .netPositionP50(-399_904).netPositionP95(-399_904).shortfallMean(399_904).shortfallP05(399_904)
        .shortfallP50(399_904).shortfallP95(399_904).costMean(24_938_013).costP05(24_938_013).costP50(24_938_013)
        .costP95(24_938_013).shortEntitiesMean(2.0).build();
    // Cement 2024: allocation = verified emissions, so nothing is short and nothing long.
    DrawSummary cement = DrawSummary.builder().draws(5).netPositionMean(0).netPositionP05(0).netPositionP50(0)
        .netPositionP95(0).shortfallMean(0).shortfallP05(0).shortfallP50(0).shortfallP95(0).costMean(0).costP05(0)
        .costP50(0).costP95(0).shortEntitiesMean(0.0).build();
    assertEquals(Map.of(Y2024, Map.of(Sector.POWER, power, Sector.CEMENT, cement)), draws);
    assertEquals(List.of(Sector.POWER, Sector.CEMENT), List.copyOf(draws.get(Y2024).keySet()));
    // The central case after the draws is still the central case.
    assertEquals(List.of(1_950_096L, 800_000L, 850_000L), java.util.Arrays.stream(engine.entityAllocations(Y2024))
        .boxed().toList());
    assertEquals(List.of("E", "R", "C"), engine.entityIds(Y2024));
  }

  @Test
  void drawFactorsHaveMeanOneAndTheWantedSpread() {
    // One category III unit (no Ff): Qe × 0.8244 = 2,000,000 t, twice its verified 1,000,000 t. In a draw
    // allocation = 2,000,000 × fo and verified = 1,000,000 × fo × fi, so net = 1,000,000 × fo × (2 − fi), with
    // mean 1,000,000 when both factors have mean one. 4,000 draws with 20 % spreads: the mean's standard error
    // is about 1,000,000 × 0.28 / 63 ≈ 4,500 t; a factor of mean e^(σ²) = 1.04 instead would move it by 40,000 t.
    MarketUnit unit = power("U", "u", "III", "1000000", "2426006.793");
    FastEngine engine = FastEngine.setup(Map.of(Y2024, List.of(unit)), new DocumentRules());
    DrawSummary s = engine.run(4_000, 11L, 0.2, 0.2, d -> { }).get(Y2024).get(Sector.POWER);
    assertTrue(Math.abs(s.netPositionMean() - 1_000_000) < 15_000, Long.toString(s.netPositionMean()));
    // fo × (2 − fi) has a standard deviation of about √(0.2² + 0.2²) = 0.28: its 5th percentile lies near 0.55–0.65
    // and its 95th near 1.45–1.6; a spread of 4 % (σ without the square root) would give about 0.91 and 1.09.
    assertTrue(s.netPositionP05() > 400_000 && s.netPositionP05() < 850_000, Long.toString(s.netPositionP05()));
    assertTrue(s.netPositionP95() > 1_250_000 && s.netPositionP95() < 1_800_000, Long.toString(s.netPositionP95()));
    assertTrue(Math.abs(s.netPositionP50() - 1_000_000) < 60_000, Long.toString(s.netPositionP50()));
    // Short only in the rare draw where the intensity factor exceeds 2 (a 3.5 σ event): almost never.
    assertEquals(0, s.shortfallP95());
    assertTrue(s.shortEntitiesMean() < 0.01, Double.toString(s.shortEntitiesMean()));
  }

  @Test
  void shortfallPercentilesFollowTheDraws() {
    // The same unit with allocation 0.5 × its central emissions (Qe × 0.8244 = 500,000): short in every draw by
    // 1,000,000 × fo × fi − 500,000 × fo, but relief lifts it to 80 % of verified, so the shortfall is 20 % of
    // verified: a median near 200,000 t and a 95th percentile above it.
    MarketUnit unit = power("U", "u", "III", "1000000", "606501.698");
    FastEngine engine = FastEngine.setup(Map.of(Y2024, List.of(unit)), new DocumentRules());
    DrawSummary s = engine.run(2_000, 5L, 0.1, 0.05, d -> { }).get(Y2024).get(Sector.POWER);
    assertEquals(1.0, s.shortEntitiesMean());
    assertTrue(Math.abs(s.shortfallP50() - 200_000) < 10_000, Long.toString(s.shortfallP50()));
    assertTrue(s.shortfallP95() > s.shortfallP50() + 10_000, s.shortfallP95() + " vs " + s.shortfallP50());
    assertTrue(s.netPositionP95() < 0);
    assertTrue(s.netPositionP50() < -150_000, Long.toString(s.netPositionP50()));
  }

  @Test
  void refusalsSayWhy() {
    FastEngine engine = FastEngine.setup(Map.of(Y2024, market()), new DocumentRules());
    EtsValidationException draws = assertThrows(EtsValidationException.class, () -> engine.run(0, 1, 0, 0, d -> { }));
    assertEquals("draws", draws.field());
    assertEquals(1, engine.run(1, 1, 0, 0, d -> { }).get(Y2024).get(Sector.POWER).draws());
    EtsValidationException spread = assertThrows(EtsValidationException.class,
        () -> engine.run(1, 1, 0, -0.01, d -> { }));
    assertEquals("spread", spread.field());
    assertTrue(spread.getMessage().contains("must not be negative"), spread.getMessage());
    EtsValidationException year = assertThrows(EtsValidationException.class, () -> engine.entityIds(Year.of(2025)));
    assertTrue(year.getMessage().contains("was not set up (years [2024])"), year.getMessage());
    EtsValidationException empty = assertThrows(EtsValidationException.class,
        () -> FastEngine.setup(Map.of(Y2024, List.of()), new DocumentRules()));
    assertEquals("units", empty.field());
  }

  @Test
  void percentileClampsToTheEnds() {
    // Nearest rank: ceil(p / 100 × n); p 5 of 3 values → rank 1, p 95 → rank 3, p 50 → rank 2.
    double[] three = {1, 2, 3};
    assertEquals(1, FastEngine.percentile(three, 5));
    assertEquals(2, FastEngine.percentile(three, 50));
    assertEquals(3, FastEngine.percentile(three, 95));
    assertEquals(1, FastEngine.percentile(three, 0));
    assertEquals(3, FastEngine.percentile(three, 100));
    // p 50 of 4 → rank 2 (not 3): ceil(2.0) = 2.
    assertEquals(2, FastEngine.percentile(new double[] {1, 2, 3, 4}, 50));
  }
}
