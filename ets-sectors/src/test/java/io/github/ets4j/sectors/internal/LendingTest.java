package io.github.ets4j.sectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.fuel.ResolvedFuel;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * The library's two internal hooks take their side only from the class that owns it: code of anyone else that calls
 * {@code lend} (possible on the class path, where the internal package is not sealed off) is refused, and the
 * library's own shortcut keeps working.
 */
class LendingTest {
  private static final Year Y2025 = Year.of(2025);

  @Test
  void onlyTheResolvedFuelLendsTheResolutionOfALineToAnother() {
    ResolvedFuel coal = FuelRules.resolve(FuelLine.of(Fuel.BITUMINOUS_COAL, new BigDecimal("100"), FuelUnit.TONNE),
        Sector.STEEL, Y2025, DefaultCatalogue.chinaNational());
    EtsValidationException refused = assertThrows(EtsValidationException.class,
        () -> SameResolution.lend((resolved, line) -> null));
    assertEquals("rebaser", refused.field());
    assertEquals("lent by " + LendingTest.class.getName(), refused.value());
    assertTrue(refused.rule().contains("only " + ResolvedFuel.class.getName()), refused.rule());
    // The resolved fuel's own side still answers: the same fuel, label and unit without parameters is reused.
    ResolvedFuel same = SameResolution.forLine(coal,
        FuelLine.of(Fuel.BITUMINOUS_COAL, new BigDecimal("250"), FuelUnit.TONNE));
    assertNotNull(same);
    assertEquals(new BigDecimal("250.00"), same.quantity());
    assertEquals(coal.ncv(), same.ncv());
  }

  @Test
  void onlyTheCatalogueLendsItsMemo() {
    DefaultCatalogue national = DefaultCatalogue.chinaNational();
    EtsValidationException refused = assertThrows(EtsValidationException.class, () -> CatalogueMemo.lend(
        new CatalogueMemo.Keeper() {
          @Override
          public <T> T derived(DefaultCatalogue catalogue, CatalogueMemo.Derivation<T> derivation, Sector sector,
              Year year) {
            throw new AssertionError("a foreign memo is never asked");
          }
        }));
    assertEquals("keeper", refused.field());
    assertTrue(refused.rule().contains("only " + DefaultCatalogue.class.getName()), refused.rule());
    // The catalogue's own memo still answers, once per derivation (the same value twice).
    CatalogueMemo.Derivation<String> name = (catalogue, sector, year) -> sector + " " + year;
    String first = CatalogueMemo.derived(national, name, Sector.STEEL, Y2025);
    assertEquals("STEEL 2025", first);
    assertSame(first, CatalogueMemo.derived(national, name, Sector.STEEL, Y2025), "kept, not computed again");
  }
}
