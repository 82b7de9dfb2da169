package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.unit.Share;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The measurement doors of issue 11 on the allocation inputs: load factors and intensities that cannot be real. */
class AllocationDoorsTest {

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  private static GeneratingUnit.Builder coal(UnitCategory category) {
    return GeneratingUnit.builder().id("U1").entityId("E1").category(category).verifiedEmissions(bd("1300000"))
        .grossGenerationMwh(bd("1460000"));
  }

  @Test
  void aLoadFactorOfZeroWithGenerationIsRefused() {
    EtsValidationException zero = assertThrows(EtsValidationException.class,
        () -> coal(UnitCategory.I).loadFactor(BigDecimal.ZERO).build());
    assertEquals("loadFactor", zero.field());
    assertTrue(zero.rule().contains("0 with positive generation"), zero.rule());
    // supplied electricity alone is output too (2019–2022 basis)
    assertThrows(EtsValidationException.class, () -> coal(UnitCategory.II).grossGenerationMwh(BigDecimal.ZERO)
        .suppliedElectricityMwh(bd("100")).loadFactor(BigDecimal.ZERO).build());
    assertEquals(0, bd("0.6239").compareTo(coal(UnitCategory.I).loadFactor(bd("0.6239")).build().loadFactor()
        .orElseThrow()));
    // the typed share: F = 0.6239 is 62.39 %, the percentage ets-sectors reports
    assertEquals(Share.ofPercent(bd("62.39")), coal(UnitCategory.I).loadFactor(bd("0.6239")).build().loadFactorShare()
        .orElseThrow());
    assertTrue(coal(UnitCategory.IV).build().loadFactorShare().isEmpty());
  }

  @Test
  void aCoalUnitsLoadFactorOfAtMostOnePercentLooksLikeAFraction() {
    // a percent column holding the fraction 0.62 gives F = 0.62 / 100 = 0.0062
    EtsValidationException slip = assertThrows(EtsValidationException.class,
        () -> coal(UnitCategory.II).loadFactor(bd("0.0062")).build());
    assertEquals("loadFactor", slip.field());
    assertEquals("0.0062", slip.value());
    assertTrue(slip.rule().startsWith("looks like a fraction"), slip.rule());
    assertThrows(EtsValidationException.class, () -> coal(UnitCategory.I).loadFactor(bd("0.01")).build());
    assertEquals(0, bd("0.0101").compareTo(coal(UnitCategory.I).loadFactor(bd("0.0101")).build().loadFactor()
        .orElseThrow()));
    // a category III unit has no load correction: the rule is for conventional coal only
    assertEquals(0, bd("0.0062").compareTo(coal(UnitCategory.III).loadFactor(bd("0.0062")).build().loadFactor()
        .orElseThrow()));
  }

  @Test
  void aCementLineWithEmissionsAndClinkerSwappedIsRefused() {
    // 500,000 t CO2 over 10,000 t clinker = 50 t/t, above the physical 3 t/t (ets-sectors range/intensity/cement)
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> IndustrialUnit.cementLine("L1", "A", bd("500000"), bd("10000")));
    assertEquals("intensity of L1 (500000 t / 10000 t)", e.field());
    assertEquals("50.0000 tCO2/t", e.value());
    // the right way round: 850,000 / 1,000,000 = 0.85 t/t
    assertEquals(0, bd("850000").compareTo(IndustrialUnit.cementLine("L1", "A", bd("850000"), bd("1000000"))
        .verifiedEmissions()));
    // 3 t/t exactly is still physical; no output, no intensity to check
    IndustrialUnit.cementLine("L2", "A", bd("300"), bd("100"));
    IndustrialUnit.cementLine("L3", "A", bd("300"), bd("0"));
    // steel and aluminum have their own physical ranges (10 t/t)
    assertThrows(EtsValidationException.class, () -> IndustrialUnit.steelEnterprise("S1", "B", bd("5000000"),
        bd("2000000"), bd("500000"), bd("100000")));
    assertThrows(EtsValidationException.class, () -> IndustrialUnit.aluminumProcess("A1", "C", bd("1700000"),
        bd("0"), bd("0"), GwpSet.AR5, bd("100000")));
  }
}
