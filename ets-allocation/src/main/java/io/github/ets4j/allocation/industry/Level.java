package io.github.ets4j.allocation.industry;

import java.math.BigDecimal;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * A balance value (or advanced level) at 34 digits, with its exact rational value computed on demand.
 * Confined to one allocate call (the exact value is cached without synchronisation).
 */
final class Level {
  final BigDecimal value;
  private final Supplier<Rational> exact;
  private final BigDecimal reciprocal;

  Level(BigDecimal value, Supplier<Rational> exact) {
    this.value = value;
    this.exact = exact;
    // One division per sector; each unit's I / BP is then a multiplication.
    this.reciprocal = BigDecimal.ONE.divide(value, BalanceValue.CONTEXT);
  }

  BigDecimal reciprocal() {
    return reciprocal;
  }

  @Nullable private Rational cached;

  /** The exact value, computed once (a Level lives inside one allocate call, on one thread). */
  Rational exact() {
    Rational value = cached;
    if (value == null) {
      value = exact.get();
      cached = value;
    }
    return value;
  }
}
