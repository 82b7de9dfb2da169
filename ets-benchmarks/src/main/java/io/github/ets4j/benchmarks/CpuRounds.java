package io.github.ets4j.benchmarks;

import java.util.Arrays;

/**
 * The reading of the thread-CPU harnesses ({@link AllocationCpuTime}, {@link FacilityYearCpuTime}): of a run's
 * rounds, the first half is warm-up for the JIT and is dropped; the second half is sorted, so its first element is
 * the fastest round and its middle one the median.
 */
final class CpuRounds {
  private CpuRounds() {}

  /**
   * The second half of the rounds, sorted.
   *
   * @param times the thread CPU time of each round, ns, in the order run
   * @return the measured rounds, fastest first
   */
  static long[] measured(long[] times) {
    long[] kept = Arrays.copyOfRange(times, times.length / 2, times.length);
    Arrays.sort(kept);
    return kept;
  }

  /**
   * The median of sorted rounds (the upper one of an even count).
   *
   * @param sorted rounds sorted ascending, at least one
   * @return the median, ns
   */
  static long median(long[] sorted) {
    return sorted[sorted.length / 2];
  }
}
