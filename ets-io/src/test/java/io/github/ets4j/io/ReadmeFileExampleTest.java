package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.mrv.AnnualReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README example "Reading a year of monitoring data from a file", kept verbatim. */
class ReadmeFileExampleTest {

  @Test
  void fromACsvFileToAnAllocation() throws IOException, URISyntaxException {
    Path file = Path.of(ReadmeFileExampleTest.class.getResource("/cement-2025.csv").toURI());
    // README:BEGIN
    AnnualReport year = MonitoringCsv.readYear(file);        // 12 months of line-2, checked as the builders check
    ClinkerLineYear line = ClinkerLineYear.of(year);         // verified 926,003 t, 0.7847 tCO2/t clinker
    Allocation cement = Rulebook.chinaNational(Year.of(2025))
        .allocateIndustry(Sector.CEMENT, List.of(IndustrialUnit.cementLine(line)));
    String csv = AllocationCsv.entities(List.of(cement));    // year,entity_id,sector,verified_t,...
    // README:END
    assertEquals(new BigDecimal("926003"), line.verifiedEmissions());
    assertEquals(new BigDecimal("0.7847"), line.intensity());
    // one Portland line is the whole sector: BP = its intensity, X = 0, α = 0, A = E (allocation.md);
    // no shortfall: 0.00 % (a rate in percent with 2 decimals)
    assertEquals("2025,91110000600037341L,CEMENT,926003,926003,0,926003,0.00", csv.split("\n")[1]);
  }
}
