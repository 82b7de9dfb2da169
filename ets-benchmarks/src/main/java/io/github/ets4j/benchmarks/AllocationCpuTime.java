package io.github.ets4j.benchmarks;

import static io.github.ets4j.benchmarks.CpuRounds.measured;
import static io.github.ets4j.benchmarks.CpuRounds.median;

import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.core.Sector;
import io.github.ets4j.study.FastEngine;
import io.github.ets4j.study.MarketUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The three measurements of {@link NationalMarketBenchmark} (the study's exact allocation of the 2025 national
 * market, the rulebook's allocation of the same units prepared, the fast engine's central allocation) timed by the
 * main thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}), round after round in one JVM. On a
 * machine shared with other work, CPU time is not inflated by the time the thread waits for a core, as JMH's wall
 * time is; the ratio of medians is then the steadier figure. Run: {@code java -cp
 * ets-benchmarks/target/benchmarks.jar io.github.ets4j.benchmarks.AllocationCpuTime [rounds]} (default 60; the
 * first half of the rounds is warm-up). Prints one line: the medians and minima in ms and the two ratios.
 */
public final class AllocationCpuTime {
  /** The fast engine's allocation is repeated this many times per round: one takes less than a timer step. */
  private static final int FAST_REPEATS = 20;
  @Nullable private static volatile Object sink;

  private AllocationCpuTime() {}

  /**
   * Runs the rounds and prints the line.
   *
   * @param args the number of rounds, optional
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    EmbeddedMarket market = new EmbeddedMarket();
    FastEngine engine = FastEngine.setup(Map.of(EmbeddedMarket.YEAR, market.units), market.rules);
    Rulebook rulebook = market.rules.rulebook(EmbeddedMarket.YEAR);
    PreparedSectors prepared = new PreparedSectors(market.bySector);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] study = new long[rounds];
    long[] allocation = new long[rounds];
    long[] fast = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = threads.getCurrentThreadCpuTime();
      for (Map.Entry<Sector, List<MarketUnit>> sector : market.bySector.entrySet()) {
        sink = market.rules.allocate(EmbeddedMarket.YEAR, sector.getKey(), sector.getValue());
      }
      long studied = threads.getCurrentThreadCpuTime();
      sink = rulebook.allocatePower(prepared.power);
      for (Map.Entry<Sector, List<IndustrialUnit>> sector : prepared.industry.entrySet()) {
        sink = rulebook.allocateIndustry(sector.getKey(), sector.getValue());
      }
      long allocated = threads.getCurrentThreadCpuTime();
      for (int k = 0; k < FAST_REPEATS; k++) {
        sink = engine.unitAllocations(EmbeddedMarket.YEAR);
      }
      long end = threads.getCurrentThreadCpuTime();
      study[r] = studied - start;
      allocation[r] = allocated - studied;
      fast[r] = (end - allocated) / FAST_REPEATS;
    }
    long[] s = measured(study);
    long[] a = measured(allocation);
    long[] f = measured(fast);
    System.out.printf(Locale.ROOT, "CPU ms, median (min) of the last %d rounds: study exact %.2f (%.2f), rulebook"
        + " prepared %.2f (%.2f), fast engine %.4f (%.4f); study / fast %.0f x, prepared / fast %.0f x%n", s.length,
        median(s) / 1e6, s[0] / 1e6, median(a) / 1e6, a[0] / 1e6, median(f) / 1e6, f[0] / 1e6,
        (double) median(s) / median(f), (double) median(a) / median(f));
  }
}
