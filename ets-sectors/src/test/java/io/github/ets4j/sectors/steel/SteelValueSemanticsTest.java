package io.github.ets4j.sectors.steel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality of the steel views and flows. */
class SteelValueSemanticsTest {

  static AnnualReport year(String facility) {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("91350100M000100Y43", facility, SteelFacilityYearTest.month(m)));
    }
    return AnnualReport.of(months);
  }

  @Test
  void enterpriseYearsCompareByTheirReport() {
    SteelEnterpriseYear steel = SteelEnterpriseYear.of(year("enterprise"));
    SteelEnterpriseYear same = SteelEnterpriseYear.of(year("enterprise"));
    SteelEnterpriseYear other = SteelEnterpriseYear.of(year("works-2"));
    assertEquals(steel, same);
    assertEquals(steel.hashCode(), same.hashCode());
    assertNotEquals(steel, other);
    assertNotEquals(steel.hashCode(), other.hashCode());
    assertNotEquals(steel, steel.report());
    assertEquals(year("enterprise"), steel.report());
    // coke every month at the Table A.1 default NCV 28.435 GJ/t: the consumption-weighted NCV is the same
    assertEquals(new BigDecimal("28.435"), steel.report().annualNcv("coke").orElseThrow());
    // the hand calculation of SteelFacilityYearTest: 2,242,507 t verified, 12 × 80,000 t crude steel
    assertEquals("SteelEnterpriseYear[enterprise 2025: 2242507 tCO2, 960000.00 t crude steel]", steel.toString());
  }

  @Test
  void flowsCompareByFuelOrMaterialAndQuantity() {
    FuelLine coke = FuelLine.of(Fuel.COKE, new BigDecimal("10"), FuelUnit.TONNE);
    ProcessFlow fuel = ProcessFlow.fuel(coke);
    ProcessFlow limestone = ProcessFlow.material(SteelMaterial.LIMESTONE, new BigDecimal("10"));
    // 10 and 10.00 t are the same quantity
    assertEquals(limestone, ProcessFlow.material(SteelMaterial.LIMESTONE, new BigDecimal("10.00")));
    assertEquals(limestone.hashCode(), ProcessFlow.material(SteelMaterial.LIMESTONE, new BigDecimal("10.00")).hashCode());
    assertEquals(fuel, ProcessFlow.fuel(coke));
    assertEquals(fuel.hashCode(), ProcessFlow.fuel(coke).hashCode());
    assertNotEquals(limestone, ProcessFlow.material(SteelMaterial.LIMESTONE, new BigDecimal("11")));
    assertNotEquals(limestone, ProcessFlow.material(SteelMaterial.DOLOMITE, new BigDecimal("10")));
    assertNotEquals(limestone.hashCode(), ProcessFlow.material(SteelMaterial.DOLOMITE, new BigDecimal("10")).hashCode());
    assertNotEquals(fuel, limestone);
    assertNotEquals(fuel, ProcessFlow.fuel(FuelLine.of(Fuel.COKE, new BigDecimal("11"), FuelUnit.TONNE)));
    assertNotEquals(fuel, (Object) "coke");
    assertEquals("coke", fuel.label());
    assertEquals("limestone", limestone.label());
    // the steel month has no plausibility checks of its own
    assertEquals(List.of(), SteelFacilityYearTest.month(1).findings());
    assertEquals(SteelMaterial.Kind.CARBONATE, SteelMaterial.LIMESTONE.kind());
    assertEquals(SteelMaterial.Kind.ELECTRODE, SteelMaterial.ELECTRODE.kind());
  }
}
