package io.github.ets4j.sectors.kit;

import static io.github.ets4j.sectors.fixtures.FacilityYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.cement.CementFigures;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.rules.MonitoringRules;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The skeleton the four sector months share: its lazy values are computed once, the rules are those of the
 * month's year, and given rules of another year are refused.
 */
class FuelledMonthTest {
  private static final Year Y2025 = Year.of(2025);

  private static List<FuelledMonth> fourMonths() {
    return List.of(FacilityYears.powerMonth(1).build(), FacilityYears.cementMonth(1).build(),
        FacilityYears.steelMonth(1).build(), FacilityYears.aluminumMonth(1).build());
  }

  @Test
  void theSkeletonsLazyValuesAreMemoisedInEverySector() {
    for (FuelledMonth month : fourMonths()) {
      assertSame(month.resolvedFuels(), month.resolvedFuels(), month.sector().toString());
      assertSame(month.calculatedLines(), month.calculatedLines(), month.sector().toString());
      assertSame(month.fuelUses(), month.fuelUses(), month.sector().toString());
      // one resolved fuel, one fuel use per fuel line, in order
      assertEquals(month.fuels().size(), month.resolvedFuels().size());
      assertEquals(month.fuels().size(), month.fuelUses().size());
    }
  }

  @Test
  void theNationalRulesOfTheMonthsYearUnlessGiven() {
    for (FuelledMonth month : fourMonths()) {
      assertTrue(month.rules().isEmpty());
      assertEquals(MonitoringRules.chinaNational(Y2025), month.monitoring());
      assertEquals(DefaultCatalogue.chinaNational(), month.catalogue());
      assertEquals(FuelRules.chinaNational(), month.fuelRules());
    }
    // the same rules given: the same lines and covered total
    ClinkerLineMonth plain = FacilityYears.cementMonth(1).build();
    ClinkerLineMonth given = FacilityYears.cementMonth(1).rules(MonitoringRules.chinaNational(Y2025)).build();
    assertEquals(plain.calculatedLines(), given.calculatedLines());
    assertEquals(MonthlyReport.of("E", "F", plain).coveredCo2e(), MonthlyReport.of("E", "F", given).coveredCo2e());
    // national rules follow a copy to another year
    assertEquals(Year.of(2026), plain.withMonth(YearMonth.of(2026, 1)).monitoring().year());
  }

  @Test
  void givenRulesReplaceTheCatalogue() {
    // clinker factor of Portland clinker replaced by 0.600: January 100,000 t × 0.600 = 60,000 t gross process CO2
    // (national 0.535 → 53,500); the carbide-slag and fly-ash deductions unchanged
    DefaultValue factor = DefaultValue.builder().from(DefaultCatalogue.chinaNational().get(
        DefaultKeys.clinkerFactor("portland"), Sector.CEMENT,
        Y2025)).value(bd("0.600")).build();
    MonitoringRules rules = MonitoringRules.chinaNational(Y2025)
        .withCatalogue(DefaultCatalogue.chinaNational().with(factor));
    ClinkerLineMonth national = FacilityYears.cementMonth(1).build();
    ClinkerLineMonth replaced = FacilityYears.cementMonth(1).rules(rules).build();
    assertEquals(bd("53500.00"), national.figures().get(CementFigures.CLINKER_PROCESS_GROSS));
    assertEquals(bd("60000.00"), replaced.figures().get(CementFigures.CLINKER_PROCESS_GROSS));
  }

  @Test
  void rulesOfAnotherYearAreRefused() {
    EtsValidationException refused = assertThrows(EtsValidationException.class,
        () -> FacilityYears.powerMonth(1).rules(MonitoringRules.chinaNational(Year.of(2024))).build());
    assertEquals("rules", refused.field());
    assertTrue(refused.getMessage().contains("cannot calculate a month of 2025"), refused.getMessage());
  }
}
