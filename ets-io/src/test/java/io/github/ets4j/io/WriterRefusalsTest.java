package io.github.ets4j.io;

import static io.github.ets4j.io.SectorYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.aluminum.Carbonate;
import io.github.ets4j.sectors.aluminum.CarbonateUse;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.NegativeProcessPolicy;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.AcquisitionRule;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.steel.SteelEnterpriseMonth;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer refuses what the file cannot hold, rather than write a file that reads back otherwise. */
class WriterRefusalsTest {

  static EtsValidationException refused(MonthlyData data) {
    return assertThrows(EtsValidationException.class,
        () -> MonitoringCsv.writeMonths(List.of(MonthlyReport.of("E", "F", data))));
  }

  static void refusedBecause(MonthlyData data, String rule) {
    EtsValidationException e = refused(data);
    assertTrue(e.rule().startsWith("cannot be written as monitoring data CSV: "), e.getMessage());
    assertTrue(e.rule().contains(rule), e.getMessage());
  }

  @Test
  void otherRulesThanTheNationalOnesAreRefused() {
    refusedBecause(SectorYears.cementMonth(1).withNegativeProcessPolicy(NegativeProcessPolicy.FLOOR_AT_ZERO_AND_WARN),
        "default policy REFUSE");
    refusedBecause(SectorYears.aluminumMonth(1).withGwpSet(GwpSet.AR6), "GWP set AR5");
    DefaultCatalogue withoutSlope = DefaultCatalogue.of(DefaultCatalogue.chinaNational().entries().stream()
        .filter(entry -> !entry.key().equals("aluminum/cf4-slope")).toList());
    ClinkerLineMonth cement = SectorYears.cementMonth(1);
    refusedBecause(cement.withRules(cement.monitoring().withCatalogue(withoutSlope)), "another catalogue");
    SteelEnterpriseMonth steel = SectorYears.steelMonth(1);
    refusedBecause(steel.withRules(steel.monitoring().withFuelRules(
        FuelRules.chinaNational().without(AcquisitionRule.CC_ALWAYS_DEFAULT))), "other rules");
  }

  @Test
  void parametersTheFileCannotHoldAreRefused() {
    FuelLine coal = FuelLine.of(Fuel.BITUMINOUS_COAL, bd("12000"), FuelUnit.TONNE);
    refusedBecause(SectorYears.powerMonth(1).withFuels(coal.withNcv(Parameter.measured("NCV of coal", bd("20"), "GJ/t"))),
        "the format names this parameter NCV");
    Evidence semicolon = Evidence.of(EvidenceKind.LEDGER, "L;1", "c".repeat(64), LocalDate.of(2025, 2, 1));
    refusedBecause(SectorYears.powerMonth(1).withFuels(coal.withNcv(Parameter.measured("NCV", bd("20"), "GJ/t", semicolon))),
        "no ';'");
    Source source = Source.of("AG-POWER-2022", "Annex", Confidence.SECONDARY);
    refusedBecause(SectorYears.powerMonth(1).withFuels(coal.withNcv(Parameter.of("NCV", bd("20"), "GJ/t",
        Acquisition.MEASURED, Optional.of(source), List.of()))), "only a default names a source");
    Source spaced = Source.of("AG POWER", "Annex", Confidence.SECONDARY);
    refusedBecause(SectorYears.powerMonth(1).withFuels(coal.withNcv(Parameter.measured("NCV", bd("20"), "GJ/t"))
        .withOxidationRate(Parameter.ofDefault("OF", bd("99"), "%", spaced))), "without spaces");
    refusedBecause(SectorYears.powerMonth(1).withFuels(coal.withNcv(Parameter.measured("NCV", bd("20"), "GJ/t"))
        .withLabel("two\nlines")), "one line");
  }

  @Test
  void aCarbonateTwiceIsRefused() {
    refusedBecause(SectorYears.aluminumMonth(1).withCarbonates(CarbonateUse.of(Carbonate.NA2CO3, bd("1"), bd("90")),
        CarbonateUse.of(Carbonate.NA2CO3, bd("2"), bd("90"))), "a carbonate once a month");
  }

  @Test
  void aMonthOfAReportOnlySectorIsRefusedNamingTheSector() throws IOException {
    // a user's month that reports for flat glass on the aluminum rules
    MonthlyData glass = FacilityYears.reportingFor(AnnouncedSector.FLAT_GLASS, SectorYears.aluminumMonth(1));
    EtsValidationException csv = refused(glass);
    assertEquals("flat-glass", csv.value());
    assertTrue(csv.field().startsWith("reportOnlySector of "), csv.field());
    assertTrue(csv.rule().contains("report its year with ReportOnlyYear"), csv.rule());
    EtsValidationException json = assertThrows(EtsValidationException.class,
        () -> JsonForms.month(MonthlyReport.of("E", "F", glass)));
    assertEquals(csv.getMessage(), json.getMessage());
    // the covered sectors' reports name none, and read back naming none
    AnnualReport cement = SectorYears.cement();
    assertEquals(Optional.empty(), cement.reportOnlySector());
    assertEquals(cement.reportOnlySector(), MonitoringCsv.readYear(new ByteArrayInputStream(
        MonitoringCsv.write(cement).getBytes(StandardCharsets.UTF_8)), "x.csv").reportOnlySector());
  }

  @Test
  void writesAndReadsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cement.csv");
    MonitoringCsv.write(List.of(SectorYears.cement()), file);
    assertEquals(SectorYears.cement(), MonitoringCsv.readYear(file));
    assertEquals(List.of(SectorYears.cement()), MonitoringCsv.readYears(file));
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith(String.join(",", MonitoringCsv.HEADER) + "\n"));
    assertEquals(SectorYears.cement(), MonitoringCsv.readYear(new ByteArrayInputStream(
        MonitoringCsv.write(SectorYears.cement()).getBytes(StandardCharsets.UTF_8)), "x.csv"));
  }
}
