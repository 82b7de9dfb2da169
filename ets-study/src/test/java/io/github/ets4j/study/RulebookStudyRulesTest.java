package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IndustrySpecialUnit;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulebookStudyRulesTest {
  static final Year Y2025 = Year.of(2025);

  static Scenario only(Year year) {
    return Scenario.builder().firstYear(year).lastYear(year).draws(0).build();
  }

  @Test
  void fourLineCementMarketReproducesTheWorkedExample() {
    // The market file of allocation.md's example: four lines, E t / clinker t.
    String csv = String.join("\n", String.join(",", MarketCsv.COLUMNS),
        "2025,C1,,Anhui,CEMENT,L1,general,850000,1000000,,,,",
        "2025,C2,,Anhui,CEMENT,L2,general,1200000,1500000,,,,",
        "2025,C3,,Anhui,CEMENT,L3,general,700000,800000,,,,",
        "2025,C4,,Anhui,CEMENT,L4,general,520000,500000,,,,") + "\n";
    Market market = MarketCsv.read(new StringReader(csv), "cement.csv");
    StudyResult result = PolicyStudy.of(market, only(Y2025)).run();
    // allocation.md: BP = 0.867217…; X = +1.99 %, +7.75 %, −0.90 %, −19.92 %;
    // allocations (floored) 852,531; 1,213,951; 699,057; 504,459.
    // Line 1: X = 1 − 0.85 / 0.867217125 = 0.019853…, α = 0.15 × X = 0.002978 (6 decimals).
    assertEquals(List.of(852_531L, 1_213_951L, 699_057L, 504_459L),
        result.units().stream().map(u -> u.allocationTonnes().longValueExact()).toList());
    SectorYearResult cement = result.sector(Y2025, Sector.CEMENT).orElseThrow();
    assertEquals("0.867217", cement.balanceValue().orElseThrow().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString());
    // 852,531 + 1,213,951 + 699,057 + 504,459 = 3,269,998 against 3,270,000 verified: −2 t of flooring.
    assertEquals(new BigDecimal("-2"), cement.netPositionTonnes());
    String units = ResultsCsv.units(result);
    assertTrue(units.contains("2025,C1,CEMENT,L1,0.8500,0.8672,1.99,0.002978,852531,0,852531\n"), units);
    assertTrue(units.contains(",0.8672,-19.92,"), units);
    // Settled (no CCERs): C3 and C4 buy 700,000 − 699,057 = 943 and 520,000 − 504,459 = 15,541 (16,484); C1 and C2
    // can sell 852,531 − 850,000 = 2,531 and 1,213,951 − 1,200,000 = 13,951 (16,482); cost 2 × 62.36 = 124.72 CNY.
    assertTrue(ResultsCsv.sectors(result).contains("2025,CEMENT,4,3270000,3269998,-2,0.8672,false,"
        + "3270000,0,16484,16482,124.72,"), ResultsCsv.sectors(result));
  }

  @Test
  void aRowsModelUnitIsBuiltOnceAndKeptWithTheRow() {
    // A coal unit of category II at a 62 % load factor (F = 0.62) and a cement line, as a market file has them.
    String csv = String.join("\n", String.join(",", MarketCsv.COLUMNS),
        "2025,E1,,Hubei,POWER,U1,II,1900000,2000000,300000,62,,",
        "2025,C1,,Anhui,CEMENT,L1,general,850000,1000000,,,,") + "\n";
    List<MarketUnit> units = MarketCsv.read(new StringReader(csv), "two.csv").units(Y2025);
    MarketUnit coal = units.get(0);
    MarketUnit cement = units.get(1);
    GeneratingUnit g = coal.generatingUnit();
    assertSame(g, coal.generatingUnit());
    assertEquals(RulebookStudyRules.generatingUnit(coal), g);
    assertEquals("U1", g.id());
    assertEquals(UnitCategory.II, g.category());
    assertEquals(0, new BigDecimal("0.62").compareTo(g.loadFactor().orElseThrow()));
    assertEquals(0, new BigDecimal("2000000").compareTo(g.grossGenerationMwh()));
    IndustrialUnit i = cement.industrialUnit();
    assertSame(i, cement.industrialUnit());
    assertEquals(RulebookStudyRules.industrialUnit(cement), i);
    assertEquals(0, new BigDecimal("850000").compareTo(i.verifiedEmissions()));
    // A copy (here: the next year's) has its own unit, built from its own values.
    MarketUnit next = coal.withYear(Year.of(2026)).withOutput(new BigDecimal("2100000"));
    assertEquals(0, new BigDecimal("2100000").compareTo(next.generatingUnit().grossGenerationMwh()));
    // The categories I to IV of PLAN-POWER-2324 Annex 1, by name; no category outside power.
    for (UnitCategory c : UnitCategory.values()) {
      assertEquals(Optional.of(c), coal.withCategory(c.name()).powerCategory());
    }
    assertEquals(Optional.empty(), cement.powerCategory());
  }

  @Test
  void powerEntityOfE2() {
    // allocation.md E2 (2024): coal unit 1,700,096, gas unit 197,280 topped up to 250,000; entity 1,950,096
    // against 2,150,000 verified: shortfall rate 9.30 %, no entity top-up.
    Year y = Year.of(2024);
    Market market = Market.of(List.of(
        MarketUnit.builder().year(y).entityId("E").sector(Sector.POWER).unitId("coal").category("I")
            .verifiedTonnes(new BigDecimal("1900000")).output(new BigDecimal("2000000")).heatGj(new BigDecimal("300000"))
            .loadFactorPercent(new BigDecimal("62")).build(),
        MarketUnit.builder().year(y).entityId("E").sector(Sector.POWER).unitId("gas").category("IV")
            .verifiedTonnes(new BigDecimal("250000")).output(new BigDecimal("600000")).build()));
    StudyResult result = PolicyStudy.of(market, only(y)).run();
    UnitResult gas = result.units().get(1);
    assertEquals(new BigDecimal("197280"), gas.initialAllocationTonnes());
    assertEquals(new BigDecimal("52720"), gas.reliefTonnes());
    EntityResult entity = result.entities().get(0);
    assertEquals(new BigDecimal("1950096"), entity.allocationTonnes());
    assertEquals(new BigDecimal("9.30"), entity.shortfallRatePercent());
    // Settled: 2,150,000 − 1,950,096 = 199,904 to buy at 62.36 CNY/t = 12,466,013.44 CNY.
    assertTrue(ResultsCsv.entities(result).contains("2024,E,POWER,2150000,1950096,0,1950096,9.30,-199904,false,"
        + "2150000,0,199904,0,0.00,12466013.44,0.00,12466013.44\n"), ResultsCsv.entities(result));
  }

  @Test
  void parametersComeFromTheRulebook() {
    RulebookStudyRules rules = RulebookStudyRules.of(Scenario.builder().build());
    assertEquals(Optional.of(AllocationMethod.VERIFIED_EMISSIONS), rules.method(Year.of(2024), Sector.STEEL));
    assertEquals(Optional.of(AllocationMethod.INTENSITY_COEFFICIENT), rules.method(Y2025, Sector.STEEL));
    // Phase 2 from 2027 (allocation.md): the intensity-coefficient rule against an advanced level
    assertEquals(Optional.of(AllocationMethod.PHASE_2_ADVANCED_LEVEL), rules.method(Year.of(2028), Sector.ALUMINUM));
    assertEquals(Optional.of(AllocationMethod.POWER_BENCHMARK), rules.method(Year.of(2023), Sector.POWER));
    assertEquals(Optional.empty(), rules.method(Year.of(2023), Sector.CEMENT)); // cement is covered from 2024
    assertEquals(0, new BigDecimal("0.8").compareTo(rules.entityReliefFraction(Y2025, Sector.POWER).orElseThrow()));
    assertEquals(Optional.empty(), rules.entityReliefFraction(Y2025, Sector.CEMENT));
    // 2025: slope 0.15, band 0.20, cap 0.03, balance value (allocation.md).
    IntensityCoefficientPolicy rule = rules.industry(Y2025, Sector.CEMENT);
    assertEquals(0, new BigDecimal("0.15").compareTo(rule.rule().slope().value()));
    assertEquals(0, new BigDecimal("0.2").compareTo(rule.rule().band().value()));
    assertEquals(0, new BigDecimal("0.03").compareTo(rule.rule().cap().value()));
    assertEquals(Optional.empty(), rule.bestShare());
    assertEquals(BigDecimal.ONE, rule.tighteningFactor());
    MarketUnit coal = MarketUnit.builder().year(Year.of(2024)).entityId("E").sector(Sector.POWER).unitId("u")
        .category("I").verifiedTonnes(BigDecimal.ONE).output(BigDecimal.ONE).loadFactorPercent(new BigDecimal("60"))
        .build();
    // allocation.md: 2024 Be(I) 0.7910, Bh coal 0.1033; F 0.60 → Ff 1.061364.
    assertEquals(0, new BigDecimal("0.7910").compareTo(rules.electricityBenchmark(Year.of(2024), coal)));
    assertEquals(0, new BigDecimal("0.1033").compareTo(rules.heatBenchmark(Year.of(2024), coal)));
    assertEquals(0, new BigDecimal("1.061364").compareTo(rules.peakShavingFactor(Year.of(2024), coal)));
    MarketUnit noLoad = MarketUnit.builder().from(coal).loadFactorPercent(Optional.empty()).build();
    assertThrows(EtsValidationException.class, () -> rules.peakShavingFactor(Year.of(2024), noLoad));
    MarketUnit gas = MarketUnit.builder().from(coal).category("IV").build();
    assertEquals(BigDecimal.ONE, rules.peakShavingFactor(Year.of(2024), gas));
    // The gas top-up (allocation.md relief): gas units only, and off when the policy switches it off.
    assertTrue(rules.topsUp(Year.of(2024), gas));
    assertFalse(rules.topsUp(Year.of(2024), coal));
    RulebookStudyRules noTopUp = RulebookStudyRules.of(Scenario.builder()
        .rulebookOverride(rb -> rb.withPowerPolicy(rb.powerPolicy().withGasTopUp(false))).build());
    assertFalse(noTopUp.topsUp(Year.of(2024), gas));
    assertThrows(EtsValidationException.class, () -> rules.industry(Year.of(2024), Sector.CEMENT));
    assertThrows(EtsValidationException.class, () -> rules.industry(Year.of(2023), Sector.CEMENT));
  }

  @Test
  void scenarioParametersBecomeRulebookDerivations() {
    Scenario percentile = Scenario.builder().phase2Percentile(new BigDecimal("20")).build();
    IntensityCoefficientPolicy best = RulebookStudyRules.of(percentile).industry(Year.of(2028), Sector.STEEL);
    assertEquals(0, new BigDecimal("0.2").compareTo(best.bestShare().orElseThrow()));
    // Tightening 2 % a year: 2029 is three years after 2026 → 0.98³ = 0.941192.
    Scenario tightening = Scenario.builder().phase2TighteningPercent(new BigDecimal("2")).build();
    IntensityCoefficientPolicy tight = RulebookStudyRules.of(tightening).industry(Year.of(2029), Sector.STEEL);
    assertEquals(0, new BigDecimal("0.941192").compareTo(tight.tighteningFactor()));
    // Power benchmarks 1 % tighter a year after 2026: 2028 Be(I) = 0.7894 × 0.99² = 0.77369094.
    Scenario power = Scenario.builder().powerBenchmarkTighteningPercent(BigDecimal.ONE).build();
    MarketUnit coal = MarketUnit.builder().year(Year.of(2028)).entityId("E").sector(Sector.POWER).unitId("u")
        .category("I").verifiedTonnes(BigDecimal.ONE).output(BigDecimal.ONE).build();
    assertEquals(0, new BigDecimal("0.77369094").compareTo(
        RulebookStudyRules.of(power).electricityBenchmark(Year.of(2028), coal)));
    // A free-form override, e.g. a 90 % entity floor.
    Scenario override = Scenario.builder().rulebookOverride(rb -> rb.withPowerEntityCap(new BigDecimal("0.9"))).build();
    RulebookStudyRules rules = RulebookStudyRules.of(override);
    assertEquals(0, new BigDecimal("0.9").compareTo(rules.entityReliefFraction(Y2025, Sector.POWER).orElseThrow()));
    Rulebook rulebook = rules.rulebook(Y2025);
    assertEquals(rulebook, rules.rulebook(Y2025));
  }

  @Test
  void specialKindsAreTheModulesKindsWithoutFallback() {
    assertEquals(Optional.of("WHITE_CLINKER"), SpecialKinds.find(Sector.CEMENT, "white clinker"));
    assertEquals(Optional.of("GYPSUM_SULFURIC_ACID"), SpecialKinds.find(Sector.CEMENT, "GYPSUM_SULFURIC_ACID"));
    assertEquals(Optional.of("BIOMASS_CO_FIRING"), SpecialKinds.find(Sector.POWER, "biomass-co-firing"));
    assertEquals(Optional.of("HYDROGEN_RICH_BLAST_FURNACE"), SpecialKinds.find(Sector.STEEL, "hydrogen rich blast furnace"));
    // The case: any text used to fall back to the first kind.
    assertEquals(Optional.empty(), SpecialKinds.find(Sector.STEEL, "something else"));
    assertEquals(Optional.empty(), SpecialKinds.find(Sector.CEMENT, "foo"));
    // A kind of another sector is not a kind here; aluminum has none.
    assertEquals(Optional.empty(), SpecialKinds.find(Sector.STEEL, "WHITE_CLINKER"));
    assertEquals(List.of(), SpecialKinds.of(Sector.ALUMINUM));
    assertEquals(9, SpecialKinds.of(Sector.POWER).size());
    // The plain-word labels of allocation.md "Special units", whole and in their own sector only.
    assertEquals(Optional.of("BIOMASS_CO_FIRING"),
        SpecialKinds.find(Sector.POWER, "biomass co-firing above 20 % of heat"));
    assertEquals(Optional.of("WHITE_CLINKER"), SpecialKinds.find(Sector.CEMENT, " White  Portland clinker only "));
    assertEquals(Optional.of("HYDROGEN_RICH_BLAST_FURNACE"),
        SpecialKinds.find(Sector.STEEL, "hydrogen-rich carbon-cycle oxygen blast furnace"));
    assertEquals(Optional.empty(), SpecialKinds.find(Sector.CEMENT, "white Portland clinker"));
    assertEquals(Optional.empty(), SpecialKinds.find(Sector.STEEL, "white Portland clinker only"));
    assertEquals(13, SpecialKinds.LABELS.size());
    assertEquals(IndustrySpecialUnit.WHITE_CLINKER, RulebookStudyRules.industrialUnit(MarketUnit.builder()
        .year(Year.of(2025)).entityId("C").sector(Sector.CEMENT).unitId("L").verifiedTonnes(BigDecimal.ONE)
        .output(BigDecimal.ONE).special("white clinker").build()).special().orElseThrow());
  }

  @Test
  void unitsOfAnEntityListedApartGetTheSameResultsAsListedTogether() {
    Year y = Year.of(2025);
    MarketUnit coal = MarketUnit.builder().year(y).entityId("E1").sector(Sector.POWER).unitId("coal").category("I")
        .verifiedTonnes(new BigDecimal("1900000")).output(new BigDecimal("2000000")).heatGj(new BigDecimal("300000"))
        .loadFactorPercent(new BigDecimal("62")).build();
    MarketUnit gas = MarketUnit.builder().year(y).entityId("E2").sector(Sector.POWER).unitId("gas").category("IV")
        .verifiedTonnes(new BigDecimal("250000")).output(new BigDecimal("600000")).build();
    // A special unit without output after one with: its result must not keep the intensity of the unit before.
    MarketUnit standby = MarketUnit.builder().year(y).entityId("E1").sector(Sector.POWER).unitId("standby")
        .category("I").verifiedTonnes(new BigDecimal("1000")).output(BigDecimal.ZERO).special("EMERGENCY_STANDBY")
        .build();
    RulebookStudyRules rules = RulebookStudyRules.of(only(y));
    SectorAllocation together = rules.allocate(y, Sector.POWER, List.of(coal, standby, gas));
    SectorAllocation apart = rules.allocate(y, Sector.POWER, List.of(coal, gas, standby));
    assertEquals(List.of("coal", "standby", "gas"), together.units().stream().map(UnitResult::unitId).toList());
    assertEquals(List.of("coal", "gas", "standby"), apart.units().stream().map(UnitResult::unitId).toList());
    assertEquals(together.units().get(0), apart.units().get(0));
    assertEquals(together.units().get(1), apart.units().get(2));
    assertEquals(together.units().get(2), apart.units().get(1));
    assertEquals(together.entities(), apart.entities());
    assertTrue(together.units().get(0).intensity().isPresent());
    assertEquals(Optional.empty(), together.units().get(1).intensity());
    assertEquals(new BigDecimal("1000"), together.units().get(1).initialAllocationTonnes());
    assertEquals(BigDecimal.ZERO, together.units().get(1).reliefTonnes());
  }
}
