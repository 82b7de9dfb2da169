package io.github.ets4j.io;

import static io.github.ets4j.io.SectorYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Allocations and compliance balances out as CSV. */
class AllocationCsvTest {

  @Test
  void unitsEntitiesAndCompliance() {
    // allocation.md worked example, lines 1 and 4 of it: E/clinker 850,000/1,000,000 and 520,000/500,000.
    // BP = (850,000 × 0.85 + 520,000 × 1.04) / 1,370,000 = 0.92211…; both |X| < 20 %:
    // line-1 X = 1 − 0.85 × 1,370,000 / 1,263,300 = 98,800 / 1,263,300 = 7.8208 % → α = 0.15 X = 1.17312 %
    //   → 850,000 × 1.0117312 = 859,971.5 → 859,971 t (floored)
    Allocation cement = Rulebook.chinaNational(Year.of(2025)).allocateIndustry(Sector.CEMENT, List.of(
        IndustrialUnit.cementLine("line-1", "E1", new BigDecimal("850000"), new BigDecimal("1000000")),
        IndustrialUnit.cementLine("line-2", "E2", new BigDecimal("520000"), new BigDecimal("500000"))));
    String units = AllocationCsv.units(List.of(cement));
    List<String> lines = Arrays.asList(units.split("\n"));
    assertEquals(String.join(",", AllocationCsv.UNIT_COLUMNS), lines.get(0));
    assertEquals(3, lines.size());
    assertEquals("2025,E1,CEMENT,line-1,850000,859971,false", lines.get(1));
    String entities = AllocationCsv.entities(List.of(cement));
    assertEquals(String.join(",", AllocationCsv.ENTITY_COLUMNS), entities.split("\n")[0]);
    assertEquals(3, entities.split("\n").length);
    assertEquals("2025", entities.split("\n")[2].split(",")[0]);
    ComplianceAccount account = ComplianceAccount.open("E1", bd("850000"), ComplianceRules.chinaNational(Year.of(2025)))
        .withReceived(Year.of(2025), bd("850000")).surrender(Year.of(2025), bd("850000"));
    String compliance = AllocationCsv.compliance(List.of(account));
    // 850,000 obligation, all surrendered from the 2025 vintage: settled, 0 remaining
    assertEquals("2025,E1,850000,0,0,0,850000,0,true", compliance.split("\n")[1]);
    assertThrows(EtsValidationException.class, () -> AllocationCsv.units(null));
  }
}
