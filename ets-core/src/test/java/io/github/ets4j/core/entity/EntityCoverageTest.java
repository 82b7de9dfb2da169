package io.github.ets4j.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityCoverageTest {

  static final CoveredEntity CEMENT = CoveredEntity.of(CreditCode.of("91350100M000100Y43"), "Minjiang Cement",
      Province.FUJIAN, Sector.CEMENT, List.of("line-1", "line-2"));
  static final CoveredEntity POWER = CoveredEntity.of(CreditCode.of("91110000600037341L"), "Jingneng Power",
      Province.BEIJING, Sector.POWER, List.of("unit-1"));

  private static Year y(int year) {
    return Year.of(year);
  }

  private static BigDecimal t(String tonnes) {
    return new BigDecimal(tonnes);
  }

  @Test
  void thresholdIsTheCatalogueFigureAndInclusive() {
    CoverageRules rules = CoverageRules.chinaNational();
    // coverage.md: annual direct emissions >= 26,000 tCO2e [V MEASURES-2021 Art 8].
    assertEquals(0, rules.inclusionThresholdTonnes().compareTo(t("26000")));
    assertEquals(Source.of("MEASURES-2021", "Art 8", Confidence.OFFICIAL), rules.inclusionThresholdSource());
    assertEquals(2, rules.removalConsecutiveYears());
    assertEquals(Source.of("MEASURES-2021", "Art 11", Confidence.OFFICIAL), rules.removalSource());
    assertEquals(0, rules.inclusionLagYears());
    assertEquals(Confidence.ASSUMED, rules.inclusionLagSource().confidence());
    assertTrue(rules.reachesThreshold(t("26000")));
    assertFalse(rules.reachesThreshold(t("25999.99")));

    assertTrue(EntityCoverage.of(CEMENT).withEmissions(y(2024), t("26000")).nationallyListed(y(2024)));
    assertFalse(EntityCoverage.of(CEMENT).withEmissions(y(2024), t("25999.99")).nationallyListed(y(2024)));
  }

  @Test
  void sectorMustBeCoveredThatYear() {
    // Cement is covered from compliance year 2024: a 2023 figure above the threshold lists nothing in 2023.
    EntityCoverage history = EntityCoverage.of(CEMENT).withEmissions(y(2023), t("50000"));
    assertFalse(history.nationallyListed(y(2023)));
    assertFalse(history.nationallyListed(y(2024)));
    assertEquals(Optional.empty(), history.coveredBy(y(2023)));
    // With an inclusion lag of one year the 2023 figure lists the entity in 2024.
    CoverageRules lagged = CoverageRules.chinaNational()
        .withInclusionLagYears(1, Source.of("study", "lag", Confidence.ASSUMED));
    EntityCoverage laggedHistory = EntityCoverage.of(CEMENT, lagged).withEmissions(y(2023), t("50000"));
    assertFalse(laggedHistory.nationallyListed(y(2023)));
    assertTrue(laggedHistory.nationallyListed(y(2024)));
    assertFalse(laggedHistory.nationallyListed(y(2022)));
    // A power entity is covered from 2019.
    assertTrue(EntityCoverage.of(POWER).withEmissions(y(2019), t("30000")).nationallyListed(y(2019)));
    assertFalse(EntityCoverage.of(POWER).withEmissions(y(2018), t("30000")).nationallyListed(y(2018)));
  }

  @Test
  void removedAfterTwoConsecutiveYearsBelow() {
    // Listed 2024 (30,000); 2025 and 2026 below -> still covered in 2025 and 2026, off the list from 2027.
    EntityCoverage history = EntityCoverage.of(CEMENT)
        .withEmissions(y(2024), t("30000"))
        .withEmissions(y(2025), t("25000"))
        .withEmissions(y(2026), t("25000"));
    assertTrue(history.nationallyListed(y(2025)));
    assertTrue(history.nationallyListed(y(2026)));
    assertFalse(history.nationallyListed(y(2027)));
    assertFalse(history.nationallyListed(y(2030)));
    assertEquals(Map.of(y(2024), CoverageSystem.NATIONAL, y(2025), CoverageSystem.NATIONAL,
        y(2026), CoverageSystem.NATIONAL), history.coverage(y(2023), y(2028)));
    // Reaching the threshold again lists it again in that year.
    assertTrue(history.withEmissions(y(2028), t("26000")).nationallyListed(y(2028)));
    assertFalse(history.withEmissions(y(2028), t("26000")).nationallyListed(y(2027)));
  }

  @Test
  void oneYearBelowOrAGapDoesNotRemove() {
    EntityCoverage broken = EntityCoverage.of(CEMENT)
        .withEmissions(y(2024), t("30000"))
        .withEmissions(y(2025), t("25000"))
        .withEmissions(y(2026), t("27000"))
        .withEmissions(y(2027), t("25000"));
    assertTrue(broken.nationallyListed(y(2028)));
    // No data for 2025: the run of years below is broken, data are never guessed.
    EntityCoverage gap = EntityCoverage.of(CEMENT)
        .withEmissions(y(2024), t("30000"))
        .withEmissions(y(2026), t("1000"))
        .withEmissions(y(2027), t("1000"));
    assertTrue(gap.nationallyListed(y(2025)));
    assertTrue(gap.nationallyListed(y(2027)));
    assertFalse(gap.nationallyListed(y(2028)));
  }

  @Test
  void removalCountIsAParameter() {
    CoverageRules three = CoverageRules.chinaNational()
        .withRemovalConsecutiveYears(3, Source.of("study", "3 years", Confidence.ASSUMED));
    EntityCoverage history = EntityCoverage.of(CEMENT, three)
        .withEmissions(y(2024), t("30000"))
        .withEmissions(y(2025), t("1"))
        .withEmissions(y(2026), t("1"));
    assertTrue(history.nationallyListed(y(2027)));
    assertFalse(history.withEmissions(y(2027), t("1")).nationallyListed(y(2028)));
    CoverageRules higher = CoverageRules.chinaNational()
        .withInclusionThreshold(t("50000.0"), Source.of("study", "threshold", Confidence.ASSUMED));
    assertEquals("50000", higher.inclusionThresholdTonnes().toPlainString());
    assertFalse(EntityCoverage.of(CEMENT, higher).withEmissions(y(2024), t("30000")).nationallyListed(y(2024)));
  }

  @Test
  void closureEndsCoverage() {
    EntityCoverage history = EntityCoverage.of(CEMENT).withEmissions(y(2024), t("30000")).withClosure(y(2025));
    assertTrue(history.nationallyListed(y(2025)));
    assertFalse(history.nationallyListed(y(2026)));
    assertEquals(Optional.of(y(2025)), history.closure());
    assertThrows(EtsValidationException.class, () -> history.withClosure(y(2026)));
  }

  @Test
  void pilotEntityMovesToTheNationalEts() {
    EntityCoverage history = EntityCoverage.of(CEMENT)
        .withPilot(RegionalPilot.FUJIAN, y(2016))
        .withMoveToNational(y(2024))
        .withEmissions(y(2024), t("30000"));
    assertEquals(Optional.of(CoverageSystem.pilot(RegionalPilot.FUJIAN)), history.coveredBy(y(2023)));
    assertEquals(Optional.of(CoverageSystem.NATIONAL), history.coveredBy(y(2024)));
    assertEquals(Optional.empty(), history.coveredBy(y(2015)));
    assertEquals(Optional.of(y(2024)), history.movedToNational());
    assertEquals(Optional.of(RegionalPilot.FUJIAN), history.pilot());
    assertEquals(Optional.of(y(2016)), history.pilotFirstYear());
    // The move lists the entity in its first national year even without a figure for that year.
    EntityCoverage moved = EntityCoverage.of(CEMENT).withPilot(RegionalPilot.FUJIAN, y(2016)).withMoveToNational(y(2025));
    assertTrue(moved.nationallyListed(y(2025)));
    assertTrue(moved.nationallyListed(y(2026)));
    assertFalse(moved.nationallyListed(y(2024)));
    // The pilot covers until closure when the entity closes before moving.
    EntityCoverage closed = EntityCoverage.of(CEMENT).withPilot(RegionalPilot.FUJIAN, y(2016)).withClosure(y(2020));
    assertEquals(Optional.of(CoverageSystem.pilot(RegionalPilot.FUJIAN)), closed.coveredBy(y(2020)));
    assertEquals(Optional.empty(), closed.coveredBy(y(2021)));
  }

  @Test
  void doubleCoverageIsRefusedNamingEntityYearAndBothSystems() {
    EntityCoverage inPilot = EntityCoverage.of(CEMENT).withPilot(RegionalPilot.FUJIAN, y(2016));
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> inPilot.withEmissions(y(2024), t("30000")));
    assertEquals("coverage", e.field());
    assertEquals("Minjiang Cement (91350100M000100Y43) in 2024", e.value());
    assertEquals("covered by both the national ETS and the FUJIAN pilot ETS; one year of an entity's emissions is covered"
        + " by one system only (record the year it moved to the national ETS)", e.rule());
    // Moving in 2025 leaves 2024 doubly covered by the 2024 figure.
    EntityCoverage movedLate = inPilot.withMoveToNational(y(2025));
    EtsValidationException late = assertThrows(EtsValidationException.class,
        () -> movedLate.withEmissions(y(2024), t("30000")));
    assertEquals("Minjiang Cement (91350100M000100Y43) in 2024", late.value());
    assertEquals("covered by both the national ETS and the FUJIAN pilot ETS; one year of an entity's emissions is covered"
        + " by one system only", late.rule());
    // Registering the pilot after a national year is refused too.
    EntityCoverage national = EntityCoverage.of(CEMENT).withEmissions(y(2024), t("30000"));
    assertEquals("Minjiang Cement (91350100M000100Y43) in 2024",
        assertThrows(EtsValidationException.class, () -> national.withPilot(RegionalPilot.FUJIAN, y(2020))).value());
    // A pilot entity below the threshold is not doubly covered.
    assertEquals(Optional.of(CoverageSystem.pilot(RegionalPilot.FUJIAN)),
        inPilot.withEmissions(y(2024), t("20000")).coveredBy(y(2024)));
  }

  @Test
  void badHistoriesAreRefused() {
    EntityCoverage history = EntityCoverage.of(CEMENT).withEmissions(y(2024), t("30000"));
    assertEquals("year", assertThrows(EtsValidationException.class, () -> history.withEmissions(y(2024), t("1"))).field());
    assertEquals("tonnesCo2e", assertThrows(EtsValidationException.class,
        () -> history.withEmissions(y(2025), t("-1"))).field());
    assertThrows(EtsValidationException.class, () -> EntityCoverage.of(CEMENT).withMoveToNational(y(2024)));
    EntityCoverage pilot = EntityCoverage.of(CEMENT).withPilot(RegionalPilot.FUJIAN, y(2016));
    assertThrows(EtsValidationException.class, () -> pilot.withPilot(RegionalPilot.HUBEI, y(2016)));
    assertThrows(EtsValidationException.class, () -> pilot.withMoveToNational(y(2016)));
    EtsValidationException early = assertThrows(EtsValidationException.class, () -> pilot.withMoveToNational(y(2020)));
    assertTrue(early.rule().contains("from 2024"), early.rule());
    EntityCoverage moved = pilot.withMoveToNational(y(2024));
    assertThrows(EtsValidationException.class, () -> moved.withMoveToNational(y(2025)));
    assertThrows(EtsValidationException.class, () -> history.coverage(y(2025), y(2024)));
    assertThrows(EtsValidationException.class, () -> EntityCoverage.of(null));
    assertThrows(EtsValidationException.class,
        () -> CoverageRules.chinaNational().withRemovalConsecutiveYears(0, CoverageRules.REMOVAL_SOURCE));
    assertThrows(EtsValidationException.class,
        () -> CoverageRules.chinaNational().withRemovalConsecutiveYears(11, CoverageRules.REMOVAL_SOURCE));
    assertThrows(EtsValidationException.class,
        () -> CoverageRules.chinaNational().withInclusionLagYears(-1, CoverageRules.INCLUSION_LAG_SOURCE));
    assertThrows(EtsValidationException.class,
        () -> CoverageRules.chinaNational().withInclusionLagYears(6, CoverageRules.INCLUSION_LAG_SOURCE));
    assertThrows(EtsValidationException.class,
        () -> CoverageRules.chinaNational().withInclusionThreshold(BigDecimal.ZERO, CoverageRules.REMOVAL_SOURCE));
    // The range edges are allowed.
    assertEquals(1, CoverageRules.chinaNational().withRemovalConsecutiveYears(1, CoverageRules.REMOVAL_SOURCE)
        .removalConsecutiveYears());
    assertEquals(10, CoverageRules.chinaNational().withRemovalConsecutiveYears(10, CoverageRules.REMOVAL_SOURCE)
        .removalConsecutiveYears());
    assertEquals(0, CoverageRules.chinaNational().withInclusionLagYears(0, CoverageRules.INCLUSION_LAG_SOURCE)
        .inclusionLagYears());
    assertEquals(5, CoverageRules.chinaNational().withInclusionLagYears(5, CoverageRules.INCLUSION_LAG_SOURCE)
        .inclusionLagYears());
  }

  @Test
  void pilotCoversFromItsFirstYearOn() {
    EntityCoverage pilot = EntityCoverage.of(POWER).withPilot(RegionalPilot.BEIJING, y(2013));
    assertEquals(Optional.of(CoverageSystem.pilot(RegionalPilot.BEIJING)), pilot.coveredBy(y(2013)));
    assertEquals(Optional.empty(), pilot.coveredBy(y(2012)));
  }

  @Test
  void valueSemantics() {
    EntityCoverage a = EntityCoverage.of(CEMENT).withEmissions(y(2024), t("30000.00"));
    EntityCoverage b = EntityCoverage.of(CEMENT).withEmissions(y(2024), t("30000"));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, EntityCoverage.of(CEMENT));
    assertNotEquals(a, (Object) "x");
    assertEquals(CEMENT, a.entity());
    assertEquals(CoverageRules.chinaNational(), a.rules());
    assertEquals(CoverageRules.chinaNational().hashCode(), a.rules().hashCode());
    assertNotEquals(CoverageRules.chinaNational(), (Object) "x");
    assertEquals(Map.of(y(2024), t("30000")), a.emissions());
    assertEquals("EntityCoverage{Minjiang Cement (91350100M000100Y43), emissions={2024=30000}}", a.toString());
    assertEquals("EntityCoverage{Minjiang Cement (91350100M000100Y43), emissions={}, pilot=FUJIAN from 2016,"
        + " national from 2024, closed after 2030}", EntityCoverage.of(CEMENT).withPilot(RegionalPilot.FUJIAN, y(2016))
        .withMoveToNational(y(2024)).withClosure(y(2030)).toString());
    assertNotEquals(a.hashCode(), EntityCoverage.of(CEMENT).hashCode());
    CoverageRules other = CoverageRules.chinaNational().withRemovalConsecutiveYears(3, CoverageRules.REMOVAL_SOURCE);
    assertNotEquals(CoverageRules.chinaNational(), other);
    assertNotEquals(CoverageRules.chinaNational().hashCode(), other.hashCode());
    assertNotEquals(CoverageSystem.NATIONAL.hashCode(), CoverageSystem.pilot(RegionalPilot.HUBEI).hashCode());
    assertTrue(CoverageRules.chinaNational().toString().contains("MEASURES-2021 Art 8 [V]"));
    assertEquals("national ETS", CoverageSystem.NATIONAL.toString());
    assertEquals("HUBEI pilot ETS", CoverageSystem.pilot(RegionalPilot.HUBEI).toString());
    assertTrue(CoverageSystem.NATIONAL.isNational());
    assertFalse(CoverageSystem.pilot(RegionalPilot.HUBEI).isNational());
    assertEquals(Optional.of(RegionalPilot.HUBEI), CoverageSystem.pilot(RegionalPilot.HUBEI).regionalPilot());
    assertEquals(CoverageSystem.pilot(RegionalPilot.HUBEI).hashCode(), CoverageSystem.pilot(RegionalPilot.HUBEI).hashCode());
    assertNotEquals(CoverageSystem.NATIONAL, CoverageSystem.pilot(RegionalPilot.HUBEI));
  }
}
