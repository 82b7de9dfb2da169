package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The table exponential is within 2 ulps of StrictMath.exp on |x| ≤ 1 and equal to it outside. */
class SmallExpTest {

  @Test
  void withinTwoUlpsOfStrictMathOnTheTableRange() {
    SplittableRandom random = new SplittableRandom(3L);
    for (int k = 0; k < 1_000_000; k++) {
      double x = 2 * random.nextDouble() - 1;
      assertNear(x);
    }
    // The table's ends and steps, the middle of a step, tiny arguments.
    double[] edges = {-1, 1, 0, -0.0, 1.0 / 8192, -1.0 / 8192, 1.0 / 4096, 0.5 + 1.0 / 8192, 3.0 / 8192,
        -3.0 / 8192, Math.nextDown(1.0 / 8192), 1e-300, -1e-17,
        Math.nextDown(1.0), Math.nextUp(-1.0)};
    for (double x : edges) {
      assertNear(x);
    }
    assertEquals(1.0, SmallExp.exp(0));
  }

  @Test
  void strictMathOutsideTheTable() {
    double[] outside = {Math.nextUp(1.0), -1.5, 3, 700, -745, 710, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY};
    for (double x : outside) {
      assertEquals(StrictMath.exp(x), SmallExp.exp(x), "exp(" + x + ")");
    }
    assertTrue(Double.isNaN(SmallExp.exp(Double.NaN)));
  }

  private static void assertNear(double x) {
    double expected = StrictMath.exp(x);
    double actual = SmallExp.exp(x);
    assertTrue(Math.abs(actual - expected) <= 2 * Math.ulp(expected), "exp(" + x + ") = " + actual + ", StrictMath "
        + expected);
  }
}
