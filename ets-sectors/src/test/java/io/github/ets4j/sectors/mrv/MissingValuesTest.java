package io.github.ets4j.sectors.mrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.MissingValueException;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.power.UnitType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sector doors of issue "Guarded doors", "What was seen": a null fuel, a clinker month without
 * type and a generating-unit month without month were raw NullPointerExceptions with internal names.
 */
class MissingValuesTest {
  private static final YearMonth JAN = YearMonth.of(2025, 1);

  @Test
  void aFuelLineWithoutFuelNamesTheField() {
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> FuelLine.of(null, new BigDecimal("100"), FuelUnit.TONNE));
    assertEquals("fuel = null: is required", e.getMessage());
    assertEquals("fuel", e.field());
    assertEquals("unit = null: is required", assertThrows(EtsValidationException.class,
        () -> FuelLine.of(Fuel.DIESEL, BigDecimal.ONE, (FuelUnit) null)).getMessage());
  }

  @Test
  void aClinkerMonthWithoutTypeNamesTheAttribute() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> ClinkerLineMonth.builder().month(JAN).clinkerTonnes(new BigDecimal("100000")).build());
    assertEquals("clinkerType: is required", e.getMessage());
    assertEquals(List.of("clinkerType"), e.fields());
    assertEquals("clinkerType = null: is required", assertThrows(EtsValidationException.class,
        () -> ClinkerLineMonth.builder().clinkerType(null)).getMessage());
  }

  @Test
  void aGeneratingUnitMonthWithoutMonthNamesTheAttribute() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> GeneratingUnitMonth.builder().unitType(UnitType.CONDENSING)
            .grossGenerationMwh(new BigDecimal("120000")).electricitySuppliedMwh(new BigDecimal("112000"))
            .operatingHours(new BigDecimal("650")).ratedCapacityMw(new BigDecimal("600")).build());
    assertEquals("month: is required", e.getMessage());
    assertEquals("month", e.field());
  }

  @Test
  void aMonthWithoutAnythingNamesEveryRequiredAttribute() {
    MissingValueException e = assertThrows(MissingValueException.class, () -> ClinkerLineMonth.builder().build());
    assertEquals(List.of("month", "clinkerType", "clinkerTonnes"), e.fields());
    assertEquals("month, clinkerType, clinkerTonnes: are required", e.getMessage());
    assertEquals(ClinkerType.PORTLAND, ClinkerLineMonth.builder().month(JAN).clinkerType(ClinkerType.PORTLAND)
        .clinkerTonnes(new BigDecimal("100000")).build().clinkerType());
  }
}
