package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.PowerBenchmarkPolicy;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The year boundaries of the rulebook (allocation.md, "Pre-allocation" table and the plan of each year),
 * checked on both sides of every boundary: value and confidence of each share, the document edition, and the
 * accessors of the result and value types.
 */
class RulebookYearsTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void share(int year, Sector sector, String value, Confidence confidence) {
    RuleValue share = Rulebook.chinaNational(Year.of(year)).preAllocationShare(sector);
    assertEquals(0, bd(value).compareTo(share.value()), year + " " + sector);
    assertEquals(confidence, share.source().confidence(), year + " " + sector);
  }

  @Test
  void powerPreAllocationShareOfEachYear() {
    // 2019–2020 70 % [S]; 2021–2022 not found, 70 % [A]; 2023–2024 70 % [V]; 2025–2026 50 % [D]; later 50 % [A]
    share(2019, Sector.POWER, "0.7", Confidence.SECONDARY);
    share(2020, Sector.POWER, "0.7", Confidence.SECONDARY);
    share(2021, Sector.POWER, "0.7", Confidence.ASSUMED);
    share(2022, Sector.POWER, "0.7", Confidence.ASSUMED);
    share(2023, Sector.POWER, "0.7", Confidence.OFFICIAL);
    share(2024, Sector.POWER, "0.7", Confidence.OFFICIAL);
    share(2025, Sector.POWER, "0.5", Confidence.DRAFT);
    share(2026, Sector.POWER, "0.5", Confidence.DRAFT);
    share(2027, Sector.POWER, "0.5", Confidence.ASSUMED);
  }

  @Test
  void industryPreAllocationShareOfEachYear() {
    // 2024 none [V]; 2025 fraction not found, 50 % [A]; 2026 50 % [D]; later 50 % [A]
    share(2024, Sector.CEMENT, "0", Confidence.OFFICIAL);
    share(2025, Sector.STEEL, "0.5", Confidence.ASSUMED);
    share(2026, Sector.ALUMINUM, "0.5", Confidence.DRAFT);
    share(2027, Sector.CEMENT, "0.5", Confidence.ASSUMED);
  }

  @Test
  void catalogueEditionOfEachYear() {
    String secondary = "2019-2022 power plans (secondary sources); MEASURES-2021";
    String draft = "PLAN-2526-DRAFT; PLAN-IND-2425; WORKPLAN-2025; MEASURES-2021; REG-2024";
    assertEquals(secondary, Rulebook.chinaNational(Year.of(2019)).catalogueEdition());
    assertEquals(secondary, Rulebook.chinaNational(Year.of(2022)).catalogueEdition());
    assertEquals("PLAN-POWER-2324; MEASURES-2021; REG-2024", Rulebook.chinaNational(Year.of(2023)).catalogueEdition());
    assertEquals("PLAN-POWER-2324; PLAN-IND-2425; MEASURES-2021; REG-2024",
        Rulebook.chinaNational(Year.of(2024)).catalogueEdition());
    assertEquals(draft, Rulebook.chinaNational(Year.of(2025)).catalogueEdition());
    assertEquals(draft, Rulebook.chinaNational(Year.of(2026)).catalogueEdition());
    assertTrue(Rulebook.chinaNational(Year.of(2027)).catalogueEdition().startsWith("Phase 2 (no published plan)"));
  }

  @Test
  void powerEntityFloorSourceOfEachYear() {
    Confidence[] expected = {Confidence.SECONDARY, Confidence.SECONDARY, Confidence.OFFICIAL, Confidence.OFFICIAL,
        Confidence.DRAFT, Confidence.DRAFT, Confidence.ASSUMED};
    for (int y = 2021; y <= 2027; y++) {
      RuleValue cap = PowerBenchmarkPolicy.chinaNational(Year.of(y)).entityCap();
      assertEquals(0, bd("0.8").compareTo(cap.value()));
      assertEquals(expected[y - 2021], cap.source().confidence(), "year " + y);
    }
  }

  @Test
  void policyAssumptionsAreTheAssumedRuleValues() {
    // 2023: benchmarks, Ff formula and entity floor are official; only the two rounding rules are assumed
    PowerBenchmarkPolicy p2023 = Rulebook.chinaNational(Year.of(2023)).powerPolicy();
    List<RuleValue> assumed = p2023.assumptions();
    assertEquals(2, assumed.size());
    assertEquals("Ff rounding, decimals (half up)", assumed.get(0).name());
    // 2025: the same rounding rules are draft values, listed with the policy's rule values
    List<RuleValue> values2025 = Rulebook.chinaNational(Year.of(2025)).powerPolicy().ruleValues();
    assertTrue(values2025.stream().anyMatch(v -> v.name().equals("Ff rounding, decimals (half up)")
        && v.source().confidence() == Confidence.DRAFT && v.value().intValue() == 6));
    assertTrue(values2025.stream().anyMatch(v -> v.name().startsWith("power allocation rounding")
        && v.source().confidence() == Confidence.DRAFT && v.value().signum() == 0));
  }

  @Test
  void resultAccessors() {
    Rulebook rules = Rulebook.chinaNational(Year.of(2024));
    assertEquals(Year.of(2024), rules.year());
    assertEquals(Year.of(2024), rules.powerPolicy().year());
    assertEquals(Year.of(2024), rules.powerPolicy().benchmarks().year());
    GeneratingUnit gas = GeneratingUnit.builder().id("g").entityId("E").category(UnitCategory.IV)
        .grossGenerationMwh(bd("1000")).verifiedEmissions(bd("300")).build();
    Allocation allocation = rules.allocatePower(List.of(gas));
    assertEquals(Sector.POWER, allocation.sector());
    assertEquals(Year.of(2024), allocation.year());
    assertEquals(Optional.empty(), allocation.balanceValue());
    // 1,000 MWh × 0.3288 = 328.8 → 328 ≥ 300: no top-up
    assertEquals(0, bd("328").compareTo(allocation.total()));
    assertEquals(0, bd("300").compareTo(allocation.verifiedTotal()));
  }

  @Test
  void ruleValueAccessorsAndIdentity() {
    RuleValue be = Rulebook.chinaNational(Year.of(2023)).powerPolicy().benchmarks().electricity(UnitCategory.I);
    assertEquals("tCO2/MWh", be.unit());
    assertEquals("PLAN-POWER-2324", be.source().document());
    assertEquals("Annex 2", be.source().place());
    RuleValue same = RuleValue.of(be.name(), "0.795", be.unit(), be.source());
    assertEquals(be, same);
    assertEquals(be.hashCode(), same.hashCode());
    RuleValue other = RuleValue.of(be.name(), "0.796", be.unit(), be.source());
    assertNotEquals(be, other);
    assertNotEquals(be.hashCode(), other.hashCode());
    assertTrue(RuleValue.of("x", "1", "", be.source()).toString().startsWith("x = 1 ("));
    assertTrue(be.toString().startsWith("power benchmark 2023 category I = 0.795 tCO2/MWh ("), be.toString());
  }

  @Test
  void phase2IdentityAndText() {
    Phase2 half = Phase2.bestShare(bd("0.5"));
    assertEquals(half, Phase2.bestShare(bd("0.50")));
    assertEquals(half.hashCode(), Phase2.bestShare(bd("0.50")).hashCode());
    assertNotEquals(half, Phase2.bestShare(bd("0.4")));
    assertNotEquals(half.hashCode(), Phase2.bestShare(bd("0.4")).hashCode());
    assertNotEquals(half, Phase2.tightening(bd("0.5")));
    assertFalse(half.equals("Phase2[BEST_SHARE 0.5]"));
    assertEquals("Phase2[BEST_SHARE 0.5]", half.toString());
    assertEquals("Phase2[TIGHTENING 0.006]", Phase2.DEFAULT.toString());
  }
}
