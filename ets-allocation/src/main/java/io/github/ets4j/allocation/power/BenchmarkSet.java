package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The power benchmarks of one compliance year: electricity per {@link UnitCategory} (tCO2/MWh) and
 * heat for coal and gas units (tCO2/GJ), each a {@link RuleValue} with its source, and the output basis.
 *
 * <p>Get the national sets from {@link PowerBenchmarks#forYear(Year)}; derive what-if sets with
 * {@link #scaled(BigDecimal)}. Immutable and thread-safe.
 */
public final class BenchmarkSet {
  private final Year year;
  private final OutputBasis basis;
  private final Map<UnitCategory, RuleValue> electricity;
  private final RuleValue heatCoal;
  private final RuleValue heatGas;

  private BenchmarkSet(Year year, OutputBasis basis, Map<UnitCategory, RuleValue> electricity, RuleValue heatCoal,
      RuleValue heatGas) {
    this.year = year;
    this.basis = basis;
    this.electricity = electricity;
    this.heatCoal = heatCoal;
    this.heatGas = heatGas;
  }

  /**
   * Creates a set.
   *
   * @param year the compliance year
   * @param basis the output basis
   * @param electricity the electricity benchmark of each of the four categories, tCO2/MWh
   * @param heatCoal the heat benchmark of coal units (I–III), tCO2/GJ
   * @param heatGas the heat benchmark of gas units (IV), tCO2/GJ
   * @return the set
   * @throws EtsValidationException if an argument is null, a category is missing or a value is not positive
   */
  public static BenchmarkSet of(Year year, OutputBasis basis, Map<UnitCategory, RuleValue> electricity,
      RuleValue heatCoal, RuleValue heatGas) {
    Checks.notNull("year", year);
    Checks.notNull("basis", basis);
    Checks.notNull("electricity", electricity);
    Map<UnitCategory, RuleValue> copy = new EnumMap<>(UnitCategory.class);
    for (UnitCategory category : UnitCategory.values()) {
      RuleValue value = electricity.get(category);
      if (value == null) {
        throw new EtsValidationException("electricity", category, "a benchmark set needs every category I-IV");
      }
      Checks.positive("electricity(" + category + ")", value.value());
      copy.put(category, value);
    }
    Checks.positive("heatCoal", Checks.notNull("heatCoal", heatCoal).value());
    Checks.positive("heatGas", Checks.notNull("heatGas", heatGas).value());
    return new BenchmarkSet(year, basis, copy, heatCoal, heatGas);
  }

  /**
   * Returns every benchmark multiplied by a factor (a what-if study), marked ASSUMED; kept exact.
   *
   * @param factor the factor, positive (e.g. {@code 0.98} for benchmarks 2 % tighter)
   * @return the scaled set
   * @throws EtsValidationException if the factor is not positive
   */
  public BenchmarkSet scaled(BigDecimal factor) {
    Checks.positive("factor", factor);
    String why = "what-if: benchmark scaled by " + factor.toPlainString();
    Map<UnitCategory, RuleValue> copy = new EnumMap<>(UnitCategory.class);
    for (Map.Entry<UnitCategory, RuleValue> e : electricity.entrySet()) {
      copy.put(e.getKey(), e.getValue().withAssumedValue(e.getValue().value().multiply(factor), why));
    }
    return new BenchmarkSet(year, basis, copy, heatCoal.withAssumedValue(heatCoal.value().multiply(factor), why),
        heatGas.withAssumedValue(heatGas.value().multiply(factor), why));
  }

  /**
   * The compliance year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The output basis of the electricity benchmark.
   *
   * @return the basis
   */
  public OutputBasis basis() {
    return basis;
  }

  /**
   * The electricity benchmark of a category.
   *
   * @param category the category
   * @return the benchmark, tCO2/MWh
   */
  public RuleValue electricity(UnitCategory category) {
    return Checks.notNull("electricity(" + category + ")", electricity.get(category));
  }

  /**
   * The heat benchmark of a category: coal heat for I–III, gas heat for IV.
   *
   * @param category the category
   * @return the benchmark, tCO2/GJ
   */
  public RuleValue heat(UnitCategory category) {
    Checks.notNull("category", category);
    return category.isCoal() ? heatCoal : heatGas;
  }

  /**
   * The category with the lowest electricity benchmark of those given: the category of units reported
   * together (PLAN-POWER-2324 Annex 1 [V]: "the least favourable category").
   *
   * @param categories the categories of the units reported together; not empty
   * @return the least favourable category
   * @throws EtsValidationException if the collection is empty
   */
  public UnitCategory leastFavourable(Collection<UnitCategory> categories) {
    Checks.notNull("categories", categories);
    UnitCategory best = null;
    for (UnitCategory category : categories) {
      if (best == null || electricity(category).value().compareTo(electricity(best).value()) < 0) {
        best = category;
      }
    }
    if (best == null) {
      throw new EtsValidationException("categories", "[]", "needs at least one category");
    }
    return best;
  }

  /**
   * Every value of the set.
   *
   * @return the six rule values
   */
  public List<RuleValue> ruleValues() {
    List<RuleValue> all = new ArrayList<>(electricity.values());
    all.add(heatCoal);
    all.add(heatGas);
    return all;
  }

  @Override
  public String toString() {
    return "BenchmarkSet[" + year + " " + basis + " " + ruleValues() + "]";
  }
}
