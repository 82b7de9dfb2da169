package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of national power benchmarks, 2019 to 2026, and the 2023 balance values (allocation.md,
 * "Benchmarks").
 *
 * <p>Electricity in tCO2/MWh (supplied until 2022, gross generation from 2023), heat in tCO2/GJ.
 * Confidence: 2019–2022 secondary [S] (2021 categories II, IV and heat, and all of 2022, recalled);
 * 2023–2024 official [V] (PLAN-POWER-2324); 2025–2026 draft [D] (PLAN-2526-DRAFT). From 2027 no
 * benchmark is published: the 2026 values are carried forward as an assumption [A].
 * Immutable and thread-safe.
 */
public final class PowerBenchmarks {

  private static final Map<Integer, BenchmarkSet> SETS = Map.of(
      2019, set(2019, OutputBasis.SUPPLIED, src("ICAP / MEE 2019-2020 plan as summarised", Confidence.SECONDARY),
          "0.877", "0.979", "1.146", "0.392", "0.126", "0.059"),
      2020, set(2020, OutputBasis.SUPPLIED, src("ICAP / MEE 2019-2020 plan as summarised", Confidence.SECONDARY),
          "0.877", "0.979", "1.146", "0.392", "0.126", "0.059"),
      2021, set(2021, OutputBasis.SUPPLIED,
          src("2021-2022 plan as summarised (I and III cross-checked, rest recalled)", Confidence.SECONDARY),
          "0.8218", "0.8773", "0.9350", "0.3920", "0.1111", "0.0560"),
      2022, set(2022, OutputBasis.SUPPLIED, src("2021-2022 plan as summarised (recalled)", Confidence.SECONDARY),
          "0.8177", "0.8729", "0.9303", "0.3901", "0.1105", "0.0557"),
      2023, set(2023, OutputBasis.GROSS_GENERATION, Source.of("PLAN-POWER-2324", "Annex 2", Confidence.OFFICIAL),
          "0.7950", "0.8090", "0.8285", "0.3305", "0.1038", "0.0536"),
      2024, set(2024, OutputBasis.GROSS_GENERATION, Source.of("PLAN-POWER-2324", "Annex 2", Confidence.OFFICIAL),
          "0.7910", "0.8049", "0.8244", "0.3288", "0.1033", "0.0533"),
      2025, set(2025, OutputBasis.GROSS_GENERATION, Source.of("PLAN-2526-DRAFT", "benchmark table", Confidence.DRAFT),
          "0.7902", "0.8017", "0.8162", "0.3288", "0.1027", "0.0533"),
      2026, set(2026, OutputBasis.GROSS_GENERATION, Source.of("PLAN-2526-DRAFT", "benchmark table", Confidence.DRAFT),
          "0.7894", "0.7985", "0.8080", "0.3288", "0.1021", "0.0533"));

  /**
   * The 2023 balance values (the levels at which the sector would balance), PLAN-POWER-2324 [V]: electricity
   * of categories I–IV (tCO2/MWh), then coal heat and gas heat (tCO2/GJ).
   */
  public static final List<RuleValue> BALANCE_VALUES_2023 = List.of(
      balance("I", "0.7982", "tCO2/MWh"), balance("II", "0.8155", "tCO2/MWh"), balance("III", "0.8352", "tCO2/MWh"),
      balance("IV", "0.3239", "tCO2/MWh"), balance("coal heat", "0.1041", "tCO2/GJ"),
      balance("gas heat", "0.0525", "tCO2/GJ"));

  private PowerBenchmarks() {}

  private static Source src(String place, Confidence confidence) {
    return Source.of("SECONDARY", place, confidence);
  }

  private static RuleValue balance(String what, String value, String unit) {
    return RuleValue.of("power balance value 2023 " + what, value, unit,
        Source.of("PLAN-POWER-2324", "balance values", Confidence.OFFICIAL));
  }

  private static BenchmarkSet set(int year, OutputBasis basis, Source source, String i, String ii, String iii,
      String iv, String heatCoal, String heatGas) {
    Map<UnitCategory, RuleValue> electricity = new EnumMap<>(UnitCategory.class);
    String[] values = {i, ii, iii, iv};
    for (UnitCategory category : UnitCategory.values()) {
      electricity.put(category, RuleValue.of("power benchmark " + year + " category " + category,
          values[category.ordinal()], "tCO2/MWh", source));
    }
    return BenchmarkSet.of(Year.of(year), basis, electricity,
        RuleValue.of("power heat benchmark " + year + " coal", heatCoal, "tCO2/GJ", source),
        RuleValue.of("power heat benchmark " + year + " gas", heatGas, "tCO2/GJ", source));
  }

  /**
   * Returns the benchmark set in force in a compliance year.
   *
   * @param year the compliance year, 2019 or later
   * @return the set; from 2027 the 2026 values marked ASSUMED
   * @throws EtsValidationException if the year is before 2019 (power was not yet covered)
   */
  public static BenchmarkSet forYear(Year year) {
    Checks.notNull("year", year);
    int y = year.getValue();
    if (y < 2019) {
      throw new EtsValidationException("year", year, "power is covered from the 2019 compliance year");
    }
    BenchmarkSet set = SETS.get(Math.min(y, 2026));
    if (y <= 2026) {
      return Checks.notNull("set", set);
    }
    return carriedForward(Checks.notNull("set", set), year);
  }

  private static BenchmarkSet carriedForward(BenchmarkSet from, Year year) {
    String why = "no benchmark published for " + year + ": 2026 draft value carried forward";
    Map<UnitCategory, RuleValue> electricity = new EnumMap<>(UnitCategory.class);
    for (UnitCategory category : UnitCategory.values()) {
      RuleValue v = from.electricity(category);
      electricity.put(category, RuleValue.of("power benchmark " + year + " category " + category, v.value(),
          v.unit(), Source.of("ASSUMPTION", why, Confidence.ASSUMED)));
    }
    RuleValue coal = from.heat(UnitCategory.I);
    RuleValue gas = from.heat(UnitCategory.IV);
    Source assumed = Source.of("ASSUMPTION", why, Confidence.ASSUMED);
    return BenchmarkSet.of(year, OutputBasis.GROSS_GENERATION, electricity,
        RuleValue.of("power heat benchmark " + year + " coal", coal.value(), coal.unit(), assumed),
        RuleValue.of("power heat benchmark " + year + " gas", gas.value(), gas.unit(), assumed));
  }
}
