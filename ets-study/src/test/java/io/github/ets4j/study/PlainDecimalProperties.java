package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The market reader's {@link MarketCsv#plainDecimal(String)} against {@code new BigDecimal(text)}: the same value and
 * the same scale ({@code equals}, not {@code compareTo}), and the same refusal, for plain decimals of every length
 * around the 18 digits a {@code long} holds, with leading and trailing zeros, and for texts that are not plain.
 */
class PlainDecimalProperties {
  private static final long SEED = 20_261_202L;
  private static final String ALPHABET = "0123456789.-+eE ,x";

  @Test
  void plainDecimalsHaveTheConstructorsValueAndScale() {
    AtomicInteger fast = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, 22), integers().between(0, 4))
        .check((digits, scale, zeros) -> {
          String text = "0".repeat(zeros) + Long.toString(digits);
          if (scale > 0) {
            text = text.length() <= scale ? "0." + "0".repeat(scale - text.length()) + text
                : text.substring(0, text.length() - scale) + "." + text.substring(text.length() - scale);
          }
          BigDecimal expected = new BigDecimal(text);
          BigDecimal read = MarketCsv.plainDecimal(text);
          if (text.replace(".", "").length() <= 18) {
            fast.incrementAndGet();
          }
          return expected.equals(read) && expected.scale() == read.scale();
        });
    // Not vacuous: hundreds of the texts took the path through a long (most of the generated longs have 19 digits),
    // and the others the constructor.
    assertTrue(fast.get() > 100, "texts read through a long: " + fast.get());
    assertTrue(fast.get() < 18_000, "texts read through the constructor: " + (20_000 - fast.get()));
  }

  @Test
  void anyTextGivesTheConstructorsResultOrItsRefusal() {
    AtomicInteger refused = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(longs().all(), integers().between(1, 22))
        .check((bits, length) -> {
          StringBuilder text = new StringBuilder();
          long state = bits;
          for (int i = 0; i < length; i++) {
            state = state * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
            // Mostly digits, sometimes a point, a sign, an exponent or a character no number has.
            int pick = (int) Math.floorMod(state >>> 33, 40);
            text.append(pick < 10 ? ALPHABET.charAt(pick) : pick < 30 ? (char) ('0' + pick % 10)
                : ALPHABET.charAt(10 + pick % 8));
          }
          String s = text.toString();
          BigDecimal expected;
          try {
            expected = new BigDecimal(s);
          } catch (NumberFormatException e) {
            refused.incrementAndGet();
            try {
              MarketCsv.plainDecimal(s);
              return false;
            } catch (NumberFormatException again) {
              return true;
            }
          }
          BigDecimal read = MarketCsv.plainDecimal(s);
          return expected.equals(read) && expected.scale() == read.scale();
        });
    assertTrue(refused.get() > 1_000 && refused.get() < 19_000, "refused texts: " + refused.get());
  }

  @Test
  void edgesOfThePlainForm() {
    for (String text : new String[] {"0", "00", "0.000", "007", "12.50", "999999999999999999", "1000000000000000000",
        "123456789.123456789", "1.", ".5", "5.", "+5", "-0", "1e3", "1E+3", "\u0661\u0662"}) {
      BigDecimal expected = new BigDecimal(text);
      BigDecimal read = MarketCsv.plainDecimal(text);
      assertEquals(expected, read, text);
      assertEquals(expected.scale(), read.scale(), text);
    }
    for (String text : new String[] {"", ".", "1..2", "1.2.3", " 1", "1,5", "x", "--1"}) {
      assertThrows(NumberFormatException.class, () -> MarketCsv.plainDecimal(text), text);
    }
  }
}
