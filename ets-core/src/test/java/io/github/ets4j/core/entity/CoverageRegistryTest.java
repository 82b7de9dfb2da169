package io.github.ets4j.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverageRegistryTest {

  private static final EntityCoverage CEMENT_IN_PILOT = EntityCoverage.of(EntityCoverageTest.CEMENT)
      .withPilot(RegionalPilot.FUJIAN, Year.of(2016)).withMoveToNational(Year.of(2024));
  private static final EntityCoverage POWER = EntityCoverage.of(EntityCoverageTest.POWER)
      .withEmissions(Year.of(2023), new BigDecimal("2000000"));

  @Test
  void listsTheEntitiesOfEachSystem() {
    CoverageRegistry registry = CoverageRegistry.of(List.of(CEMENT_IN_PILOT, POWER));
    assertEquals(List.of(EntityCoverageTest.CEMENT),
        registry.coveredEntities(CoverageSystem.pilot(RegionalPilot.FUJIAN), Year.of(2023)));
    // Credit-code order: 91110000600037341L before 91350100M000100Y43.
    assertEquals(List.of(EntityCoverageTest.POWER, EntityCoverageTest.CEMENT),
        registry.coveredEntities(CoverageSystem.NATIONAL, Year.of(2024)));
    assertEquals(List.of(EntityCoverageTest.POWER), registry.coveredEntities(CoverageSystem.NATIONAL, Year.of(2023)));
    assertEquals(Optional.of(CoverageSystem.NATIONAL),
        registry.coveredBy(EntityCoverageTest.CEMENT.creditCode(), Year.of(2024)));
    assertEquals(Optional.of(POWER), registry.history(EntityCoverageTest.POWER.creditCode()));
    assertEquals(List.of(POWER, CEMENT_IN_PILOT), registry.histories());
    assertTrue(registry.toString().contains("2 entities"));
  }

  @Test
  void oneHistoryPerCreditCode() {
    CoverageRegistry registry = CoverageRegistry.empty().plus(POWER);
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> registry.plus(POWER));
    assertEquals("creditCode", e.field());
    EntityCoverage updated = POWER.withEmissions(Year.of(2024), new BigDecimal("1900000"));
    CoverageRegistry replaced = registry.with(updated);
    assertEquals(Optional.of(updated), replaced.history(EntityCoverageTest.POWER.creditCode()));
    assertNotEquals(registry, replaced);
    assertNotEquals(registry.hashCode(), replaced.hashCode());
    assertEquals(replaced, CoverageRegistry.of(List.of(updated)));
    assertEquals(replaced.hashCode(), CoverageRegistry.of(List.of(updated)).hashCode());
    assertNotEquals(replaced, (Object) "x");
    assertThrows(EtsValidationException.class,
        () -> registry.coveredBy(EntityCoverageTest.CEMENT.creditCode(), Year.of(2024)));
    assertEquals(Optional.empty(), registry.history(EntityCoverageTest.CEMENT.creditCode()));
  }
}
