package io.github.ets4j.sectors.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.aluminum.Carbonate;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.internal.CatalogueMemo;
import io.github.ets4j.sectors.steel.SteelMaterial;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultCatalogueTest {
  static final DefaultCatalogue NATIONAL = DefaultCatalogue.chinaNational();
  static final Year Y2025 = Year.of(2025);

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static BigDecimal value(String key, Sector sector) {
    return NATIONAL.get(key, sector, Y2025).value();
  }

  @Test
  void fuelTableReproducesExactly() {
    // AG-STEEL-2024 Table A.1 typed in: fuel, NCV, CC, OF
    String[][] table = {
        {"anthracite", "25.024", "0.02749", "99"}, {"bituminous coal", "23.736", "0.02618", "99"},
        {"lignite", "15.250", "0.02797", "99"}, {"washed coking coal", "26.344", "0.02541", "99"},
        {"other washed coal", "12.545", "0.02541", "99"}, {"coal gangue", "8.374", "0.02541", "99"},
        {"coal slime", "12.545", "0.02541", "99"}, {"coke", "28.435", "0.02942", "99"},
        {"petroleum coke", "32.500", "0.02750", "99"}, {"other coal products", "17.460", "0.03356", "99"},
        {"crude oil", "41.816", "0.02008", "98"}, {"fuel oil", "41.816", "0.02110", "98"},
        {"gasoline", "43.070", "0.01890", "98"}, {"diesel", "42.652", "0.02020", "98"},
        {"kerosene", "43.070", "0.01960", "98"}, {"other petroleum products", "41.031", "0.02000", "98"},
        {"LNG", "51.498", "0.01720", "98"}, {"LPG", "50.179", "0.01720", "98"}, {"coal tar", "33.453", "0.02200", "98"},
        {"refinery dry gas", "45.998", "0.01820", "98"}, {"natural gas", "389.310", "0.01532", "99"},
        {"blast furnace gas", "33.000", "0.07080", "99"}, {"converter gas", "84.000", "0.04960", "99"},
        {"coke oven gas", "173.854", "0.01210", "99"}, {"other gas", "52.270", "0.01220", "99"},
    };
    assertEquals(25, Fuel.values().length);
    for (String[] row : table) {
      Fuel fuel = Fuel.fromName(row[0]);
      for (Sector sector : EnumSet.of(Sector.STEEL, Sector.CEMENT, Sector.ALUMINUM)) {
        assertEquals(0, bd(row[1]).compareTo(value(DefaultKeys.fuelNcv(fuel.code()), sector)), row[0]);
        assertEquals(0, bd(row[2]).compareTo(value(DefaultKeys.fuelCarbonContent(fuel.code()), sector)), row[0]);
        assertEquals(0, bd(row[3]).compareTo(value(DefaultKeys.fuelOxidationRate(fuel.code()), sector)), row[0]);
      }
      assertEquals(Confidence.OFFICIAL, NATIONAL.get(DefaultKeys.fuelNcv(fuel.code()), Sector.STEEL, Y2025)
          .source().confidence());
      assertEquals(Confidence.ASSUMED, NATIONAL.get(DefaultKeys.fuelNcv(fuel.code()), Sector.CEMENT, Y2025)
          .source().confidence());
      assertEquals(fuel.fuelClass() == io.github.ets4j.sectors.fuel.FuelClass.GAS ? "GJ/10^4 Nm3" : "GJ/t",
          NATIONAL.get(DefaultKeys.fuelNcv(fuel.code()), Sector.STEEL, Y2025).unit());
    }
  }

  @Test
  void steelTableReproducesExactly() {
    String[][] table = {
        {"limestone", "0.440"}, {"dolomite", "0.476"}, {"electrode", "3.663"}, {"ferronickel", "0.037"},
        {"ferromolybdenum", "0.018"}, {"ferrosilicon", "0.007"}, {"silicomanganese", "0.092"},
        {"low-carbon silicomanganese", "0.011"}, {"blast-furnace ferromanganese", "0.275"},
        {"EAF high-carbon ferromanganese", "0.275"}, {"micro-carbon ferromanganese", "0.004"},
        {"high-carbon ferrochrome", "0.348"}, {"pig iron", "0.172"}, {"direct reduced iron", "0.073"},
        {"scrap", "0.037"}, {"crude steel", "0.037"}, {"tar", "2.699"}, {"crude benzol", "3.382"},
    };
    assertEquals(18, SteelMaterial.values().length);
    for (String[] row : table) {
      SteelMaterial material = SteelMaterial.fromName(row[0]);
      DefaultValue entry = NATIONAL.get(DefaultKeys.steelFactor(material.code()), Sector.STEEL, Y2025);
      assertEquals(0, bd(row[1]).compareTo(entry.value()), row[0]);
      assertEquals("AG-STEEL-2024 Table A.2 [V]", entry.source().toString());
    }
    assertTrue(NATIONAL.find(DefaultKeys.steelFactor("limestone"), Sector.STEEL, Year.of(2023)).isEmpty());
  }

  @Test
  void cementAluminumAndPowerFigures() {
    assertEquals(bd("0.535"), value(DefaultKeys.clinkerFactor(ClinkerType.PORTLAND.code()), Sector.CEMENT));
    assertEquals(bd("0.550"), value(DefaultKeys.clinkerFactor(ClinkerType.WHITE_PORTLAND.code()), Sector.CEMENT));
    assertEquals(bd("0.413"), value(DefaultKeys.clinkerFactor(ClinkerType.SULFO_FERRO_ALUMINATE.code()), Sector.CEMENT));
    assertEquals(bd("0.292"), value(DefaultKeys.clinkerFactor(ClinkerType.ALUMINATE.code()), Sector.CEMENT));
    assertEquals(30, AlternativeMaterial.values().length);
    for (AlternativeMaterial material : AlternativeMaterial.values()) {
      assertEquals(Confidence.THIRD_PARTY, NATIONAL.get(DefaultKeys.cementDeduction(material.code()), Sector.CEMENT,
          Y2025).source().confidence());
    }
    assertEquals(bd("0.480"), value(DefaultKeys.cementDeduction("carbide-slag"), Sector.CEMENT));
    assertEquals(bd("0.600"), value(DefaultKeys.cementDeduction("slaked-lime"), Sector.CEMENT));
    assertEquals(bd("0.055"), value(DefaultKeys.cementDeduction("red-mud"), Sector.CEMENT));
    assertEquals(bd("0.52"), value(DefaultKeys.CEMENT_IPCC_FALLBACK, Sector.CEMENT));
    String[][] carbonates = {{"CACO3", "0.4400"}, {"MGCO3", "0.5220"}, {"NA2CO3", "0.4149"}, {"NAHCO3", "0.5237"},
        {"FECO3", "0.3799"}, {"MNCO3", "0.3829"}, {"BACO3", "0.2230"}, {"LI2CO3", "0.5955"}, {"K2CO3", "0.3184"},
        {"SRCO3", "0.2980"}, {"DOLOMITE", "0.4773"}};
    for (String[] row : carbonates) {
      assertEquals(bd(row[1]), value(DefaultKeys.carbonateFactor(Carbonate.valueOf(row[0]).code()), Sector.ALUMINUM));
    }
    assertEquals(bd("2"), value(DefaultKeys.ALUMINUM_ANODE_SULFUR, Sector.ALUMINUM));
    assertEquals(bd("0.4"), value(DefaultKeys.ALUMINUM_ANODE_ASH, Sector.ALUMINUM));
    assertEquals(bd("0.411"), value(DefaultKeys.ALUMINUM_NET_ANODE_TYPICAL, Sector.ALUMINUM));
    assertEquals(bd("0.143"), value(DefaultKeys.ALUMINUM_CF4_SLOPE, Sector.ALUMINUM));
    assertEquals(bd("0.1"), value(DefaultKeys.ALUMINUM_C2F6_TO_CF4, Sector.ALUMINUM));
    assertEquals(bd("0.034"), value(DefaultKeys.ALUMINUM_EF_CF4_DEFAULT, Sector.ALUMINUM));
    assertEquals(bd("0.0034"), value(DefaultKeys.ALUMINUM_EF_C2F6_DEFAULT, Sector.ALUMINUM));
    assertEquals(bd("0.03085"), value(DefaultKeys.POWER_COAL_CC_HIGH_DEFAULT, Sector.POWER));
    assertEquals(bd("0.03356"), NATIONAL.get(DefaultKeys.POWER_COAL_CC_HIGH_DEFAULT, Sector.POWER, Year.of(2021)).value());
    assertEquals(Confidence.SECONDARY, NATIONAL.get(DefaultKeys.POWER_COAL_CC_HIGH_DEFAULT, Sector.POWER, Y2025)
        .source().confidence());
    assertEquals(bd("0.5703"), value(DefaultKeys.GRID_EMISSION_FACTOR, Sector.POWER));
    assertTrue(NATIONAL.find(DefaultKeys.GRID_EMISSION_FACTOR, Sector.POWER, Year.of(2026)).isEmpty());
    assertEquals(bd("99"), value(DefaultKeys.fuelOxidationRate("bituminous-coal"), Sector.POWER));
    assertTrue(NATIONAL.find(DefaultKeys.fuelNcv("bituminous-coal"), Sector.POWER, Y2025).isEmpty());
    assertEquals(bd("83.74"), value(DefaultKeys.STEAM_REFERENCE_ENTHALPY, Sector.STEEL));
    assertEquals(bd("29307.6"), value(DefaultKeys.KJ_PER_KGCE, Sector.STEEL));
    assertEquals(bd("4.1868"), value(DefaultKeys.KJ_PER_KCAL, Sector.STEEL));
    assertEquals(bd("0.46"), value(DefaultKeys.POWER_CONDENSING_EFFICIENCY_LIMIT, Sector.POWER));
    assertEquals(bd("1"), value(DefaultKeys.POWER_CHP_EFFICIENCY_LIMIT, Sector.POWER));
  }

  @Test
  void nonOfficialFiguresAreListed() {
    List<DefaultValue> nonOfficial = NATIONAL.nonOfficial();
    assertFalse(nonOfficial.isEmpty());
    assertTrue(nonOfficial.stream().noneMatch(e -> e.source().confidence().isOfficial()));
    assertTrue(nonOfficial.stream().anyMatch(e -> e.key().equals(DefaultKeys.POWER_COAL_CC_HIGH_DEFAULT)));
    assertTrue(nonOfficial.stream().noneMatch(e -> e.key().startsWith("steel/")));
    List<DefaultValue> steel = NATIONAL.nonOfficial(Sector.STEEL, Y2025);
    // steel's only non-official figures in 2025 are the grid factors: GRID23 values [V] whose use is assumed [A]
    assertEquals(12, steel.size());
    assertTrue(steel.stream().allMatch(e -> e.key().startsWith(DefaultKeys.GRID_EMISSION_FACTOR)));
    assertTrue(steel.stream().allMatch(e -> e.source().document().equals("GRID23")));
    assertTrue(NATIONAL.inForce(Sector.STEEL, Y2025).size() > 90);
  }

  @Test
  void usersSupplyTheirOwnFigures() {
    // e.g. the national emission-factor database value of natural gas for power from 2026
    DefaultValue database = DefaultValue.builder().key(DefaultKeys.fuelNcv("natural-gas")).value(bd("390.000"))
        .unit("GJ/10^4 Nm3").source(Source.of("EF-DB-2026", "natural gas", Confidence.OFFICIAL))
        .addSectors(Sector.POWER).firstYear(Year.of(2026)).description("national database").build();
    DefaultCatalogue mine = NATIONAL.with(database);
    assertEquals(bd("390.000"), mine.get(DefaultKeys.fuelNcv("natural-gas"), Sector.POWER, Year.of(2026)).value());
    assertEquals(bd("389.310"), mine.get(DefaultKeys.fuelNcv("natural-gas"), Sector.POWER, Y2025).value());
    assertEquals(NATIONAL.entries().size() + 1, mine.entries().size());
    // an override in force wins over the built-in entry
    DefaultValue override = DefaultValue.copyOf(database).withFirstYear(Year.of(2024)).withValue(bd("388"));
    assertEquals(bd("388"), NATIONAL.with(override).get(DefaultKeys.fuelNcv("natural-gas"), Sector.POWER, Y2025).value());
    DefaultCatalogue own = DefaultCatalogue.of(List.of(database));
    assertEquals(1, own.entries().size());
    assertEquals(0, own.nonOfficial().size());
    assertEquals(own, DefaultCatalogue.of(List.of(database)));
    assertEquals(own.hashCode(), DefaultCatalogue.of(List.of(database)).hashCode());
    assertTrue(own.toString().contains("1 entries"));
    assertEquals(Acquisition.DEFAULT, own.parameter(database.key(), Sector.POWER, Year.of(2027), "NCV").acquisition());
    EtsValidationException clash = assertThrows(EtsValidationException.class,
        () -> DefaultCatalogue.of(List.of(database, override)));
    assertTrue(clash.getMessage().contains("same sector and year"), clash.getMessage());
    DefaultValue later = DefaultValue.copyOf(override).withFirstYear(Year.of(2020)).withLastYear(Year.of(2023));
    assertEquals(2, DefaultCatalogue.of(List.of(database, later)).entries().size());
    DefaultValue cement = DefaultValue.copyOf(database).withSectors(EnumSet.of(Sector.CEMENT));
    assertEquals(2, DefaultCatalogue.of(List.of(database, cement)).entries().size());
    // the fuel rules use the user's figure
    assertEquals(bd("390.000"), FuelRules.resolve(FuelLine.of(Fuel.NATURAL_GAS, bd("1"), FuelUnit.TEN_THOUSAND_NM3),
        Sector.POWER, Year.of(2026), NATIONAL.with(List.of(database,
            DefaultValue.copyOf(database).withKey(DefaultKeys.fuelCarbonContent("natural-gas")).withValue(bd("0.0153"))
                .withUnit("tC/GJ"),
            DefaultValue.copyOf(database).withKey(DefaultKeys.fuelOxidationRate("natural-gas")).withValue(bd("99"))
                .withUnit("%"))))
        .ncv().value());
  }

  @Test
  void badEntries() {
    DefaultValue.Builder base = DefaultValue.builder().key("k").value(bd("1")).unit("1")
        .source(Source.of("D", "p", Confidence.ASSUMED)).firstYear(Year.of(2024));
    assertThrows(EtsValidationException.class, () -> base.build());
    assertThrows(EtsValidationException.class, () -> base.addSectors(Sector.POWER).lastYear(Year.of(2023)).build());
    assertThrows(EtsValidationException.class, () -> DefaultValue.builder().key("k").value(bd("-1")).unit("1")
        .source(Source.of("D", "p", Confidence.ASSUMED)).firstYear(Year.of(2024)).addSectors(Sector.POWER).build());
    EtsValidationException missing = assertThrows(EtsValidationException.class,
        () -> NATIONAL.get("nothing", Sector.STEEL, Y2025));
    assertTrue(missing.getMessage().contains("DefaultCatalogue.with"), missing.getMessage());
    DefaultValue entry = NATIONAL.get(DefaultKeys.fuelNcv("coke"), Sector.STEEL, Y2025);
    assertTrue(entry.appliesTo(Sector.STEEL, Year.of(2030)));
    assertFalse(entry.appliesTo(Sector.POWER, Y2025));
    assertEquals("NCV of coke", entry.description());
  }

  @Test
  void aDerivationIsComputedOncePerSectorAndYearAndLookupsAreRemembered() {
    DefaultCatalogue national = DefaultCatalogue.chinaNational();
    List<DefaultValue> first = CatalogueMemo.derived(national, ENTRIES_IN_FORCE, Sector.STEEL, Y2025);
    assertEquals(national.inForce(Sector.STEEL, Y2025), first);
    assertTrue(first == CatalogueMemo.derived(national, ENTRIES_IN_FORCE, Sector.STEEL, Y2025));
    assertThrows(EtsValidationException.class, () -> CatalogueMemo.derived(national, null, Sector.STEEL, Y2025));
    assertThrows(EtsValidationException.class,
        () -> CatalogueMemo.derived(national, (catalogue, sector, year) -> null, Sector.STEEL, Y2025));
    // Remembered lookups give what a first lookup gives, and the same parameter for the same name.
    String key = DefaultKeys.fuelNcv("coke");
    assertEquals(national.find(key, Sector.STEEL, Y2025), national.find(key, Sector.STEEL, Y2025));
    assertTrue(national.find("no/such/key", Sector.STEEL, Y2025).isEmpty());
    assertTrue(national.range("no/such/range", Sector.STEEL, Y2025).isEmpty());
    assertEquals(national.parameter(key, Sector.STEEL, Y2025, "NCV of coke"),
        national.get(key, Sector.STEEL, Y2025).toParameter("NCV of coke"));
    assertThrows(EtsValidationException.class, () -> national.parameter(key, Sector.STEEL, Y2025, " "));
  }

  private static final CatalogueMemo.Derivation<List<DefaultValue>> ENTRIES_IN_FORCE =
      (catalogue, sector, year) -> List.copyOf(catalogue.inForce(sector, year));
}
