package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The bucket sort orders units exactly as a stable comparison sort of their intensities (equal intensities in index
 * order), with and without keys that tie once truncated, so skipping the pass on the full intensities when no keys
 * tie, and sorting only the groups of tied keys, loses no order; for a subset of the units and for a sector's
 * intensities side by side.
 */
class IntensityOrderTest {

  @Test
  void distinctIntensitiesInTheirOrder() {
    SplittableRandom random = new SplittableRandom(11L);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(3_000);
      double[] intensity = new double[n];
      for (int i = 0; i < n; i++) {
        // Cement-like intensities, t/t: about 0.85 with a log-normal spread; in odd trials a wide spread too, whose
        // bit patterns crowd a few buckets (sorted on their own).
        double spread = trial % 2 == 0 ? 0.1 : 3;
        intensity[i] = 0.85 * Math.exp(spread * random.nextGaussian());
      }
      assertSortsLikeAComparison(intensity, random);
    }
  }

  @Test
  void tiesAndNearTiesInIntensityThenIndexOrder() {
    SplittableRandom random = new SplittableRandom(12L);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(2_000);
      double[] intensity = new double[n];
      for (int i = 0; i < n; i++) {
        double base = 0.5 + random.nextInt(5) * 0.125;
        // Equal values, and values a few ulps apart: the same key once the index bits replace the low bits.
        intensity[i] = random.nextBoolean() ? base : base + random.nextInt(4) * Math.ulp(base);
      }
      intensity[random.nextInt(n)] = 0;
      assertSortsLikeAComparison(intensity, random);
    }
  }

  @Test
  void aSingleUnitAndASubsetOfTheUnits() {
    int[] sorted = new int[1];
    new IntensityOrder(1).sort(new double[] {2.5}, 0, 1, sorted);
    assertArrayEquals(new int[] {0}, sorted);
    // Positions 1 to 3 of 5: the intensities outside them are not read.
    double[] intensity = {Double.NaN, 0.9, 0.9, 0.3, Double.NaN};
    int[] three = new int[3];
    new IntensityOrder(5).sort(intensity, 1, 3, three);
    assertArrayEquals(new int[] {2, 0, 1}, three);
  }

  /** Sorts a shuffled subset of the units and compares it with a stable sort by intensity, then index. */
  private static void assertSortsLikeAComparison(double[] intensity, SplittableRandom random) {
    int n = intensity.length;
    int[] units = IntStream.range(0, n).filter(i -> random.nextInt(4) != 0).toArray();
    for (int k = units.length - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int t = units[k];
      units[k] = units[j];
      units[j] = t;
    }
    int m = units.length;
    // A shuffled subset gathered side by side: positions in order of intensity, then position.
    double[] gathered = new double[m];
    for (int k = 0; k < m; k++) {
      gathered[k] = intensity[units[k]];
    }
    int[] sorted = new int[m];
    new IntensityOrder(n).sort(gathered, 0, m, sorted);
    int[] expected = IntStream.range(0, m).boxed()
        .sorted(Comparator.<Integer>comparingDouble(k -> gathered[k]).thenComparingInt(k -> k))
        .mapToInt(Integer::intValue).toArray();
    assertArrayEquals(expected, sorted, "n = " + n);
    // A sector's intensities side by side from a position on: positions in order of intensity, then position.
    int from = random.nextInt(n);
    int count = n - from;
    int[] positions = new int[count];
    new IntensityOrder(n).sort(intensity, from, count, positions);
    int[] expectedPositions = IntStream.range(0, count).boxed()
        .sorted(Comparator.<Integer>comparingDouble(j -> intensity[from + j]).thenComparingInt(j -> j))
        .mapToInt(Integer::intValue).toArray();
    assertArrayEquals(expectedPositions, positions, "n = " + n + ", from " + from);
  }
}
