package io.github.ets4j.allocation.industry;

import io.github.ets4j.allocation.AllocationFigures;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.rules.RuleTable;
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
   * <p>From the national rows; the rulebook of a year ({@link io.github.ets4j.allocation.Rulebook#chinaNational(Year)})
   * is the door to the rules of a year and assembles this with any replacement rows.
   *
   * @param year the year, 2025 or later (the method starts in 2025)
   * @return the rule
   * @throws EtsValidationException if the year is before 2025
   */
  public static CoefficientRule chinaNational(Year year) {
    return chinaNational(year, AllocationFigures.chinaNational());
  }

  /**
   * The rule of a compliance year read from a rule table (the national rows, or a rulebook's with replacement
   * rows); a year after the table's last row takes the last row's figures, marked ASSUMED.
   *
   * @param year the year, 2025 or later (the method starts in 2025)
   * @param table the rule table with the keys of {@link AllocationFigures}
   * @return the rule
   * @throws EtsValidationException if an argument is null or the year is before 2025
   */
  public static CoefficientRule chinaNational(Year year, RuleTable table) {
    Checks.notNull("year", year);
    Checks.notNull("table", table);
    if (year.getValue() < 2025) {
      throw new EtsValidationException("year", year, "the intensity-coefficient method starts in 2025");
    }
    String why = "Phase 2 keeps the Phase 1 slope and caps";
    return new CoefficientRule(
        RuleValue.fromTable(table, AllocationFigures.COEFFICIENT_SLOPE, "intensity coefficient slope", year, why),
        RuleValue.fromTable(table, AllocationFigures.COEFFICIENT_BAND, "intensity coefficient band", year, why),
        RuleValue.fromTable(table, AllocationFigures.COEFFICIENT_CAP, "intensity coefficient cap", year, why),
        RuleValue.fromTable(table, AllocationFigures.CARBIDE_SLAG_THRESHOLD, "carbide-slag special-unit threshold",
            year, "2026 draft value carried forward"));
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
