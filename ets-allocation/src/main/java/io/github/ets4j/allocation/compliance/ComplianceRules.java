package io.github.ets4j.allocation.compliance;

import io.github.ets4j.allocation.AllocationFigures;
import io.github.ets4j.allocation.NonFossilElectricityAdjustment;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleTable;
import io.github.ets4j.core.rules.YearTable;
import io.github.ets4j.sectors.calendar.CalendarStep;
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
 *   <li>Carry-over of 2019–2024 allowances: power {@code T = 10,000 + 1.5 × NS} (PLAN-POWER-2324 Annex 5 [V]);
 *       steel, cement and aluminum (2024 on) base 100,000 (CB1125 [S]) with the rest of the power form, multiplier
 *       1.5, cap at holdings and floor, assumed [A].</li>
 *   <li>Penalty for unsurrendered allowances: 5–10 × the market price per allowance (REG-2024 Art 24 [V]).</li>
 *   <li>Surrender deadline: 31 December of the next year [V], read from the {@link ComplianceCalendar}.</li>
 *   <li>REG-2024 Art 31 adjustment for non-fossil electricity consumption: zero by default [A], 2024 on
 *       ({@link NonFossilElectricityAdjustment}).</li>
 * </ul>
 * Derive what-if rules with {@link #withOffsetLimit(BigDecimal)}. Immutable and thread-safe.
 */
public final class ComplianceRules {
  private static final Source MEASURES = Source.of("MEASURES-2021", "Art 29", Confidence.OFFICIAL);
  private static final Source BORROWING = Source.of("SECONDARY", "2021-2022 borrowing rule", Confidence.SECONDARY);
  private static final Source ANNEX_5 = Source.of("PLAN-POWER-2324", "Annex 5", Confidence.OFFICIAL);
  private static final Source ART_24 = Source.of("REG-2024", "Art 24", Confidence.OFFICIAL);
  private static final Source CB1125 = Source.of("CB1125",
      "final 2024-2025 industrial plan: carry-over base raised to 100,000", Confidence.SECONDARY);

  /** CCERs registered on or before this date are not eligible for 2025–2026 [D PLAN-2526-DRAFT]. */
  public static final LocalDate CCER_CUTOFF_2025 = LocalDate.of(2024, 1, 22);

  /** The CCER registration cut-off of each year: none before 2025, {@link #CCER_CUTOFF_2025} from 2025 [D]. */
  private static final YearTable<Optional<LocalDate>> CCER_CUTOFF = YearTable.starting(2019, Optional.<LocalDate>empty())
      .from(2025, Optional.of(CCER_CUTOFF_2025));
  /** Borrowing from the next pre-allocation: only 2021 and 2022 [S]. */
  private static final YearTable<Boolean> BORROWING_ALLOWED = YearTable.starting(2019, Boolean.FALSE)
      .from(2021, Boolean.TRUE).from(2023, Boolean.FALSE);
  /** REG-2024 is in force from 2024-05-01: its Art 31 adjustment is taken from compliance year 2024 on. */
  private static final YearTable<Boolean> ART_31_IN_FORCE = YearTable.starting(2019, Boolean.FALSE)
      .from(2024, Boolean.TRUE);

  private final Year year;
  private final RuleValue offsetLimit;
  @Nullable private final LocalDate ccerRegisteredAfter;
  private final RuleValue borrowingMinShortfallPercent;
  private final RuleValue borrowingMaxShare;
  private final RuleValue carryOverBase;
  private final RuleValue carryOverMultiplier;
  private final RuleValue industryCarryOverBase;
  private final RuleValue industryCarryOverMultiplier;
  private final RuleValue penaltyMinMultiple;
  private final RuleValue penaltyMaxMultiple;

  @Nullable private final NonFossilElectricityAdjustment nonFossil;

  private ComplianceRules(Year year, RuleValue offsetLimit, @Nullable LocalDate ccerRegisteredAfter,
      @Nullable NonFossilElectricityAdjustment nonFossil) {
    this.year = year;
    this.offsetLimit = offsetLimit;
    this.ccerRegisteredAfter = ccerRegisteredAfter;
    this.nonFossil = nonFossil;
    this.borrowingMinShortfallPercent = RuleValue.of("borrowing: minimum shortfall rate", "10", "%", BORROWING);
    this.borrowingMaxShare = RuleValue.of("borrowing: maximum share of the shortfall", "0.5", "fraction", BORROWING);
    this.carryOverBase = RuleValue.of("carry-over base", "10000", "t", ANNEX_5);
    this.carryOverMultiplier = RuleValue.of("carry-over multiplier of net sales", "1.5", "", ANNEX_5);
    this.industryCarryOverBase = RuleValue.of("industry carry-over base (steel, cement, aluminum)", "100000", "t",
        CB1125);
    // CB1125 reports only the raised base: the multiplier, the cap at holdings and the floor of the power form
    // are assumed to hold for industry too.
    this.industryCarryOverMultiplier = RuleValue.assumed(
        "industry carry-over multiplier of net sales (steel, cement, aluminum)", "1.5", "",
        "CB1125 gives only the base: the power form T = base + 1.5 x NS, capped at holdings, floored, assumed");
    this.penaltyMinMultiple = RuleValue.of("penalty, minimum multiple of the market price", "5", "", ART_24);
    this.penaltyMaxMultiple = RuleValue.of("penalty, maximum multiple of the market price", "10", "", ART_24);
  }

  /**
   * The national compliance rules of a year.
   *
   * <p>From the national rows; the rulebook of a year ({@link io.github.ets4j.allocation.Rulebook#chinaNational(Year)})
   * is the door to the rules of a year and assembles this with any replacement rows.
   *
   * @param year the compliance year, 2019 or later
   * @return the rules
   * @throws EtsValidationException if the year is before 2019
   */
  public static ComplianceRules chinaNational(Year year) {
    return chinaNational(year, AllocationFigures.chinaNational());
  }

  /**
   * The compliance rules of a year read from a rule table (the national rows, or a rulebook's with replacement
   * rows); a year after the table's last row takes the last row's figures, marked ASSUMED.
   *
   * @param year the compliance year, 2019 or later
   * @param table the rule table with the keys of {@link AllocationFigures}
   * @return the rules
   * @throws EtsValidationException if an argument is null or the year is before 2019
   */
  public static ComplianceRules chinaNational(Year year, RuleTable table) {
    Checks.notNull("year", year);
    Checks.notNull("table", table);
    int y = year.getValue();
    if (y < 2019) {
      throw new EtsValidationException("year", year, "the national ETS starts with the 2019 compliance year");
    }
    RuleValue limit = RuleValue.fromTable(table, AllocationFigures.CCER_OFFSET_LIMIT,
        "CCER offset limit (share of the obligation)", year, "MEASURES-2021 Art 29 assumed to stay in force");
    return new ComplianceRules(year, limit, CCER_CUTOFF.at(year).orElse(null),
        ART_31_IN_FORCE.at(year) ? NonFossilElectricityAdjustment.chinaNational() : null);
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
    return new ComplianceRules(year, offsetLimit.withAssumedValue(share, "what-if offset limit"), ccerRegisteredAfter,
        nonFossil);
  }

  /**
   * Returns these rules with another REG-2024 Art 31 adjustment for non-fossil electricity consumption.
   *
   * @param adjustment the adjustment
   * @return the new rules
   * @throws EtsValidationException if the adjustment is null or the year is before 2024 (REG-2024 in force
   *     from 2024-05-01)
   */
  public ComplianceRules withNonFossilElectricityAdjustment(NonFossilElectricityAdjustment adjustment) {
    Checks.notNull("adjustment", adjustment);
    if (nonFossil == null) {
      throw new EtsValidationException("year", year, "REG-2024 Art 31 applies from compliance year 2024");
    }
    return new ComplianceRules(year, offsetLimit, ccerRegisteredAfter, adjustment);
  }

  /**
   * The REG-2024 Art 31 adjustment for non-fossil electricity consumption: zero by default, ASSUMED (no national
   * rule published).
   *
   * @return the adjustment, or empty before 2024
   */
  public Optional<NonFossilElectricityAdjustment> nonFossilElectricityAdjustment() {
    return Optional.ofNullable(nonFossil);
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
    return BORROWING_ALLOWED.at(year);
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
   * The power carry-over base (10,000 t); see {@link #carryOverBase(Sector)} for the industrial sectors.
   *
   * @return the rule value
   */
  public RuleValue carryOverBase() {
    return carryOverBase;
  }

  /**
   * The power carry-over multiplier of net sales (1.5); see {@link #carryOverMultiplier(Sector)}.
   *
   * @return the rule value
   */
  public RuleValue carryOverMultiplier() {
    return carryOverMultiplier;
  }

  /**
   * The carry-over base of a sector: 10,000 t for power (PLAN-POWER-2324 Annex 5 [V]), 100,000 t for steel, cement
   * and aluminum (CB1125 [S]).
   *
   * @param sector the sector
   * @return the rule value
   * @throws EtsValidationException if the sector is null, or industrial before its first compliance year (2024)
   */
  public RuleValue carryOverBase(Sector sector) {
    return industrial(sector) ? industryCarryOverBase : carryOverBase;
  }

  /**
   * The carry-over multiplier of net sales of a sector: 1.5 for power [V]; 1.5 for steel, cement and aluminum,
   * ASSUMED (CB1125 gives only the industrial base, so the power form is assumed for the rest).
   *
   * @param sector the sector
   * @return the rule value
   * @throws EtsValidationException if the sector is null, or industrial before its first compliance year (2024)
   */
  public RuleValue carryOverMultiplier(Sector sector) {
    return industrial(sector) ? industryCarryOverMultiplier : carryOverMultiplier;
  }

  private boolean industrial(Sector sector) {
    Checks.notNull("sector", sector);
    if (sector == Sector.POWER) {
      return false;
    }
    if (!sector.isCoveredIn(year)) {
      throw new EtsValidationException("sector", sector, "not covered in " + year + ": it has no allowances to carry");
    }
    return true;
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
   * The surrender deadline of power ({@link ComplianceCalendar}): 31 December of the next year.
   *
   * @return the deadline
   */
  public LocalDate surrenderDeadline() {
    // Read from the calendar (every year has a surrender date: its row, else the general rule).
    return ComplianceCalendar.chinaNational().deadline(Sector.POWER, year, CalendarStep.SURRENDER).orElseThrow();
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
    if (nonFossil != null) {
      all.add(nonFossil.factor());
    }
    if (Sector.CEMENT.isCoveredIn(year)) {
      all.add(industryCarryOverBase);
      all.add(industryCarryOverMultiplier);
    }
    if (borrowingAllowed()) {
      all.add(borrowingMinShortfallPercent);
      all.add(borrowingMaxShare);
    }
    return all;
  }

  /**
   * Compares the year and the figures a caller can change: the CCER offset limit, the CCER registration cutoff
   * and the REG-2024 Art 31 adjustment (every other figure follows from the year).
   *
   * @param other the other object
   * @return true for equal rules
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ComplianceRules)) {
      return false;
    }
    ComplianceRules that = (ComplianceRules) other;
    return year.equals(that.year) && offsetLimit.equals(that.offsetLimit)
        && java.util.Objects.equals(ccerRegisteredAfter, that.ccerRegisteredAfter)
        && java.util.Objects.equals(nonFossil, that.nonFossil);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(year, offsetLimit, ccerRegisteredAfter, nonFossil);
  }

  @Override
  public String toString() {
    return "ComplianceRules[" + year + "]";
  }
}
