package io.github.ets4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link WholeSum} is the chain {@code 0 + a₁ + a₂ + …} of {@link BigDecimal#add}, value and scale, on
 * whole tonnes, on sums that overflow a {@code long}, on addends past a {@code long} and at other scales.
 */
class WholeSumProperties {
  private static final long SEED = 20_261_202L;

  @Test
  void theSumIsTheChainOfAdditions() {
    AtomicInteger onLongs = new AtomicInteger();
    AtomicInteger continued = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(5_000)
        .forAll(longs().all(), integers().between(0, 60))
        .checkAssert((seed, count) -> {
          SplittableRandom random = new SplittableRandom(seed);
          int kind = random.nextInt(4);
          BigDecimal chain = BigDecimal.ZERO;
          WholeSum sum = WholeSum.empty();
          for (int i = 0; i < count; i++) {
            BigDecimal addend;
            // Kind 3: half the addends of 18 digits, so that the long overflows in most sums.
            int pick = kind == 3 ? (random.nextBoolean() ? 0 : 4) : random.nextInt(40);
            if (kind == 0 || pick > 3) {
              addend = BigDecimal.valueOf(random.nextLong(10_000_000_000L) - (random.nextInt(10) == 0 ? 5_000_000_000L : 0));
            } else if (pick == 0) {
              // 18 digits, the most the long route takes: ten of one sign overflow the running sum; the ends of a
              // long (19 digits) go to BigDecimal at once.
              long big = 999_999_999_999_999_999L - random.nextInt(1000);
              addend = BigDecimal.valueOf(random.nextInt(8) == 0 ? Long.MIN_VALUE : random.nextInt(4) == 0 ? -big : big);
            } else if (pick == 1) {
              addend = new BigDecimal(BigInteger.TEN.pow(19 + random.nextInt(5)).add(BigInteger.valueOf(random.nextLong())));
            } else if (pick == 2) {
              addend = BigDecimal.valueOf(random.nextLong(1_000_000L), random.nextInt(5) - 2);
            } else {
              addend = BigDecimal.valueOf(random.nextLong(1_000_000L)).setScale(2);
            }
            chain = chain.add(addend);
            sum.add(addend);
          }
          assertEquals(chain, sum.value(), () -> "after " + count + " addends");
          (sum.value().scale() == 0 && chain.precision() <= 18 && kind == 0 ? onLongs : continued).incrementAndGet();
        });
    assertTrue(onLongs.get() > 500 && continued.get() > 500, onLongs + " on longs, " + continued + " continued");
  }

  @Test
  void aNullTermIsRefusedByName() {
    WholeSum sum = WholeSum.empty();
    sum.add(BigDecimal.TEN);
    assertEquals("term = null: is required",
        assertThrows(EtsValidationException.class, () -> sum.add(null)).getMessage());
    assertEquals(BigDecimal.TEN, sum.value());
  }

  @Test
  void edgeSums() {
    BigDecimal[][] cases = {
        {},
        {BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.ONE},
        {BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(-1)},
        {BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE)},
        {new BigDecimal("999999999999999999"), new BigDecimal("1")},
        {new BigDecimal("1000000000000000000"), new BigDecimal("-1")},
        java.util.Collections.nCopies(12, new BigDecimal("999999999999999999")).toArray(new BigDecimal[0]),
        java.util.Collections.nCopies(12, new BigDecimal("-999999999999999999")).toArray(new BigDecimal[0]),
        {new BigDecimal("5"), new BigDecimal("0.50"), new BigDecimal("2")},
        {new BigDecimal("1E+3"), new BigDecimal("7")},
        {new BigDecimal("0.00"), new BigDecimal("0")},
    };
    for (BigDecimal[] addends : cases) {
      BigDecimal chain = BigDecimal.ZERO;
      WholeSum sum = WholeSum.empty();
      for (BigDecimal addend : addends) {
        chain = chain.add(addend);
        sum.add(addend);
      }
      assertEquals(chain, sum.value(), () -> java.util.Arrays.toString(addends));
    }
  }
}
