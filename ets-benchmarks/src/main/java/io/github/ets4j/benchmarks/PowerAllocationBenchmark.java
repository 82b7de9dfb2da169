package io.github.ets4j.benchmarks;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.core.unit.Percent;
import io.github.ets4j.allocation.power.LoadCorrection;
import io.github.ets4j.allocation.power.OutputBasis;
import io.github.ets4j.allocation.power.PowerBenchmarkPolicy;
import io.github.ets4j.allocation.power.UnitCategory;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Power allocation under the 2025 national rules: one conventional coal unit at 45 % load (Ff by the
 * 2025 exponential formula, rounded to 6 decimals; electricity and heat parts floored to whole
 * tonnes), and one entity of three units (two coal units and a gas unit with its top-up) whose
 * allocation falls below 80 % of its verified emissions, so that the entity relief applies.
 *
 * <p>Each beside a primitive baseline: the same formulas, roundings and floors on doubles, the
 * benchmarks and Ff constants read from the policy in {@code @Setup}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PowerAllocationBenchmark {

  private PowerBenchmarkPolicy policy;
  private GeneratingUnit coalUnit;
  private List<GeneratingUnit> entityUnits;
  // Ff 2025: threshold %, constant, first weight, first scale, second weight, second scale.
  private double[] ff;
  private double relief;
  // Per unit of the entity (the first is the single coal unit): category data and reported figures.
  private double[] verified;
  private double[] generation;
  private double[] heat;
  private double[] loadPercent;
  private double[] electricityBenchmark;
  private double[] heatBenchmark;
  private boolean[] conventionalCoal;
  private boolean[] gas;

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  /** Builds the units and reads the rule values for the baselines; checks that both paths agree. */
  @Setup
  public void prepare() {
    policy = PowerBenchmarkPolicy.chinaNational(Year.of(2025));
    if (policy.benchmarks().basis() != OutputBasis.GROSS_GENERATION
        || policy.loadCorrection() != LoadCorrection.EXPONENTIAL_2025) {
      throw new IllegalStateException("the 2025 rules changed: " + policy);
    }
    coalUnit = GeneratingUnit.builder().id("U1").entityId("E1").category(UnitCategory.I)
        .verifiedEmissions(bd("4600000")).grossGenerationMwh(bd("3000000.123")).loadFactor(bd("0.4512"))
        .heatSuppliedGj(bd("1000000.45")).build();
    GeneratingUnit second = GeneratingUnit.builder().id("U2").entityId("E1").category(UnitCategory.II)
        .verifiedEmissions(bd("2900000")).grossGenerationMwh(bd("1200000.5")).loadFactor(bd("0.6200"))
        .heatSuppliedGj(bd("0")).build();
    GeneratingUnit gasUnit = GeneratingUnit.builder().id("U3").entityId("E1").category(UnitCategory.IV)
        .verifiedEmissions(bd("250000")).grossGenerationMwh(bd("600000")).build();
    entityUnits = List.of(coalUnit, second, gasUnit);
    List<RuleValue> values = policy.loadCorrection().ruleValues();
    ff = new double[values.size()];
    for (int i = 0; i < ff.length; i++) {
      ff[i] = values.get(i).value().doubleValue();
    }
    relief = policy.entityCap().value().doubleValue();
    int n = entityUnits.size();
    verified = new double[n];
    generation = new double[n];
    heat = new double[n];
    loadPercent = new double[n];
    electricityBenchmark = new double[n];
    heatBenchmark = new double[n];
    conventionalCoal = new boolean[n];
    gas = new boolean[n];
    for (int i = 0; i < n; i++) {
      GeneratingUnit u = entityUnits.get(i);
      verified[i] = u.verifiedEmissions().doubleValue();
      generation[i] = u.grossGenerationMwh().doubleValue();
      heat[i] = u.heatSuppliedGj().doubleValue();
      loadPercent[i] = u.loadFactor().map(f -> Percent.fromFraction(f).doubleValue()).orElse(100.0);
      electricityBenchmark[i] = policy.benchmarks().electricity(u.category()).value().doubleValue();
      heatBenchmark[i] = policy.benchmarks().heat(u.category()).value().doubleValue();
      conventionalCoal[i] = u.category().isConventionalCoal();
      gas[i] = u.category() == UnitCategory.IV;
    }
    check("unit", unitAllocation(), unitBaseline());
    BigDecimal entity = entityRelief();
    check("entity", entity, entityBaseline());
    if (policy.allocateEntity(entityUnits).topUp().signum() <= 0) {
      throw new IllegalStateException("the entity should need relief: " + policy.allocateEntity(entityUnits));
    }
  }

  private static void check(String what, BigDecimal exact, double primitive) {
    if (Math.abs(exact.doubleValue() - primitive) > 1) {
      throw new IllegalStateException(what + ": exact " + exact + " but baseline " + primitive);
    }
  }

  /**
   * One coal unit: Ff, electricity and heat parts, floored.
   *
   * @return the unit's allocation, t
   */
  @Benchmark
  public BigDecimal unitAllocation() {
    return policy.allocateUnit(coalUnit).allocation();
  }

  /**
   * One entity of three units with the relief to 80 % of its verified emissions.
   *
   * @return the entity's allocation, t
   */
  @Benchmark
  public BigDecimal entityRelief() {
    return policy.allocateEntity(entityUnits).allocation();
  }

  /**
   * Primitive baseline of {@link #unitAllocation()}.
   *
   * @return the unit's allocation, t
   */
  @Benchmark
  public double unitBaseline() {
    return unit(0);
  }

  /**
   * Primitive baseline of {@link #entityRelief()}.
   *
   * @return the entity's allocation, t
   */
  @Benchmark
  public double entityBaseline() {
    double initial = 0;
    double total = 0;
    for (int i = 0; i < verified.length; i++) {
      initial += unit(i);
      total += verified[i];
    }
    double floor = Math.floor(relief * total);
    return initial < floor ? floor : initial;
  }

  private double unit(int i) {
    double factor = 1;
    if (conventionalCoal[i] && loadPercent[i] < ff[0]) {
      double p = loadPercent[i];
      double raw = ff[1] - ff[2] * (1 - StrictMath.exp(-p / ff[3])) - ff[4] * (1 - StrictMath.exp(-p / ff[5]));
      factor = Math.floor(raw * 1e6 + 0.5) / 1e6;
    }
    double a = Math.floor(generation[i] * electricityBenchmark[i] * factor)
        + Math.floor(heat[i] * heatBenchmark[i]);
    if (gas[i] && a < Math.floor(verified[i])) {
      a = Math.floor(verified[i]);
    }
    return a;
  }
}
