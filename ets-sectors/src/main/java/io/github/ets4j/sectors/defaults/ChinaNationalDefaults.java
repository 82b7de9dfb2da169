package io.github.ets4j.sectors.defaults;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.unit.Unit;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The figures of the domain reference mrv.md, each once, with its source and years. The only place in
 * ets-sectors where a regulatory number is written down.
 */
final class ChinaNationalDefaults {
  private static final Year Y2019 = Year.of(2019);
  private static final Year Y2024 = Year.of(2024);
  private static final Set<Sector> ALL = EnumSet.allOf(Sector.class);

  /** Fuel table of AG-STEEL-2024 Table A.1 [V]: code, unit, NCV, CC tC/GJ, OF %. */
  private static final String[][] FUELS = {
      {"anthracite", "t", "25.024", "0.02749", "99"},
      {"bituminous-coal", "t", "23.736", "0.02618", "99"},
      {"lignite", "t", "15.250", "0.02797", "99"},
      {"washed-coking-coal", "t", "26.344", "0.02541", "99"},
      {"other-washed-coal", "t", "12.545", "0.02541", "99"},
      {"coal-gangue", "t", "8.374", "0.02541", "99"},
      {"coal-slime", "t", "12.545", "0.02541", "99"},
      {"coke", "t", "28.435", "0.02942", "99"},
      {"petroleum-coke", "t", "32.500", "0.02750", "99"},
      {"other-coal-products", "t", "17.460", "0.03356", "99"},
      {"crude-oil", "t", "41.816", "0.02008", "98"},
      {"fuel-oil", "t", "41.816", "0.02110", "98"},
      {"gasoline", "t", "43.070", "0.01890", "98"},
      {"diesel", "t", "42.652", "0.02020", "98"},
      {"kerosene", "t", "43.070", "0.01960", "98"},
      {"other-petroleum-products", "t", "41.031", "0.02000", "98"},
      {"lng", "t", "51.498", "0.01720", "98"},
      {"lpg", "t", "50.179", "0.01720", "98"},
      {"coal-tar", "t", "33.453", "0.02200", "98"},
      {"refinery-dry-gas", "t", "45.998", "0.01820", "98"},
      {"natural-gas", "10^4 Nm3", "389.310", "0.01532", "99"},
      {"blast-furnace-gas", "10^4 Nm3", "33.000", "0.07080", "99"},
      {"converter-gas", "10^4 Nm3", "84.000", "0.04960", "99"},
      {"coke-oven-gas", "10^4 Nm3", "173.854", "0.01210", "99"},
      {"other-gas", "10^4 Nm3", "52.270", "0.01220", "99"},
  };

  /** Coal types for which power uses the high default carbon content and a measured NCV. */
  static final Set<String> POWER_COALS = Set.of("anthracite", "bituminous-coal", "lignite", "washed-coking-coal",
      "other-washed-coal", "coal-gangue", "coal-slime");

  /** Steel process factors, AG-STEEL-2024 Table A.2 [V], tCO2/t. */
  private static final String[][] STEEL = {
      {"limestone", "0.440"}, {"dolomite", "0.476"}, {"electrode", "3.663"}, {"ferronickel", "0.037"},
      {"ferromolybdenum", "0.018"}, {"ferrosilicon", "0.007"}, {"silicomanganese", "0.092"},
      {"low-carbon-silicomanganese", "0.011"}, {"bf-ferromanganese", "0.275"},
      {"eaf-high-carbon-ferromanganese", "0.275"}, {"micro-carbon-ferromanganese", "0.004"},
      {"high-carbon-ferrochrome", "0.348"}, {"pig-iron", "0.172"}, {"dri", "0.073"}, {"scrap", "0.037"},
      {"crude-steel", "0.037"}, {"tar", "2.699"}, {"crude-benzol", "3.382"},
  };

  /** Cement clinker factors by clinker type, tCO2/t [C]. */
  private static final String[][] CLINKER = {
      {"portland", "0.535"}, {"white-portland", "0.550"}, {"sulfo-ferro-aluminate", "0.413"}, {"aluminate", "0.292"},
  };

  /** Cement deduction factors of non-carbonate alternative raw materials, tCO2/t [C]. */
  private static final String[][] DEDUCTIONS = {
      {"desulfurization-ash", "0.600"}, {"slaked-lime", "0.600"},
      {"carbide-slag", "0.480"}, {"magnesium-slag", "0.480"},
      {"paper-white-mud", "0.375"}, {"caf2-sludge", "0.375"}, {"phosphorus-slag", "0.375"},
      {"v-ti-slag", "0.305"}, {"nitrogen-slag", "0.305"}, {"incineration-fly-ash", "0.305"},
      {"ferroalloy-slag", "0.305"},
      {"fgd-gypsum", "0.245"}, {"phosphogypsum", "0.245"}, {"titanogypsum", "0.245"}, {"fluorogypsum", "0.245"},
      {"borogypsum", "0.245"}, {"mould-gypsum", "0.245"}, {"citric-acid-residue", "0.245"},
      {"steel-slag", "0.215"}, {"nickel-slag", "0.215"},
      {"manganese-slag", "0.135"}, {"zinc-slag", "0.135"}, {"tin-slag", "0.135"},
      {"municipal-sludge", "0.055"}, {"aluminum-slag", "0.055"}, {"pyrite-cinder", "0.055"},
      {"copper-slag", "0.055"}, {"lead-zinc-slag", "0.055"}, {"coal-fly-ash", "0.055"}, {"red-mud", "0.055"},
  };

  /** Aluminum carbonate factors, tCO2/t [C]. */
  private static final String[][] CARBONATES = {
      {"caco3", "0.4400"}, {"mgco3", "0.5220"}, {"na2co3", "0.4149"}, {"nahco3", "0.5237"}, {"feco3", "0.3799"},
      {"mnco3", "0.3829"}, {"baco3", "0.2230"}, {"li2co3", "0.5955"}, {"k2co3", "0.3184"}, {"srco3", "0.2980"},
      {"dolomite", "0.4773"},
  };

  /**
   * Plausibility ranges: key, unit, physical min, max, plausible min, max, source document, place, tag (V or A),
   * description. Where no range is published the bounds are ours (tag A), each with its reason:
   * <ul>
   *   <li>NCV, solid and liquid fuels: physical 0–125 GJ/t, since hydrogen, the fuel of the highest NCV, has
   *       about 120 GJ/t (a kcal/kg or kJ/kg value read as GJ/t is far above); plausible 4.5–35 GJ/t for solid
   *       fuels (the lower bound of coal gangue of VG-POWER-2026; petroleum coke, 32.5, is the highest default)
   *       and 30–55 GJ/t for liquid fuels (coal tar 33.453 to LNG 51.498 in Table A.1).
   *   <li>NCV, gaseous fuels: physical 0–1,300 GJ/10^4 Nm3 (butane, the densest fuel gas, about 1,200);
   *       plausible 25–450 (blast furnace gas 33 to natural gas 389.31 in Table A.1).
   *   <li>CC: physical 0–0.1 tC/GJ for every class (pure carbon gives 0.0305 tC/GJ; blast furnace gas, whose
   *       carbon is partly CO2, has the highest default 0.0708; a tC/TJ value read as tC/GJ is 1,000 times too
   *       large); plausible solid 0.024–0.034 (around the VG-POWER-2026 reference values 26.18–27.97 tC/TJ and
   *       the high default 0.03356), liquid 0.015–0.025 (Table A.1: 0.0172–0.0221), gas 0.010–0.075 (Table A.1:
   *       0.0121–0.0708).
   *   <li>OF: physical 0–100 % (a share); plausible 90–100 % (the defaults are 98 and 99 %).
   *   <li>C_ar: physical 0–1 tC/t (a mass share); plausible 0.15–0.90 tC/t (coal as received, gangue to
   *       anthracite).
   *   <li>Load factor: physical 0–100 % (VG-POWER-2026: above 100 % cannot be physical); plausible 20–100 %
   *       (a unit that ran a month below a fifth of its rating is unusual enough to check).
   *   <li>Intensities: cement physical 0–3 tCO2/t clinker ("a few t/t": the process alone gives 0.292–0.550,
   *       a whole line about 0.8–0.9; emissions and clinker swapped give tens), plausible 0.5–1.2; steel
   *       (ironmaking and sintering per t ironmaking product) physical 0–10, plausible 0.8–3.0; aluminum (anode
   *       and PFC per t aluminum liquid) physical 0–10, plausible 1.0–3.0 (the [C] defaults give about 1.73).
   *   <li>Net anode consumption: physical 0–1 t/t Al, plausible 0.35–0.55 (typical 0.411 [C]).
   *   <li>Anode-effect minutes: physical 0–1,440 min/cell-day (the minutes of a day), plausible 0–1.
   * </ul>
   */
  private static final String[][] RANGES = {
      {"range/ncv/solid", "GJ/t", "0", "125", "4.5", "35", "A", "NCV of solid fuels"},
      {"range/ncv/liquid", "GJ/t", "0", "125", "30", "55", "A", "NCV of liquid fuels"},
      {"range/ncv/gas", "GJ/10^4 Nm3", "0", "1300", "25", "450", "A", "NCV of gaseous fuels"},
      {"range/ncv/coal-gangue", "GJ/t", "0", "125", "4.5", "12.55", "V", "NCV of coal gangue (4,500–12,550 kJ/kg)"},
      {"range/ncv/coal-slime", "GJ/t", "0", "125", "8.36", "16.72", "V", "NCV of coal slime (8,360–16,720 kJ/kg)"},
      {"range/cc/solid", "tC/GJ", "0", "0.1", "0.024", "0.034", "A", "carbon content of solid fuels"},
      {"range/cc/liquid", "tC/GJ", "0", "0.1", "0.015", "0.025", "A", "carbon content of liquid fuels"},
      {"range/cc/gas", "tC/GJ", "0", "0.1", "0.010", "0.075", "A", "carbon content of gaseous fuels"},
      {"range/of", "%", "0", "100", "90", "100", "A", "oxidation rate"},
      {"range/element-carbon", "tC/t", "0", "1", "0.15", "0.90", "A", "as-received element carbon"},
      {"range/load-factor", "%", "0", "100", "20", "100", "A", "load factor"},
      {"range/intensity/cement", "tCO2/t", "0", "3", "0.5", "1.2", "A", "intensity of a clinker line"},
      {"range/intensity/steel", "tCO2/t", "0", "10", "0.8", "3.0", "A", "intensity of a steel enterprise"},
      {"range/intensity/aluminum", "tCO2/t", "0", "10", "1.0", "3.0", "A", "intensity of an electrolysis process"},
      {"range/aluminum/net-anode-consumption", "t/t Al", "0", "1", "0.35", "0.55", "A", "net anode consumption"},
      {"range/aluminum/anode-effect-minutes", "min/cell-day", "0", "1440", "0", "1", "A", "anode-effect minutes"},
  };

  private ChinaNationalDefaults() {}

  static List<PlausibilityRange> ranges() {
    Source published = Source.of("VG-POWER-2026", "plausibility ranges", Confidence.OFFICIAL);
    Source assumed = Source.of("ets4j", "plausibility range chosen where none is published", Confidence.ASSUMED);
    List<PlausibilityRange> all = new ArrayList<>();
    for (String[] row : RANGES) {
      all.add(PlausibilityRange.builder().key(row[0]).unit(row[1]).physicalMin(new BigDecimal(row[2]))
          .physicalMax(new BigDecimal(row[3])).plausibleMin(new BigDecimal(row[4])).plausibleMax(new BigDecimal(row[5]))
          .source("V".equals(row[6]) ? published : assumed).sectors(ALL).firstYear(Y2019).description(row[7]).build());
    }
    return all;
  }

  static List<DefaultValue> entries() {
    List<DefaultValue> all = new ArrayList<>();
    fuels(all);
    power(all);
    heatAndUnits(all);
    Source tableA2 = Source.of("AG-STEEL-2024", "Table A.2", Confidence.OFFICIAL);
    for (String[] row : STEEL) {
      all.add(entry(DefaultKeys.steelFactor(row[0]), row[1], "tCO2/t", tableA2, EnumSet.of(Sector.STEEL), Y2024, null,
          "steel process factor of " + row[0]));
    }
    cement(all);
    aluminum(all);
    return all;
  }

  private static void fuels(List<DefaultValue> all) {
    Source steel = Source.of("AG-STEEL-2024", "Table A.1", Confidence.OFFICIAL);
    Source cement = Source.of("AG-STEEL-2024", "Table A.1, assumed to hold in AG-CEMENT-2024", Confidence.ASSUMED);
    Source aluminum = Source.of("AG-STEEL-2024", "Table A.1, assumed to hold in AG-ALU-2024", Confidence.ASSUMED);
    Source power = Source.of("AG-POWER-2022", "Appendix A, values of AG-STEEL-2024 Table A.1 assumed",
        Confidence.ASSUMED);
    Source powerCoalOf = Source.of("AG-POWER-2022", "§6.2.5.1", Confidence.OFFICIAL);
    Year lastPowerYear = Year.of(2025);
    for (String[] row : FUELS) {
      String code = row[0];
      String ncvUnit = "GJ/" + row[1];
      boolean coal = POWER_COALS.contains(code);
      for (Object[] edition : new Object[][] {{Sector.STEEL, steel}, {Sector.CEMENT, cement}, {Sector.ALUMINUM, aluminum}}) {
        Set<Sector> sector = EnumSet.of((Sector) edition[0]);
        Source source = (Source) edition[1];
        all.add(entry(DefaultKeys.fuelNcv(code), row[2], ncvUnit, source, sector, Y2024, null, "NCV of " + code));
        all.add(entry(DefaultKeys.fuelCarbonContent(code), row[3], "tC/GJ", source, sector, Y2024, null,
            "carbon content of " + code));
        all.add(entry(DefaultKeys.fuelOxidationRate(code), row[4], "%", source, sector, Y2024, null,
            "oxidation rate of " + code));
      }
      // Power: coal NCV is measured and coal CC has its own high default; from 2026 the national
      // emission-factor database supplies OF and the oil and gas factors (UPD-POWER-2026), so the
      // built-in power entries end with 2025.
      Set<Sector> powerOnly = EnumSet.of(Sector.POWER);
      if (coal) {
        all.add(entry(DefaultKeys.fuelOxidationRate(code), "99", "%", powerCoalOf, powerOnly, Y2019, lastPowerYear,
            "oxidation rate of coal in power"));
      } else {
        all.add(entry(DefaultKeys.fuelNcv(code), row[2], ncvUnit, power, powerOnly, Y2019, lastPowerYear, "NCV of " + code));
        all.add(entry(DefaultKeys.fuelCarbonContent(code), row[3], "tC/GJ", power, powerOnly, Y2019, lastPowerYear,
            "carbon content of " + code));
        all.add(entry(DefaultKeys.fuelOxidationRate(code), row[4], "%", power, powerOnly, Y2019, lastPowerYear,
            "oxidation rate of " + code));
      }
    }
  }

  private static void power(List<DefaultValue> all) {
    Set<Sector> power = EnumSet.of(Sector.POWER);
    all.add(entry(DefaultKeys.POWER_COAL_CC_HIGH_DEFAULT, "0.03356", "tC/GJ",
        Source.of("AG-POWER-2022", "high default coal CC before the 2022-06 notice", Confidence.SECONDARY),
        power, Y2019, Year.of(2021), "high default carbon content of coal without valid measurement (until 2021)"));
    all.add(entry(DefaultKeys.POWER_COAL_CC_HIGH_DEFAULT, "0.03085", "tC/GJ",
        Source.of("AG-POWER-2022", "high default coal CC, 2022-06 notice", Confidence.SECONDARY),
        power, Year.of(2022), null, "high default carbon content of coal without valid measurement (from 2022)"));
    // The grid factors of purchased electricity are rows of their own table (GridFactorTable).
    all.addAll(GridFactorTable.entries());
    Source vg = Source.of("VG-POWER-2026", "plausibility checks", Confidence.OFFICIAL);
    all.add(entry(DefaultKeys.GJ_PER_MWH, "3.6", "GJ/MWh", vg, power, Y2019, null, "GJ per MWh"));
    all.add(entry(DefaultKeys.POWER_CHP_EFFICIENCY_LIMIT, "1", "1", vg, power, Y2019, null,
        "upper limit of (generation × 3.6 + heat) / fuel heat, CHP units"));
    all.add(entry(DefaultKeys.POWER_CONDENSING_EFFICIENCY_LIMIT, "0.46", "1", vg, power, Y2019, null,
        "upper limit of generation × 3.6 / fuel heat, condensing units"));
  }

  private static void heatAndUnits(List<DefaultValue> all) {
    Source appendixE = Source.of("AG-STEEL-2024", "Appendix E", Confidence.OFFICIAL);
    Source tableA1 = Source.of("AG-STEEL-2024", "Table A.1 notes", Confidence.OFFICIAL);
    all.add(entry(DefaultKeys.STEAM_REFERENCE_ENTHALPY, "83.74", "kJ/kg", appendixE, ALL, Y2019, null,
        "reference enthalpy subtracted from steam enthalpy"));
    all.add(entry(DefaultKeys.WATER_REFERENCE_TEMPERATURE, "20", "°C", appendixE, ALL, Y2019, null,
        "reference temperature of hot water"));
    all.add(entry(DefaultKeys.WATER_SPECIFIC_HEAT, "4.1868", "kJ/(kg·°C)", appendixE, ALL, Y2019, null,
        "specific heat of water"));
    all.add(entry(DefaultKeys.KJ_PER_KGCE, "29307.6", "kJ/kgce", tableA1, ALL, Y2019, null, "kJ per kgce"));
    all.add(entry(DefaultKeys.KJ_PER_KCAL, Unit.KJ_PER_KCAL.toPlainString(), "kJ/kcal", tableA1, ALL, Y2019, null, "kJ per kcal"));
  }

  private static void cement(List<DefaultValue> all) {
    Set<Sector> cement = EnumSet.of(Sector.CEMENT);
    Source clinker = Source.of("AG-CEMENT-2024", "clinker factors by clinker type", Confidence.THIRD_PARTY);
    for (String[] row : CLINKER) {
      all.add(entry(DefaultKeys.clinkerFactor(row[0]), row[1], "tCO2/t", clinker, cement, Y2024, null,
          "clinker factor of " + row[0] + " clinker"));
    }
    Source deduction = Source.of("AG-CEMENT-2024", "deduction factors of alternative raw materials",
        Confidence.THIRD_PARTY);
    for (String[] row : DEDUCTIONS) {
      all.add(entry(DefaultKeys.cementDeduction(row[0]), row[1], "tCO2/t", deduction, cement, Y2024, null,
          "deduction factor of " + row[0]));
    }
    all.add(entry(DefaultKeys.CEMENT_IPCC_FALLBACK, "0.52", "tCO2/t",
        Source.of("IPCC-2006", "Vol. 3 §2.2, 0.51 × CKD correction 1.02, studies only", Confidence.SECONDARY),
        cement, Y2024, null, "IPCC fallback clinker factor (studies only, not used by the accounting)"));
  }

  private static void aluminum(List<DefaultValue> all) {
    Set<Sector> alu = EnumSet.of(Sector.ALUMINUM);
    Source c = Source.of("AG-ALU-2024", "anode and PFC parameters", Confidence.THIRD_PARTY);
    all.add(entry(DefaultKeys.ALUMINUM_ANODE_SULFUR, "2", "%", c, alu, Y2024, null, "anode sulfur content"));
    all.add(entry(DefaultKeys.ALUMINUM_ANODE_ASH, "0.4", "%", c, alu, Y2024, null, "anode ash content"));
    all.add(entry(DefaultKeys.ALUMINUM_NET_ANODE_TYPICAL, "0.411", "t/t Al", c, alu, Y2024, null,
        "typical net anode consumption (information only: the parameter must be measured)"));
    all.add(entry(DefaultKeys.ALUMINUM_CF4_SLOPE, "0.143", "(kg/t Al)/AEM", c, alu, Y2024, null, "CF4 slope"));
    all.add(entry(DefaultKeys.ALUMINUM_C2F6_TO_CF4, "0.1", "1", c, alu, Y2024, null, "EF_C2F6 / EF_CF4"));
    all.add(entry(DefaultKeys.ALUMINUM_EF_CF4_DEFAULT, "0.034", "kg/t Al", c, alu, Y2024, null,
        "default EF_CF4 without anode-effect monitoring"));
    all.add(entry(DefaultKeys.ALUMINUM_EF_C2F6_DEFAULT, "0.0034", "kg/t Al", c, alu, Y2024, null,
        "default EF_C2F6 without anode-effect monitoring"));
    Source carbonates = Source.of("AG-ALU-2024", "carbonate factors", Confidence.THIRD_PARTY);
    for (String[] row : CARBONATES) {
      all.add(entry(DefaultKeys.carbonateFactor(row[0]), row[1], "tCO2/t", carbonates, alu, Y2024, null,
          "carbonate factor of " + row[0]));
    }
  }

  private static DefaultValue entry(String key, String value, String unit, Source source, Set<Sector> sectors,
      Year first, @Nullable Year last, String description) {
    DefaultValue.Builder builder = DefaultValue.builder().key(key).value(new BigDecimal(value)).unit(unit)
        .source(source).sectors(sectors).firstYear(first).description(description);
    if (last != null) {
      builder.lastYear(last);
    }
    return builder.build();
  }
}
