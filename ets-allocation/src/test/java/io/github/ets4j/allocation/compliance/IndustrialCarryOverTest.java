package io.github.ets4j.allocation.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Carry-over of 2019–2024 allowances in the industrial sectors: base 100,000 for steel, cement and aluminum
 * [S CB1125], the power form otherwise [A]; power keeps 10,000 (allocation.md "Compliance", example E4).
 */
class IndustrialCarryOverTest {
  private static final ComplianceRules RULES = ComplianceRules.chinaNational(Year.of(2025));

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void powerKeepsTheBaseOf10000() {
    // E4: NS = 250,000 - 60,000 = 190,000; T = 10,000 + 1.5 × 190,000 = 295,000; holdings 200,000 → 200,000.
    same("295000", CarryOver.limit(RULES, Sector.POWER, bd("250000"), bd("60000")));
    same("200000", CarryOver.amount(RULES, Sector.POWER, bd("250000"), bd("60000"), bd("200000"), true));
    same("10000", RULES.carryOverBase(Sector.POWER).value());
  }

  @Test
  void steelCementAndAluminumStartFrom100000() {
    for (Sector sector : List.of(Sector.STEEL, Sector.CEMENT, Sector.ALUMINUM)) {
      // The E4 trades by an industrial entity: T = 100,000 + 1.5 × 190,000 = 385,000.
      same("385000", CarryOver.limit(RULES, sector, bd("250000"), bd("60000")));
      // Capped at holdings of 200,000; below the cap with holdings of 400,000.
      same("200000", CarryOver.amount(RULES, sector, bd("250000"), bd("60000"), bd("200000"), true));
      same("385000", CarryOver.amount(RULES, sector, bd("250000"), bd("60000"), bd("400000"), true));
      // A net buyer keeps the base: 100,000, or its holdings when fewer (80,000).
      same("100000", CarryOver.amount(RULES, sector, bd("0"), bd("60000"), bd("400000"), true));
      same("80000", CarryOver.amount(RULES, sector, bd("0"), bd("60000"), bd("80000"), true));
      // Floored: 100,000 + 1.5 × 1,000.5 = 101,500.75 → 101,500.
      same("101500", CarryOver.amount(RULES, sector, bd("1000.5"), bd("0"), bd("200000"), true));
      same("0", CarryOver.amount(RULES, sector, bd("250000"), bd("60000"), bd("200000"), false));
    }
  }

  @Test
  void theBaseIsSecondaryAndTheRestOfTheFormAssumed() {
    assertEquals(Confidence.SECONDARY, RULES.carryOverBase(Sector.CEMENT).source().confidence());
    assertEquals("CB1125", RULES.carryOverBase(Sector.STEEL).source().document());
    assertTrue(RULES.carryOverMultiplier(Sector.ALUMINUM).isAssumed());
    same("1.5", RULES.carryOverMultiplier(Sector.ALUMINUM).value());
    assertFalse(RULES.carryOverMultiplier(Sector.POWER).isAssumed());
    Rulebook book = Rulebook.chinaNational(Year.of(2025));
    assertTrue(book.assumptions().contains(RULES.carryOverMultiplier(Sector.CEMENT)));
    assertTrue(book.ruleValues().contains(RULES.carryOverBase(Sector.CEMENT)));
    // Before 2024 the industrial figures are not in force.
    assertFalse(ComplianceRules.chinaNational(Year.of(2023)).ruleValues()
        .contains(RULES.carryOverBase(Sector.CEMENT)));
  }

  @Test
  void refusals() {
    ComplianceRules y2023 = ComplianceRules.chinaNational(Year.of(2023));
    assertThrows(EtsValidationException.class, () -> y2023.carryOverBase(Sector.CEMENT));
    assertThrows(EtsValidationException.class, () -> RULES.carryOverBase(null));
    assertThrows(EtsValidationException.class, () -> CarryOver.limit(RULES, Sector.STEEL, bd("-1"), bd("0")));
    assertThrows(EtsValidationException.class,
        () -> CarryOver.amount(RULES, Sector.STEEL, bd("1"), bd("0"), bd("-1"), true));
    assertThrows(EtsValidationException.class, () -> CarryOver.limit(null, Sector.STEEL, bd("1"), bd("0")));
  }
}
