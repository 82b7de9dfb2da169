package io.github.ets4j.study;

import io.github.ets4j.allocation.power.BenchmarkSet;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The power benchmarks of one study year, by unit category: the electricity benchmark Be (tCO2/MWh) and the heat
 * benchmark Bh (tCO2/GJ; coal heat for I–III, gas heat for IV) that the exact central case allocated with. The
 * figures are those of the year's {@link BenchmarkSet} (the rulebook's power policy, the scenario's power benchmark
 * tightening applied), exact, read through its getters ({@link BenchmarkSet#electricity(UnitCategory)},
 * {@link BenchmarkSet#heat(UnitCategory)}); the study types none of them. A value, compared by its figures, so that
 * two runs of the same scenario give equal results. Immutable and thread-safe.
 */
public final class PowerBenchmarkValues {
  private final Map<UnitCategory, BigDecimal> electricity;
  private final Map<UnitCategory, BigDecimal> heat;

  private PowerBenchmarkValues(Map<UnitCategory, BigDecimal> electricity, Map<UnitCategory, BigDecimal> heat) {
    this.electricity = electricity;
    this.heat = heat;
  }

  /**
   * The benchmarks of a benchmark set, every category.
   *
   * @param set the year's benchmark set
   * @return the values
   * @throws io.github.ets4j.core.EtsValidationException if the set is null
   */
  public static PowerBenchmarkValues from(BenchmarkSet set) {
    Checks.notNull("set", set);
    Map<UnitCategory, BigDecimal> electricity = new EnumMap<>(UnitCategory.class);
    Map<UnitCategory, BigDecimal> heat = new EnumMap<>(UnitCategory.class);
    for (UnitCategory category : UnitCategory.values()) {
      electricity.put(category, set.electricity(category).value());
      heat.put(category, set.heat(category).value());
    }
    return new PowerBenchmarkValues(Collections.unmodifiableMap(electricity), Collections.unmodifiableMap(heat));
  }

  /**
   * The electricity benchmark Be of a category.
   *
   * @param category the unit category
   * @return Be, tCO2/MWh (of gross generation from 2023)
   * @throws io.github.ets4j.core.EtsValidationException if the category is null
   */
  public BigDecimal electricity(UnitCategory category) {
    return Checks.notNull("electricity(" + category + ")", electricity.get(Checks.notNull("category", category)));
  }

  /**
   * The heat benchmark Bh of a category: the coal heat benchmark for I–III, the gas heat benchmark for IV.
   *
   * @param category the unit category
   * @return Bh, tCO2/GJ of heat supplied
   * @throws io.github.ets4j.core.EtsValidationException if the category is null
   */
  public BigDecimal heat(UnitCategory category) {
    return Checks.notNull("heat(" + category + ")", heat.get(Checks.notNull("category", category)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PowerBenchmarkValues
        && electricity.equals(((PowerBenchmarkValues) other).electricity)
        && heat.equals(((PowerBenchmarkValues) other).heat);
  }

  @Override
  public int hashCode() {
    return 31 * electricity.hashCode() + heat.hashCode();
  }

  @Override
  public String toString() {
    return "PowerBenchmarkValues{electricity=" + electricity + ", heat=" + heat + "}";
  }
}
