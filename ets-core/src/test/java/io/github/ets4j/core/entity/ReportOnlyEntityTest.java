package io.github.ets4j.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Entities of announced, not covered sectors (coverage.md "Who is on the list", N26 §四 [V]). */
class ReportOnlyEntityTest {
  private static final String FIRST17 = "91130100MA0000001";
  static final ReportOnlyEntity GLASS = ReportOnlyEntity.of(CreditCode.of(FIRST17 + CreditCode.checkCharacterOf(FIRST17)),
      "North Glass", Province.HEBEI, AnnouncedSector.FLAT_GLASS, List.of("line-1"));

  @Test
  void theSixAnnouncedSectorsReportFrom2025AndHaveNoCoverageYear() {
    assertEquals(List.of("petrochemicals", "chemicals", "flat-glass", "copper-smelting", "paper", "civil-aviation"),
        AnnouncedSector.national().stream().map(AnnouncedSector::code).toList());
    assertEquals(List.of("石化", "化工", "平板玻璃", "铜冶炼", "造纸", "民航"),
        AnnouncedSector.national().stream().map(AnnouncedSector::chineseName).toList());
    for (AnnouncedSector sector : AnnouncedSector.national()) {
      assertEquals(Year.of(2025), sector.firstReportYear());
      assertFalse(sector.reportsIn(Year.of(2024)));
      assertTrue(sector.reportsIn(Year.of(2025)));
      assertEquals(Optional.empty(), sector.coverageYear());
      assertEquals("N26", sector.source().document());
      assertEquals(Confidence.OFFICIAL, sector.source().confidence());
    }
    assertEquals("paper", AnnouncedSector.PAPER.toString());
  }

  @Test
  void aUserAddsASectorWithoutEditingTheCoveredOnes() {
    Source notice = Source.of("N27", "§四", Confidence.OFFICIAL);
    AnnouncedSector ceramics = AnnouncedSector.of("ceramics", "陶瓷", Year.of(2026), notice);
    assertEquals(Year.of(2026), ceramics.firstReportYear());
    assertEquals(ceramics, AnnouncedSector.of("ceramics", "陶瓷", Year.of(2026), notice));
    assertEquals(ceramics.hashCode(), AnnouncedSector.of("ceramics", "陶瓷", Year.of(2026), notice).hashCode());
    assertNotEquals(ceramics, AnnouncedSector.of("ceramics", "陶瓷", Year.of(2027), notice));
    assertNotEquals(ceramics, AnnouncedSector.of("ceramic", "陶瓷", Year.of(2026), notice));
    assertNotEquals(ceramics, AnnouncedSector.of("ceramics", "瓷", Year.of(2026), notice));
    assertNotEquals(ceramics, AnnouncedSector.of("ceramics", "陶瓷", Year.of(2026), AnnouncedSector.N26_REPORTING));
    assertNotEquals(ceramics, "ceramics");
    assertThrows(EtsValidationException.class, () -> AnnouncedSector.of("Flat Glass", "x", Year.of(2026), notice));
    EtsValidationException covered = assertThrows(EtsValidationException.class,
        () -> AnnouncedSector.of("cement", "水泥", Year.of(2026), notice));
    assertTrue(covered.getMessage().contains("Sector.CEMENT"), covered.getMessage());
    assertThrows(EtsValidationException.class, () -> AnnouncedSector.of("x", " ", Year.of(2026), notice));
  }

  @Test
  void registeredReportingNeverCovered() {
    CoverageRegistry registry = CoverageRegistry.empty().plus(EntityCoverage.of(EntityCoverageTest.POWER))
        .plusReportOnly(GLASS);
    assertEquals(Optional.of(GLASS), registry.reportOnly(GLASS.creditCode()));
    assertEquals(Optional.empty(), registry.reportOnly(EntityCoverageTest.POWER.creditCode()));
    // a status, not an error: no system covers its years
    assertEquals(Optional.empty(), registry.coveredBy(GLASS.creditCode(), Year.of(2025)));
    assertEquals(List.of(), registry.coveredEntities(CoverageSystem.NATIONAL, Year.of(2025)).stream()
        .filter(e -> e.creditCode().equals(GLASS.creditCode())).toList());
    assertEquals(List.of(GLASS), registry.reportOnlyEntities(Year.of(2025)));
    assertEquals(List.of(), registry.reportOnlyEntities(Year.of(2024)));
    assertTrue(registry.toString().contains("1 report-only"), registry.toString());
    assertNotEquals(registry, CoverageRegistry.empty().plus(EntityCoverage.of(EntityCoverageTest.POWER)));
    assertEquals(registry, CoverageRegistry.empty().plus(EntityCoverage.of(EntityCoverageTest.POWER))
        .plusReportOnly(GLASS));
    assertEquals(registry.hashCode(), CoverageRegistry.empty().plus(EntityCoverage.of(EntityCoverageTest.POWER))
        .plusReportOnly(GLASS).hashCode());
    // one credit code is registered once, either way
    assertThrows(EtsValidationException.class, () -> registry.plusReportOnly(GLASS));
    ReportOnlyEntity powerAsGlass = ReportOnlyEntity.of(EntityCoverageTest.POWER.creditCode(), "P", Province.HEBEI,
        AnnouncedSector.PAPER, List.of());
    assertThrows(EtsValidationException.class, () -> registry.plusReportOnly(powerAsGlass));
    CoveredEntity glassAsCement = CoveredEntity.of(GLASS.creditCode(), "G", Province.HEBEI,
        io.github.ets4j.core.Sector.CEMENT, List.of("l"));
    EtsValidationException twice = assertThrows(EtsValidationException.class,
        () -> registry.plus(EntityCoverage.of(glassAsCement)));
    assertTrue(twice.getMessage().contains("report-only"), twice.getMessage());
  }

  @Test
  void theEntityAndItsReason() {
    assertTrue(GLASS.reportOnlyReason().contains("flat-glass is announced but not covered"), GLASS.reportOnlyReason());
    assertTrue(GLASS.reportOnlyReason().contains("N26"), GLASS.reportOnlyReason());
    assertTrue(GLASS.reportOnlyReason().contains("not allocated"), GLASS.reportOnlyReason());
    assertEquals("North Glass (" + GLASS.creditCode() + ")", GLASS.toString());
    assertThrows(EtsValidationException.class, () -> ReportOnlyEntity.of(GLASS.creditCode(), " ", Province.HEBEI,
        AnnouncedSector.PAPER, List.of()));
    assertThrows(EtsValidationException.class, () -> ReportOnlyEntity.of(GLASS.creditCode(), "G", Province.HEBEI,
        AnnouncedSector.PAPER, List.of("a", "a")));
    assertThrows(EtsValidationException.class, () -> ReportOnlyEntity.of(GLASS.creditCode(), "G", Province.HEBEI,
        AnnouncedSector.PAPER, List.of(" ")));
  }
}
