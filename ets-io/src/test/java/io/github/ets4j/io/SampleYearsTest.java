package io.github.ets4j.io;

import static io.github.ets4j.io.SectorYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ets4j.sectors.aluminum.AluminumYear;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.power.PowerUnitYear;
import io.github.ets4j.sectors.steel.SteelEnterpriseYear;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample year of each sector, read from its CSV file, is the year built in Java and gives the
 * verified emissions derived by hand in the ets-sectors facility-year tests.
 */
class SampleYearsTest {

  static AnnualReport sample(String name) throws IOException {
    try (InputStream in = SampleYearsTest.class.getResourceAsStream("/" + name)) {
      return MonitoringCsv.readYear(in, name);
    }
  }

  static AnnualReport reread(AnnualReport report) throws IOException {
    String text = MonitoringCsv.write(report);
    return MonitoringCsv.readYear(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "reread.csv");
  }

  @Test
  void powerYearFromCsv() throws IOException {
    AnnualReport report = sample("power-2025.csv");
    assertEquals(SectorYears.power(), report);
    // 6 × 111,985.50 + 6 × 90,070.41 + 12 × 38.20 = 1,212,793.86 → 1,212,794 t
    assertEquals(bd("1212793.86"), report.coveredCo2e());
    assertEquals(bd("1212794"), PowerUnitYear.of(report).verifiedEmissions());
    assertEquals(report, reread(report));
  }

  @Test
  void cementYearFromCsv() throws IOException {
    AnnualReport report = sample("cement-2025.csv");
    assertEquals(SectorYears.cement(), report);
    // 12 × 27,068.55 + 11 × 50,990.00 + 40,290.00 = 926,002.60 → 926,003 t
    assertEquals(bd("926003"), ClinkerLineYear.of(report).verifiedEmissions());
    assertEquals(bd("0.7847"), ClinkerLineYear.of(report).intensity());
    assertEquals(report, reread(report));
  }

  @Test
  void steelYearFromCsv() throws IOException {
    AnnualReport report = sample("steel-2025.csv");
    assertEquals(SectorYears.steel(), report);
    // E_ent = 186,875.55 a month; 12 × 186,875.55 = 2,242,506.60 → 2,242,507 t
    SteelEnterpriseYear steel = SteelEnterpriseYear.of(report);
    assertEquals(bd("2242507"), steel.verifiedEmissions());
    assertEquals(bd("670371.00"), steel.ironmakingAndSinteringEmissions());
    assertEquals(report, reread(report));
  }

  @Test
  void aluminumYearFromCsv() throws IOException {
    AnnualReport report = sample("aluminum-2025.csv");
    assertEquals(SectorYears.aluminum(), report);
    // 12 × 1,082.51 + 522,145.36 + 96,130.80 + 12 × 40.66 = 631,754.20 → 631,754 tCO2e
    assertEquals(bd("631754"), AluminumYear.of(report).verifiedEmissions());
    assertEquals(report, reread(report));
  }

  @Test
  void theWriterWritesTheSampleFilesByteForByte() throws IOException {
    for (String sector : List.of("power", "cement", "steel", "aluminum")) {
      AnnualReport report = sample(sector + "-2025.csv");
      try (InputStream in = SampleYearsTest.class.getResourceAsStream("/" + sector + "-2025.csv")) {
        assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), MonitoringCsv.write(report), sector);
      }
    }
  }

  @Test
  void severalFacilityYearsInOneFile() throws IOException {
    List<AnnualReport> years = List.of(SectorYears.cement(), SectorYears.power());
    String text = MonitoringCsv.write(years);
    assertEquals(years, MonitoringCsv.readYears(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "two.csv"));
    assertEquals(24, MonitoringCsv.readMonths(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "two.csv")
        .size());
  }
}
