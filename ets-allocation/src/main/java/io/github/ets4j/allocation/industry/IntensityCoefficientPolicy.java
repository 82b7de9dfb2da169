package io.github.ets4j.allocation.industry;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.AllocationPolicy;
import io.github.ets4j.allocation.AllocationUnits;
import io.github.ets4j.allocation.EntityAllocation;
import io.github.ets4j.allocation.Phase2;
import io.github.ets4j.allocation.AllocationFigures;
import io.github.ets4j.allocation.PlanYears;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.rules.RuleTable;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The intensity-coefficient method (碳排放强度系数法) of one industrial sector and year: 2025–2026 balanced
 * per sector (PLAN-IND-2425 [V/S], PLAN-2526-DRAFT [D]); from 2027 the Phase 2 variants ({@link Phase2}, ASSUMED).
 *
 * <p>For each ordinary unit: {@code I = N / Q}, {@code X = (BP − I) / BP}, α by the {@link CoefficientRule},
 * {@code A = floor(E × (1 + α))}. Special units (given by the caller, or cement lines whose carbide-slag rate
 * exceeds the year's threshold) get their verified emissions floored and are left out of BP [A].
 * BP is solved exactly by {@link BalanceValue#solve(List, CoefficientRule)}. The whole sector must be
 * passed in one call. Allocations are computed with 34 significant digits; when the unfloored value lies
 * within 1e-12 t of a whole tonne, the floor is decided with exact rational arithmetic, so an allocation that
 * is exactly whole (2,981,250) is never floored to the tonne below. Immutable and thread-safe.
 */
public final class IntensityCoefficientPolicy implements AllocationPolicy<IndustrialUnit> {
  /** Within this distance of a whole tonne the floor is decided with exact fractions. */
  static final BigDecimal NEAR_WHOLE = new BigDecimal("1e-12");
  /**
   * The decimals to which the balance value BP is reported (half up), 4 [A]: the published precision of BP is not
   * stated; it is kept exact for the calculation. Read by {@link Allocation#balanceValueReported()} and
   * {@link Allocation#explain()}.
   */
  public static final RuleValue BP_DECIMALS = RuleValue.assumed("balance value reported, decimals (half up)", "4",
      "decimals", "precision of BP as published not stated; kept exact for the calculation");
  /** Special units are left out of the balance equation [A]. */
  private static final RuleValue SPECIALS_OUT_OF_BALANCE = RuleValue.assumed(
      "special units counted in the balance value (0 = left out)", "0", "flag",
      "allocation.md: special units are left out of the BP equation [A]");

  /** From 2027 non-Portland lines are listed (N26-A1 [V]); their allocation rule is unknown [A]. */
  private static final RuleValue NON_PORTLAND_FROM_2027 = RuleValue.assumed(
      "non-Portland clinker lines allocated by the cement method (1 = yes), 2027 on", "1", "flag",
      "N26-A1 lists them from 2027; their allocation rule is unknown: the Portland lines' method assumed");

  private final Sector sector;
  private final Year year;
  private final CoefficientRule rule;
  @Nullable private final Phase2 phase2;
  @Nullable private final RuleValue published;

  private IntensityCoefficientPolicy(Sector sector, Year year, CoefficientRule rule, @Nullable Phase2 phase2,
      @Nullable RuleValue published) {
    this.sector = sector;
    this.year = year;
    this.rule = rule;
    this.phase2 = phase2;
    this.published = published;
  }

  /**
   * The national policy of a sector and year: balanced 2025–2026, Phase 2 {@link Phase2#DEFAULT} from 2027.
   *
   * @param sector cement, steel or aluminum
   * <p>From the national rows; the rulebook of a year ({@link io.github.ets4j.allocation.Rulebook#chinaNational(Year)})
   * is the door to the rules of a year and assembles this with any replacement rows.
   *
   * @param year 2025 or later
   * @return the policy
   * @throws EtsValidationException if the sector is power or the year is before 2025
   */
  public static IntensityCoefficientPolicy chinaNational(Sector sector, Year year) {
    return chinaNational(sector, year, AllocationFigures.chinaNational());
  }

  /**
   * The policy of a sector and year read from a rule table (the national rows, or a rulebook's with replacement
   * rows): balanced to the last plan year, Phase 2 {@link Phase2#DEFAULT} after it.
   *
   * @param sector cement, steel or aluminum
   * @param year 2025 or later
   * @param table the rule table with the keys of {@link AllocationFigures}
   * @return the policy
   * @throws EtsValidationException if an argument is null, the sector is power or the year is before 2025
   */
  public static IntensityCoefficientPolicy chinaNational(Sector sector, Year year, RuleTable table) {
    Checks.notNull("sector", sector);
    if (sector == Sector.POWER) {
      throw new EtsValidationException("sector", sector, "the intensity-coefficient method is for cement, steel and aluminum");
    }
    CoefficientRule rule = CoefficientRule.chinaNational(year, table);
    Phase2 phase2 = PlanYears.isProjected(table, year) ? Phase2.tightening(RuleValue.fromTable(table,
        AllocationFigures.PHASE2_TIGHTENING_RATE, Phase2.DEFAULT.parameter().name(), year,
        "no Phase 2 rate for " + year + ": the last row carried forward")) : null;
    return new IntensityCoefficientPolicy(sector, year, rule, phase2, null);
  }

  /**
   * Returns this policy with another coefficient rule.
   *
   * @param newRule the rule
   * @return the new policy
   */
  public IntensityCoefficientPolicy withRule(CoefficientRule newRule) {
    return new IntensityCoefficientPolicy(sector, year, Checks.notNull("newRule", newRule), phase2, published);
  }

  /**
   * Returns this policy with a Phase 2 option (any year; a what-if before 2027).
   *
   * @param option the option
   * @return the new policy
   */
  public IntensityCoefficientPolicy withPhase2(Phase2 option) {
    return new IntensityCoefficientPolicy(sector, year, rule, Checks.notNull("option", option), published);
  }

  /**
   * Returns this policy balanced per sector (no Phase 2 option).
   *
   * @return the new policy
   */
  public IntensityCoefficientPolicy balanced() {
    return new IntensityCoefficientPolicy(sector, year, rule, null, published);
  }

  /**
   * Returns this policy with the sector's balance value as the authority published it (queryable on the
   * national carbon-market management platform, allocation.md [D]). Compliance allocations then compare each
   * unit with this figure instead of the BP solved from the units given; the solved BP is still computed and
   * reported beside it ({@link Allocation#solvedBalanceValue()}, {@link Allocation#balanceValueDifference()}).
   * Under the Phase 2 tightening the published figure is the value that is tightened; the best-share option
   * does not use a balance value, and the published one is only reported.
   *
   * @param value the published BP, tCO2e per t product (the sector's intensity basis), positive
   * @param source the notice or platform page it was read from, with its confidence
   * @return the new policy
   * @throws EtsValidationException if the value is null or not positive, or the source is null
   */
  public IntensityCoefficientPolicy withPublishedBalanceValue(BigDecimal value, Source source) {
    Checks.positive("value", value);
    Checks.notNull("source", source);
    return new IntensityCoefficientPolicy(sector, year, rule, phase2,
        RuleValue.of(sector.name().toLowerCase(Locale.ROOT) + " published balance value BP " + year, value,
            intensityUnit(sector), source));
  }

  /**
   * The unit of an industrial sector's intensity I and of its balance value BP (allocation.md "Cement, steel,
   * aluminum"): cement {@code E_line / clinker t}, steel {@code (E_ironmaking + E_sintering) / ironmaking product t},
   * aluminum {@code (E_anode + E_PFC) / aluminum liquid t}. Charts and tables of balance values label their axis
   * with it, so the unit is written in this one place.
   *
   * @param sector cement, steel or aluminum
   * @return {@code tCO2/t clinker}, {@code tCO2/t ironmaking product} or {@code tCO2e/t aluminum liquid}
   * @throws EtsValidationException if the sector is null or power (allocated with benchmarks, no intensity coefficient)
   */
  public static String intensityUnit(Sector sector) {
    Checks.notNull("sector", sector);
    switch (sector) {
      case CEMENT:
        return "tCO2/t clinker";
      case STEEL:
        return "tCO2/t ironmaking product";
      case ALUMINUM:
        return "tCO2e/t aluminum liquid";
      default:
        throw new EtsValidationException("sector", sector,
            "the intensity-coefficient method is for cement, steel and aluminum");
    }
  }

  /**
   * The published balance value, if one was given.
   *
   * @return the figure with its source, or empty when the policy solves BP from the units
   */
  public Optional<RuleValue> publishedBalanceValue() {
    return Optional.ofNullable(published);
  }

  /**
   * The coefficient rule.
   *
   * @return the rule
   */
  public CoefficientRule rule() {
    return rule;
  }

  /**
   * The Phase 2 option, if any.
   *
   * @return the option, or empty for the balanced method
   */
  public Optional<Phase2> phase2() {
    return Optional.ofNullable(phase2);
  }

  /**
   * The factor the balance value is multiplied by to give the level: under the Phase 2
   * {@link Phase2.Kind#TIGHTENING tightening} {@code r}, {@code (1 − r)^(year − }{@link Phase2#LAST_PHASE_1_YEAR}{@code )}
   * (none before 2027); 1 for the balanced method and for the best-share option (which uses no balance value).
   *
   * @return the factor, exact, positive
   */
  public BigDecimal tighteningFactor() {
    if (phase2 == null || phase2.kind() != Phase2.Kind.TIGHTENING) {
      return BigDecimal.ONE;
    }
    int years = Math.max(0, year.getValue() - Phase2.LAST_PHASE_1_YEAR.getValue());
    return BigDecimal.ONE.subtract(phase2.parameter().value()).pow(years);
  }

  /**
   * The best share of sector output whose output-weighted intensity is the level, under the Phase 2
   * {@link Phase2.Kind#BEST_SHARE best-share} option.
   *
   * @return the share, a fraction in (0, 1], or empty when the level is the (possibly tightened) balance value
   */
  public Optional<BigDecimal> bestShare() {
    return phase2 != null && phase2.kind() == Phase2.Kind.BEST_SHARE ? Optional.of(phase2.parameter().value())
        : Optional.empty();
  }

  @Override
  public AllocationMethod method() {
    return phase2 == null ? AllocationMethod.INTENSITY_COEFFICIENT : AllocationMethod.PHASE_2_ADVANCED_LEVEL;
  }

  @Override
  public Sector sector() {
    return sector;
  }

  @Override
  public Year year() {
    return year;
  }

  /**
   * Tells why a unit is special under this year's rule.
   *
   * @param unit the unit
   * @return the reason, or empty for an ordinary unit
   */
  public Optional<IndustrySpecialUnit> specialReason(IndustrialUnit unit) {
    Checks.notNull("unit", unit);
    if (unit.special().isPresent()) {
      return unit.special();
    }
    if (unit.sector() == Sector.CEMENT && unit.carbideSlagRate().isPresent()
        && unit.carbideSlagRate().get().compareTo(rule.carbideSlagThreshold().value()) > 0) {
      return Optional.of(IndustrySpecialUnit.CARBIDE_SLAG);
    }
    return Optional.empty();
  }

  /**
   * The level the units are compared with: BP (balanced), the best-share level, or the tightened BP.
   *
   * @param ordinary the ordinary units of the sector
   * @return the level at {@link BalanceValue#CONTEXT} precision
   */
  public BigDecimal level(List<IndustrialUnit> ordinary) {
    Checks.notNull("ordinary", ordinary);
    BigDecimal[] intensities = new BigDecimal[ordinary.size()];
    for (int i = 0; i < intensities.length; i++) {
      intensities[i] = BalanceValue.intensity(Checks.element("ordinary", i, ordinary.get(i)));
    }
    return levelOf(ordinary, intensities).value;
  }

  private Level levelOf(List<IndustrialUnit> ordinary, BigDecimal[] intensities) {
    return levelOf(ordinary, intensities, solvedOrNull(ordinary, intensities));
  }

  /** The BP the data give, when the level or the report needs it (not for best share without a published BP). */
  @Nullable
  private Level solvedOrNull(List<IndustrialUnit> ordinary, BigDecimal[] intensities) {
    boolean bestShare = phase2 != null && phase2.kind() == Phase2.Kind.BEST_SHARE;
    return bestShare && published == null ? null : BalanceValue.solveLevel(ordinary, intensities, rule);
  }

  private Level levelOf(List<IndustrialUnit> ordinary, BigDecimal[] intensities, @Nullable Level solved) {
    Optional<BigDecimal> share = bestShare();
    if (share.isPresent()) {
      return BalanceValue.bestShare(ordinary, share.get());
    }
    // Not best share, so the BP was solved: solvedOrNull only skips it for best share.
    Level solvedLevel = Checks.notNull("solved", solved);
    Level balanced = published == null ? solvedLevel : publishedLevel(published.value());
    if (phase2 == null) {
      return balanced;
    }
    BigDecimal factor = tighteningFactor();
    return new Level(balanced.value.multiply(factor, BalanceValue.CONTEXT),
        () -> balanced.exact().multiply(Rational.of(factor)));
  }

  private static Level publishedLevel(BigDecimal value) {
    return new Level(value, () -> Rational.of(value));
  }

  @Override
  public Allocation allocate(List<? extends IndustrialUnit> allUnits) {
    Map<String, List<IndustrialUnit>> allGroups = AllocationUnits.byEntity(allUnits);
    // Producers not on the year's list (non-Portland clinker 2024-2026, electric-arc-only steel) report only:
    // they stand beside the allocation and stay out of BP and of every total.
    IndustryScope scope = IndustryScope.of(allUnits, year);
    List<IndustrialUnit> units = scope.listed();
    Map<String, List<IndustrialUnit>> groups = scope.reportOnly().isEmpty() ? allGroups
        : units.isEmpty() ? Map.of() : AllocationUnits.byEntity(units);
    List<IndustrialUnit> ordinary = new ArrayList<>(units.size());
    for (IndustrialUnit unit : allUnits) {
      if (unit.sector() != sector) {
        throw new EtsValidationException("unit " + unit.id() + " sector", unit.sector(),
            "this policy allocates " + sector + " units only");
      }
    }
    // Special units stay out of the balance equation unless the (ASSUMED) flag says they are counted.
    boolean specialsCounted = SPECIALS_OUT_OF_BALANCE.value().signum() != 0;
    for (IndustrialUnit unit : units) {
      if (specialsCounted || specialReason(unit).isEmpty()) {
        ordinary.add(unit);
      }
    }
    Level level = null;
    Level solved = null;
    // One division per unit: the intensity is computed once and shared by the solver and the allocation.
    BigDecimal[] intensities = new BigDecimal[ordinary.size()];
    if (!ordinary.isEmpty()) {
      BalanceValue.requireBalanceable(ordinary);
      for (int i = 0; i < intensities.length; i++) {
        intensities[i] = BalanceValue.intensity(ordinary.get(i));
      }
      solved = solvedOrNull(ordinary, intensities);
      level = levelOf(ordinary, intensities, solved);
    }
    // One screen per sector: the doubles of the rule and of BP.
    FloorScreen screen = level == null ? null : new FloorScreen(rule, level.value);
    Intensities intensityOf = new Intensities(ordinary, intensities);
    List<EntityAllocation> entities = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<IndustrialUnit>> group : groups.entrySet()) {
      List<UnitAllocation> results = new ArrayList<>(group.getValue().size());
      for (IndustrialUnit unit : group.getValue()) {
        Optional<IndustrySpecialUnit> special = specialReason(unit);
        results.add(allocateUnit(unit, special, level, screen,
            specialsCounted || special.isEmpty() ? intensityOf.next(unit) : null));
      }
      // The sums of the units' verified emissions and allocations, as adding them one by one to zero gives.
      entities.add(EntityAllocation.of(group.getKey(), AllocationUnits.sum(results, false),
          AllocationUnits.sum(results, true), BigDecimal.ZERO, results));
    }
    return Allocation.of(sector, year, method(), entities,
        level == null ? Optional.empty() : Optional.of(level.value), Optional.ofNullable(published),
        solved == null ? Optional.empty() : Optional.of(solved.value)).withReportOnly(scope.reportOnly());
  }

  /**
   * The intensities of the ordinary units, handed to the allocation of each unit in the order of the entity groups.
   * When every entity's units come together in the list (the national data, a market file), that order is the
   * ordinary units' own order: the next unit asked for is the next ordinary unit, checked by identity, and no table
   * is built. The first unit out of that order builds the table by identity once, and it answers from then on.
   * Confined to one allocation; not thread-safe.
   */
  private static final class Intensities {
    private final List<IndustrialUnit> ordinary;
    private final BigDecimal[] values;
    private int next;
    @Nullable private Map<IndustrialUnit, BigDecimal> byUnit;

    Intensities(List<IndustrialUnit> ordinary, BigDecimal[] values) {
      this.ordinary = ordinary;
      this.values = values;
    }

    /** The intensity of an ordinary unit, or null for a unit not among them (it was not solved for). */
    @Nullable
    BigDecimal next(IndustrialUnit unit) {
      Map<IndustrialUnit, BigDecimal> table = byUnit;
      if (table == null) {
        if (next < values.length && ordinary.get(next) == unit) {
          return values[next++];
        }
        table = new IdentityHashMap<>(values.length);
        for (int i = 0; i < values.length; i++) {
          table.put(ordinary.get(i), values[i]);
        }
        byUnit = table;
      }
      return table.get(unit);
    }
  }

  private IndustryUnitAllocation allocateUnit(IndustrialUnit unit, Optional<IndustrySpecialUnit> special,
      @Nullable Level levelOrNull, @Nullable FloorScreen screenOrNull, @Nullable BigDecimal intensityOrNull) {
    if (special.isPresent()) {
      BigDecimal verified = unit.verifiedEmissions();
      return new IndustryUnitAllocation(unit, special.get(), BigDecimal.ZERO, BigDecimal.ZERO,
          UnitFigures.known(BigDecimal.ZERO, BigDecimal.ZERO, verified), AllocationUnits.WHOLE_TONNES_FLOOR.round(verified));
    }
    // Every ordinary unit has a level: it was solved from the ordinary units, this one among them.
    Level level = Checks.notNull("level", levelOrNull);
    BigDecimal intensity = Checks.notNull("intensity", intensityOrNull);
    UnitFigures figures = UnitFigures.of(rule, intensity, level.reciprocal(), unit.verifiedEmissions());
    long screened = Checks.notNull("screen", screenOrNull).floor(unit.verifiedEmissions(), unit.intensityEmissions(),
        unit.output());
    if (screened != FloorScreen.UNDECIDED) {
      // The doubles decided the floor: X, α and E (1 + α) are computed only if read.
      return new IndustryUnitAllocation(unit, null, intensity, level.value, figures, BigDecimal.valueOf(screened));
    }
    BigDecimal deviation = figures.deviation();
    BigDecimal unrounded = figures.unrounded();
    BigDecimal floored = AllocationUnits.WHOLE_TONNES_FLOOR.round(unrounded);
    BigDecimal fraction = unrounded.subtract(floored);
    if ((fraction.compareTo(NEAR_WHOLE) < 0 || fraction.compareTo(BigDecimal.ONE.subtract(NEAR_WHOLE)) > 0)
        && !clearlySaturated(deviation)) {
      // 34 digits cannot tell which side of a whole tonne the exact value lies (e.g. an exact 2,981,250
      // computed as 2,981,249.99…): decide the floor with exact fractions.
      floored = exactFloor(unit, level.exact());
    }
    return new IndustryUnitAllocation(unit, null, intensity, level.value, figures, floored);
  }

  /** Far enough beyond the band that α is exactly ± the cap, so E × (1 + α) is already exact. */
  private boolean clearlySaturated(BigDecimal deviation) {
    return deviation.abs().subtract(rule.band().value()).compareTo(NEAR_WHOLE) > 0;
  }

  private BigDecimal exactFloor(IndustrialUnit unit, Rational level) {
    Rational x = Rational.ONE.subtract(Rational.of(unit.intensityEmissions()).divide(Rational.of(unit.output()))
        .divide(level));
    Rational alpha = rule.alpha(x);
    return Rational.of(unit.verifiedEmissions()).multiply(Rational.ONE.add(alpha)).floor();
  }

  @Override
  public List<RuleValue> ruleValues() {
    List<RuleValue> all = new ArrayList<>(rule.ruleValues());
    all.add(BP_DECIMALS);
    all.add(SPECIALS_OUT_OF_BALANCE);
    if (phase2 != null) {
      all.add(phase2.parameter());
    }
    if (published != null) {
      all.add(published);
    }
    if (sector == Sector.CEMENT && !ProducerClass.NON_PORTLAND_CLINKER.reportOnlyIn(year)) {
      all.add(NON_PORTLAND_FROM_2027);
    }
    return all;
  }

  @Override
  public String toString() {
    return "IntensityCoefficientPolicy[" + sector + " " + year + (phase2 == null ? "" : " " + phase2)
        + (published == null ? "" : " published BP " + published.value().toPlainString()) + "]";
  }
}
