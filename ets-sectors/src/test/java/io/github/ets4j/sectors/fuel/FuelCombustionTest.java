package io.github.ets4j.sectors.fuel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class FuelCombustionTest {
  static final DefaultCatalogue CATALOGUE = DefaultCatalogue.chinaNational();
  static final Year Y2025 = Year.of(2025);
  static final Evidence LAB = Evidence.of(EvidenceKind.LAB_REPORT, "LAB-1", "a".repeat(64), LocalDate.of(2025, 2, 1));

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void workedExampleBituminousCoalWithDefaults() {
    // mrv.md: 12,345.67 × 23.736 × 0.02618 × 0.99 × 44/12 = 27,848.2856… → 27,848.29 tCO2
    ResolvedFuel coal = FuelRules.resolve(FuelLine.of(Fuel.BITUMINOUS_COAL, bd("12345.67"), FuelUnit.TONNE),
        Sector.STEEL, Y2025, CATALOGUE);
    CalculatedLine line = coal.combustion();
    assertEquals(bd("27848.29"), line.reportedCo2e());
    assertEquals("bituminous coal: 12,345.67 t × 23.736 GJ/t × 0.02618 tC/GJ × 99 % × 44/12 = 27,848.29 tCO2"
        + " (NCV of bituminous coal default AG-STEEL-2024 Table A.1 [V]; CC of bituminous coal default"
        + " AG-STEEL-2024 Table A.1 [V]; OF of bituminous coal default AG-STEEL-2024 Table A.1 [V])",
        line.explanation());
    assertEquals(3, line.parameters().size());
  }

  @Test
  void workedExampleNaturalGasWithDefaults() {
    // mrv.md: 250.50 × 389.310 × 0.01532 × 0.99 × 44/12 = 5,423.363… → 5,423.36 tCO2
    ResolvedFuel gas = FuelRules.resolve(FuelLine.of(Fuel.NATURAL_GAS, bd("250.50"), FuelUnit.TEN_THOUSAND_NM3),
        Sector.STEEL, Y2025, CATALOGUE);
    assertEquals(bd("5423.36"), gas.combustion().reportedCo2e());
  }

  @Test
  void sameFiguresInCementAndAluminumButAssumed() {
    for (Sector sector : new Sector[] {Sector.CEMENT, Sector.ALUMINUM}) {
      ResolvedFuel coal = FuelRules.resolve(FuelLine.of(Fuel.BITUMINOUS_COAL, bd("12345.67"), FuelUnit.TONNE),
          sector, Y2025, CATALOGUE);
      assertEquals(bd("27848.29"), coal.combustion().reportedCo2e());
      assertTrue(coal.combustion().explanation().contains("[A]"));
    }
  }

  @Test
  void parametersAreRoundedToReportingPrecisionBeforeTheFormula() {
    // FC 100.005 → 100.01 (2 dp); NCV 20.0004 → 20.000 (3 dp); lignite CC 0.02797, OF 99 %
    FuelLine line = FuelLine.of(Fuel.LIGNITE, bd("100.005"), FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", bd("20.0004"), "GJ/t", LAB));
    ResolvedFuel fuel = FuelRules.resolve(line, Sector.STEEL, Y2025, CATALOGUE);
    assertEquals(bd("100.01"), fuel.quantity());
    assertEquals(bd("20.000"), fuel.ncv().value());
    // 100.01 × 20.000 × 0.02797 × 0.99 × 44/12 = 55.386138… × 44/12 = 203.0825… → 203.08
    assertEquals(bd("203.08"), fuel.combustion().reportedCo2e());
    assertEquals(bd("2000.20000"), fuel.heatGj());
  }

  @Test
  void massBalanceHasNoOxidationRate() {
    // 1,000.00 t coke × 28.435 × 0.02942 = 836.5577 tC × 44/12 = 3,067.3782… → 3,067.38
    ResolvedFuel coke = FuelRules.resolve(FuelLine.of(Fuel.COKE, bd("1000"), FuelUnit.TONNE), Sector.STEEL, Y2025,
        CATALOGUE);
    assertEquals(bd("3067.38"), coke.massBalance(io.github.ets4j.core.EmissionSource.FUEL_COMBUSTION, "coke").reportedCo2e());
  }

  @Test
  void elementCarbonVariantInPower() {
    // 1,000.00 t × 0.6000 tC/t × 99 % × 44/12 = 2,178.00
    FuelLine line = FuelLine.of(Fuel.BITUMINOUS_COAL, bd("1000"), FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", bd("22.5"), "GJ/t", LAB))
        .withElementCarbon(Parameter.measured("C_ar", bd("0.6"), "tC/t", LAB));
    ResolvedFuel fuel = FuelRules.resolve(line, Sector.POWER, Y2025, CATALOGUE);
    assertEquals(bd("2178.00"), fuel.combustion().reportedCo2e());
    assertTrue(fuel.combustion().explanation().contains("0.6000 tC/t"));
  }

  @Test
  void powerCoalWithoutCarbonMeasurementGetsTheHighDefault() {
    FuelLine line = FuelLine.of(Fuel.BITUMINOUS_COAL, bd("1000"), FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", bd("20"), "GJ/t", LAB));
    ResolvedFuel y2025 = FuelRules.resolve(line, Sector.POWER, Y2025, CATALOGUE);
    assertEquals(bd("0.03085"), y2025.carbonContent().orElseThrow().value());
    // 1,000.00 × 20.000 × 0.03085 × 0.99 × 44/12 = 2,239.71
    assertEquals(bd("2239.71"), y2025.combustion().reportedCo2e());
    ResolvedFuel y2021 = FuelRules.resolve(line, Sector.POWER, Year.of(2021), CATALOGUE);
    assertEquals(bd("0.03356"), y2021.carbonContent().orElseThrow().value());
    assertEquals(bd("0.03085"), FuelRules.resolve(line, Sector.POWER, Year.of(2022), CATALOGUE)
        .carbonContent().orElseThrow().value());
  }

  @Test
  void badInput() {
    EtsValidationException negative = assertThrows(EtsValidationException.class,
        () -> FuelLine.of(Fuel.DIESEL, bd("-1"), FuelUnit.TONNE));
    assertTrue(negative.getMessage().contains("must not be negative"), negative.getMessage());
    EtsValidationException of = assertThrows(EtsValidationException.class,
        () -> FuelLine.of(Fuel.DIESEL, bd("1"), FuelUnit.TONNE)
            .withOxidationRate(Parameter.measured("OF", bd("100.5"), "%")));
    assertTrue(of.getMessage().contains("between 0 and 100"), of.getMessage());
    EtsValidationException gasInTonnes = assertThrows(EtsValidationException.class,
        () -> FuelLine.of(Fuel.NATURAL_GAS, bd("1"), FuelUnit.TONNE));
    assertTrue(gasInTonnes.getMessage().contains("wrong unit"), gasInTonnes.getMessage());
    assertThrows(EtsValidationException.class, () -> FuelLine.of(Fuel.ANTHRACITE, bd("1"), FuelUnit.TEN_THOUSAND_NM3));
    EtsValidationException unknown = assertThrows(EtsValidationException.class, () -> Fuel.fromName("peat"));
    assertTrue(unknown.getMessage().contains("AG-STEEL-2024 Table A.1"), unknown.getMessage());
    assertEquals(Fuel.BITUMINOUS_COAL, Fuel.fromName("烟煤"));
    assertEquals(Fuel.NATURAL_GAS, Fuel.fromName("natural gas"));
    assertEquals(Fuel.COKE_OVEN_GAS, Fuel.fromName("coke-oven-gas"));
    assertThrows(EtsValidationException.class, () -> FuelLine.of(Fuel.COKE, bd("1"), FuelUnit.TONNE)
        .withCarbonContent(Parameter.measured("CC", bd("0.03"), "tC/GJ"))
        .withElementCarbon(Parameter.measured("C_ar", bd("0.6"), "tC/t")));
    assertThrows(EtsValidationException.class, () -> FuelLine.of(Fuel.COKE, bd("1"), FuelUnit.TONNE)
        .withElementCarbon(Parameter.measured("C_ar", bd("1.6"), "tC/t")));
  }

  @Test
  void rulesOnAcquisition() {
    FuelLine measuredCc = FuelLine.of(Fuel.ANTHRACITE, bd("10"), FuelUnit.TONNE)
        .withCarbonContent(Parameter.measured("CC", bd("0.027"), "tC/GJ", LAB));
    EtsValidationException cc = assertThrows(EtsValidationException.class,
        () -> FuelRules.resolve(measuredCc, Sector.STEEL, Y2025, CATALOGUE));
    assertTrue(cc.getMessage().contains("always the default") && cc.getMessage().contains("§6.2.3"), cc.getMessage());
    assertThrows(EtsValidationException.class, () -> FuelRules.resolve(measuredCc, Sector.CEMENT, Y2025, CATALOGUE));
    // dropping the assumed cement/aluminum rule lets a measured CC through there, not in steel
    FuelRules relaxed = FuelRules.chinaNational().without(AcquisitionRule.CC_ALWAYS_DEFAULT_CEMENT_ALUMINUM);
    assertEquals(bd("0.02700"), relaxed.resolveLine(measuredCc, Sector.CEMENT, Y2025, CATALOGUE)
        .carbonContent().orElseThrow().value());
    assertThrows(EtsValidationException.class, () -> relaxed.resolveLine(measuredCc, Sector.STEEL, Y2025, CATALOGUE));

    FuelLine measuredCoke = FuelLine.of(Fuel.COKE, bd("10"), FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", bd("28"), "GJ/t", LAB));
    EtsValidationException coke = assertThrows(EtsValidationException.class,
        () -> FuelRules.resolve(measuredCoke, Sector.STEEL, Y2025, CATALOGUE));
    assertTrue(coke.getMessage().contains("coke is always the default"), coke.getMessage());

    FuelLine defaultCoal = FuelLine.of(Fuel.BITUMINOUS_COAL, bd("10"), FuelUnit.TONNE);
    EtsValidationException power = assertThrows(EtsValidationException.class,
        () -> FuelRules.resolve(defaultCoal, Sector.POWER, Y2025, CATALOGUE));
    assertTrue(power.getMessage().contains("a default where measurement is mandatory"), power.getMessage());

    FuelLine carbonInSteel = FuelLine.of(Fuel.BITUMINOUS_COAL, bd("10"), FuelUnit.TONNE)
        .withElementCarbon(Parameter.measured("C_ar", bd("0.6"), "tC/t", LAB));
    assertThrows(EtsValidationException.class, () -> FuelRules.resolve(carbonInSteel, Sector.STEEL, Y2025, CATALOGUE));
  }

  @Test
  void power2026NeedsTheNationalDatabase() {
    FuelLine gas = FuelLine.of(Fuel.NATURAL_GAS, bd("10"), FuelUnit.TEN_THOUSAND_NM3);
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> FuelRules.resolve(gas, Sector.POWER, Year.of(2026), CATALOGUE));
    assertTrue(e.getMessage().contains("UPD-POWER-2026"), e.getMessage());
    assertEquals(Acquisition.DEFAULT, FuelRules.resolve(gas, Sector.POWER, Y2025, CATALOGUE).ncv().acquisition());
  }
}
