package io.github.ets4j.sectors.cement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality of the clinker line view. */
class CementValueSemanticsTest {

  static AnnualReport year(String facility) {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("91110000600037341L", facility, CementFacilityYearTest.month(m).build()));
    }
    return AnnualReport.of(months);
  }

  @Test
  void linesCompareByTheirReport() {
    ClinkerLineYear line = ClinkerLineYear.of(year("line-2"));
    ClinkerLineYear other = ClinkerLineYear.of(year("line-3"));
    assertNotEquals(line, other);
    assertNotEquals(line.hashCode(), other.hashCode());
    // the hand calculation of CementFacilityYearTest: 926,003 t, 1,180,000.00 t clinker
    assertEquals("ClinkerLineYear[line-2 2025: 926003 tCO2, 1180000.00 t clinker]", line.toString());
  }
}
