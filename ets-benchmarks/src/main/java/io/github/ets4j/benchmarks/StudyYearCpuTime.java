package io.github.ets4j.benchmarks;

import static io.github.ets4j.benchmarks.CpuRounds.measured;
import static io.github.ets4j.benchmarks.CpuRounds.median;

import io.github.ets4j.study.PolicyStudy;
import io.github.ets4j.study.Scenario;
import io.github.ets4j.study.SyntheticMarket;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import javax.annotation.Nullable;

/**
 * One exact study year: {@link PolicyStudy#run()} of the embedded national market ({@link SyntheticMarket#national()})
 * for 2025 with no draws, i.e. the projection, the exact allocation of every sector, the settlement of every entity
 * through its compliance account and the sector-years. {@link AllocationCpuTime} times the allocation alone; this
 * harness also counts what the study does around it. Each round is timed by the main thread's CPU time and the bytes
 * it allocates ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, independent of the machine's load,
 * what JMH's {@code -prof gc} reports as {@code gc.alloc.rate.norm}). Run: {@code java -cp
 * ets-benchmarks/target/benchmarks.jar io.github.ets4j.benchmarks.StudyYearCpuTime [rounds]} (default 40; the first
 * half of the rounds is warm-up). Prints one line: the median and minimum in ms, and the median bytes per run.
 */
public final class StudyYearCpuTime {
  @Nullable private static volatile Object sink;

  private StudyYearCpuTime() {}

  /**
   * Runs the rounds and prints the line.
   *
   * @param args the number of rounds, optional
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    Scenario scenario = Scenario.builder().firstYear(EmbeddedMarket.YEAR).lastYear(EmbeddedMarket.YEAR).draws(0)
        .threads(1).build();
    PolicyStudy study = PolicyStudy.of(SyntheticMarket.national(), scenario);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long[] cpu = new long[rounds];
    long[] bytes = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long allocatedBefore = threads.getThreadAllocatedBytes(self);
      long start = threads.getCurrentThreadCpuTime();
      sink = study.run();
      long end = threads.getCurrentThreadCpuTime();
      bytes[r] = threads.getThreadAllocatedBytes(self) - allocatedBefore;
      cpu[r] = end - start;
    }
    long[] c = measured(cpu);
    long[] b = measured(bytes);
    System.out.printf(Locale.ROOT, "exact study year 2025, no draws, last %d rounds: CPU ms median %.2f (min %.2f),"
        + " MB per run median %.3f (min %.3f)%n", c.length, median(c) / 1e6, c[0] / 1e6, median(b) / 1e6, b[0] / 1e6);
  }
}
