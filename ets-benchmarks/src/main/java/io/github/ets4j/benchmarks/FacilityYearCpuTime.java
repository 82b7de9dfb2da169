package io.github.ets4j.benchmarks;

import static io.github.ets4j.benchmarks.CpuRounds.measured;
import static io.github.ets4j.benchmarks.CpuRounds.median;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import javax.annotation.Nullable;

/**
 * The four measurements of target 2 in {@link FacilityYearBenchmark} (a power unit's and a steel enterprise's
 * year built from the raw monthly parameters, and their primitive baselines) timed by the main thread's CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}), round after round in one JVM, calling the benchmark's own
 * methods after its {@code prepare()}. On a machine shared with other work, CPU time is not inflated by the time
 * the thread waits for a core, as JMH's wall time is. Run: {@code java -cp ets-benchmarks/target/benchmarks.jar
 * io.github.ets4j.benchmarks.FacilityYearCpuTime [rounds]} (default 12; the first half of the rounds is warm-up).
 * Prints one line: the medians and minima per call in µs and the two ratios of medians.
 */
public final class FacilityYearCpuTime {
  /** Years built per round: enough that a round lasts tens of milliseconds, well above the timer's step. */
  private static final int POWER_YEARS = 2_000;
  private static final int STEEL_YEARS = 500;
  /** Baseline calls per round: one takes a fraction of a microsecond. */
  private static final int BASELINE_CALLS = 1_000_000;
  @Nullable private static volatile Object sink;
  private static volatile double doubleSink;

  private FacilityYearCpuTime() {}

  /**
   * Runs the rounds and prints the line.
   *
   * @param args the number of rounds, optional
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    FacilityYearBenchmark benchmark = new FacilityYearBenchmark();
    benchmark.prepare();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] power = new long[rounds];
    long[] steel = new long[rounds];
    long[] powerBase = new long[rounds];
    long[] steelBase = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int k = 0; k < POWER_YEARS; k++) {
        sink = benchmark.powerYearFromRaw();
      }
      long powered = threads.getCurrentThreadCpuTime();
      for (int k = 0; k < STEEL_YEARS; k++) {
        sink = benchmark.steelYearFromRaw();
      }
      long steeled = threads.getCurrentThreadCpuTime();
      double sum = 0;
      for (int k = 0; k < BASELINE_CALLS; k++) {
        sum += benchmark.powerBaseline();
      }
      long powerBased = threads.getCurrentThreadCpuTime();
      for (int k = 0; k < BASELINE_CALLS; k++) {
        sum += benchmark.steelBaseline();
      }
      long end = threads.getCurrentThreadCpuTime();
      doubleSink = sum;
      power[r] = (powered - start) / POWER_YEARS;
      steel[r] = (steeled - powered) / STEEL_YEARS;
      powerBase[r] = powerBased - steeled;
      steelBase[r] = end - powerBased;
    }
    long[] p = measured(power);
    long[] s = measured(steel);
    long[] pb = measured(powerBase);
    long[] sb = measured(steelBase);
    double pbMedian = median(pb) / (double) BASELINE_CALLS;
    double sbMedian = median(sb) / (double) BASELINE_CALLS;
    System.out.printf(Locale.ROOT, "CPU us per call, median (min) of the last %d rounds: powerYearFromRaw %.2f (%.2f),"
        + " powerBaseline %.4f (%.4f), steelYearFromRaw %.2f (%.2f), steelBaseline %.4f (%.4f);"
        + " power %.0f x, steel %.0f x%n", p.length,
        median(p) / 1e3, p[0] / 1e3, pbMedian / 1e3, pb[0] / (double) BASELINE_CALLS / 1e3,
        median(s) / 1e3, s[0] / 1e3, sbMedian / 1e3, sb[0] / (double) BASELINE_CALLS / 1e3,
        median(p) / pbMedian, median(s) / sbMedian);
  }
}
