package io.github.ets4j.allocation.compliance;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;

/** Checks of allowance amounts: whole tonnes (one allowance is one tonne). */
final class Amounts {
  private Amounts() {}

  static BigDecimal whole(String field, BigDecimal value) {
    Checks.nonNegative(field, value);
    BigDecimal amount = Checks.normalise(value);
    if (amount.scale() > 0) {
      throw new EtsValidationException(field, value.toPlainString(), "allowances are whole tonnes");
    }
    return amount;
  }

  static BigDecimal positiveWhole(String field, BigDecimal value) {
    BigDecimal amount = whole(field, value);
    if (amount.signum() == 0) {
      throw new EtsValidationException(field, value.toPlainString(), "must be at least one allowance");
    }
    return amount;
  }
}
