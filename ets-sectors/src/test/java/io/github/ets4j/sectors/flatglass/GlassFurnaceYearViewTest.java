package io.github.ets4j.sectors.flatglass;

import static io.github.ets4j.sectors.fixtures.FacilityYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.mrv.AnnualReport;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The flat-glass test sector's year view on the annual skeleton, with the figures derived by hand in
 * {@link GlassFurnaceYearTest}:
 *
 * <pre>
 * fuel: 12 × 10,825.08 = 129,900.96 tCO2; carbonates: 12 × (825.65 + 431.20 + 370.38) = 12 × 1,627.23 = 19,526.76
 * covered 129,900.96 + 19,526.76 = 149,427.72 → 149,428 t; indirect 12 × 1,591.80 = 19,101.60
 * glass 11 × 40,000 = 440,000.00 t; intensity 149,427.72 / 440,000 = 0.339608… → 0.3396 tCO2/t [A]
 * </pre>
 */
class GlassFurnaceYearViewTest {

  static AnnualReport furnaceYear() {
    return FacilityYears.year(GlassFurnaceYearTest.NORTH_GLASS.creditCode().value(), "furnace-1",
        GlassFurnaceYearTest::month);
  }

  @Test
  void theFurnaceWritesOnlyItsOwnFiguresAndTheSkeletonGivesTheRest() {
    GlassFurnaceYear furnace = GlassFurnaceYear.of(furnaceYear());
    // its own figures
    assertEquals(bd("440000.00"), furnace.glassTonnes());
    assertEquals(bd("129900.96"), furnace.fuelEmissions());
    assertEquals(bd("19526.76"), furnace.carbonateEmissions());
    assertEquals(bd("0.3396"), furnace.intensity());
    // the skeleton's
    assertEquals(bd("149428"), furnace.verifiedEmissions());
    assertEquals(bd("19101.60"), furnace.indirectEmissions());
    assertEquals(1, furnace.findings().size());
    assertEquals(YearMonth.of(2025, 8), furnace.findings().get(0).month());
    assertEquals(AbstractGlassFurnaceMonth.NO_OUTPUT_CHECK, furnace.findings().get(0).code());
    assertEquals(furnace.report().defaultsUsed(), furnace.defaultsUsed());
    assertTrue(furnace.defaultsUsed().stream().anyMatch(p -> p.value().compareTo(bd("0.4149")) == 0),
        furnace.defaultsUsed().toString());
    String[] lines = furnace.explain().split("\n");
    // five lines a month (gas, three carbonates, purchased electricity) and the year's sum
    assertEquals(61, lines.length, furnace.explain());
    assertTrue(lines[36].startsWith("2025-08 carbonate na2co3"), lines[36]);
    assertEquals("2025: Σ covered lines 149,427.72 tCO2 → verified 149,428 t", lines[60]);
    assertEquals("GlassFurnaceYear[furnace-1 2025: 149428 tCO2, 440000.00 t glass]", furnace.toString());
    assertEquals(furnace, GlassFurnaceYear.of(furnaceYear()));
    assertEquals(furnace.hashCode(), GlassFurnaceYear.of(furnaceYear()).hashCode());
  }

  @Test
  void theFurnaceChecksItsMonths() {
    // an electrolysis year has the covered sector the furnace borrows, but reports for aluminum, not flat glass
    AnnualReport potline = FacilityYears.year("E", "potline-1", m -> FacilityYears.aluminumMonth(m).build());
    EtsValidationException notFurnace = assertThrows(EtsValidationException.class, () -> GlassFurnaceYear.of(potline));
    assertEquals("report", notFurnace.field());
    assertEquals("ALUMINUM", notFurnace.value());
    assertTrue(notFurnace.rule().contains("needs a flat-glass report"), notFurnace.rule());
    AnnualReport line = FacilityYears.year("E", "line-2", m -> FacilityYears.cementMonth(m).build());
    EtsValidationException cement = assertThrows(EtsValidationException.class, () -> GlassFurnaceYear.of(line));
    assertEquals("report", cement.field());
    assertEquals("report", assertThrows(EtsValidationException.class, () -> GlassFurnaceYear.of(null)).field());
    // a year that melted no glass has no intensity
    AnnualReport cold = FacilityYears.year("E", "furnace-2",
        m -> GlassFurnaceMonth.copyOf(GlassFurnaceYearTest.month(m)).withGlassTonnes(bd("0")));
    GlassFurnaceYear idle = GlassFurnaceYear.of(cold);
    assertEquals(12, idle.findings().size());
    assertThrows(EtsValidationException.class, idle::intensity);
    assertNotEquals(idle, GlassFurnaceYear.of(furnaceYear()));
  }
}
