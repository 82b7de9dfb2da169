package io.github.ets4j.sectors.fuel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.mrv.Finding;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A catalogue of one's own may hold a default outside its range. The resolution skips the range check of a default
 * found within its range once for the fuel; a default outside it must still be flagged (plausible range) or refused
 * (physical range) on every line, under the line's own label, exactly as a value given on the line. The ranges are
 * the catalogue's (mrv.md "Plausibility ranges"): NCV of solid fuels physical 0–125, plausible 4.5–35 GJ/t; CC of
 * solid fuels physical 0–0.1, plausible 0.024–0.034 tC/GJ; OF physical 0–100, plausible 90–100 %.
 */
class DefaultOutsideItsRangeTest {
  private static final Year Y2025 = Year.of(2025);
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final DefaultCatalogue NATIONAL = DefaultCatalogue.chinaNational();

  private static DefaultCatalogue withDefault(String key, String value) {
    return NATIONAL.with(NATIONAL.get(key, Sector.STEEL, Y2025).withValue(new BigDecimal(value)));
  }

  private static FuelLine coal(String label) {
    return FuelLine.builder().fuel(Fuel.BITUMINOUS_COAL).quantity(new BigDecimal("1000")).unit(FuelUnit.TONNE)
        .label(label).build();
  }

  private static List<String> messages(FuelLine line, DefaultCatalogue catalogue) {
    return FuelRules.resolve(line, Sector.STEEL, Y2025, catalogue).findings(MARCH).stream().map(Finding::message)
        .collect(Collectors.toList());
  }

  @Test
  void aDefaultWithinItsRangeGivesNoFinding() {
    assertEquals(List.of(), messages(coal("bituminous coal"), NATIONAL));
    assertEquals(List.of(), messages(coal("coal to unit 2"), NATIONAL));
  }

  @Test
  void aDefaultOutsideItsPlausibleRangeIsFlaggedOnEveryLine() {
    // NCV 40 GJ/t: physical (≤ 125), above the plausible 35; OF 85 %: physical, below the plausible 90.
    DefaultCatalogue ncv40 = withDefault(DefaultKeys.fuelNcv("bituminous-coal"), "40");
    DefaultCatalogue of85 = withDefault(DefaultKeys.fuelOxidationRate("bituminous-coal"), "85");
    DefaultCatalogue cc40 = withDefault(DefaultKeys.fuelCarbonContent("bituminous-coal"), "0.040");
    // The fuel's own name (the default parameter made once for it) and another label, twice each (the second time
    // the fuel's defaults are already kept with the catalogue).
    for (String label : List.of("bituminous coal", "coal to unit 2", "bituminous coal", "coal to unit 2")) {
      List<String> ncv = messages(coal(label), ncv40);
      assertEquals(1, ncv.size(), ncv.toString());
      assertTrue(ncv.get(0).startsWith("ncv of " + label + " = 40 GJ/t lies outside the plausible range 4.5–35 GJ/t"
          + " of the NCV of solid fuels"), ncv.get(0));
      List<String> of = messages(coal(label), of85);
      assertEquals(1, of.size(), of.toString());
      assertTrue(of.get(0).startsWith("oxidationRate of " + label + " = 85 % lies outside the plausible range"
          + " 90–100 % of the oxidation rate"), of.get(0));
      List<String> cc = messages(coal(label), cc40);
      assertEquals(1, cc.size(), cc.toString());
      assertTrue(cc.get(0).startsWith("carbonContent of " + label + " = 0.040 tC/GJ lies outside the plausible"
          + " range 0.024–0.034 tC/GJ of the carbon content of solid fuels"), cc.get(0));
    }
  }

  @Test
  void aDefaultOutsideItsPhysicalRangeIsRefusedOnEveryLine() {
    // NCV 130 GJ/t above the physical 125; CC 0.2 tC/GJ above the physical 0.1.
    DefaultCatalogue ncv130 = withDefault(DefaultKeys.fuelNcv("bituminous-coal"), "130");
    DefaultCatalogue cc02 = withDefault(DefaultKeys.fuelCarbonContent("bituminous-coal"), "0.2");
    for (String label : List.of("bituminous coal", "coal to unit 2", "bituminous coal")) {
      EtsValidationException ncv = assertThrows(EtsValidationException.class,
          () -> FuelRules.resolve(coal(label), Sector.STEEL, Y2025, ncv130));
      assertEquals("ncv of " + label, ncv.field());
      assertEquals("130 GJ/t", ncv.value());
      assertTrue(ncv.rule().startsWith("outside the physical range 0–125 GJ/t of the NCV of solid fuels"), ncv.rule());
      EtsValidationException cc = assertThrows(EtsValidationException.class,
          () -> FuelRules.resolve(coal(label), Sector.STEEL, Y2025, cc02));
      assertEquals("carbonContent of " + label, cc.field());
      assertEquals("0.2 tC/GJ", cc.value());
      assertTrue(cc.rule().startsWith("outside the physical range 0–0.1 tC/GJ"), cc.rule());
    }
  }
}
