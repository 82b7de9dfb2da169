package io.github.ets4j.benchmarks;

import io.github.ets4j.core.EmissionLine;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.Emissions;
import io.github.ets4j.core.Gas;
import io.github.ets4j.core.GwpSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Emissions#totalCo2e(GwpSet)} over an inventory of {@code lines} lines, beside the same sum on
 * primitive doubles (masses and GWPs prepared in {@code @Setup}), so that the ratio of the two holds on
 * a noisy machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EmissionsTotalBenchmark {

  @Param({"12", "120"})
  int lines;

  private Emissions inventory;
  private double[] masses;
  private double[] gwps;

  /** Builds the same random inventory in both representations. */
  @Setup
  public void prepare() {
    SplittableRandom random = new SplittableRandom(42);
    Gas[] gases = {Gas.CO2, Gas.CF4, Gas.C2F6};
    List<EmissionLine> list = new ArrayList<>();
    masses = new double[lines];
    gwps = new double[lines];
    for (int i = 0; i < lines; i++) {
      Gas gas = gases[i % gases.length];
      BigDecimal mass = BigDecimal.valueOf(random.nextLong(100_000_000L), 2);
      list.add(EmissionLine.of(EmissionSource.FUEL_COMBUSTION, gas, mass));
      masses[i] = mass.doubleValue();
      gwps[i] = GwpSet.AR5.gwp(gas).doubleValue();
    }
    inventory = Emissions.of(list);
  }

  /** The exact path: BigDecimal, no rounding. */
  @Benchmark
  public BigDecimal exactTotal() {
    return inventory.totalCo2e(GwpSet.AR5);
  }

  /** The primitive baseline: the same sum on doubles. */
  @Benchmark
  public double doubleBaseline() {
    double total = 0;
    for (int i = 0; i < masses.length; i++) {
      total += masses[i] * gwps[i];
    }
    return total;
  }
}
