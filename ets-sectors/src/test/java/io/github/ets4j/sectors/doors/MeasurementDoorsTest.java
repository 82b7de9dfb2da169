package io.github.ets4j.sectors.doors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Unit;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.fuel.ResolvedFuel;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.Finding;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.power.UnitType;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measurement doors of issue 11: units checked and converted where a parameter is made, quantities
 * checked where it attaches, shares in percent, physical ranges refused and plausible ranges reported.
 *
 * <p>The power month is the 300 MW condensing unit of PowerFacilityYearTest: 50,000.00 t bituminous coal,
 * carbon not measured (high default CC 0.03085 tC/GJ, OF 99 %), 120,000 MWh in 650 h; with NCV 20.000 GJ/t it
 * emits 50,000 × 20.000 × 0.03085 × 0.99 × 44/12 = 111,985.50 tCO2.
 */
class MeasurementDoorsTest {
  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  private static GeneratingUnitMonth.Builder unit(FuelLine coal) {
    return GeneratingUnitMonth.builder().month(MARCH).unitType(UnitType.CONDENSING).addFuels(coal)
        .grossGenerationMwh(bd("120000")).electricitySuppliedMwh(bd("112000")).operatingHours(bd("650"))
        .ratedCapacityMw(bd("300"));
  }

  private static FuelLine coal(Parameter ncv) {
    return FuelLine.of(Fuel.BITUMINOUS_COAL, bd("50000"), FuelUnit.TONNE).withNcv(ncv);
  }

  private static BigDecimal covered(GeneratingUnitMonth month) {
    return MonthlyReport.of("E", "unit-1", month).coveredCo2e();
  }

  @Test
  void ncvInKcalPerKgIsConvertedAndTheExplanationShowsIt() {
    // 5,000 kcal/kg × 4.1868 kJ/kcal = 20,934 kJ/kg = 20.934 GJ/t (mrv.md);
    // 50,000 × 20.934 = 1,046,700 GJ × 0.03085 = 32,290.695 tC × 0.99 = 31,967.78805 × 44/12 = 117,215.22 tCO2
    // (read as 5,000 GJ/t it would have been 27,996,375 t)
    Parameter ncv = Parameter.measured("NCV", bd("5000"), "kcal/kg");
    assertEquals(0, bd("20.934").compareTo(ncv.value()));
    assertEquals("GJ/t", ncv.unit());
    assertEquals(Unit.KCAL_PER_KG, ncv.givenUnit());
    assertEquals("5,000 kcal/kg = 20.934 GJ/t", ncv.conversion().orElseThrow());
    assertTrue(ncv.provenance().contains("[5,000 kcal/kg = 20.934 GJ/t]"), ncv.provenance());
    GeneratingUnitMonth month = unit(coal(ncv)).build();
    assertEquals(bd("117215.22"), covered(month));
    String explain = MonthlyReport.of("E", "unit-1", month).explain();
    assertTrue(explain.contains("50,000.00 t × 20.934 GJ/t × 0.03085 tC/GJ × 99 % × 44/12 = 117,215.22 tCO2"), explain);
    assertTrue(explain.contains("5,000 kcal/kg = 20.934 GJ/t"), explain);
  }

  @Test
  void everyUnitOfTheNcvGivesTheHandComputedFigure() {
    // 20,000 kJ/kg = 20 MJ/kg = 20 GJ/t → 111,985.50 tCO2; 4,776.9 kcal/kg would not be exact, so not used
    assertEquals(bd("111985.50"), covered(unit(coal(Parameter.measured("NCV", bd("20.000"), "GJ/t"))).build()));
    assertEquals(bd("111985.50"), covered(unit(coal(Parameter.measured("NCV", bd("20"), "MJ/kg"))).build()));
    assertEquals(bd("111985.50"), covered(unit(coal(Parameter.measured("NCV", bd("20000"), "kJ/kg"))).build()));
    assertEquals(bd("111985.50"), covered(unit(coal(Parameter.measured("NCV", bd("20000"), Unit.KJ_PER_KG))).build()));
  }

  @Test
  void unknownUnitsAndUnitsOfAnotherQuantityAreRefused() {
    EtsValidationException bananas = assertThrows(EtsValidationException.class,
        () -> Parameter.measured("NCV", bd("5000"), "bananas"));
    assertEquals("unit of NCV", bananas.field());
    assertEquals("bananas", bananas.value());
    assertTrue(bananas.rule().contains("unknown unit") && bananas.rule().contains("kcal/kg"), bananas.rule());
    // a CC in tC/t (a unit of element carbon) is not read as tC/GJ
    EtsValidationException cc = assertThrows(EtsValidationException.class, () -> coal(
        Parameter.measured("NCV", bd("20"), "GJ/t")).withCarbonContent(Parameter.measured("CC", bd("0.5"), "tC/t")));
    assertEquals("unit of carbonContent of bituminous coal", cc.field());
    assertEquals("tC/t", cc.value());
    assertTrue(cc.rule().contains("accepted units: tC/GJ, tC/TJ, kgC/GJ"), cc.rule());
    // an NCV per mass for a gaseous fuel, a heat for an NCV, a share for an NCV
    EtsValidationException gas = assertThrows(EtsValidationException.class,
        () -> FuelLine.of(Fuel.NATURAL_GAS, bd("250.50"), FuelUnit.TEN_THOUSAND_NM3)
            .withNcv(Parameter.measured("NCV", bd("38.931"), "MJ/kg")));
    assertEquals("unit of ncv of natural gas (gas fuel)", gas.field());
    assertTrue(gas.rule().endsWith("accepted units: GJ/10^4 Nm3, GJ/10^4Nm3, MJ/Nm3, kJ/Nm3"), gas.rule());
    assertThrows(EtsValidationException.class, () -> coal(Parameter.measured("NCV", bd("20"), "GJ")));
    assertThrows(EtsValidationException.class, () -> coal(Parameter.measured("NCV", bd("20"), "%")));
    // OF in a carbon unit, C_ar in a share
    assertThrows(EtsValidationException.class, () -> coal(Parameter.measured("NCV", bd("20"), "GJ/t"))
        .withOxidationRate(Parameter.measured("OF", bd("99"), "tC/GJ")));
    assertThrows(EtsValidationException.class, () -> coal(Parameter.measured("NCV", bd("20"), "GJ/t"))
        .withElementCarbon(Parameter.measured("C_ar", bd("54"), "%")));
    // a catalogue entry in an unknown unit
    assertThrows(EtsValidationException.class, () -> DefaultValue.builder().key("k").value(bd("1")).unit("GJ/tonne")
        .source(io.github.ets4j.core.Source.of("X", "", io.github.ets4j.core.Confidence.ASSUMED))
        .sectors(java.util.EnumSet.of(Sector.STEEL)).firstYear(Year.of(2024)).build());
  }

  @Test
  void gaseousNcvAndCarbonContentUnitsAreConverted() {
    // mrv.md: 250.50 × 10^4 Nm3 natural gas at 389.310 GJ/10^4 Nm3, 0.01532 tC/GJ, 99 % → 5,423.36 tCO2;
    // 38.931 MJ/Nm3 = 389.31 GJ/10^4 Nm3, 38,931 kJ/Nm3 likewise, 15.32 tC/TJ = 15.32 kgC/GJ = 0.01532 tC/GJ
    for (String[] ncv : new String[][] {{"389.310", "GJ/10^4 Nm3"}, {"38.931", "MJ/Nm3"}, {"38931", "kJ/Nm3"}}) {
      for (String[] cc : new String[][] {{"0.01532", "tC/GJ"}, {"15.32", "tC/TJ"}, {"15.32", "kgC/GJ"}}) {
        FuelLine line = FuelLine.of(Fuel.NATURAL_GAS, bd("2505000"), "Nm3")
            .withNcv(Parameter.measured("NCV", bd(ncv[0]), ncv[1]))
            .withCarbonContent(Parameter.measured("CC", bd(cc[0]), cc[1]));
        assertEquals(bd("250.50"), line.quantity().setScale(2));
        CalculatedLine co2 = FuelRules.resolve(line, Sector.POWER, Year.of(2025), DefaultCatalogue.chinaNational())
            .combustion();
        assertEquals(bd("5423.36"), co2.reportedCo2e(), ncv[1] + " " + cc[1]);
      }
    }
  }

  @Test
  void fuelQuantitiesInKtAndNm3AreConverted() {
    assertEquals(0, bd("50000").compareTo(FuelLine.of(Fuel.BITUMINOUS_COAL, bd("50"), "kt").quantity()));
    assertEquals(0, bd("12.34").compareTo(FuelLine.of(Fuel.DIESEL, bd("12.34"), "t").quantity()));
    assertEquals(FuelUnit.TONNE, FuelLine.of(Fuel.BITUMINOUS_COAL, bd("50"), "kt").unit());
    assertEquals(0, bd("250.5").compareTo(FuelLine.of(Fuel.NATURAL_GAS, bd("250.50"), "10^4 Nm3").quantity()));
    EtsValidationException tonnesOfGas = assertThrows(EtsValidationException.class,
        () -> FuelLine.of(Fuel.NATURAL_GAS, bd("250.50"), "t"));
    assertEquals("unit of consumption of natural gas", tonnesOfGas.field());
    assertTrue(tonnesOfGas.rule().contains("10^4 Nm3") && tonnesOfGas.rule().contains("Nm3"), tonnesOfGas.rule());
    assertThrows(EtsValidationException.class, () -> FuelLine.of(Fuel.BITUMINOUS_COAL, bd("50"), "Nm3"));
    assertThrows(EtsValidationException.class, () -> FuelLine.of(Fuel.BITUMINOUS_COAL, bd("50"), "tons"));
  }

  @Test
  void anOxidationRateThatLooksLikeAFractionIsRefused() {
    // 0.99 % would give 1,119.86 t instead of 111,985.50 t
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> coal(Parameter.measured("NCV",
        bd("20"), "GJ/t")).withOxidationRate(Parameter.measured("OF", bd("0.99"), "%")));
    assertEquals("oxidationRate of bituminous coal (%)", e.field());
    assertTrue(e.rule().contains("looks like a fraction"), e.rule());
    assertThrows(EtsValidationException.class, () -> coal(Parameter.measured("NCV", bd("20"), "GJ/t"))
        .withOxidationRate(Parameter.measured("OF", bd("1"), "%")));
    // 1.01 % is not refused as a fraction, only flagged (plausible 90–100 %)
    FuelLine low = coal(Parameter.measured("NCV", bd("20"), "GJ/t"))
        .withOxidationRate(Parameter.measured("OF", bd("1.01"), "%"));
    List<Finding> findings = unit(low).build().findings();
    assertTrue(findings.stream().anyMatch(f -> f.code().equals(ResolvedFuel.PLAUSIBILITY_CHECK)
        && f.message().contains("oxidationRate of bituminous coal = 1.01 %")), findings.toString());
    // a catalogue of one's own with OF 0.98 (a fraction) is refused too
    DefaultCatalogue fractions = DefaultCatalogue.chinaNational().with(DefaultCatalogue.chinaNational()
        .get(DefaultKeys.fuelOxidationRate("diesel"), Sector.STEEL, Year.of(2025)).withValue(bd("0.98")));
    assertThrows(EtsValidationException.class, () -> FuelRules.resolve(FuelLine.of(Fuel.DIESEL, bd("1"),
        FuelUnit.TONNE), Sector.STEEL, Year.of(2025), fractions));
  }

  @Test
  void valuesOutsideThePhysicalRangeAreRefusedAndImplausibleOnesFlagged() {
    // NCV 2,000 GJ/t (hydrogen, the highest, is about 120): refused
    EtsValidationException ncv = assertThrows(EtsValidationException.class,
        () -> unit(coal(Parameter.measured("NCV", bd("2000"), "GJ/t"))).build());
    assertEquals("ncv of bituminous coal", ncv.field());
    assertTrue(ncv.rule().contains("physical range 0–125 GJ/t"), ncv.rule());
    // CC 1.5 tC/GJ (pure carbon is 0.0305): refused
    EtsValidationException cc = assertThrows(EtsValidationException.class,
        () -> FuelRules.resolve(FuelLine.of(Fuel.NATURAL_GAS, bd("1"), FuelUnit.TEN_THOUSAND_NM3)
            .withCarbonContent(Parameter.measured("CC", bd("1.5"), "tC/GJ")), Sector.POWER, Year.of(2025),
            DefaultCatalogue.chinaNational()));
    assertEquals("carbonContent of natural gas", cc.field());
    // NCV 40 GJ/t for a coal: physical, but outside 4.5–35 GJ/t → one finding
    List<Finding> findings = unit(coal(Parameter.measured("NCV", bd("40"), "GJ/t"))).build().findings();
    assertEquals(1, findings.stream().filter(f -> f.code().equals(ResolvedFuel.PLAUSIBILITY_CHECK)).count());
    assertTrue(findings.get(0).message().startsWith("ncv of bituminous coal = 40 GJ/t lies outside the"
        + " plausible range 4.5–35 GJ/t"), findings.get(0).message());
    // coal gangue has its own published range, 4,500–12,550 kJ/kg (VG-POWER-2026): 13,000 kJ/kg is flagged
    ResolvedFuel gangue = FuelRules.resolve(FuelLine.of(Fuel.COAL_GANGUE, bd("100"), FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", bd("13000"), "kJ/kg")), Sector.POWER, Year.of(2025),
        DefaultCatalogue.chinaNational());
    assertTrue(gangue.findings(MARCH).get(0).message().contains("4.5–12.55 GJ/t")
        && gangue.findings(MARCH).get(0).message().contains("VG-POWER-2026"), gangue.findings(MARCH).toString());
    // the defaults themselves are plausible
    assertTrue(unit(coal(Parameter.measured("NCV", bd("20"), "GJ/t"))).build().findings().isEmpty());
    // C_ar above 1 tC/t cannot be physical
    assertThrows(EtsValidationException.class, () -> coal(Parameter.measured("NCV", bd("20"), "GJ/t"))
        .withElementCarbon(Parameter.measured("C_ar", bd("1.2"), "tC/t")));
  }

  @Test
  void aLoadFactorAbove100PercentOrOfZeroWithOutputIsRefused() {
    FuelLine coal = coal(Parameter.measured("NCV", bd("20"), "GJ/t"));
    // 999,999 MWh / (300 MW × 650 h = 195,000 MWh) = 512.82 %
    EtsValidationException above = assertThrows(EtsValidationException.class,
        () -> unit(coal).grossGenerationMwh(bd("999999")).electricitySuppliedMwh(bd("0")).build());
    assertEquals("loadFactorPercent", above.field());
    assertEquals("512.82 %", above.value());
    assertTrue(above.rule().contains("999999.000 MWh / (300 MW × 650 h)"), above.rule());
    // 100 % exactly is physical: 195,000 MWh; the typed share reads it as the fraction 1
    GeneratingUnitMonth full = unit(coal).grossGenerationMwh(bd("195000")).build();
    assertEquals(bd("100.00"), full.loadFactorPercent().orElseThrow());
    assertEquals(0, BigDecimal.ONE.compareTo(full.loadFactor().orElseThrow().fraction()));
    // generation without operating hours
    EtsValidationException noHours = assertThrows(EtsValidationException.class,
        () -> unit(coal).operatingHours(bd("0")).build());
    assertEquals("operatingHours", noHours.field());
    // 1 MWh / 195,000 MWh = 0.0005 % → 0.00 % with positive generation (kWh reported as MWh?)
    EtsValidationException zero = assertThrows(EtsValidationException.class,
        () -> unit(coal).grossGenerationMwh(bd("1")).electricitySuppliedMwh(bd("1")).build());
    assertEquals("0.00 %", zero.value());
    // 20,000 MWh / 195,000 MWh = 10.26 %: physical, below the plausible 20 % → a finding
    List<Finding> low = unit(coal).grossGenerationMwh(bd("20000")).electricitySuppliedMwh(bd("19000")).build()
        .findings();
    assertTrue(low.stream().anyMatch(f -> f.code().equals(GeneratingUnitMonth.LOAD_FACTOR_CHECK)
        && f.message().startsWith("loadFactorPercent = 10.26 %")), low.toString());
    // an idle month has no load factor and no finding about it
    GeneratingUnitMonth idle = GeneratingUnitMonth.builder().month(MARCH).unitType(UnitType.CONDENSING)
        .grossGenerationMwh(bd("0")).electricitySuppliedMwh(bd("0")).operatingHours(bd("0"))
        .ratedCapacityMw(bd("300")).build();
    assertTrue(idle.findings().isEmpty());
  }

  @Test
  void aCementLineWithEmissionsAndClinkerSwappedIsRefused() {
    // each month: 200 t bituminous coal at defaults: 200 × 23.736 × 0.02618 × 0.99 × 44/12 = 451.14 tCO2,
    // 10 t Portland clinker × 0.535 = 5.35 tCO2 → 12 × 456.49 = 5,477.88 / 120 t = 45.649 tCO2/t, above 3 t/t
    AnnualReport report = cementYear(bd("10"));
    assertEquals(bd("5477.88"), report.coveredCo2e());
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> ClinkerLineYear.of(report));
    assertTrue(e.field().startsWith("intensity of line-1 in 2025"), e.field());
    assertEquals("45.6490 tCO2/t", e.value());
    assertTrue(e.rule().contains("physical range 0–3 tCO2/t"), e.rule());
    // 1,000 t clinker a month instead: (451.14 + 1,000 × 0.535) × 12 = 11,833.68 / 12,000 = 0.98614 → 0.9861 t/t
    assertEquals(bd("0.9861"), ClinkerLineYear.of(cementYear(bd("1000"))).intensity());
  }

  private static AnnualReport cementYear(BigDecimal clinkerTonnes) {
    List<MonthlyReport> months = new java.util.ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("E", "line-1", ClinkerLineMonth.builder().month(YearMonth.of(2025, m))
          .clinkerType(ClinkerType.PORTLAND).clinkerTonnes(clinkerTonnes)
          .addFuels(FuelLine.of(Fuel.BITUMINOUS_COAL, bd("200"), FuelUnit.TONNE)).build()));
    }
    return AnnualReport.of(months);
  }

  @Test
  void aluminumParametersHaveTheirUnitsAndRanges() {
    Parameter nc = Parameter.measured("NC", bd("0.411"), "t/t Al");
    java.util.function.Supplier<ElectrolysisMonth.Builder> base =
        () -> ElectrolysisMonth.builder().month(MARCH).aluminumLiquidTonnes(bd("30000"));
    assertTrue(base.get().netAnodeConsumption(nc).build().findings().isEmpty());
    assertThrows(EtsValidationException.class,
        () -> base.get().netAnodeConsumption(Parameter.measured("NC", bd("41.1"), "%")).build());
    assertThrows(EtsValidationException.class, () -> base.get().netAnodeConsumption(nc)
        .anodeSulfurPercent(Parameter.measured("S", bd("2"), "t/t Al")).build());
    // 2,000 anode-effect minutes per cell-day: more than the 1,440 minutes of a day
    assertThrows(EtsValidationException.class, () -> base.get().netAnodeConsumption(nc)
        .anodeEffectMinutes(Parameter.measured("AEM", bd("2000"), "min/cell-day")).build());
    // 0.6 t/t Al: physical, above the plausible 0.55 → a finding
    List<Finding> findings = base.get().netAnodeConsumption(Parameter.measured("NC", bd("0.6"), "t/t Al"))
        .anodeEffectMinutes(Parameter.measured("AEM", bd("0.25"), "min/cell-day")).build().findings();
    assertEquals(1, findings.size());
    assertEquals(ElectrolysisMonth.PLAUSIBILITY_CHECK, findings.get(0).code());
  }
}
