package io.github.ets4j.allocation.industry;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The figures of the intensity-coefficient method: {@code α = slope × X} for {@code −band < X < band},
 * {@code ±cap} outside (PLAN-IND-2425 [V/S], kept for 2026 by PLAN-2526-DRAFT [D]): slope 0.15, band 20 %,
 * cap 3 %; and the carbide-slag substitution rate above which a cement line is special (15 % in 2025 [S],
 * 30 % in 2026 [D], 30 % assumed from 2027 [A]).
 *
 * <p>With the national values {@code slope × band = cap}, so α is continuous; a what-if rule may break that,
 * and the balance solver then returns the breakpoint where the total jumps past the target (a cap below
 * {@code slope × band} is refused: α would fall at the band's edge). Immutable and
 * thread-safe.
 */
public final class CoefficientRule {
  private final RuleValue slope;
  private final RuleValue band;
  private final RuleValue cap;
  private final RuleValue carbideSlagThreshold;

  private CoefficientRule(RuleValue slope, RuleValue band, RuleValue cap, RuleValue carbideSlagThreshold) {
    this.slope = slope;
    this.band = band;
    this.cap = cap;
    this.carbideSlagThreshold = carbideSlagThreshold;
  }

  /**
   * The national rule of a compliance year.
   *
   * @param year the year, 2025 or later (the method starts in 2025)
   * @return the rule
   * @throws EtsValidationException if the year is before 2025
   */
  public static CoefficientRule chinaNational(Year year) {
    Checks.notNull("year", year);
    int y = year.getValue();
    if (y < 2025) {
      throw new EtsValidationException("year", year, "the intensity-coefficient method starts in 2025");
    }
    Source method = y == 2025 ? Source.of("PLAN-IND-2425", "intensity-coefficient method", Confidence.SECONDARY)
        : y == 2026 ? Source.of("PLAN-2526-DRAFT", "2026 keeps the 2025 method", Confidence.DRAFT)
        : Source.of("ASSUMPTION", "Phase 2 keeps the Phase 1 slope and caps", Confidence.ASSUMED);
    RuleValue threshold = y == 2025
        ? RuleValue.of("carbide-slag special-unit threshold", "0.15", "fraction",
            Source.of("SECONDARY", "2025 special cement lines", Confidence.SECONDARY))
        : y == 2026 ? RuleValue.of("carbide-slag special-unit threshold", "0.30", "fraction",
            Source.of("PLAN-2526-DRAFT", "special units", Confidence.DRAFT))
        : RuleValue.assumed("carbide-slag special-unit threshold", "0.30", "fraction", "2026 draft value carried forward");
    return new CoefficientRule(RuleValue.of("intensity coefficient slope", "0.15", "per unit of X", method),
        RuleValue.of("intensity coefficient band", "0.20", "fraction", method),
        RuleValue.of("intensity coefficient cap", "0.03", "fraction", method), threshold);
  }

  /**
   * Returns the rule with other slope, band and cap (a what-if study), marked ASSUMED.
   *
   * @param newSlope the slope, positive
   * @param newBand the band, in (0, 1)
   * @param newCap the cap, in [0, 1)
   * @return the new rule
   * @throws EtsValidationException if a value is out of range, or the cap is below {@code slope × band}
   *     (α would fall at the band's edge)
   */
  public CoefficientRule with(BigDecimal newSlope, BigDecimal newBand, BigDecimal newCap) {
    Checks.positive("slope", newSlope);
    Checks.positive("band", newBand);
    if (newBand.compareTo(BigDecimal.ONE) >= 0) {
      throw new EtsValidationException("band", newBand.toPlainString(), "the band of X must be below 1");
    }
    Checks.fraction("cap", newCap);
    if (newCap.compareTo(BigDecimal.ONE) >= 0) {
      throw new EtsValidationException("cap", newCap.toPlainString(), "the cap of α must be below 1");
    }
    if (newSlope.multiply(newBand).compareTo(newCap) > 0) {
      throw new EtsValidationException("cap", newCap.toPlainString(), "must be at least slope x band ("
          + newSlope.multiply(newBand).toPlainString() + "), or a cleaner unit could get a lower α at the band's edge");
    }
    String why = "what-if coefficient rule";
    return new CoefficientRule(slope.withAssumedValue(newSlope, why), band.withAssumedValue(newBand, why),
        cap.withAssumedValue(newCap, why), carbideSlagThreshold);
  }

  /**
   * The slope of α in X (0.15).
   *
   * @return the slope
   */
  public RuleValue slope() {
    return slope;
  }

  /**
   * The band of X inside which α is proportional (0.20).
   *
   * @return the band
   */
  public RuleValue band() {
    return band;
  }

  /**
   * The cap of |α| (0.03).
   *
   * @return the cap
   */
  public RuleValue cap() {
    return cap;
  }

  /**
   * The carbide-slag substitution rate above which a cement line is special.
   *
   * @return the threshold
   */
  public RuleValue carbideSlagThreshold() {
    return carbideSlagThreshold;
  }

  /**
   * The coefficient α for a deviation X.
   *
   * @param deviation X, a fraction
   * @return α: {@code slope × X} inside the band, {@code ±cap} outside (exact)
   */
  public BigDecimal alpha(BigDecimal deviation) {
    return alpha(Checks.notNull("deviation", deviation), v -> v, BigDecimal::compareTo, BigDecimal::negate,
        BigDecimal::multiply);
  }

  /** α for an exact fraction X (the policy's exact floor near whole tonnes), by the same statement. */
  Rational alpha(Rational deviation) {
    return alpha(deviation, Rational::of, Rational::compareTo, Rational::negate, Rational::multiply);
  }

  /**
   * The one statement of α, in any exact number type: {@code +cap} from {@code X ≥ band}, {@code −cap} to
   * {@code X ≤ −band}, {@code slope × X} between.
   */
  private <N> N alpha(N x, Function<BigDecimal, N> number, Comparator<N> order, UnaryOperator<N> negate,
      BinaryOperator<N> multiply) {
    N b = number.apply(band.value());
    if (order.compare(x, b) >= 0) {
      return number.apply(cap.value());
    }
    if (order.compare(x, negate.apply(b)) <= 0) {
      return negate.apply(number.apply(cap.value()));
    }
    return multiply.apply(number.apply(slope.value()), x);
  }

  /**
   * Every figure of the rule.
   *
   * @return the rule values
   */
  public List<RuleValue> ruleValues() {
    return List.of(slope, band, cap, carbideSlagThreshold);
  }

  @Override
  public String toString() {
    return "CoefficientRule" + ruleValues();
  }
}
