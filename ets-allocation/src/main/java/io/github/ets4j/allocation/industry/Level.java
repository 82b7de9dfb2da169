package io.github.ets4j.allocation.industry;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * A balance value (or advanced level) at 34 digits, with its exact rational value computed on demand.
 * Immutable and thread-safe.
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

  Rational exact() {
    return exact.get();
  }
}
