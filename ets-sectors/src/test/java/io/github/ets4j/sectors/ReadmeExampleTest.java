package io.github.ets4j.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.power.PowerUnitYear;
import io.github.ets4j.sectors.power.UnitType;
import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "monitoring a facility" example, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void monitoringAFacility() {
    // README:BEGIN
    List<MonthlyReport> months = new ArrayList<>();
    for (Month m : Month.values()) {
      FuelLine coal = FuelLine.of(Fuel.BITUMINOUS_COAL, new BigDecimal("50000"), FuelUnit.TONNE)
          .withNcv(Parameter.measured("NCV", new BigDecimal("20.000"), "GJ/t"));  // carbon not measured: high default CC
      months.add(MonthlyReport.of("91350100M000100Y43", "unit-1", GeneratingUnitMonth.builder()
          .month(YearMonth.of(2025, m)).unitType(UnitType.CONDENSING).addFuels(coal)
          .grossGenerationMwh(new BigDecimal("120000")).electricitySuppliedMwh(new BigDecimal("112000"))
          .operatingHours(new BigDecimal("650")).ratedCapacityMw(new BigDecimal("300")).build()));
    }
    PowerUnitYear unit = PowerUnitYear.of(AnnualReport.of(months));
    BigDecimal verified = unit.verifiedEmissions();             // 1343826 tCO2 = 12 × 111,985.50
    BigDecimal loadFactor = unit.loadFactorPercent().orElseThrow(); // 61.54 % = 1,440,000 / (300 × 650 × 12)
    String how = months.get(0).explain();
    // "bituminous coal: 50,000.00 t × 20.000 GJ/t × 0.03085 tC/GJ × 99 % × 44/12 = 111,985.50 tCO2 (CC of … high default …)"
    // README:END
    assertEquals(new BigDecimal("1343826"), verified);
    assertEquals(new BigDecimal("61.54"), loadFactor);
    assertTrue(how.startsWith("bituminous coal: 50,000.00 t × 20.000 GJ/t × 0.03085 tC/GJ × 99 % × 44/12 = 111,985.50 tCO2"),
        how);
    assertTrue(how.contains("high default"), how);
  }
}
