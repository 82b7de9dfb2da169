package io.github.ets4j.core.internal;

import java.math.BigDecimal;
import javax.annotation.Nullable;

/**
 * A running exact sum of decimals, the value and scale of {@code BigDecimal.ZERO.add(x1).add(x2)...}, kept in a
 * {@code long} while every term is a whole number of scale 0 that fits one (whole-tonne allocations and verified
 * emissions as the national data give them): then the chain's scale is 0 and its value the long's, so nothing but
 * the result is allocated. The first term of another scale, a term of 19 digits or more, or a sum that would
 * overflow switches to the {@code BigDecimal} chain, continued from the long's exact value at scale 0, which is the
 * chain's value and scale at that point. Confined to the method that sums; not thread-safe (internal: the ets4j
 * modules' sums of allocations, verified emissions and settled tonnes share it).
 */
public final class WholeSum {
  /** Terms of at most this many digits fit a {@code long}. */
  private static final int LONG_DIGITS = 18;

  private long whole;
  @Nullable private BigDecimal exact;

  private WholeSum() {}

  /**
   * A sum of no terms yet.
   *
   * @return 0 at scale 0, ready for {@link #add}
   */
  public static WholeSum empty() {
    return new WholeSum();
  }

  /**
   * Adds a term.
   *
   * @param term the term
   * @throws io.github.ets4j.core.EtsValidationException if the term is null
   */
  public void add(BigDecimal term) {
    Checks.notNull("term", term);
    BigDecimal chain = exact;
    if (chain == null) {
      if (term.scale() == 0 && term.precision() <= LONG_DIGITS) {
        long t = term.longValue();
        long sum = whole + t;
        // Overflow only when both operands have the sign the sum has not.
        if (((whole ^ sum) & (t ^ sum)) >= 0) {
          whole = sum;
          return;
        }
      }
      chain = BigDecimal.valueOf(whole);
    }
    exact = chain.add(term);
  }

  /**
   * The sum.
   *
   * @return the chain's value and scale
   */
  public BigDecimal value() {
    BigDecimal chain = exact;
    return chain != null ? chain : BigDecimal.valueOf(whole);
  }
}
