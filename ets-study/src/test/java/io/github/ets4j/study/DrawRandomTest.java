package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The engine's generator gives SplittableRandom's numbers: the same seeds, splits, longs and doubles. */
class DrawRandomTest {
  @Test
  void theNumbersOfASeedAreSplittableRandomsNumbers() {
    for (long seed : new long[] {0L, 1L, -1L, 42L, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789abcdefL}) {
      SplittableRandom expected = new SplittableRandom(seed);
      DrawRandom actual = DrawRandom.of(seed);
      for (int k = 0; k < 1_000; k++) {
        assertEquals(expected.nextLong(), actual.nextLong(), "seed " + seed);
        assertEquals(Double.doubleToLongBits(expected.nextDouble()), Double.doubleToLongBits(actual.nextDouble()));
      }
    }
  }

  @Test
  void blockGeneratorsAreTheSplitsOfTheSeedsGenerator() {
    // 200 seeds × 40 blocks: the splits' gammas include ones with few bit transitions, which split() corrects.
    SplittableRandom seeds = new SplittableRandom(2026L);
    for (int s = 0; s < 200; s++) {
      long seed = seeds.nextLong();
      SplittableRandom root = new SplittableRandom(seed);
      DrawRandom[] blocks = DrawRandom.blocks(seed, 40);
      for (DrawRandom block : blocks) {
        SplittableRandom expected = root.split();
        for (int k = 0; k < 50; k++) {
          assertEquals(expected.nextLong(), block.nextLong(), "seed " + seed);
        }
        assertEquals(Double.doubleToLongBits(expected.nextDouble()), Double.doubleToLongBits(block.nextDouble()));
      }
    }
  }
}
