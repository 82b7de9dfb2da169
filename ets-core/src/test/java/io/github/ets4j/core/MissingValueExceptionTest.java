package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Null and missing values at the doors of the generated core types (issue "Guarded doors", item 4). */
class MissingValueExceptionTest {

  @Test
  void aNullArgumentOfAFactoryNamesItsField() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> EmissionLine.of(null, Gas.CO2, BigDecimal.ONE));
    assertEquals("source = null: is required", e.getMessage());
    assertEquals("source", e.field());
    assertEquals("null", e.value());
    assertEquals("is required", e.rule());
    assertEquals(List.of("source"), e.fields());
    assertEquals("tonnes = null: is required", assertThrows(EtsValidationException.class,
        () -> EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, null)).getMessage());
    assertEquals("label = null: is required", assertThrows(EtsValidationException.class,
        () -> EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, BigDecimal.ONE).withLabel(null)).getMessage());
  }

  @Test
  void aBuilderWithoutRequiredAttributesNamesThemAll() {
    MissingValueException one = assertThrows(MissingValueException.class,
        () -> EmissionLine.builder().source(EmissionSource.FUEL_COMBUSTION).gas(Gas.CO2).build());
    assertEquals("tonnes: is required", one.getMessage());
    assertEquals("tonnes", one.field());
    assertEquals("not set", one.value());
    assertEquals(List.of("tonnes"), one.fields());
    MissingValueException all = assertThrows(MissingValueException.class,
        () -> Evidence.builder().kind(EvidenceKind.LAB_REPORT).uploaded(LocalDate.of(2025, 2, 5)).build());
    assertEquals("documentId, sha256: are required", all.getMessage());
    assertEquals(List.of("documentId", "sha256"), all.fields());
  }

  @Test
  void aBuilderSetterRefusesNull() {
    assertEquals("gas = null: is required",
        assertThrows(EtsValidationException.class, () -> EmissionLine.builder().gas(null)).getMessage());
  }

  @Test
  void generatedCodeThatNamesNoFieldIsStillNamed() {
    // A map value's null check in generated code passes no name; "value" stands in for it.
    MissingValueException e = new MissingValueException((String) null);
    assertEquals("value = null: is required", e.getMessage());
    assertEquals(List.of("value"), e.fields());
  }
}
