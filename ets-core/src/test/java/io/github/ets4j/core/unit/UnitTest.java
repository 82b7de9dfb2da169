package io.github.ets4j.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EmissionLine;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Gas;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Units read strictly and converted exactly (mrv.md "Units"; 1 kcal = 4.1868 kJ). */
class UnitTest {

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  private static void assertConverts(String expected, String value, String unit) {
    BigDecimal converted = Unit.parse("x", unit).toGuidelineUnit(bd(value));
    assertEquals(0, bd(expected).compareTo(converted), value + " " + unit + " gave " + converted);
  }

  @Test
  void theSpellingsOfTheBriefAreKnownAndConvertedExactly() {
    assertConverts("20.934", "5000", "kcal/kg");          // 5,000 × 4.1868 kJ/kg = 20,934 kJ/kg
    assertConverts("20.934", "20934", "kJ/kg");
    assertConverts("20.934", "20.934", "MJ/kg");
    assertConverts("20.934", "20.934", "GJ/t");
    assertConverts("389.31", "38.931", "MJ/Nm3");        // 38.931 MJ/Nm3 × 10^4 Nm3 = 389,310 MJ
    assertConverts("389.31", "38931", "kJ/Nm3");
    assertConverts("389.31", "389.31", "GJ/10^4 Nm3");
    assertConverts("0.02618", "26.18", "tC/TJ");          // VG-POWER-2026 bituminous reference
    assertConverts("0.02618", "26.18", "kgC/GJ");
    assertConverts("0.02618", "0.02618", "tC/GJ");
    assertConverts("99", "99", "%");
    assertConverts("0.5432", "0.5432", "tC/t");
    assertConverts("50000", "50", "kt");
    assertConverts("50", "50", "t");
    assertConverts("250.5", "2505000", "Nm3");
    assertConverts("250.5", "250.5", "10^4 Nm3");
    assertConverts("1.5", "1500", "kWh");
    assertConverts("15", "1.5", "10^4 kWh");
    assertConverts("1.5", "1.5", "MWh");
    assertConverts("0.3", "300", "MJ");
    assertConverts("2000", "2", "TJ");
    assertConverts("2", "2", "GJ");
  }

  @Test
  void eachUnitBelongsToOneQuantity() {
    assertSame(Quantity.ENERGY_PER_MASS, Unit.KCAL_PER_KG.quantity());
    assertSame(Unit.GJ_PER_T, Unit.KCAL_PER_KG.guidelineUnit());
    assertTrue(Unit.GJ_PER_T.isGuidelineUnit());
    assertFalse(Unit.MJ_PER_KG.isGuidelineUnit());
    assertEquals(List.of(Unit.TC_PER_GJ, Unit.TC_PER_TJ, Unit.KGC_PER_GJ), Quantity.CARBON_PER_HEAT.units());
    assertEquals("GJ/t, MJ/kg, kJ/kg, kcal/kg", Quantity.ENERGY_PER_MASS.acceptedSpellings());
    assertEquals("net calorific value (solid or liquid fuel)", Quantity.ENERGY_PER_MASS.description());
    assertEquals("kcal/kg", Unit.KCAL_PER_KG.toString());
    assertEquals(List.of("10^4 Nm3", "10^4Nm3"), Unit.TEN_THOUSAND_NM3.spellings());
    // a constant converts to nothing else
    assertSame(Unit.KJ_PER_KCAL_UNIT, Unit.KJ_PER_KCAL_UNIT.guidelineUnit());
    assertEquals(bd("4.1868"), Unit.KJ_PER_KCAL_UNIT.toGuidelineUnit(Unit.KJ_PER_KCAL));
    // a value in its guideline unit keeps its scale
    assertEquals("20.000", Unit.GJ_PER_T.toGuidelineUnit(bd("20.000")).toPlainString());
    // surrounding blanks are stripped, case is not folded
    assertSame(Unit.KCAL_PER_KG, Unit.parse("NCV", " kcal/kg "));
    assertThrows(EtsValidationException.class, () -> Unit.parse("NCV", "KCAL/KG"));
    for (Unit unit : Unit.values()) {
      for (String spelling : unit.spellings()) {
        assertSame(unit, Unit.parse("x", spelling));
      }
      assertTrue(unit.quantity().units().contains(unit) || unit.guidelineUnit() == unit, unit.name());
    }
  }

  @Test
  void unknownUnitsAndUnitsOfAnotherQuantityNameTheFieldTheUnitAndTheAcceptedUnits() {
    EtsValidationException bananas = assertThrows(EtsValidationException.class, () -> Unit.parse("NCV", "bananas"));
    assertEquals("unit of NCV", bananas.field());
    assertEquals("bananas", bananas.value());
    assertTrue(bananas.rule().startsWith("unknown unit; accepted units: GJ/t, MJ/kg, kJ/kg, kcal/kg"), bananas.rule());
    EtsValidationException wrong = assertThrows(EtsValidationException.class,
        () -> Unit.parse("CC", "tC/t", Quantity.CARBON_PER_HEAT));
    assertEquals("unit of CC", wrong.field());
    assertEquals("tC/t", wrong.value());
    assertEquals("a unit of element carbon per mass of fuel where a carbon content per unit heat is expected;"
        + " accepted units: tC/GJ, tC/TJ, kgC/GJ", wrong.rule());
    EtsValidationException unknown = assertThrows(EtsValidationException.class,
        () -> Unit.parse("CC", "tC/kWh", Quantity.CARBON_PER_HEAT));
    assertEquals("unknown unit for a carbon content per unit heat; accepted units: tC/GJ, tC/TJ, kgC/GJ",
        unknown.rule());
    assertSame(Unit.TC_PER_TJ, Unit.parse("CC", "tC/TJ", Quantity.CARBON_PER_HEAT));
    assertEquals("unit of NCV", assertThrows(EtsValidationException.class, () -> Unit.parse("NCV", " ")).field());
    assertThrows(EtsValidationException.class, () -> Quantity.SHARE.require("OF", Unit.GJ_PER_T));
    assertSame(Unit.PERCENT, Quantity.SHARE.require("OF", Unit.PERCENT));
  }

  @Test
  void anAnodeEffectLineIsCf4OrC2f6NeverCo2OrNull() {
    EtsValidationException co2 = assertThrows(EtsValidationException.class,
        () -> EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.CO2, BigDecimal.ONE));
    assertEquals("gas", co2.field());
    assertEquals("CO2", co2.value());
    assertThrows(EtsValidationException.class, () -> EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.SF6, BigDecimal.ONE));
    EtsValidationException none = assertThrows(EtsValidationException.class,
        () -> EmissionLine.of(EmissionSource.ANODE_EFFECT, null, bd("3.4")));
    assertEquals("gas", none.field());
    assertEquals("source", assertThrows(EtsValidationException.class,
        () -> EmissionLine.of(null, Gas.CO2, bd("3.4"))).field());
    assertEquals(Gas.CF4, EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.CF4, bd("3.4")).gas());
    assertEquals(Gas.C2F6, EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.C2F6, bd("0.34")).gas());
  }
}
