package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Precision;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.unit.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The load (peak-shaving) correction of conventional coal units (categories I and II): the factor Ff of
 * the generation basis and the load factor of the 2019–2022 supply basis.
 *
 * <p>The factor is a function of the unit's load factor F (a fraction of rated output). Every constant of
 * each formula is a {@link RuleValue}. The result is rounded half up to 6 decimals
 * ({@link #FACTOR_PRECISION}, PLAN-2526-DRAFT [D], assumed for the earlier years [A]).
 *
 * <p>Why {@code double} is safe here: the non-integer powers and exponentials are evaluated with
 * {@link StrictMath}, whose results are the same on every JVM (so results are reproducible) and are
 * within one or two ulps (about 3e-16 relative) of the exact value. The factor lies between 0.5 and 8, so
 * the absolute error is below 1e-14, eight orders of magnitude below the rounding step of 1e-6: the
 * rounded factor can differ from the exactly rounded one only when the exact value lies within 1e-14 of a
 * half-way point, which the load factors of real units (reported to 2 decimals in percent) do not produce
 * for any of the published examples. Everything after the factor is exact {@link BigDecimal} arithmetic.
 * Immutable and thread-safe.
 */
public enum LoadCorrection {
  /**
   * 2023–2024: {@code Ff = 1.015^(16 − 20F)} when F &lt; 0.65, else 1 (PLAN-POWER-2324 [V]; "else 1" implied).
   */
  EXPONENT_2023 {
    @Override
    BigDecimal raw(BigDecimal f, List<RuleValue> c) {
      if (f.compareTo(value(c, 0)) >= 0) {
        return BigDecimal.ONE;
      }
      double exponent = value(c, 2).subtract(value(c, 3).multiply(f)).doubleValue();
      return exact(StrictMath.pow(value(c, 1).doubleValue(), exponent));
    }
  },
  /**
   * 2025–2026: {@code Ff = 7.254 − 0.633 (1 − e^(−F/29.822)) − 5.643 (1 − e^(−F/6.871))} with F in percent,
   * when F &lt; 50 %, else 1 (PLAN-2526-DRAFT [D]).
   */
  EXPONENTIAL_2025 {
    @Override
    BigDecimal raw(BigDecimal f, List<RuleValue> c) {
      BigDecimal percent = Percent.fromFraction(f);
      if (percent.compareTo(value(c, 0)) >= 0) {
        return BigDecimal.ONE;
      }
      double p = percent.doubleValue();
      double ff = value(c, 1).doubleValue()
          - value(c, 2).doubleValue() * (1 - StrictMath.exp(-p / value(c, 3).doubleValue()))
          - value(c, 4).doubleValue() * (1 - StrictMath.exp(-p / value(c, 5).doubleValue()));
      return exact(ff);
    }
  },
  /**
   * 2019–2022 supply basis load factor (secondary source, recalled — ASSUMED): F ≥ 0.85 → 1;
   * 0.80 ≤ F &lt; 0.85 → {@code 1 + 0.0014 (85 − 100F)}; 0.75 ≤ F &lt; 0.80 → {@code 1.007 + 0.0016 (80 − 100F)};
   * F &lt; 0.75 → {@code 1.015^(16 − 20F)}.
   */
  SUPPLY_2019 {
    @Override
    BigDecimal raw(BigDecimal f, List<RuleValue> c) {
      BigDecimal percent = Percent.fromFraction(f);
      if (f.compareTo(value(c, 0)) >= 0) {
        return BigDecimal.ONE;
      }
      if (f.compareTo(value(c, 1)) >= 0) {
        return BigDecimal.ONE.add(value(c, 2).multiply(value(c, 3).subtract(percent)));
      }
      if (f.compareTo(value(c, 4)) >= 0) {
        return value(c, 5).add(value(c, 6).multiply(value(c, 7).subtract(percent)));
      }
      double exponent = value(c, 9).subtract(value(c, 10).multiply(f)).doubleValue();
      return exact(StrictMath.pow(value(c, 8).doubleValue(), exponent));
    }
  };

  /** Ff and load factors: half up to 6 decimals (PLAN-2526-DRAFT [D]; assumed for earlier years [A]). */
  public static final Precision FACTOR_PRECISION = Precision.of("peak-shaving factor Ff", 6, RoundingMode.HALF_UP,
      Source.of("PLAN-2526-DRAFT", "Ff rounding (assumed for 2019-2024 too)", Confidence.DRAFT));

  /** {@code FACTOR_PRECISION.round(BigDecimal.ONE)}: the factor of every unit at or above the load threshold. */
  private static final BigDecimal ROUNDED_ONE = FACTOR_PRECISION.round(BigDecimal.ONE);

  private static final Source PLAN_2324 = Source.of("PLAN-POWER-2324", "Ff formula", Confidence.OFFICIAL);
  private static final Source PLAN_2526 = Source.of("PLAN-2526-DRAFT", "Ff formula", Confidence.DRAFT);
  private static final Source SUPPLY = Source.of("SECONDARY", "2019-2022 load factor, recalled", Confidence.ASSUMED);

  private static final List<RuleValue> V2023 = List.of(
      RuleValue.of("Ff 2023 load threshold", "0.65", "fraction", PLAN_2324),
      RuleValue.of("Ff 2023 base", "1.015", "", PLAN_2324),
      RuleValue.of("Ff 2023 exponent constant", "16", "", PLAN_2324),
      RuleValue.of("Ff 2023 exponent slope", "20", "per unit of F", PLAN_2324));
  private static final List<RuleValue> V2025 = List.of(
      RuleValue.of("Ff 2025 load threshold", "50", "%", PLAN_2526),
      RuleValue.of("Ff 2025 constant", "7.254", "", PLAN_2526),
      RuleValue.of("Ff 2025 first weight", "0.633", "", PLAN_2526),
      RuleValue.of("Ff 2025 first scale", "29.822", "%", PLAN_2526),
      RuleValue.of("Ff 2025 second weight", "5.643", "", PLAN_2526),
      RuleValue.of("Ff 2025 second scale", "6.871", "%", PLAN_2526));
  private static final List<RuleValue> V2019 = List.of(
      RuleValue.of("load factor 2019 full-load threshold", "0.85", "fraction", SUPPLY),
      RuleValue.of("load factor 2019 first band lower bound", "0.80", "fraction", SUPPLY),
      RuleValue.of("load factor 2019 first band slope", "0.0014", "per % point", SUPPLY),
      RuleValue.of("load factor 2019 first band anchor", "85", "%", SUPPLY),
      RuleValue.of("load factor 2019 second band lower bound", "0.75", "fraction", SUPPLY),
      RuleValue.of("load factor 2019 second band constant", "1.007", "", SUPPLY),
      RuleValue.of("load factor 2019 second band slope", "0.0016", "per % point", SUPPLY),
      RuleValue.of("load factor 2019 second band anchor", "80", "%", SUPPLY),
      RuleValue.of("load factor 2019 base", "1.015", "", SUPPLY),
      RuleValue.of("load factor 2019 exponent constant", "16", "", SUPPLY),
      RuleValue.of("load factor 2019 exponent slope", "20", "per unit of F", SUPPLY));

  /**
   * The first and last year (0: open-ended) of each formula's constants, in the order of the enum constants:
   * Ff 2023 for 2023–2024, Ff 2025 from 2025, the supply-basis load factor 2019–2022.
   */
  private static final List<List<Integer>> YEARS = List.of(List.of(2023, 2024), List.of(2025, 0), List.of(2019, 2022));

  abstract BigDecimal raw(BigDecimal loadFactor, List<RuleValue> constants);

  static BigDecimal value(List<RuleValue> constants, int index) {
    return constants.get(index).value();
  }

  private static BigDecimal exact(double value) {
    // The named step applied to the double's exact binary value (no decimal string in between): the same digits as
    // rounding new BigDecimal(value), without building its fifty-digit intermediate; factor() then finds 6 decimals.
    return FACTOR_PRECISION.round(value);
  }

  /**
   * Computes the factor for a load factor.
   *
   * @param loadFactor the unit's load factor F, a fraction of rated output in [0, 1]
   * @return the factor, half up to 6 decimals
   * @throws io.github.ets4j.core.EtsValidationException if F is null or outside [0, 1]
   */
  public BigDecimal factor(BigDecimal loadFactor) {
    return factor(loadFactor, ruleValues());
  }

  /**
   * Computes the factor for a load factor with the formula's constants as a rulebook read them (the national rows
   * or replacement rows, {@link #rows()}).
   *
   * @param loadFactor the unit's load factor F, a fraction of rated output in [0, 1]
   * @param constants the constants of this formula, in the order of {@link #ruleValues()}
   * @return the factor, half up to 6 decimals
   * @throws io.github.ets4j.core.EtsValidationException if F is null or outside [0, 1], or the constants are not
   *     as many as the formula's
   */
  public BigDecimal factor(BigDecimal loadFactor, List<RuleValue> constants) {
    Checks.fraction("loadFactor", loadFactor);
    Checks.notNull("constants", constants);
    if (constants.size() != ruleValues().size()) {
      throw new io.github.ets4j.core.EtsValidationException("constants", constants.size(), "the formula " + this
          + " has " + ruleValues().size() + " constants");
    }
    BigDecimal raw = raw(loadFactor, constants);
    // At full load (most units) the formula gives 1: its rounding is the same 1.000000 every time, made once.
    return raw.scale() == 0 && raw.compareTo(BigDecimal.ONE) == 0 ? ROUNDED_ONE : FACTOR_PRECISION.round(raw);
  }

  /**
   * The key of a constant of this formula in the rule table, e.g. {@code "power/load-correction/ff-2025-constant"}.
   *
   * @param index the constant's place in {@link #ruleValues()}
   * @return the key
   */
  public String key(int index) {
    return "power/load-correction/" + ruleValues().get(index).name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  /**
   * The constants of every formula as rows of the rule table, each in force in the years its formula is: the
   * supply-basis load factor 2019–2022, Ff 2023 for 2023–2024, Ff 2025 from 2025 (carried forward with the draft's
   * source, as the rulebook lists it).
   *
   * @return the rows
   */
  public static List<RuleEntry> rows() {
    List<RuleEntry> rows = new java.util.ArrayList<>();
    for (LoadCorrection formula : values()) {
      // The years of each formula's constants: the years PowerBenchmarkPolicy chooses the formula in.
      int first = YEARS.get(formula.ordinal()).get(0);
      int lastYear = YEARS.get(formula.ordinal()).get(1);
      java.util.Optional<java.time.Year> last = lastYear == 0 ? java.util.Optional.empty()
          : java.util.Optional.of(java.time.Year.of(lastYear));
      for (int i = 0; i < formula.ruleValues().size(); i++) {
        RuleValue value = formula.ruleValues().get(i);
        rows.add(RuleEntry.builder().key(formula.key(i)).value(value.value()).unit(value.unit())
            .source(value.source()).firstYear(java.time.Year.of(first)).lastYear(last)
            .sectors(java.util.EnumSet.of(io.github.ets4j.core.Sector.POWER)).build());
      }
    }
    return rows;
  }

  /**
   * The constants of the formula, each with its source.
   *
   * @return the rule values
   */
  public List<RuleValue> ruleValues() {
    switch (this) {
      case EXPONENT_2023:
        return V2023;
      case EXPONENTIAL_2025:
        return V2025;
      default:
        return V2019;
    }
  }
}
