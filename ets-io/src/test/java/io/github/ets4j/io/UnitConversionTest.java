package io.github.ets4j.io;

import static io.github.ets4j.io.SectorYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A lab's NCV in kcal/kg is read, converted exactly as the library converts it, and written back as given. */
class UnitConversionTest {
  private static final String JANUARY_NCV = "2025-01,ncv,BITUMINOUS_COAL,20.000,GJ/t,";

  static String sample() throws IOException {
    try (InputStream in = UnitConversionTest.class.getResourceAsStream("/power-2025.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static AnnualReport read(String text, String name) throws IOException {
    return MonitoringCsv.readYear(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
  }

  @Test
  void anNcvInKcalPerKgIsConvertedAndKeptAsGiven() throws IOException {
    String original = sample();
    assertTrue(original.contains(JANUARY_NCV));
    AnnualReport asGiven = read(original, "power-2025.csv");
    AnnualReport lab = read(original.replace(JANUARY_NCV, "2025-01,ncv,BITUMINOUS_COAL,5000,kcal/kg,"), "lab.csv");
    MonthlyReport january = lab.months().get(0);
    // 5,000 kcal/kg × 4.1868 kJ/kcal = 20,934 kJ/kg = 20.934 GJ/t (mrv.md). The coal line becomes
    // 50,000 t × 20.934 GJ/t × 0.03085 tC/GJ × 99 % × 44/12 = 117,215.22 t instead of 111,985.50 t: +5,229.72 t.
    assertEquals(bd("5229.72"), january.coveredCo2e().subtract(asGiven.months().get(0).coveredCo2e()));
    assertTrue(january.explain().contains("5,000 kcal/kg = 20.934 GJ/t"), january::explain);
    // Written back in the unit it was given in, so reading the file again gives the same year.
    String written = MonitoringCsv.write(lab);
    assertTrue(written.contains("2025-01,ncv,BITUMINOUS_COAL,5000,kcal/kg,"), written);
    assertEquals(lab, read(written, "rewritten.csv"));
  }

  @Test
  void anNcvInAUnitOfAnotherQuantityIsRefusedAtItsCell() throws IOException {
    String text = sample().replace(JANUARY_NCV, "2025-01,ncv,BITUMINOUS_COAL,0.02618,tC/GJ,");
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> read(text, "wrong.csv"));
    assertTrue(e.getMessage().contains("wrong.csv line 4, column 8 (unit)"), e::getMessage);
    assertTrue(e.getMessage().contains("kcal/kg"), e::getMessage);
  }
}
