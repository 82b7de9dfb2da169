package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** REG-2024 Art 31 (coverage.md): a named adjustment for non-fossil electricity consumption, zero by default [A]. */
class NonFossilElectricityAdjustmentTest {
  private static final Source WHAT_IF = Source.of("ASSUMPTION", "what-if 0.5 t per MWh", Confidence.ASSUMED);

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  private static List<IndustrialUnit> cement() {
    return List.of(
        IndustrialUnit.cementLine("L1", "A", bd("850000"), bd("1000000")),
        IndustrialUnit.cementLine("L2", "A", bd("1200000"), bd("1500000")),
        IndustrialUnit.cementLine("L3", "B", bd("700000"), bd("800000")),
        IndustrialUnit.cementLine("L4", "C", bd("520000"), bd("500000")));
  }

  /** The gas unit of E2: 600,000 MWh × 0.3288 = 197,280 (2024), topped up to its verified 250,000. */
  private static List<GeneratingUnit> gasUnit() {
    return List.of(GeneratingUnit.builder().id("gas").entityId("E2").category(UnitCategory.IV)
        .verifiedEmissions(bd("250000")).grossGenerationMwh(bd("600000")).build());
  }

  @Test
  void zeroByDefaultAndListedAsAnAssumption() {
    Rulebook rules = Rulebook.chinaNational(Year.of(2025));
    NonFossilElectricityAdjustment art31 = rules.compliance().nonFossilElectricityAdjustment().get();
    same("0", art31.factor().value());
    assertTrue(art31.factor().isAssumed());
    assertEquals("REG-2024", art31.factor().source().document());
    assertTrue(rules.assumptions().contains(art31.factor()));
    Allocation a = rules.allocateIndustry(Sector.CEMENT, cement());
    assertEquals(art31, a.nonFossilElectricityAdjustment().get());
    assertTrue(a.explain().contains("REG-2024 Art 31 non-fossil electricity adjustment, allowances per MWh consumed"
        + " = 0 t/MWh (REG-2024 Art 31: adjusted under national rules, none published; zero until they are [A])"),
        a::explain);
    // Zero: any consumption adds nothing (allocation.md: A = 852,531 + 1,213,951 + 699,057 + 504,459 = 3,269,998).
    Allocation given = a.withNonFossilElectricityConsumption(Map.of("A", bd("1000000")));
    same("0", given.nonFossilAdjustment("A"));
    same("3269998", given.adjustedTotal());
  }

  @Test
  void aUserSetsTheFigure() {
    Rulebook rules = Rulebook.chinaNational(Year.of(2025)).withNonFossilElectricityAdjustment(bd("0.5"), WHAT_IF);
    NonFossilElectricityAdjustment art31 = rules.compliance().nonFossilElectricityAdjustment().get();
    assertEquals(WHAT_IF, art31.factor().source());
    assertTrue(rules.ruleValues().contains(art31.factor()));
    assertTrue(rules.assumptions().contains(art31.factor()));
    assertFalse(rules.ruleValues().contains(NonFossilElectricityAdjustment.chinaNational().factor()));
    Map<String, BigDecimal> consumed = new HashMap<>();
    consumed.put("A", bd("1000.5"));
    consumed.put("C", bd("0"));
    Allocation a = rules.allocateIndustry(Sector.CEMENT, cement()).withNonFossilElectricityConsumption(consumed);
    // A: floor(0.5 × 1,000.5) = floor(500.25) = 500; C: 0; B not given: 0.
    same("500", a.nonFossilAdjustment("A"));
    same("0", a.nonFossilAdjustment("B"));
    same("0", a.nonFossilAdjustment("C"));
    // The allocation itself is unchanged; the adjusted total is 3,269,998 + 500 = 3,270,498.
    same("3269998", a.total());
    same("3270498", a.adjustedTotal());
    assertTrue(a.explain().contains("A: non-fossil electricity 1000.5 MWh -> +500 t"), a::explain);
    assertTrue(a.explain().endsWith("total after the REG-2024 Art 31 adjustment = 3270498 t"), a::explain);
    // An official rule, when published, is no longer an assumption.
    Source rule = Source.of("NATIONAL-RULE", "Art 31 rule", Confidence.OFFICIAL);
    Rulebook official = Rulebook.chinaNational(Year.of(2026)).withNonFossilElectricityAdjustment(bd("0.1"), rule);
    NonFossilElectricityAdjustment set = official.compliance().nonFossilElectricityAdjustment().get();
    assertFalse(official.assumptions().contains(set.factor()));
    assertEquals(NonFossilElectricityAdjustment.of(bd("0.10"), rule), set);
    assertEquals(NonFossilElectricityAdjustment.of(bd("0.10"), rule).hashCode(), set.hashCode());
    assertNotEquals(NonFossilElectricityAdjustment.chinaNational(), set);
    assertEquals(set.factor().toString(), set.toString());
  }

  @Test
  void powerAllocationsCarryItToo() {
    Allocation a = Rulebook.chinaNational(Year.of(2024)).withNonFossilElectricityAdjustment(bd("0.2"), WHAT_IF)
        .allocatePower(gasUnit()).withNonFossilElectricityConsumption(Map.of("E2", bd("1234")));
    // floor(0.2 × 1,234) = floor(246.8) = 246; 250,000 + 246 = 250,246.
    same("250000", a.total());
    same("246", a.nonFossilAdjustment("E2"));
    same("250246", a.adjustedTotal());
  }

  @Test
  void refusals() {
    Rulebook y2023 = Rulebook.chinaNational(Year.of(2023));
    assertTrue(y2023.compliance().nonFossilElectricityAdjustment().isEmpty());
    assertThrows(EtsValidationException.class, () -> y2023.withNonFossilElectricityAdjustment(bd("0.5"), WHAT_IF));
    Allocation old = y2023.allocatePower(gasUnit());
    assertTrue(old.nonFossilElectricityAdjustment().isEmpty());
    assertFalse(old.explain().contains("Art 31"));
    same("0", old.nonFossilAdjustment("X"));
    assertThrows(EtsValidationException.class, () -> old.withNonFossilElectricityConsumption(Map.of()));
    Rulebook y2025 = Rulebook.chinaNational(Year.of(2025));
    assertThrows(EtsValidationException.class, () -> y2025.withNonFossilElectricityAdjustment(bd("-0.1"), WHAT_IF));
    assertThrows(EtsValidationException.class, () -> y2025.withNonFossilElectricityAdjustment(bd("0.1"), null));
    assertThrows(EtsValidationException.class, () -> y2025.compliance().withNonFossilElectricityAdjustment(null));
    Allocation a = y2025.allocateIndustry(Sector.CEMENT, cement());
    assertThrows(EtsValidationException.class, () -> a.withNonFossilElectricityConsumption(Map.of("Z", bd("1"))));
    assertThrows(EtsValidationException.class, () -> a.withNonFossilElectricityConsumption(Map.of("A", bd("-1"))));
    assertThrows(EtsValidationException.class, () -> a.withNonFossilElectricityConsumption(null));
    assertThrows(EtsValidationException.class, () -> NonFossilElectricityAdjustment.chinaNational().amount(null));
  }
}
