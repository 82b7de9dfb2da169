package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Equality of result values by the value of their decimals, not their scale ({@code 1.50} equals {@code 1.5}), as
 * {@link RuleValue} normalises. Stateless; thread-safe.
 */
final class Decimals {
  private Decimals() {}

  /** Tells whether two optional decimals have the same value. */
  static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** The value of an optional decimal for {@code hashCode}: normalised. */
  @Nullable
  static BigDecimal key(@Nullable BigDecimal value) {
    return value == null ? null : Checks.normalise(value);
  }

  /** A map of decimals normalised, for {@code equals} and {@code hashCode} (order kept, ignored by map equality). */
  static <K> Map<K, BigDecimal> key(Map<K, BigDecimal> values) {
    Map<K, BigDecimal> key = new LinkedHashMap<>();
    for (Map.Entry<K, BigDecimal> entry : values.entrySet()) {
      key.put(entry.getKey(), Checks.normalise(entry.getValue()));
    }
    return key;
  }
}
