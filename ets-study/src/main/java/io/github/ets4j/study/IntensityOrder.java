package io.github.ets4j.study;

import java.util.Arrays;

/**
 * The fast engine's sort of a sector's units by intensity, in O(m) expected time and without allocation: the
 * scratch space of one workspace, sized once for a year's units.
 *
 * <p>Intensities are not negative (emissions ≥ 0, output > 0), so their bit patterns order like them as
 * {@code long}s: each key is the intensity's bits with the low {@link #indexBits} bits replaced by the unit index.
 * The keys are distributed by their distance from the smallest key into at least m buckets (a counting sort: a
 * sector's intensities mostly share one binary exponent, where the bits grow linearly with the value, so a bucket
 * holds about one unit), a crowded bucket is sorted on its own (a primitive sort, so it costs no more than m log m),
 * one insertion pass over all the keys sorts the buckets of a few keys, and, where some keys tied once truncated
 * (intensities within about 10^-12 of each other), an insertion sort of each group of tied keys on the full
 * intensities restores the order of their units. The result is an exact sort by
 * intensity, equal intensities in index order: the same order as a comparison sort of the keys, whatever order the
 * units come in.
 *
 * <p>Not thread-safe: each workspace owns one.
 */
final class IntensityOrder {
  /** Keys of a bucket up to this many are sorted by the insertion pass, more by {@link Arrays#sort(long[], int, int)}. */
  private static final int INSERTION_KEYS = 16;

  private final long[] keys;
  // The keys distributed into buckets, and where each bucket starts.
  private final long[] bucketedKeys;
  private final int[] bucketStart;
  /** The low bits of a key that hold a unit index: enough for indices 0 to n − 1. */
  private final int indexBits;

  /**
   * Scratch space for sorting up to {@code n} of {@code n} units.
   *
   * @param n the units of the year, at least 1
   */
  IntensityOrder(int n) {
    keys = new long[n];
    bucketedKeys = new long[n];
    bucketStart = new int[buckets(n) + 1];
    indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
  }

  /** The buckets of a sort of m keys: a power of two, at least m, so a bucket holds one unit on average. */
  private static int buckets(int m) {
    return Integer.highestOneBit(Math.max(1, m - 1)) << 1;
  }

  /**
   * Writes the positions {@code 0 … m − 1} of the intensities {@code intensity[from, from + m)} into
   * {@code sorted[0, m)} in order of intensity (equal intensities in position order): a sector's intensities are
   * kept side by side, so they are read in sequence.
   *
   * @param intensity the intensities, not negative
   * @param from where the sector's intensities start
   * @param m how many, at most n
   * @param sorted receives the positions, relative to {@code from}, sorted by intensity
   */
  void sort(double[] intensity, int from, int m, int[] sorted) {
    long mask = (1L << indexBits) - 1;
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int k = 0; k < m; k++) {
      long key = (Double.doubleToRawLongBits(intensity[from + k]) & ~mask) | k;
      keys[k] = key;
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    sortKeys(m, min, max, intensity, from, sorted);
  }

  /**
   * Sorts the m keys in {@link #keys} (smallest {@code min}, largest {@code max}) and writes their indices into
   * {@code sorted}; the index i's intensity is {@code intensity[offset + i]}.
   */
  private void sortKeys(int m, long min, long max, double[] intensity, int offset, int[] sorted) {
    long mask = (1L << indexBits) - 1;
    int bucketBits = Integer.numberOfTrailingZeros(buckets(m));
    // The shift that brings max − min below 2^bucketBits: bucket b holds the keys min + [b, b + 1) × 2^shift.
    int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(max - min) - bucketBits);
    int used = (int) ((max - min) >>> shift) + 1;
    Arrays.fill(bucketStart, 0, used + 1, 0);
    for (int k = 0; k < m; k++) {
      bucketStart[(int) ((keys[k] - min) >>> shift) + 1]++;
    }
    // The largest bucket, read on the way: the scan for crowded buckets below is needed only when one is.
    int largest = 0;
    for (int b = 1; b <= used; b++) {
      largest = Math.max(largest, bucketStart[b]);
      bucketStart[b] += bucketStart[b - 1];
    }
    // bucketStart[b] now counts the keys of buckets below b; it is advanced while placing, so that it ends at the
    // next bucket's start.
    for (int k = 0; k < m; k++) {
      long key = keys[k];
      bucketedKeys[bucketStart[(int) ((key - min) >>> shift)]++] = key;
    }
    // A crowded bucket (more than a few keys) is sorted on its own; then one insertion pass over all the keys puts
    // every bucket in order, moving each key only within its bucket, so it costs O(m) for buckets of a few keys.
    if (largest > INSERTION_KEYS) {
      int from = 0;
      for (int b = 0; b < used; b++) {
        int to = bucketStart[b];
        if (to - from > INSERTION_KEYS) {
          Arrays.sort(bucketedKeys, from, to);
        }
        from = to;
      }
    }
    for (int k = 1; k < m; k++) {
      long key = bucketedKeys[k];
      int j = k - 1;
      while (j >= 0 && bucketedKeys[j] > key) {
        bucketedKeys[j + 1] = bucketedKeys[j];
        j--;
      }
      bucketedKeys[j + 1] = key;
    }
    // Truncated intensities that differ order their units strictly; only keys that tie once truncated (the same
    // bits above the index) may hold units out of intensity order, so the pass on the full intensities runs only
    // when some adjacent keys tie, which a sector's distinct intensities rarely do.
    boolean ties = false;
    long previous = -1;
    for (int k = 0; k < m; k++) {
      long key = bucketedKeys[k];
      ties |= (key & ~mask) == previous;
      previous = key & ~mask;
      sorted[k] = (int) (key & mask);
    }
    if (!ties) {
      return;
    }
    // Only within a group of tied keys can units be out of order (a smaller truncated key is a smaller intensity),
    // so each group is sorted on its own: the same order as one pass over all the keys, without reading the
    // intensities of the untied ones (a load from anywhere in the year's arrays each).
    int k = 1;
    while (k < m) {
      if ((bucketedKeys[k] & ~mask) != (bucketedKeys[k - 1] & ~mask)) {
        k++;
        continue;
      }
      int from = k - 1;
      while (k < m && (bucketedKeys[k] & ~mask) == (bucketedKeys[from] & ~mask)) {
        k++;
      }
      sortTied(sorted, from, k, intensity, offset);
    }
  }

  /**
   * Sorts {@code sorted[from, to)}, units whose keys tied and are therefore in index order, by their full
   * intensities ({@code intensity[offset + index]}): an insertion sort, stable, so equal intensities stay in index
   * order.
   */
  private static void sortTied(int[] sorted, int from, int to, double[] intensity, int offset) {
    for (int k = from + 1; k < to; k++) {
      int t = sorted[k];
      double key = intensity[offset + t];
      int j = k - 1;
      while (j >= from && intensity[offset + sorted[j]] > key) {
        sorted[j + 1] = sorted[j];
        j--;
      }
      sorted[j + 1] = t;
    }
  }
}
