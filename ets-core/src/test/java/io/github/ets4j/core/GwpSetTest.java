package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GWP100 values typed from coverage.md, table "GWP100 values". */
class GwpSetTest {

  private static void assertGwp(String expected, GwpSet set, Gas gas) {
    assertEquals(0, new BigDecimal(expected).compareTo(set.gwp(gas)), set + " " + gas);
  }

  @Test
  void ar5PfcsAreThoseOfTheAluminumGuideline() {
    assertGwp("6630", GwpSet.AR5, Gas.CF4);
    assertGwp("11100", GwpSet.AR5, Gas.C2F6);
  }

  @Test
  void sarPfcsAreThoseOfThe2013Guideline() {
    assertGwp("6500", GwpSet.AR2, Gas.CF4);
    assertGwp("9200", GwpSet.AR2, Gas.C2F6);
  }

  @Test
  void everyTabulatedValue() {
    String[][] table = {
      // gas, AR2, AR4, AR5, AR6
      {"CO2", "1", "1", "1", "1"},
      {"CH4", "21", "25", "28", "27.9"},
      {"N2O", "310", "298", "265", "273"},
      {"CF4", "6500", "7390", "6630", "7380"},
      {"C2F6", "9200", "12200", "11100", "12400"},
      {"SF6", "23900", "22800", "23500", "25200"},
    };
    GwpSet[] sets = {GwpSet.AR2, GwpSet.AR4, GwpSet.AR5, GwpSet.AR6};
    for (String[] row : table) {
      for (int i = 0; i < sets.length; i++) {
        assertGwp(row[i + 1], sets[i], Gas.valueOf(row[0]));
      }
    }
  }

  @Test
  void aCustomSetNamesItselfAndRefusesUnknownGases() {
    Map<Gas, BigDecimal> values = new EnumMap<>(Gas.class);
    values.put(Gas.CO2, BigDecimal.ONE);
    values.put(Gas.CF4, new BigDecimal("6630.0"));
    GwpSet national = GwpSet.of("CN-test", values, Source.of("TEST", "", Confidence.ASSUMED));
    assertEquals("CN-test", national.name());
    assertEquals("CN-test", national.toString());
    assertTrue(national.defines(Gas.CF4));
    assertFalse(national.defines(Gas.C2F6));
    assertEquals(new BigDecimal("6630"), national.gwp(Gas.CF4));
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> national.gwp(Gas.C2F6));
    assertEquals("gas", e.field());
    assertEquals("C2F6", e.value());
    assertTrue(e.getMessage().contains("CN-test defines no GWP"), e.getMessage());
  }

  @Test
  void aCustomSetRefusesBadValues() {
    Source src = Source.of("TEST", "", Confidence.ASSUMED);
    assertThrows(EtsValidationException.class, () -> GwpSet.of(" ", Map.of(), src));
    EtsValidationException zero = assertThrows(EtsValidationException.class,
        () -> GwpSet.of("x", Map.of(Gas.CH4, BigDecimal.ZERO), src));
    assertTrue(zero.getMessage().contains("greater than zero"), zero.getMessage());
    EtsValidationException co2 = assertThrows(EtsValidationException.class,
        () -> GwpSet.of("x", Map.of(Gas.CO2, new BigDecimal("2")), src));
    assertTrue(co2.getMessage().contains("CO2 is 1"), co2.getMessage());
  }

  @Test
  void withGwpMakesANewSetAndLeavesTheOldOne() {
    GwpSet fossil = GwpSet.AR6.withGwp("AR6-fossil-CH4", Gas.CH4, new BigDecimal("29.8"), GwpSet.AR6.source());
    assertGwp("29.8", fossil, Gas.CH4);
    assertGwp("27.9", GwpSet.AR6, Gas.CH4);
    assertNotEquals(fossil, GwpSet.AR6);
    assertEquals(GwpSet.AR6, GwpSet.AR6);
    assertEquals(GwpSet.AR6.hashCode(), GwpSet.AR6.withGwp("AR6", Gas.CH4, new BigDecimal("27.90"), GwpSet.AR6.source()).hashCode());
  }

  @Test
  void setsCiteTheirSource() {
    assertEquals(Confidence.SECONDARY, GwpSet.AR5.source().confidence());
    assertEquals("IPCC-AR6 WG1 Table 7.SM.7 [S]", GwpSet.AR6.source().toString());
  }
}
