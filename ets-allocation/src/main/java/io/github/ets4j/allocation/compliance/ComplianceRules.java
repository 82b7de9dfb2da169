package io.github.ets4j.allocation.compliance;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The compliance parameters in force for one compliance year (allocation.md "Compliance"), each a
 * {@link RuleValue} with its source.
 *
 * <ul>
 *   <li>CCER offsets: at most 5 % of the obligation (MEASURES-2021 Art 29 [V]); for 2025–2026 only CCERs
 *       registered after 2024-01-22 [D] (assumed to continue from 2027 [A]).</li>
 *   <li>Borrowing: only 2021–2022, shortfall rate at least 10 %, at most 50 % of the shortfall [S].</li>
 *   <li>Carry-over of 2019–2024 allowances: {@code T = 10,000 + 1.5 × NS} (PLAN-POWER-2324 Annex 5 [V]).</li>
 *   <li>Penalty for unsurrendered allowances: 5–10 × the market price per allowance (REG-2024 Art 24 [V]).</li>
 *   <li>Surrender deadline: 31 December of the next year [V].</li>
 * </ul>
 * Derive what-if rules with {@link #withOffsetLimit(BigDecimal)}. Immutable and thread-safe.
 */
public final class ComplianceRules {
  private static final Source MEASURES = Source.of("MEASURES-2021", "Art 29", Confidence.OFFICIAL);
  private static final Source BORROWING = Source.of("SECONDARY", "2021-2022 borrowing rule", Confidence.SECONDARY);
  private static final Source ANNEX_5 = Source.of("PLAN-POWER-2324", "Annex 5", Confidence.OFFICIAL);
  private static final Source ART_24 = Source.of("REG-2024", "Art 24", Confidence.OFFICIAL);

  /** CCERs registered on or before this date are not eligible for 2025–2026 [D PLAN-2526-DRAFT]. */
  public static final LocalDate CCER_CUTOFF_2025 = LocalDate.of(2024, 1, 22);

  private final Year year;
  private final RuleValue offsetLimit;
  @Nullable private final LocalDate ccerRegisteredAfter;
  private final RuleValue borrowingMinShortfallPercent;
  private final RuleValue borrowingMaxShare;
  private final RuleValue carryOverBase;
  private final RuleValue carryOverMultiplier;
  private final RuleValue penaltyMinMultiple;
  private final RuleValue penaltyMaxMultiple;

  private ComplianceRules(Year year, RuleValue offsetLimit, @Nullable LocalDate ccerRegisteredAfter) {
    this.year = year;
    this.offsetLimit = offsetLimit;
    this.ccerRegisteredAfter = ccerRegisteredAfter;
    this.borrowingMinShortfallPercent = RuleValue.of("borrowing: minimum shortfall rate", "10", "%", BORROWING);
    this.borrowingMaxShare = RuleValue.of("borrowing: maximum share of the shortfall", "0.5", "fraction", BORROWING);
    this.carryOverBase = RuleValue.of("carry-over base", "10000", "t", ANNEX_5);
    this.carryOverMultiplier = RuleValue.of("carry-over multiplier of net sales", "1.5", "", ANNEX_5);
    this.penaltyMinMultiple = RuleValue.of("penalty, minimum multiple of the market price", "5", "", ART_24);
    this.penaltyMaxMultiple = RuleValue.of("penalty, maximum multiple of the market price", "10", "", ART_24);
  }

  /**
   * The national compliance rules of a year.
   *
   * @param year the compliance year, 2019 or later
   * @return the rules
   * @throws EtsValidationException if the year is before 2019
   */
  public static ComplianceRules chinaNational(Year year) {
    Checks.notNull("year", year);
    int y = year.getValue();
    if (y < 2019) {
      throw new EtsValidationException("year", year, "the national ETS starts with the 2019 compliance year");
    }
    RuleValue limit = y <= 2026 ? RuleValue.of("CCER offset limit (share of the obligation)", "0.05", "fraction", MEASURES)
        : RuleValue.assumed("CCER offset limit (share of the obligation)", "0.05", "fraction",
            "MEASURES-2021 Art 29 assumed to stay in force");
    return new ComplianceRules(year, limit, y >= 2025 ? CCER_CUTOFF_2025 : null);
  }

  /**
   * Returns these rules with another CCER offset limit (what-if, marked ASSUMED).
   *
   * @param share the share of the obligation, a fraction
   * @return the new rules
   * @throws EtsValidationException if the share is outside [0, 1]
   */
  public ComplianceRules withOffsetLimit(BigDecimal share) {
    Checks.fraction("share", share);
    return new ComplianceRules(year, offsetLimit.withAssumedValue(share, "what-if offset limit"), ccerRegisteredAfter);
  }

  /**
   * The compliance year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The CCER offset limit as a share of the obligation (0.05).
   *
   * @return the limit
   */
  public RuleValue offsetLimit() {
    return offsetLimit;
  }

  /**
   * The largest CCER offset for an obligation: {@code floor(limit × obligation)}, whole tonnes
   * [A: offsets are surrendered in whole tonnes, so the cap is floored].
   *
   * @param obligation the obligation, t
   * @return the cap, t
   */
  public BigDecimal offsetCap(BigDecimal obligation) {
    Checks.notNull("obligation", obligation);
    return obligation.multiply(offsetLimit.value()).setScale(0, java.math.RoundingMode.FLOOR);
  }

  /**
   * The date after which a CCER must have been registered to be eligible (2025 on).
   *
   * @return the date, or empty when no date applies
   */
  public Optional<LocalDate> ccerRegisteredAfter() {
    return Optional.ofNullable(ccerRegisteredAfter);
  }

  /**
   * Tells whether borrowing from the next pre-allocation is allowed in this year (2021 and 2022 only [S]).
   *
   * @return true for 2021 and 2022
   */
  public boolean borrowingAllowed() {
    return year.getValue() == 2021 || year.getValue() == 2022;
  }

  /**
   * The shortfall rate from which borrowing is allowed (10 %).
   *
   * @return the rule value, %
   */
  public RuleValue borrowingMinShortfallPercent() {
    return borrowingMinShortfallPercent;
  }

  /**
   * The largest share of the shortfall that may be borrowed (50 %).
   *
   * @return the rule value
   */
  public RuleValue borrowingMaxShare() {
    return borrowingMaxShare;
  }

  /**
   * The carry-over base (10,000 t).
   *
   * @return the rule value
   */
  public RuleValue carryOverBase() {
    return carryOverBase;
  }

  /**
   * The carry-over multiplier of net sales (1.5).
   *
   * @return the rule value
   */
  public RuleValue carryOverMultiplier() {
    return carryOverMultiplier;
  }

  /**
   * The minimum penalty multiple of the market price (5).
   *
   * @return the rule value
   */
  public RuleValue penaltyMinMultiple() {
    return penaltyMinMultiple;
  }

  /**
   * The maximum penalty multiple of the market price (10).
   *
   * @return the rule value
   */
  public RuleValue penaltyMaxMultiple() {
    return penaltyMaxMultiple;
  }

  /**
   * The surrender deadline: 31 December of the next year.
   *
   * @return the deadline
   */
  public LocalDate surrenderDeadline() {
    return LocalDate.of(year.getValue() + 1, 12, 31);
  }

  /**
   * Tells whether allowances of a vintage may settle this year's obligation: 2019–2024 allowances settle
   * 2019–2024 obligations (and their arrears) only; 2025 and later allowances settle their own and later
   * years (PLAN-POWER-2324 [V]; PLAN-2526-DRAFT [D]). Carried-over 2019–2024 allowances are held apart
   * (see {@link ComplianceAccount}).
   *
   * @param vintage the allowances' vintage
   * @return true when the vintage is valid for this year
   */
  public boolean vintageValid(Year vintage) {
    Checks.notNull("vintage", vintage);
    int v = vintage.getValue();
    int y = year.getValue();
    if (v < 2019) {
      return false;
    }
    if (v <= 2024) {
      return y <= 2024;
    }
    return y >= v;
  }

  /**
   * Every figure of these rules.
   *
   * @return the rule values
   */
  public List<RuleValue> ruleValues() {
    List<RuleValue> all = new ArrayList<>(List.of(offsetLimit, carryOverBase, carryOverMultiplier,
        penaltyMinMultiple, penaltyMaxMultiple));
    if (borrowingAllowed()) {
      all.add(borrowingMinShortfallPercent);
      all.add(borrowingMaxShare);
    }
    return all;
  }

  @Override
  public String toString() {
    return "ComplianceRules[" + year + "]";
  }
}
