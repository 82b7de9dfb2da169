package io.github.ets4j.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.cement.NegativeProcessPolicy;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.power.UnitType;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of the sector checks: exactly at a limit is allowed, just beyond it is not. */
class BoundaryTest {

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aZeroCementProcessBalanceIsNeitherRefusedNorFloored() {
    // 960 t clinker × 0.535 = 513.60 = 1,070 t carbide slag × 0.480: balance exactly 0
    ClinkerLineMonth month = ClinkerLineMonth.builder().month(YearMonth.of(2025, 1)).clinkerType(ClinkerType.PORTLAND)
        .clinkerTonnes(bd("960")).putAlternativeMaterials(AlternativeMaterial.CARBIDE_SLAG, bd("1070"))
        .negativeProcessPolicy(NegativeProcessPolicy.FLOOR_AT_ZERO_AND_WARN).build();
    assertEquals(0, month.processBalance().signum());
    assertEquals(List.of(), month.findings());
    assertEquals(bd("0.00"), month.calculatedLines().get(0).reportedCo2e());
  }

  @Test
  void anodeSulfurAndAshArePercentages() {
    ElectrolysisMonth.Builder base = ElectrolysisMonth.builder().month(YearMonth.of(2025, 1))
        .aluminumLiquidTonnes(bd("1000")).netAnodeConsumption(Parameter.measured("NC", bd("0.411"), "t/t Al"));
    assertEquals("anodeSulfurPercent", assertThrows(EtsValidationException.class,
        () -> base.anodeSulfurPercent(Parameter.measured("S", bd("150"), "%")).build()).field());
    ElectrolysisMonth.Builder ash = ElectrolysisMonth.builder().month(YearMonth.of(2025, 1))
        .aluminumLiquidTonnes(bd("1000")).netAnodeConsumption(Parameter.measured("NC", bd("0.411"), "t/t Al"));
    assertEquals("anodeAshPercent", assertThrows(EtsValidationException.class,
        () -> ash.anodeAshPercent(Parameter.measured("Ash", bd("150"), "%")).build()).field());
  }

  static GeneratingUnitMonth.Builder idleUnit(String hours) {
    return GeneratingUnitMonth.builder().month(YearMonth.of(2025, 1)).unitType(UnitType.CONDENSING)
        .grossGenerationMwh(bd("0")).electricitySuppliedMwh(bd("0")).operatingHours(bd(hours)).ratedCapacityMw(bd("1"));
  }

  @Test
  void aUnitMayRunEveryHourOfTheMonthButNoMore() {
    // January: 31 × 24 = 744 h
    assertEquals(bd("744"), idleUnit("744").build().operatingHours());
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> idleUnit("744.01").build());
    assertEquals("operatingHours", e.field());
    assertEquals("must not exceed the 744 hours of 2025-01", e.rule());
    // no output, no fuel: nothing to check
    assertEquals(List.of(), idleUnit("744").build().findings());
  }

  @Test
  void catalogueAndParameterHashesFollowTheirValues() {
    DefaultCatalogue national = DefaultCatalogue.chinaNational();
    DefaultCatalogue changed = national.with(
        national.get(DefaultKeys.WATER_SPECIFIC_HEAT, Sector.POWER, Year.of(2025)).withValue(bd("4.2")));
    assertNotEquals(national, changed);
    assertNotEquals(national.hashCode(), changed.hashCode());
    assertNotEquals(national, (Object) "catalogue");
    assertNotEquals(Parameter.measured("NCV", bd("20"), "GJ/t").hashCode(),
        Parameter.measured("NCV", bd("21"), "GJ/t").hashCode());
  }
}
