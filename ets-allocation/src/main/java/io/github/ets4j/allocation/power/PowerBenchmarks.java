package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.AllocationFigures;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleTable;
import io.github.ets4j.core.rules.YearTable;
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
 * benchmark is published: the 2026 values are carried forward as an assumption [A]. The benchmarks are rows of
 * {@link AllocationFigures} (a new plan year is new rows).
 * Immutable and thread-safe.
 */
public final class PowerBenchmarks {

  /** The output basis of the electricity benchmark: supplied electricity to 2022, gross generation from 2023. */
  private static final YearTable<OutputBasis> BASIS =
      YearTable.starting(2019, OutputBasis.SUPPLIED).from(2023, OutputBasis.GROSS_GENERATION);

  /**
   * The 2023 balance values (the levels at which the sector would balance), PLAN-POWER-2324 [V]: electricity
   * of categories I–IV (tCO2/MWh), then coal heat and gas heat (tCO2/GJ).
   */
  public static final List<RuleValue> BALANCE_VALUES_2023 = List.of(
      balance("I", "0.7982", "tCO2/MWh"), balance("II", "0.8155", "tCO2/MWh"), balance("III", "0.8352", "tCO2/MWh"),
      balance("IV", "0.3239", "tCO2/MWh"), balance("coal heat", "0.1041", "tCO2/GJ"),
      balance("gas heat", "0.0525", "tCO2/GJ"));

  private PowerBenchmarks() {}

  private static RuleValue balance(String what, String value, String unit) {
    return RuleValue.of("power balance value 2023 " + what, value, unit,
        Source.of("PLAN-POWER-2324", "balance values", Confidence.OFFICIAL));
  }

  /**
   * Returns the benchmark set in force in a compliance year.
   *
   * @param year the compliance year, 2019 or later
   * @return the set; from 2027 the 2026 values marked ASSUMED
   * @throws EtsValidationException if the year is before 2019 (power was not yet covered)
   */
  public static BenchmarkSet forYear(Year year) {
    return forYear(year, AllocationFigures.chinaNational());
  }

  /**
   * Returns the benchmark set of a compliance year read from a rule table (the national rows, or a rulebook's with
   * replacement rows). A year after the table's last row takes the last row's values, marked ASSUMED.
   *
   * @param year the compliance year, 2019 or later
   * @param table the rule table with the keys of {@link AllocationFigures}
   * @return the set
   * @throws EtsValidationException if an argument is null or the year is before 2019
   */
  public static BenchmarkSet forYear(Year year, RuleTable table) {
    Checks.notNull("year", year);
    Checks.notNull("table", table);
    if (year.getValue() < 2019) {
      throw new EtsValidationException("year", year, "power is covered from the 2019 compliance year");
    }
    String why = "no benchmark published for " + year + ": 2026 draft value carried forward";
    Map<UnitCategory, RuleValue> electricity = new EnumMap<>(UnitCategory.class);
    for (UnitCategory category : UnitCategory.values()) {
      electricity.put(category, RuleValue.fromTable(table, AllocationFigures.POWER_BENCHMARK_ELECTRICITY + category,
          "power benchmark " + year + " category " + category, year, why));
    }
    return BenchmarkSet.of(year, BASIS.at(year), electricity,
        RuleValue.fromTable(table, AllocationFigures.POWER_BENCHMARK_HEAT_COAL, "power heat benchmark " + year
            + " coal", year, why),
        RuleValue.fromTable(table, AllocationFigures.POWER_BENCHMARK_HEAT_GAS, "power heat benchmark " + year
            + " gas", year, why));
  }
}
