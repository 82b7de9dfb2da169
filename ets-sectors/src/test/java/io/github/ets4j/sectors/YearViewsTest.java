package io.github.ets4j.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.aluminum.AluminumYear;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.fuel.ResolvedFuel;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.PowerUnitYear;
import io.github.ets4j.sectors.steel.SteelEnterpriseYear;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearViewsTest {

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static AnnualReport idleCementYear() {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("E", "L", ClinkerLineMonth.builder().month(YearMonth.of(2025, m))
          .clinkerType(ClinkerType.PORTLAND).clinkerTonnes(BigDecimal.ZERO).build()));
    }
    return AnnualReport.of(months);
  }

  @Test
  void viewsCheckTheSectorAndCompareByReport() {
    AnnualReport cement = idleCementYear();
    assertThrows(EtsValidationException.class, () -> PowerUnitYear.of(cement));
    assertThrows(EtsValidationException.class, () -> SteelEnterpriseYear.of(cement));
    assertThrows(EtsValidationException.class, () -> AluminumYear.of(cement));
    ClinkerLineYear line = ClinkerLineYear.of(cement);
    assertEquals(line, ClinkerLineYear.of(idleCementYear()));
    assertEquals(line.hashCode(), ClinkerLineYear.of(idleCementYear()).hashCode());
    assertNotEquals(line, cement);
    assertEquals(cement, line.report());
    // no clinker: no substitution rate, and the intensity has no denominator
    assertTrue(line.carbideSlagSubstitutionPercent().isEmpty());
    assertTrue(line.carbideSlagSubstitution().isEmpty());
    EtsValidationException e = assertThrows(EtsValidationException.class, line::intensity);
    assertTrue(e.getMessage().contains("clinker output"), e.getMessage());
    assertEquals(bd("0"), line.verifiedEmissions());
    assertEquals(bd("0.00"), cement.sourceCo2e(EmissionSource.INDUSTRIAL_PROCESS));
  }

  @Test
  void resolvedFuelValueSemantics() {
    FuelLine line = FuelLine.of(Fuel.BITUMINOUS_COAL, bd("10"), FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", bd("20"), "GJ/t"))
        .withElementCarbon(Parameter.measured("C_ar", bd("0.5"), "tC/t"));
    ResolvedFuel a = FuelRules.resolve(line, Sector.POWER, Year.of(2025), DefaultCatalogue.chinaNational());
    ResolvedFuel b = FuelRules.resolve(line, Sector.POWER, Year.of(2025), DefaultCatalogue.chinaNational());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, line);
    assertTrue(a.toString().contains("bituminous coal 10.00 t"), a.toString());
    assertTrue(a.carbonContent().isEmpty());
    assertEquals(bd("0.5000"), a.elementCarbon().orElseThrow().value());
    assertEquals(line, a.line());
    // the mass balance needs a carbon content, not element carbon
    assertThrows(EtsValidationException.class, () -> a.massBalance(EmissionSource.FUEL_COMBUSTION, "coal"));
    assertTrue(FuelRules.chinaNational().toString().startsWith("FuelRules"));
    FuelRules relaxed = FuelRules.chinaNational().without(io.github.ets4j.sectors.fuel.AcquisitionRule.CC_ALWAYS_DEFAULT);
    assertNotEquals(FuelRules.chinaNational(), relaxed);
    assertEquals(relaxed, FuelRules.chinaNational().without(io.github.ets4j.sectors.fuel.AcquisitionRule.CC_ALWAYS_DEFAULT));
    assertEquals(relaxed.hashCode(),
        FuelRules.chinaNational().without(io.github.ets4j.sectors.fuel.AcquisitionRule.CC_ALWAYS_DEFAULT).hashCode());
  }
}
