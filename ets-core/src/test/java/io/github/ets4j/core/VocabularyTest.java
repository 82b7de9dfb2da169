package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Facts of coverage.md: sectors, gases, years; and the small enums of the vocabulary. */
class VocabularyTest {

  @Test
  void sectorsAndTheirFirstComplianceYear() {
    assertEquals(Year.of(2019), Sector.POWER.firstComplianceYear());
    for (Sector s : EnumSet.of(Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM)) {
      assertEquals(Year.of(2024), s.firstComplianceYear());
      assertFalse(s.isCoveredIn(Year.of(2023)));
      assertTrue(s.isCoveredIn(Year.of(2024)));
    }
    assertTrue(Sector.POWER.isCoveredIn(Year.of(2019)));
    assertFalse(Sector.POWER.isCoveredIn(Year.of(2018)));
  }

  @Test
  void onlyAluminumCoversPfcs() {
    assertEquals(EnumSet.of(Gas.CO2, Gas.CF4, Gas.C2F6), EnumSet.copyOf(Sector.ALUMINUM.coveredGases()));
    assertEquals(EnumSet.of(Gas.CO2), EnumSet.copyOf(Sector.POWER.coveredGases()));
    assertEquals(EnumSet.of(Gas.CO2), EnumSet.copyOf(Sector.CEMENT.coveredGases()));
    assertEquals(EnumSet.of(Gas.CO2), EnumSet.copyOf(Sector.STEEL.coveredGases()));
    assertEquals("clinker production line", Sector.CEMENT.allocationUnit());
    assertEquals("aluminum electrolysis process", Sector.ALUMINUM.allocationUnit());
  }

  @Test
  void gasesKnowTheirFormulaAndName() {
    assertEquals("C2F6", Gas.C2F6.formula());
    assertEquals("tetrafluoromethane", Gas.CF4.commonName());
    assertEquals("sulphur hexafluoride", Gas.SF6.commonName());
  }

  @Test
  void confidenceTags() {
    assertEquals("V", Confidence.OFFICIAL.tag());
    assertEquals("D", Confidence.DRAFT.tag());
    assertEquals("S", Confidence.SECONDARY.tag());
    assertEquals("C", Confidence.THIRD_PARTY.tag());
    assertEquals("A", Confidence.ASSUMED.tag());
    assertTrue(Confidence.OFFICIAL.isOfficial());
    assertFalse(Confidence.DRAFT.isOfficial());
    assertEquals(4, Acquisition.values().length);
    assertEquals(Acquisition.DEFAULT, Acquisition.valueOf("DEFAULT"));
  }

  @Test
  void sourcesRenderAsCitations() {
    assertEquals("MEASURES-2021 Art 8 [V]", Source.of("MEASURES-2021", "Art 8", Confidence.OFFICIAL).toString());
    assertEquals("PROJECT [A]", Source.of("PROJECT", "", Confidence.ASSUMED).toString());
    assertThrows(EtsValidationException.class, () -> Source.of(" ", "", Confidence.ASSUMED));
  }

  @Test
  void precisionsAreValuesWithAReadableForm() {
    Source s = Source.of("PLAN-2526-DRAFT", "§三", Confidence.DRAFT);
    Precision ff = Precision.of("peak-shaving factor", 6, RoundingMode.HALF_UP, s);
    assertEquals(ff, Precision.of("peak-shaving factor", 6, RoundingMode.HALF_UP, s));
    assertEquals(ff.hashCode(), Precision.of("peak-shaving factor", 6, RoundingMode.HALF_UP, s).hashCode());
    assertNotEquals(ff, Precision.of("peak-shaving factor", 5, RoundingMode.HALF_UP, s));
    assertNotEquals(ff, Precision.of("peak-shaving factor", 6, RoundingMode.FLOOR, s));
    assertNotEquals(ff, Precision.of("other", 6, RoundingMode.HALF_UP, s));
    assertNotEquals(ff, Precision.of("peak-shaving factor", 6, RoundingMode.HALF_UP, Source.of("X", "", Confidence.DRAFT)));
    assertNotEquals(ff, (Object) "peak-shaving factor");
    assertEquals("peak-shaving factor", ff.name());
    assertEquals(RoundingMode.HALF_UP, ff.mode());
    assertEquals(s, ff.source());
    assertEquals("peak-shaving factor: 6 decimals HALF_UP (PLAN-2526-DRAFT §三 [D])", ff.toString());
    assertEquals(new BigDecimal("1.061364"), ff.round(new BigDecimal("1.061363550625")));
  }

  @Test
  void amountsAreValues() {
    Co2e a = Co2e.of(new BigDecimal("1.50"), GwpSet.AR5);
    assertEquals(a, Co2e.of(new BigDecimal("1.5"), GwpSet.AR5));
    assertEquals(a.hashCode(), Co2e.of(new BigDecimal("1.5"), GwpSet.AR5).hashCode());
    assertNotEquals(a, Co2e.of(new BigDecimal("1.5"), GwpSet.AR4));
    assertNotEquals(a, Co2e.of(new BigDecimal("1.6"), GwpSet.AR5));
    assertNotEquals(a, (Object) "1.5");
    assertThrows(EtsValidationException.class, () -> Co2e.of(BigDecimal.ONE, null));
  }

  @Test
  void setsAreValues() {
    assertNotEquals(GwpSet.AR5, GwpSet.AR4);
    assertNotEquals(GwpSet.AR5, (Object) "AR5");
    assertEquals(6, GwpSet.AR2.values().size());
    assertNotEquals(GwpSet.AR6, GwpSet.AR6.withGwp("AR6", Gas.CH4, new BigDecimal("27.9"), Source.of("X", "", Confidence.ASSUMED)));
    assertThrows(EtsValidationException.class, () -> GwpSet.of("x", java.util.Map.of(), null));
  }

  @Test
  void inventoriesAreValuesWithAReadableForm() {
    EmissionLine line = EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, BigDecimal.ONE);
    Emissions e = Emissions.of(line);
    assertEquals(e, e.plus(Emissions.empty()));
    assertEquals(e, Emissions.empty().plus(e));
    assertEquals(Emissions.of(line, line), e.plus(line));
    assertNotEquals(e, (Object) "x");
    assertTrue(e.toString().startsWith("Emissions["), e.toString());
    assertEquals(1, e.lines().size());
    assertThrows(EtsValidationException.class, () -> Emissions.of((EmissionLine[]) null));
  }
}
