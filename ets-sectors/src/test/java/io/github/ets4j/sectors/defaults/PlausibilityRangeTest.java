package io.github.ets4j.sectors.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plausibility ranges of the catalogue (mrv.md "Plausibility ranges", VG-POWER-2026; [A] where none is published). */
class PlausibilityRangeTest {
  private static final DefaultCatalogue NATIONAL = DefaultCatalogue.chinaNational();
  private static final Year Y2025 = Year.of(2025);

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  private static PlausibilityRange.Builder range() {
    return PlausibilityRange.builder().key("range/test").unit("GJ/t").physicalMin(bd("0")).physicalMax(bd("100"))
        .plausibleMin(bd("10")).plausibleMax(bd("30")).source(Source.of("VERIFIER", "own", Confidence.ASSUMED))
        .sectors(EnumSet.of(Sector.STEEL)).firstYear(Year.of(2024)).description("test NCV");
  }

  @Test
  void thePublishedRangesAreThoseOfVgPower2026() {
    // coal gangue 4,500–12,550 kJ/kg and coal slime 8,360–16,720 kJ/kg, in GJ/t
    PlausibilityRange gangue = NATIONAL.range(DefaultKeys.ncvRange("coal-gangue"), Sector.POWER, Y2025).orElseThrow();
    assertEquals(0, bd("4.5").compareTo(gangue.plausibleMin()));
    assertEquals(0, bd("12.55").compareTo(gangue.plausibleMax()));
    assertEquals(Confidence.OFFICIAL, gangue.source().confidence());
    assertEquals("VG-POWER-2026", gangue.source().document());
    PlausibilityRange slime = NATIONAL.range(DefaultKeys.ncvRange("coal-slime"), Sector.CEMENT, Y2025).orElseThrow();
    assertEquals(0, bd("8.36").compareTo(slime.plausibleMin()));
    assertEquals(0, bd("16.72").compareTo(slime.plausibleMax()));
    // the load factor cannot exceed 100 %
    assertEquals(0, bd("100").compareTo(NATIONAL.range(DefaultKeys.LOAD_FACTOR_RANGE, Sector.POWER, Y2025)
        .orElseThrow().physicalMax()));
    // every other range is ours and tagged [A]
    for (PlausibilityRange r : NATIONAL.ranges()) {
      if (!r.key().equals(gangue.key()) && !r.key().equals(slime.key())) {
        assertEquals(Confidence.ASSUMED, r.source().confidence(), r.key());
      }
    }
    assertEquals(16, NATIONAL.ranges().size());
    assertTrue(NATIONAL.range("range/none", Sector.POWER, Y2025).isEmpty());
    assertTrue(NATIONAL.toString().contains("16 ranges"));
  }

  @Test
  void everyDefaultOfTheFuelTableIsPlausible() {
    for (Fuel fuel : Fuel.values()) {
      for (Sector sector : List.of(Sector.STEEL, Sector.CEMENT, Sector.ALUMINUM)) {
        FuelLine line = FuelLine.of(fuel, bd("100"), fuel.unit());
        assertTrue(FuelRules.resolve(line, sector, Y2025, NATIONAL).findings(YearMonth.of(2025, 1)).isEmpty(),
            fuel + " " + sector);
      }
    }
  }

  @Test
  void physicalRefusesAndPlausibleFlags() {
    PlausibilityRange r = range().build();
    assertEquals(0, bd("100").compareTo(r.requirePhysical("NCV", bd("100"))));
    EtsValidationException above = assertThrows(EtsValidationException.class, () -> r.requirePhysical("NCV", bd("100.1")));
    assertEquals("NCV", above.field());
    assertEquals("100.1 GJ/t", above.value());
    assertEquals("outside the physical range 0–100 GJ/t of the test NCV (VERIFIER own [A]): check the value and its unit",
        above.rule());
    assertThrows(EtsValidationException.class, () -> r.requirePhysical("NCV", bd("-0.1")));
    assertTrue(r.implausibility("NCV", bd("10")).isEmpty());
    assertTrue(r.implausibility("NCV", bd("30")).isEmpty());
    assertEquals("NCV = 9.9 GJ/t lies outside the plausible range 10–30 GJ/t of the test NCV (VERIFIER own [A]):"
        + " check the value, its unit and its evidence", r.implausibility("NCV", bd("9.9")).orElseThrow());
    assertTrue(r.implausibility("NCV", bd("30.1")).isPresent());
    assertTrue(r.appliesTo(Sector.STEEL, Y2025));
    assertFalse(r.appliesTo(Sector.POWER, Y2025));
    assertFalse(r.appliesTo(Sector.STEEL, Year.of(2023)));
    assertFalse(range().lastYear(Year.of(2024)).build().appliesTo(Sector.STEEL, Y2025));
  }

  @Test
  void badRangesAreRefused() {
    assertThrows(EtsValidationException.class, () -> range().unit("bananas").build());
    assertThrows(EtsValidationException.class, () -> range().physicalMin(bd("101")).build());
    assertThrows(EtsValidationException.class, () -> range().plausibleMin(bd("31")).build());
    assertThrows(EtsValidationException.class, () -> range().plausibleMin(bd("-1")).build());
    assertThrows(EtsValidationException.class, () -> range().plausibleMax(bd("101")).build());
    assertThrows(EtsValidationException.class, () -> range().sectors(EnumSet.noneOf(Sector.class)).build());
    assertThrows(EtsValidationException.class, () -> range().lastYear(Year.of(2023)).build());
    assertThrows(EtsValidationException.class, () -> range().key(" ").build());
    assertThrows(EtsValidationException.class, () -> range().description(" ").build());
    assertThrows(EtsValidationException.class, () -> NATIONAL.withRanges(null));
  }

  @Test
  void aVerifiersOwnRangeTakesPrecedence() {
    // the verifier flags a bituminous NCV below 18 GJ/t
    PlausibilityRange own = range().key(DefaultKeys.ncvRange("bituminous-coal")).physicalMax(bd("125"))
        .plausibleMin(bd("18")).plausibleMax(bd("30")).build();
    DefaultCatalogue strict = NATIONAL.withRanges(List.of(own));
    assertNotEquals(NATIONAL, strict);
    assertNotEquals(NATIONAL.hashCode(), strict.hashCode());
    assertEquals(own, strict.range(own.key(), Sector.STEEL, Y2025).orElseThrow());
    FuelLine coal = FuelLine.of(Fuel.BITUMINOUS_COAL, bd("100"), FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", bd("17"), "GJ/t"));
    assertTrue(FuelRules.resolve(coal, Sector.STEEL, Y2025, NATIONAL).findings(YearMonth.of(2025, 1)).isEmpty());
    assertEquals(1, FuelRules.resolve(coal, Sector.STEEL, Y2025, strict).findings(YearMonth.of(2025, 1)).size());
    // a catalogue of one's own entries keeps the national ranges
    assertEquals(NATIONAL.ranges(), DefaultCatalogue.of(NATIONAL.entries()).ranges());
    assertEquals(NATIONAL, DefaultCatalogue.of(NATIONAL.entries()));
  }
}
