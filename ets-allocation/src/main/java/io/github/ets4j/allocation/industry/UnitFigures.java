package io.github.ets4j.allocation.industry;

import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import javax.annotation.Nullable;

/**
 * The reported 34-digit figures of an ordinary unit: {@code X = 1 − I × (1 / BP)} at {@link BalanceValue#CONTEXT},
 * {@code α = rule.alpha(X)} and {@code E × (1 + α)} exact, computed once, when first read. When the unit's floor
 * was decided on doubles ({@link FloorScreen}) nothing needs them to allocate, so an allocation whose figures are
 * never read does not pay for them; read, they are the digits and scale the eager computation gave.
 *
 * <p>Thread-safe: the figures are an immutable triple published through a volatile field; two threads reading at
 * once may both compute it, and get the same digits.
 */
final class UnitFigures {
  @Nullable private final CoefficientRule rule;
  private final BigDecimal intensity;
  private final BigDecimal reciprocal;
  private final BigDecimal emissions;
  @Nullable private volatile Known known;

  private UnitFigures(@Nullable CoefficientRule rule, BigDecimal intensity, BigDecimal reciprocal,
      BigDecimal emissions, @Nullable Known known) {
    this.rule = rule;
    this.intensity = intensity;
    this.reciprocal = reciprocal;
    this.emissions = emissions;
    this.known = known;
  }

  /** Figures computed on first read from I, 1 / BP (both at {@link BalanceValue#CONTEXT}) and E. */
  static UnitFigures of(CoefficientRule rule, BigDecimal intensity, BigDecimal reciprocal, BigDecimal emissions) {
    return new UnitFigures(rule, intensity, reciprocal, emissions, null);
  }

  /** Figures already known (a special unit's zeros, or a restored record). */
  static UnitFigures known(BigDecimal deviation, BigDecimal alpha, BigDecimal unrounded) {
    return new UnitFigures(null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new Known(deviation, alpha, unrounded));
  }

  BigDecimal deviation() {
    return figures().deviation;
  }

  BigDecimal alpha() {
    return figures().alpha;
  }

  BigDecimal unrounded() {
    return figures().unrounded;
  }

  private Known figures() {
    Known figures = known;
    CoefficientRule alphaRule = rule;
    if (figures == null && alphaRule != null) {
      // Only figures made by of(...) are computed here: known(...) sets them at construction.
      BigDecimal deviation = BigDecimal.ONE.subtract(intensity.multiply(reciprocal, BalanceValue.CONTEXT));
      BigDecimal alpha = alphaRule.alpha(deviation);
      figures = new Known(deviation, alpha, emissions.multiply(BigDecimal.ONE.add(alpha)));
      known = figures;
    }
    // Either known(...) set the figures or of(...) gave the rule that computed them.
    return Checks.notNull("figures", figures);
  }

  /** X, α and E × (1 + α). */
  private static final class Known {
    final BigDecimal deviation;
    final BigDecimal alpha;
    final BigDecimal unrounded;

    Known(BigDecimal deviation, BigDecimal alpha, BigDecimal unrounded) {
      this.deviation = deviation;
      this.alpha = alpha;
      this.unrounded = unrounded;
    }
  }
}
