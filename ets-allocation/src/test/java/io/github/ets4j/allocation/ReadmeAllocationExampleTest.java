package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's allocation example compiling and true. */
class ReadmeAllocationExampleTest {

  @Test
  void allocationExampleCompilesAndHolds() {
    // README:BEGIN
    Rulebook rules = Rulebook.chinaNational(Year.of(2024));
    GeneratingUnit coal = GeneratingUnit.builder().id("unit-1").entityId("91350100M000100Y43")
        .category(UnitCategory.I).grossGenerationMwh(new BigDecimal("2000000")).loadFactor(new BigDecimal("0.62"))
        .heatSuppliedGj(new BigDecimal("300000")).verifiedEmissions(new BigDecimal("1900000")).build();
    Allocation power = rules.allocatePower(List.of(coal));     // Ff 1.055061: 1,669,106 + 30,990 = 1,700,096 t
    Allocation cement = Rulebook.chinaNational(Year.of(2025)).allocateIndustry(Sector.CEMENT, List.of(
        IndustrialUnit.cementLine("line-1", "E1", new BigDecimal("850000"), new BigDecimal("1000000")),
        IndustrialUnit.cementLine("line-2", "E2", new BigDecimal("520000"), new BigDecimal("500000"))));
    BigDecimal bp = cement.balanceValueReported().orElseThrow();   // 0.9221 tCO2/t clinker, sector balanced
    String why = power.explain() + "\n" + cement.explain();     // formula, inputs, rounding of every figure
    // README:END
    assertEquals(0, new BigDecimal("1700096").compareTo(power.total()));
    // Hand: BP = (850,000 x 0.85 + 520,000 x 1.04) / 1,370,000 = 1,263,300 / 1,370,000 = 0.92211…
    assertEquals(new BigDecimal("0.9221"), bp);
    assertTrue(why.contains("1.055061"));
    assertTrue(rules.assumptions().stream().allMatch(RuleValue::isAssumed));
  }
}
