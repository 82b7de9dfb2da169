package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ziggurat's numbers follow the standard normal distribution. */
class NormalZigguratTest {
  private static final int SAMPLES = 2_000_000;

  @Test
  void momentsAndBinsAreThoseOfTheStandardNormal() {
    DrawRandom random = DrawRandom.of(20261202L);
    double sum = 0;
    double squares = 0;
    double fourth = 0;
    long below = 0;
    long[] beyond = new long[5];
    for (int k = 0; k < SAMPLES; k++) {
      double z = NormalZiggurat.next(random);
      sum += z;
      squares += z * z;
      fourth += z * z * z * z;
      if (z < 0) {
        below++;
      }
      for (int t = 1; t <= 4; t++) {
        if (Math.abs(z) > t) {
          beyond[t]++;
        }
      }
    }
    // Standard normal: mean 0, variance 1, fourth moment 3; the standard errors at 2e6 samples are
    // 0.0007, 0.001 and 0.007, so the tolerances are about 7 of them.
    assertEquals(0, sum / SAMPLES, 0.005);
    assertEquals(1, squares / SAMPLES, 0.007);
    assertEquals(3, fourth / SAMPLES, 0.05);
    assertEquals(0.5, (double) below / SAMPLES, 0.003);
    // Two-sided tails P(|Z| > t) = 2 (1 − Φ(t)) from the normal table: 0.317311, 0.045500, 0.002700,
    // 0.0000633; tolerance 6 binomial standard errors.
    double[] tail = {0, 0.317311, 0.045500, 0.002700, 0.0000633};
    for (int t = 1; t <= 4; t++) {
      double p = (double) beyond[t] / SAMPLES;
      double se = Math.sqrt(tail[t] * (1 - tail[t]) / SAMPLES);
      assertEquals(tail[t], p, 6 * se, "P(|Z| > " + t + ")");
    }
  }

  @Test
  void theTailBeyondTheBaseLayerIsReachedAndStartsAtR() {
    // P(|Z| > 3.654) ≈ 2.6e-4: 2e6 samples give about 516 of them, on both sides, none between the layers' wedge
    // values and the tail start that could not exist.
    DrawRandom random = DrawRandom.of(7L);
    int positive = 0;
    int negative = 0;
    for (int k = 0; k < SAMPLES; k++) {
      double z = NormalZiggurat.next(random);
      if (z > NormalZiggurat.TAIL_START) {
        positive++;
      } else if (z < -NormalZiggurat.TAIL_START) {
        negative++;
      }
    }
    assertTrue(positive > 180 && positive < 340, "upper tail " + positive);
    assertTrue(negative > 180 && negative < 340, "lower tail " + negative);
  }

  @Test
  void theSameSeedGivesTheSameNumbers() {
    DrawRandom a = DrawRandom.of(99L);
    DrawRandom b = DrawRandom.of(99L);
    for (int k = 0; k < 10_000; k++) {
      assertEquals(Double.doubleToLongBits(NormalZiggurat.next(a)), Double.doubleToLongBits(NormalZiggurat.next(b)));
    }
  }

  @Test
  void fillGivesTheNumbersOfNextAndLeavesTheGeneratorWhereNextWould() {
    // 200,000 numbers pass through the wedge and the tail about 2,000 times.
    DrawRandom one = DrawRandom.of(5L);
    DrawRandom filled = DrawRandom.of(5L);
    double[] normals = new double[200_000];
    NormalZiggurat.fill(filled, normals);
    for (double z : normals) {
      assertEquals(Double.doubleToLongBits(NormalZiggurat.next(one)), Double.doubleToLongBits(z));
    }
    assertEquals(one.nextLong(), filled.nextLong());
  }
}
