package io.github.ets4j.sectors.aluminum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality of the aluminum year view. */
class AluminumValueSemanticsTest {

  static AnnualReport year(String facility) {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("91350100M000100Y43", facility, AluminumFacilityYearTest.month(m)));
    }
    return AnnualReport.of(months);
  }

  @Test
  void yearsCompareByTheirReport() {
    AluminumYear potline = AluminumYear.of(year("potline-1"));
    AluminumYear same = AluminumYear.of(year("potline-1"));
    AluminumYear other = AluminumYear.of(year("potline-2"));
    assertEquals(potline, same);
    assertEquals(potline.hashCode(), same.hashCode());
    assertNotEquals(potline, other);
    assertNotEquals(potline.hashCode(), other.hashCode());
    assertNotEquals(potline, potline.report());
    assertEquals(year("potline-1"), potline.report());
    // the hand calculation of AluminumFacilityYearTest: 631,754 tCO2e, 11 × 30,000 + 25,000 = 355,000 t
    // natural gas every month at the default NCV 389.310 GJ/10^4 Nm3: the consumption-weighted NCV is the same
    assertEquals(new java.math.BigDecimal("389.310"), potline.report().annualNcv("natural gas").orElseThrow());
    assertEquals("AluminumYear[potline-1 2025: 631754 tCO2e (AR5), 355000.00 t aluminum liquid]", potline.toString());
  }

  @Test
  void theMonthHasNoFindingsAndRefusesAnodeFractionsAboveOne() {
    assertTrue(AluminumFacilityYearTest.month(1).findings().isEmpty());
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> AluminumFacilityYearTest.month(1)
        .withNetAnodeConsumption(io.github.ets4j.sectors.mrv.Parameter.measured("NC", new java.math.BigDecimal("1.5"),
            "t/t Al")));
    assertEquals("netAnodeConsumption (t/t Al)", e.field());
  }
}
