package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * How the industrial intensity-coefficient method is tightened in Phase 2 (2027 on), when allocation is
 * "optimized against the advanced intensity level" of the sector (WORKPLAN-2025 [V]) but no formula is
 * published [A].
 *
 * <p>Two options, each with a named parameter whose value is an assumption (Confidence ASSUMED):
 * <ul>
 *   <li>{@link #bestShare(BigDecimal)}: the balance value is replaced by the output-weighted intensity of the
 *       best (lowest-intensity) share p of sector output; the unit at the boundary counts with the part of its
 *       output that fills the share. Default p = {@link #DEFAULT_BEST_SHARE}.</li>
 *   <li>{@link #tightening(BigDecimal)}: the balance value solved on the year's data (or the published one) is
 *       multiplied by {@code (1 − r)^(year − 2026)}. Default r = {@link #DEFAULT_TIGHTENING_RATE}.</li>
 * </ul>
 * The default option of the national rulebook is {@link #DEFAULT}: the tightening anchored to the one official
 * figure there is, FYP15 (国发〔2026〕22号): "during 2026–2030 the emissions per unit of product of the sectors in
 * the national ETS fall by about 3 %" [V]. Spread evenly over the five years that is 3 % / 5 = 0.6 % a year
 * [A, derived from the V target]; no Phase 2 formula is published, so the rate stays an assumption and a
 * parameter. In both options the allocation is
 * {@code E × (1 + α)} with the year's slope and caps; the sector no longer balances. Immutable and thread-safe.
 */
public final class Phase2 {

  /** Default share of sector output whose intensity is the advanced level: 50 % [A]. */
  public static final String DEFAULT_BEST_SHARE = "0.5";
  private static final String TIGHTENING_NAME = "Phase 2 yearly tightening of the balance value r";
  private static final String TIGHTENING_UNIT = "fraction per year";
  /**
   * Default yearly tightening of the balance value: 0.6 % a year from 2026, FYP15's "about 3 % lower emissions per
   * unit of product over 2026–2030" [V] spread evenly over five years [A, derived from V].
   */
  public static final String DEFAULT_TIGHTENING_RATE = "0.006";
  /**
   * The last Phase 1 year, from which the tightening counts: the last year with a published allocation plan, read
   * from its catalogue entry {@link PlanYears#LAST_PLAN_YEAR} (2026 [D]).
   */
  public static final Year LAST_PHASE_1_YEAR = PlanYears.lastPlanYear();

  /** Where the default rate comes from: the FYP15 target, spread evenly, an assumption derived from it. */
  private static final Source FYP15_ANCHOR = Source.of("FYP15",
      "2026-2030 ETS sectors about 3 % lower emissions per unit of product [V]; spread evenly 3 % / 5 = 0.6 % a year",
      Confidence.ASSUMED);

  /** The default option: the balance value tightened by 0.6 % a year, anchored to FYP15 [A derived from V]. */
  public static final Phase2 DEFAULT = new Phase2(Kind.TIGHTENING,
      RuleValue.of(TIGHTENING_NAME, DEFAULT_TIGHTENING_RATE, TIGHTENING_UNIT, FYP15_ANCHOR));

  /** The two Phase 2 options. */
  public enum Kind {
    /** The advanced level is the output-weighted intensity of the best share p of sector output. */
    BEST_SHARE,
    /** The balance value is tightened by a yearly rate. */
    TIGHTENING
  }

  private final Kind kind;
  private final RuleValue parameter;

  private Phase2(Kind kind, RuleValue parameter) {
    this.kind = kind;
    this.parameter = parameter;
  }

  /**
   * The best-share option.
   *
   * @param share p, the share of sector output, a fraction in (0, 1]
   * @return the option
   * @throws EtsValidationException if p is not in (0, 1]
   */
  public static Phase2 bestShare(BigDecimal share) {
    Checks.fraction("share", share);
    if (share.signum() == 0) {
      throw new EtsValidationException("share", share.toPlainString(), "the best share of output must be above zero");
    }
    return new Phase2(Kind.BEST_SHARE, RuleValue.assumed("Phase 2 best share of sector output p",
        share.toPlainString(), "fraction", "no Phase 2 formula published (WORKPLAN-2025): named parameter"));
  }

  /**
   * The tightening option.
   *
   * @param yearlyRate r, the yearly tightening of the balance value, a fraction in [0, 1)
   * @return the option
   * @throws EtsValidationException if r is not in [0, 1)
   */
  public static Phase2 tightening(BigDecimal yearlyRate) {
    Checks.fraction("yearlyRate", yearlyRate);
    if (yearlyRate.compareTo(BigDecimal.ONE) == 0) {
      throw new EtsValidationException("yearlyRate", yearlyRate.toPlainString(), "a yearly tightening must be below 1");
    }
    return new Phase2(Kind.TIGHTENING, RuleValue.assumed(TIGHTENING_NAME, yearlyRate.toPlainString(), TIGHTENING_UNIT,
        "no Phase 2 formula published (WORKPLAN-2025): named parameter"));
  }

  /**
   * The tightening option with a yearly rate read from a rule table (the row {@link AllocationFigures#PHASE2_TIGHTENING_RATE}
   * of the year, with its source).
   *
   * @param yearlyRate r with its source, a fraction in [0, 1)
   * @return the option
   * @throws EtsValidationException if the rate is null or r is not in [0, 1)
   */
  public static Phase2 tightening(RuleValue yearlyRate) {
    Checks.notNull("yearlyRate", yearlyRate);
    Checks.fraction("yearlyRate", yearlyRate.value());
    if (yearlyRate.value().compareTo(BigDecimal.ONE) == 0) {
      throw new EtsValidationException("yearlyRate", yearlyRate.value().toPlainString(),
          "a yearly tightening must be below 1");
    }
    return new Phase2(Kind.TIGHTENING, yearlyRate);
  }

  /**
   * The option.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The option's parameter (p or r), marked ASSUMED.
   *
   * @return the parameter
   */
  public RuleValue parameter() {
    return parameter;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Phase2 && ((Phase2) other).kind == kind && ((Phase2) other).parameter.equals(parameter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, parameter);
  }

  @Override
  public String toString() {
    return "Phase2[" + kind + " " + parameter.value().toPlainString() + "]";
  }
}
