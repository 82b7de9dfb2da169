package io.github.ets4j.sectors.flatglass;

import static io.github.ets4j.sectors.fixtures.FacilityYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.entity.ReportOnlyEntity;
import io.github.ets4j.sectors.aluminum.AluminumYear;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.mrv.ReportOnlyYear;
import io.github.ets4j.sectors.power.PowerUnitYear;
import io.github.ets4j.sectors.steel.SteelEnterpriseYear;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The flat-glass test sector names its own sector: its months report for {@link AnnouncedSector#FLAT_GLASS} and
 * borrow the aluminum rules, so its annual report and its report-only year both say flat glass, and no covered year
 * view (the allocation's only door) takes it. Figures as derived by hand in {@link GlassFurnaceYearTest}:
 * covered 12 × 12,452.31 = 149,427.72 → 149,428 t; indirect 12 × 1,591.80 = 19,101.60 tCO2.
 */
class GlassFurnaceSectorTest {

  static AnnualReport glassReport() {
    return GlassFurnaceYearViewTest.furnaceYear();
  }

  @Test
  void theMonthTheReportAndTheReportOnlyYearAllSayFlatGlass() {
    MonthlyData january = GlassFurnaceYearTest.month(1);
    assertEquals(Optional.of(AnnouncedSector.FLAT_GLASS), january.reportOnlySector());
    assertEquals(Sector.ALUMINUM, january.sector());

    AnnualReport report = glassReport();
    assertEquals(Optional.of(AnnouncedSector.FLAT_GLASS), report.reportOnlySector());
    assertEquals(Sector.ALUMINUM, report.sector());
    assertEquals("AnnualReport[" + GlassFurnaceYearTest.NORTH_GLASS.creditCode().value()
        + "/furnace-1 2025 flat-glass (report only, ALUMINUM rules): 149428 t verified]", report.toString());

    ReportOnlyYear reported = ReportOnlyYear.of(GlassFurnaceYearTest.NORTH_GLASS, report);
    assertEquals(AnnouncedSector.FLAT_GLASS, reported.entity().sector());
    assertEquals(Year.of(2025), reported.year());
    assertEquals(60, reported.lines().size());
    assertEquals(bd("149427.72"), reported.directCo2e());
    assertEquals(bd("149428"), reported.reportedEmissions());
    assertEquals(bd("19101.60"), reported.indirectCo2());

    // the library's own months name no report-only sector
    assertEquals(Optional.empty(), FacilityYears.year("E", "potline-1",
        m -> FacilityYears.aluminumMonth(m).build()).reportOnlySector());
  }

  @Test
  void noCoveredYearViewTakesAGlassReport() {
    AnnualReport report = glassReport();
    List<Function<AnnualReport, ?>> views = List.of(PowerUnitYear::of, ClinkerLineYear::of,
        SteelEnterpriseYear::of, AluminumYear::of);
    for (Function<AnnualReport, ?> view : views) {
      EtsValidationException e = assertThrows(EtsValidationException.class, () -> view.apply(report));
      assertEquals("report", e.field());
      assertEquals("flat-glass", e.value());
      assertTrue(e.rule().contains("use ReportOnlyYear.of(entity, report)"), e.rule());
    }
  }

  @Test
  void aReportMixingGlassAndAluminumMonthsIsRefused() {
    Executable mixed = () -> FacilityYears.year("E", "furnace-1",
        m -> m == 12 ? FacilityYears.aluminumMonth(m).build() : GlassFurnaceYearTest.month(m));
    EtsValidationException e = assertThrows(EtsValidationException.class, mixed);
    assertEquals("reportOnlySector", e.field());
    assertTrue(e.value().startsWith("none (a month of the covered sector ALUMINUM)"), e.value());
    assertTrue(e.rule().contains("2025-12") && e.rule().contains("flat-glass"), e.rule());
  }

  @Test
  void theReportOnlyYearRefusesAnotherSectorsReport() {
    ReportOnlyEntity paperMill = ReportOnlyEntity.of(GlassFurnaceYearTest.NORTH_GLASS.creditCode(), "South Paper",
        GlassFurnaceYearTest.NORTH_GLASS.province(), AnnouncedSector.PAPER, List.of("furnace-1"));
    EtsValidationException other = assertThrows(EtsValidationException.class,
        () -> ReportOnlyYear.of(paperMill, glassReport()));
    assertEquals("report", other.field());
    assertEquals("flat-glass", other.value());
    assertTrue(other.rule().contains("another sector than the entity's (paper)"), other.rule());

    AnnualReport potline = FacilityYears.year("E", "potline-1", m -> FacilityYears.aluminumMonth(m).build());
    EtsValidationException covered = assertThrows(EtsValidationException.class,
        () -> ReportOnlyYear.of(GlassFurnaceYearTest.NORTH_GLASS, potline));
    assertEquals("ALUMINUM", covered.value());
    assertTrue(covered.rule().contains("read with its sector's year view"), covered.rule());

    assertEquals("report", assertThrows(EtsValidationException.class,
        () -> ReportOnlyYear.of(GlassFurnaceYearTest.NORTH_GLASS, (AnnualReport) null)).field());
  }
}
