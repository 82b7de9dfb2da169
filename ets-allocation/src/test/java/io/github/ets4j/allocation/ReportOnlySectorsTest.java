package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.entity.CoverageRegistry;
import io.github.ets4j.core.entity.CreditCode;
import io.github.ets4j.core.entity.Province;
import io.github.ets4j.core.entity.ReportOnlyEntity;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.ReportOnlyYear;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entity of an announced sector (paper, N26 §四 [V]) is registered, reports and is never allocated: the rulebook
 * gives it a report-only status with the reason, and no allocation method takes its sector.
 */
class ReportOnlySectorsTest {
  private static final String FIRST17 = "91420100MA0000002";

  @Test
  void registeredReportingNeverAllocated() {
    ReportOnlyEntity paper = ReportOnlyEntity.of(CreditCode.of(FIRST17 + CreditCode.checkCharacterOf(FIRST17)),
        "Hubei Paper", Province.HUBEI, AnnouncedSector.PAPER, List.of());
    CoverageRegistry registry = CoverageRegistry.empty().plusReportOnly(paper);
    assertTrue(registry.coveredBy(paper.creditCode(), Year.of(2025)).isEmpty());
    // fuel 40,000.004 t of the user's monitoring → 40,000.00 reported → 40,000 t
    ReportOnlyYear report = ReportOnlyYear.of(paper, Year.of(2025), List.of(CalculatedLine.co2(
        EmissionSource.FUEL_COMBUSTION, "coal", new BigDecimal("40000.004"), "user's monitoring", List.of())));
    ReportOnlyUnit status = Rulebook.chinaNational(Year.of(2025)).reportOnly(report);
    assertEquals(paper.creditCode().toString(), status.unitId());
    assertEquals(paper.creditCode().toString(), status.entityId());
    assertEquals(0, new BigDecimal("40000").compareTo(status.verifiedEmissions()));
    assertTrue(status.reason().contains("paper is announced but not covered"), status.reason());
    assertTrue(status.toString().contains("report only"), status.toString());
    EtsValidationException year = assertThrows(EtsValidationException.class,
        () -> Rulebook.chinaNational(Year.of(2026)).reportOnly(report));
    assertTrue(year.getMessage().contains("Rulebook.chinaNational(2025)"), year.getMessage());
  }
}
