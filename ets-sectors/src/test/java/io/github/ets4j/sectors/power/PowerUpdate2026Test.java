package io.github.ets4j.sectors.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.defaults.PowerUpdate2026;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.rules.MonitoringRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Power from reporting year 2026 (mrv.md "Power", UPD26/VG26 [V]): boiler type and site altitude are unit
 * attributes, OF and the oil and gas factors come from the user's national-database entries, which name the
 * database version; the version in force is the one of 31 October of the year before.
 *
 * <pre>
 * coal: 1,000 t × 20.000 GJ/t (measured) × 0.03085 tC/GJ (high default) × 98.5 % (platform OF) × 44/12
 *   = 20,000 × 0.03085 = 617 × 0.985 = 607.745 × 44/12 = 2,228.398… → 2,228.40 tCO2
 * gas: 10 × 10^4 Nm3 × 389.000 × 0.01530 × 99 % × 44/12 = 3,890 × 0.01530 = 59.517 × 0.99 = 58.92183 × 44/12
 *   = 216.0467… → 216.05 tCO2; month 2,444.45 tCO2
 * </pre>
 */
class PowerUpdate2026Test {
  private static final Evidence LAB = Evidence.of(EvidenceKind.LAB_REPORT, "LAB", "c".repeat(64), LocalDate.of(2026, 2, 5));
  private static final Year Y2026 = Year.of(2026);
  /** A first edition published before the 2025-10-31 cut-off (a name of ours: the reference gives only EFDB2). */
  private static final NationalFactorDatabase FIRST = NationalFactorDatabase.of("EFDB1", LocalDate.of(2024, 6, 1));
  private static final NationalFactorDatabase EFDB2 = NationalFactorDatabase.of("EFDB2", LocalDate.of(2026, 3, 1));

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  private static FuelLine coal() {
    return FuelLine.of(Fuel.BITUMINOUS_COAL, bd("1000"), FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", bd("20.000"), "GJ/t", LAB));
  }

  private static GeneratingUnitMonth.Builder month(DefaultCatalogue catalogue, FuelLine... fuels) {
    return GeneratingUnitMonth.builder().month(YearMonth.of(2026, 2)).unitType(UnitType.CONDENSING)
        .addFuels(fuels).grossGenerationMwh(bd("2000")).electricitySuppliedMwh(bd("1900"))
        .operatingHours(bd("400")).ratedCapacityMw(bd("10"))
        .rules(MonitoringRules.chinaNational(Y2026).withCatalogue(catalogue));
  }

  @Test
  void oxidationRatesAndGasFactorsFromTheDatabase() {
    List<DefaultValue> entries = List.of(FIRST.oxidationRate(Fuel.BITUMINOUS_COAL, bd("98.5"), Y2026),
        FIRST.ncv(Fuel.NATURAL_GAS, bd("389.000"), Y2026), FIRST.carbonContent(Fuel.NATURAL_GAS, bd("0.01530"), Y2026),
        FIRST.oxidationRate(Fuel.NATURAL_GAS, bd("99"), Y2026));
    DefaultCatalogue catalogue = DefaultCatalogue.chinaNational().with(entries);
    GeneratingUnitMonth month = month(catalogue, coal(), FuelLine.of(Fuel.NATURAL_GAS, bd("10"),
        FuelUnit.TEN_THOUSAND_NM3)).boilerType(BoilerType.PULVERIZED_COAL).siteAltitudeMetres(bd("1850")).build();
    MonthlyReport report = MonthlyReport.of("E", "unit-1", month);
    assertEquals(bd("2444.45"), report.coveredCo2e());
    assertEquals(BoilerType.PULVERIZED_COAL, month.boilerType().orElseThrow());
    assertEquals(bd("1850"), month.siteAltitudeMetres().orElseThrow());
    // every default used names the database version
    Parameter of = month.resolvedFuels().get(0).oxidationRate().orElseThrow();
    assertEquals("EFDB1", of.source().orElseThrow().document());
    assertEquals(Confidence.OFFICIAL, of.source().orElseThrow().confidence());
    DefaultValue entry = entries.get(1);
    assertEquals("GJ/10^4 Nm3", entry.unit());
    assertEquals(Y2026, entry.firstYear());
    assertEquals(Y2026, entry.lastYear().orElseThrow());
    assertEquals(java.util.Set.of(Sector.POWER), entry.sectors());
    assertEquals("tC/GJ", entries.get(2).unit());
  }

  @Test
  void aMissingFactorSaysWhatToSupply() {
    EtsValidationException coalOf = assertThrows(EtsValidationException.class, () -> month(
        DefaultCatalogue.chinaNational(), coal()).boilerType(BoilerType.GRATE).siteAltitudeMetres(bd("-120")).build());
    assertTrue(coalOf.getMessage().contains("national management platform"), coalOf.getMessage());
    assertTrue(coalOf.getMessage().contains("boiler type and site altitude"), coalOf.getMessage());
    assertTrue(coalOf.getMessage().contains("fuel/bituminous-coal/of"), coalOf.getMessage());
    EtsValidationException gasNcv = assertThrows(EtsValidationException.class, () -> month(
        DefaultCatalogue.chinaNational(), FuelLine.of(Fuel.NATURAL_GAS, bd("10"), FuelUnit.TEN_THOUSAND_NM3)).build());
    assertTrue(gasNcv.getMessage().contains("31 October 2025"), gasNcv.getMessage());
    assertTrue(gasNcv.getMessage().contains("NationalFactorDatabase"), gasNcv.getMessage());
    assertTrue(gasNcv.getMessage().contains(".ncv("), gasNcv.getMessage());
    assertTrue(gasNcv.getMessage().contains("fuel/natural-gas/ncv"), gasNcv.getMessage());
    DefaultCatalogue ncvOnly = DefaultCatalogue.chinaNational().with(FIRST.ncv(Fuel.DIESEL, bd("42.652"), Y2026));
    EtsValidationException dieselCc = assertThrows(EtsValidationException.class,
        () -> month(ncvOnly, FuelLine.of(Fuel.DIESEL, bd("1"), FuelUnit.TONNE)).build());
    assertTrue(dieselCc.getMessage().contains(".carbonContent("), dieselCc.getMessage());
    DefaultCatalogue noOf = ncvOnly.with(FIRST.carbonContent(Fuel.DIESEL, bd("0.0202"), Y2026));
    EtsValidationException dieselOf = assertThrows(EtsValidationException.class,
        () -> month(noOf, FuelLine.of(Fuel.DIESEL, bd("1"), FuelUnit.TONNE)).build());
    assertTrue(dieselOf.getMessage().contains(".oxidationRate("), dieselOf.getMessage());
    assertFalse(dieselOf.getMessage().contains("platform"), dieselOf.getMessage());
  }

  @Test
  void boilerTypeAndAltitudeAreReportedFrom2026() {
    DefaultCatalogue catalogue = DefaultCatalogue.chinaNational()
        .with(FIRST.oxidationRate(Fuel.BITUMINOUS_COAL, bd("98.5"), Y2026));
    EtsValidationException boiler = assertThrows(EtsValidationException.class,
        () -> month(catalogue, coal()).siteAltitudeMetres(bd("10")).build());
    assertTrue(boiler.getMessage().contains("boiler type"), boiler.getMessage());
    EtsValidationException altitude = assertThrows(EtsValidationException.class,
        () -> month(catalogue, coal()).boilerType(BoilerType.CIRCULATING_FLUIDIZED_BED).build());
    assertTrue(altitude.getMessage().contains("Table C.1"), altitude.getMessage());
    // a coal-free month and a 2025 month need neither
    assertEquals(0, month(catalogue).build().calculatedLines().size());
    assertTrue(month(catalogue, FuelLine.of(Fuel.DIESEL, bd("1"), FuelUnit.TONNE)).month(YearMonth.of(2025, 2))
        .rules(MonitoringRules.chinaNational(Year.of(2025)).withCatalogue(catalogue)).build().boilerType().isEmpty());
  }

  @Test
  void theVersionInForceIsTheOneOf31OctoberOfTheYearBefore() {
    // EFDB2 (2026-03-01) came after 2025-10-31: not for 2026, for 2027 on
    assertFalse(EFDB2.servesYear(Y2026));
    assertTrue(EFDB2.servesYear(Year.of(2027)));
    assertTrue(NationalFactorDatabase.of("v", LocalDate.of(2025, 10, 31)).servesYear(Y2026));
    assertFalse(NationalFactorDatabase.of("v", LocalDate.of(2025, 11, 1)).servesYear(Y2026));
    EtsValidationException late = assertThrows(EtsValidationException.class,
        () -> EFDB2.ncv(Fuel.NATURAL_GAS, bd("389"), Y2026));
    assertTrue(late.getMessage().contains("2025-10-31"), late.getMessage());
    assertEquals("EFDB2", EFDB2.ncv(Fuel.NATURAL_GAS, bd("389"), Year.of(2027)).source().document());
    EtsValidationException early = assertThrows(EtsValidationException.class,
        () -> FIRST.oxidationRate(Fuel.DIESEL, bd("98"), Year.of(2025)));
    assertTrue(early.getMessage().contains("from reporting year 2026"), early.getMessage());
    assertThrows(EtsValidationException.class, () -> FIRST.oxidationRate(Fuel.DIESEL, bd("100.1"), Y2026));
    assertThrows(EtsValidationException.class, () -> FIRST.ncv(Fuel.LIGNITE, bd("15"), Y2026));
    assertThrows(EtsValidationException.class, () -> FIRST.ncv(Fuel.DIESEL, bd("0"), Y2026));
    assertThrows(EtsValidationException.class, () -> NationalFactorDatabase.of(" ", LocalDate.of(2026, 3, 1)));
    assertEquals("EFDB2 (2026-03-01)", EFDB2.toString());
    assertEquals("EFDB2", EFDB2.version());
    assertEquals(LocalDate.of(2026, 3, 1), EFDB2.published());
    assertEquals(EFDB2, NationalFactorDatabase.of("EFDB2", LocalDate.of(2026, 3, 1)));
    assertEquals(EFDB2.hashCode(), NationalFactorDatabase.of("EFDB2", LocalDate.of(2026, 3, 1)).hashCode());
    assertNotEquals(EFDB2, FIRST);
    assertNotEquals(EFDB2, NationalFactorDatabase.of("EFDB2", LocalDate.of(2026, 3, 2)));
    assertNotEquals(EFDB2, "EFDB2");
    assertEquals(Year.of(2026), PowerUpdate2026.FIRST_REPORTING_YEAR);
    assertFalse(PowerUpdate2026.appliesTo(Year.of(2025)));
  }
}
