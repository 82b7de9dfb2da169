package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.AllocationPolicy;
import io.github.ets4j.allocation.AllocationFigures;
import io.github.ets4j.allocation.AllocationUnits;
import io.github.ets4j.allocation.EntityAllocation;
import io.github.ets4j.allocation.PlanYears;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Precision;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleTable;
import io.github.ets4j.core.rules.YearTable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The power benchmark method of one compliance year, with unit and entity relief.
 *
 * <p>From 2023 (PLAN-POWER-2324 [V], PLAN-2526-DRAFT [D]): {@code Ae = floor(Qe × Be × Ff)},
 * {@code Ah = floor(Qh × Bh)}, {@code A = Ae + Ah}; Ff ({@link LoadCorrection}, 6 decimals half up) only for
 * categories I and II. 2019–2022 (supply basis, secondary and recalled: the factors are ASSUMED):
 * {@code Ae = floor(Q_supplied × Be × F_cool × F_heat × F_load)} with F_cool 1.05 for air-cooled coal units,
 * F_heat {@code 1 − 0.22 × heat ratio} (coal) or {@code 1 − 0.6 × heat ratio} (gas) and F_load for I and II.
 * Special units get their verified emissions (floored). Relief: a gas unit below its verified emissions is
 * topped up to them; then an entity whose initial allocation is below 80 % of its verified emissions is
 * topped up to {@code floor(0.8 × verified)}.
 *
 * <p>{@code Ae} is computed from exact products (no rounding before the floor). Derive what-if policies
 * with {@link #withBenchmarks(BenchmarkSet)}, {@link #withBenchmarkScale(BigDecimal)},
 * {@link #withEntityCap(BigDecimal)} and {@link #withGasTopUp(boolean)}. Immutable and thread-safe.
 */
public final class PowerBenchmarkPolicy implements AllocationPolicy<GeneratingUnit> {
  private static final Precision FLOOR = AllocationUnits.WHOLE_TONNES_FLOOR;
  /** Relative margin by which the doubles must show an entity above its floor to skip the exact top-up. */
  private static final double TOP_UP_MARGIN = 1e-12;
  /** The load correction of each year: supply basis to 2022, the Ff 2023 formula 2023–2024, Ff 2025 from 2025. */
  private static final YearTable<LoadCorrection> CORRECTION = YearTable.starting(2019, LoadCorrection.SUPPLY_2019)
      .from(2023, LoadCorrection.EXPONENT_2023).from(2025, LoadCorrection.EXPONENTIAL_2025);
  private static final Source SUPPLY_SOURCE =
      Source.of("SECONDARY", "2019-2022 supply-basis factors, recalled", Confidence.ASSUMED);

  private final Year year;
  private final BenchmarkSet benchmarks;
  private final LoadCorrection loadCorrection;
  private final RuleValue entityCap;
  private final boolean gasTopUp;
  private final List<RuleValue> supplyFactors;
  private final List<RuleValue> roundingRules;
  /** The constants of the load correction as read for the year (the national rows or replacement rows). */
  private final List<RuleValue> correctionConstants;
  /** Be and Bh of each category (by ordinal), read from the benchmark set once, not per unit. */
  private final BigDecimal[] electricityBenchmark;
  private final BigDecimal[] heatBenchmark;
  /**
   * Whether no plan is published for the year in the rule table the policy was read from, so the last plan's Ff
   * formula is carried forward. Read from the table (its last-plan-year row), not from the national rows, so a
   * replacement row that publishes a later plan year clears it.
   */
  private final boolean projected;

  private PowerBenchmarkPolicy(Year year, BenchmarkSet benchmarks, LoadCorrection loadCorrection,
      RuleValue entityCap, boolean gasTopUp, List<RuleValue> roundingRules, List<RuleValue> correctionConstants,
      boolean projected) {
    this.projected = projected;
    this.correctionConstants = correctionConstants;
    this.year = year;
    this.roundingRules = roundingRules;
    this.benchmarks = benchmarks;
    this.loadCorrection = loadCorrection;
    this.entityCap = entityCap;
    this.gasTopUp = gasTopUp;
    UnitCategory[] categories = UnitCategory.values();
    this.electricityBenchmark = new BigDecimal[categories.length];
    this.heatBenchmark = new BigDecimal[categories.length];
    for (UnitCategory category : categories) {
      electricityBenchmark[category.ordinal()] = benchmarks.electricity(category).value();
      heatBenchmark[category.ordinal()] = benchmarks.heat(category).value();
    }
    this.supplyFactors = benchmarks.basis() == OutputBasis.SUPPLIED
        ? List.of(RuleValue.of("cooling factor, air-cooled", "1.05", "", SUPPLY_SOURCE),
            RuleValue.of("heat factor slope, coal", "0.22", "per unit heat ratio", SUPPLY_SOURCE),
            RuleValue.of("heat factor slope, gas", "0.6", "per unit heat ratio", SUPPLY_SOURCE))
        : List.of();
  }

  /**
   * The national power policy of a compliance year.
   *
   * <p>From the national rows; the rulebook of a year ({@link io.github.ets4j.allocation.Rulebook#chinaNational(Year)})
   * is the door to the rules of a year and assembles this with any replacement rows.
   *
   * @param year the compliance year, 2019 or later
   * @return the policy: supply basis 2019–2022, Ff 2023 formula for 2023–2024, Ff 2025 formula from 2025
   * @throws EtsValidationException if the year is before 2019
   */
  public static PowerBenchmarkPolicy chinaNational(Year year) {
    return chinaNational(year, AllocationFigures.chinaNational());
  }

  /**
   * The power policy of a compliance year read from a rule table (the national rows, or a rulebook's with
   * replacement rows); a year after the table's last row takes the last row's figures, marked ASSUMED.
   *
   * @param year the compliance year, 2019 or later
   * @param table the rule table with the keys of {@link AllocationFigures}
   * @return the policy
   * @throws EtsValidationException if an argument is null or the year is before 2019
   */
  public static PowerBenchmarkPolicy chinaNational(Year year, RuleTable table) {
    BenchmarkSet set = PowerBenchmarks.forYear(year, table);
    RuleValue cap = RuleValue.fromTable(table, AllocationFigures.POWER_ENTITY_FLOOR,
        "power entity allocation floor (share of verified)", year,
        "no plan for " + year + ": 2026 draft rule carried forward");
    String why = "the PLAN-2526-DRAFT rounding assumed for " + year;
    List<RuleValue> rounding = List.of(
        RuleValue.fromTable(table, AllocationFigures.POWER_FF_DECIMALS, "Ff rounding, decimals (half up)", year, why),
        RuleValue.fromTable(table, AllocationFigures.POWER_ALLOCATION_DECIMALS,
            "power allocation rounding, decimals (floor: Ae, Ah, unit, entity top-up)", year, why));
    LoadCorrection correction = CORRECTION.at(year);
    List<RuleValue> constants = new ArrayList<>();
    for (int i = 0; i < correction.ruleValues().size(); i++) {
      constants.add(RuleValue.fromTable(table, correction.key(i), correction.ruleValues().get(i).name(), year,
          "no plan for " + year + ": the last load-correction constants carried forward"));
    }
    return new PowerBenchmarkPolicy(year, set, correction, cap, true, rounding, List.copyOf(constants),
        PlanYears.isProjected(table, year));
  }

  /**
   * Returns this policy with another benchmark set.
   *
   * @param set the benchmarks
   * @return the new policy
   */
  public PowerBenchmarkPolicy withBenchmarks(BenchmarkSet set) {
    Checks.notNull("set", set);
    return new PowerBenchmarkPolicy(year, set, loadCorrection, entityCap, gasTopUp, roundingRules,
        correctionConstants, projected);
  }

  /**
   * Returns this policy with every benchmark multiplied by a factor (what-if, marked ASSUMED).
   *
   * @param factor the factor, positive
   * @return the new policy
   * @throws EtsValidationException if the factor is not positive
   */
  public PowerBenchmarkPolicy withBenchmarkScale(BigDecimal factor) {
    return withBenchmarks(benchmarks.scaled(factor));
  }

  /**
   * Returns this policy with another entity floor (share of verified emissions below which an entity is
   * topped up), marked ASSUMED.
   *
   * @param share the share, a fraction; zero switches the entity top-up off
   * @return the new policy
   * @throws EtsValidationException if the share is outside [0, 1]
   */
  public PowerBenchmarkPolicy withEntityCap(BigDecimal share) {
    Checks.fraction("share", share);
    return new PowerBenchmarkPolicy(year, benchmarks, loadCorrection,
        entityCap.withAssumedValue(share, "what-if: entity floor " + share.toPlainString()), gasTopUp,
        roundingRules, correctionConstants, projected);
  }

  /**
   * Returns this policy with the gas-unit top-up on or off.
   *
   * @param enabled whether gas units below verified emissions are topped up
   * @return the new policy
   */
  public PowerBenchmarkPolicy withGasTopUp(boolean enabled) {
    return new PowerBenchmarkPolicy(year, benchmarks, loadCorrection, entityCap, enabled, roundingRules,
        correctionConstants, projected);
  }

  /**
   * Returns this policy with another load correction.
   *
   * @param correction the correction
   * @return the new policy
   */
  public PowerBenchmarkPolicy withLoadCorrection(LoadCorrection correction) {
    return new PowerBenchmarkPolicy(year, benchmarks, Checks.notNull("correction", correction), entityCap, gasTopUp,
        roundingRules, correction.ruleValues(), projected);
  }

  @Override
  public AllocationMethod method() {
    return AllocationMethod.POWER_BENCHMARK;
  }

  @Override
  public Sector sector() {
    return Sector.POWER;
  }

  @Override
  public Year year() {
    return year;
  }

  /**
   * The benchmarks in use.
   *
   * @return the benchmark set
   */
  public BenchmarkSet benchmarks() {
    return benchmarks;
  }

  /**
   * The load correction in use.
   *
   * @return the correction
   */
  public LoadCorrection loadCorrection() {
    return loadCorrection;
  }

  /**
   * The load (peak-shaving) factor of a conventional coal unit with this load factor, by the year's formula and
   * its constants as this policy read them (replacement rows included).
   *
   * @param loadFactor the load factor F, a fraction in [0, 1]
   * @return the factor, half up to 6 decimals
   * @throws EtsValidationException if F is null or outside [0, 1]
   */
  public BigDecimal loadCorrectionFactor(BigDecimal loadFactor) {
    return loadCorrection.factor(loadFactor, correctionConstants);
  }

  /**
   * The entity floor: share of verified emissions below which an entity is topped up.
   *
   * @return the rule value (0.8)
   */
  public RuleValue entityCap() {
    return entityCap;
  }

  /**
   * Tells whether the gas-unit top-up is on: a gas unit (category IV) whose allocation is below its verified
   * emissions is topped up to them (on in the national policy of every year; {@link #withGasTopUp(boolean)}
   * switches it).
   *
   * @return true if the top-up applies
   */
  public boolean gasTopUp() {
    return gasTopUp;
  }

  /**
   * Tells whether a unit of a category, allocated below its verified emissions, is topped up to them: a gas
   * unit (IV) while {@link #gasTopUp()} is on, never a coal unit.
   *
   * @param category the unit's category
   * @return true if such a unit is topped up
   */
  public boolean topsUp(UnitCategory category) {
    return gasTopUp && Checks.notNull("category", category) == UnitCategory.IV;
  }

  /**
   * Allocates one unit, with the gas-unit top-up but without entity relief.
   *
   * @param unit the unit
   * @return the unit's allocation
   * @throws EtsValidationException if a conventional coal unit has no load factor, or a 2019–2022 unit has
   *     no electricity supplied
   */
  public PowerUnitAllocation allocateUnit(GeneratingUnit unit) {
    Checks.notNull("unit", unit);
    UnitCategory category = unit.category();
    BigDecimal be = electricityBenchmark[category.ordinal()];
    BigDecimal bh = heatBenchmark[category.ordinal()];
    if (unit.isSpecial()) {
      return new PowerUnitAllocation(unit, benchmarks.basis(), BigDecimal.ZERO, be, BigDecimal.ONE, BigDecimal.ZERO,
          bh, BigDecimal.ZERO, FLOOR.round(unit.verifiedEmissions()));
    }
    BigDecimal output;
    BigDecimal factor;
    if (benchmarks.basis() == OutputBasis.GROSS_GENERATION) {
      output = unit.grossGenerationMwh();
      factor = category.isConventionalCoal() ? loadCorrection.factor(requireLoad(unit), correctionConstants) : BigDecimal.ONE;
    } else {
      output = unit.suppliedElectricityMwh().orElseThrow(() -> new EtsValidationException(
          "suppliedElectricityMwh", "empty", "the " + year + " benchmark multiplies electricity supplied: give it"));
      factor = supplyFactor(unit, category);
    }
    // floor(Qe x Be x Ff) and floor(Qh x Bh), decided on doubles where their error bound allows (same digits).
    BigDecimal ae = ProductFloor.of(output, be, factor);
    BigDecimal ah = ProductFloor.of(unit.heatSuppliedGj(), bh);
    // A gas unit below its verified emissions is topped up to them (never down).
    BigDecimal topUp = topsUp(category)
        ? FLOOR.round(unit.verifiedEmissions()).subtract(ae.add(ah)).max(BigDecimal.ZERO) : BigDecimal.ZERO;
    return new PowerUnitAllocation(unit, benchmarks.basis(), output, be, factor, ae, bh, ah, topUp);
  }

  private BigDecimal requireLoad(GeneratingUnit unit) {
    return unit.loadFactor().orElseThrow(() -> new EtsValidationException("loadFactor", "empty",
        "unit " + unit.id() + " is conventional coal (category " + unit.category() + "): its load factor sets Ff"));
  }

  private BigDecimal supplyFactor(GeneratingUnit unit, UnitCategory category) {
    BigDecimal cooling = category.isCoal() && unit.cooling() == Cooling.AIR ? supplyFactors.get(0).value() : BigDecimal.ONE;
    BigDecimal slope = category.isCoal() ? supplyFactors.get(1).value() : supplyFactors.get(2).value();
    BigDecimal heat = BigDecimal.ONE.subtract(slope.multiply(unit.heatRatio()));
    BigDecimal load = category.isConventionalCoal() ? loadCorrection.factor(requireLoad(unit), correctionConstants) : BigDecimal.ONE;
    return cooling.multiply(heat).multiply(load);
  }

  /**
   * Allocates the units of one entity, with the gas-unit top-up and the entity top-up.
   *
   * @param units the entity's units; not empty, one entity, ids unique
   * @return the entity's allocation
   * @throws EtsValidationException if the list is empty, mixes entities, or repeats a unit
   */
  public EntityAllocation allocateEntity(List<GeneratingUnit> units) {
    Map<String, List<GeneratingUnit>> groups = AllocationUnits.byEntity(units);
    if (groups.size() != 1) {
      throw new EtsValidationException("units", groups.keySet(), "allocateEntity takes the units of one entity");
    }
    Map.Entry<String, List<GeneratingUnit>> only = groups.entrySet().iterator().next();
    return entity(only.getKey(), only.getValue());
  }

  private EntityAllocation entity(String entityId, List<GeneratingUnit> units) {
    List<UnitAllocation> results = new ArrayList<>(units.size());
    for (GeneratingUnit unit : units) {
      results.add(allocateUnit(unit));
    }
    // The sums of the units' verified emissions and allocations, as adding them one by one to zero gives.
    BigDecimal verified = AllocationUnits.sum(results, false);
    BigDecimal initial = AllocationUnits.sum(results, true);
    BigDecimal topUp = entityTopUp(verified, initial, entityCap.value());
    return EntityAllocation.of(entityId, verified, initial, topUp, results);
  }

  /**
   * The entity top-up {@code max(floor(V × cap) − initial, 0)}, as {@link #entityTopUpExact} computes it, value and
   * scale. Most entities are allocated well above the floor: when the doubles show {@code V × cap} below the initial
   * allocation by more than their error, the floor is below it too, the difference negative, and the top-up is
   * {@code BigDecimal.ZERO}, the zero {@code max} returns then; the product and its rounding are skipped. The doubles
   * of V, cap, their product and the initial allocation are each within 2^-53 (relative) of the exact values while
   * all are finite, about 4.4e-16 in all; the margin is 1e-12. Otherwise (a top-up near or above zero, an initial
   * allocation of zero or less, figures beyond the doubles' range) the exact route decides.
   * {@code EntityTopUpProperties} checks the two against each other.
   *
   * @param verified the entity's verified emissions V, t, zero or more
   * @param initial its initial allocation, t, zero or more
   * @param cap the entity floor's share of V, a fraction
   * @return the top-up, t
   */
  static BigDecimal entityTopUp(BigDecimal verified, BigDecimal initial, BigDecimal cap) {
    double product = verified.doubleValue() * cap.doubleValue();
    double whole = initial.doubleValue();
    if (whole > 0 && Double.isFinite(product) && Double.isFinite(whole) && product < whole * (1 - TOP_UP_MARGIN)) {
      return BigDecimal.ZERO;
    }
    return entityTopUpExact(verified, initial, cap);
  }

  /** The entity top-up by the formula's exact steps: the reference of {@link #entityTopUp}. */
  static BigDecimal entityTopUpExact(BigDecimal verified, BigDecimal initial, BigDecimal cap) {
    // The initial allocation is whole (a sum of floored units), so it is below the floor exactly when it is
    // below the floored floor: the top-up is what lifts it there, never negative.
    return FLOOR.round(verified.multiply(cap)).subtract(initial).max(BigDecimal.ZERO);
  }

  @Override
  public Allocation allocate(List<? extends GeneratingUnit> units) {
    Map<String, List<GeneratingUnit>> groups = AllocationUnits.byEntity(units);
    List<EntityAllocation> entities = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<GeneratingUnit>> group : groups.entrySet()) {
      entities.add(entity(group.getKey(), group.getValue()));
    }
    return Allocation.of(Sector.POWER, year, method(), entities, Optional.empty());
  }

  @Override
  public List<RuleValue> ruleValues() {
    List<RuleValue> all = new ArrayList<>(benchmarks.ruleValues());
    all.addAll(correctionConstants);
    all.addAll(supplyFactors);
    all.add(entityCap);
    all.addAll(roundingRules);
    if (projected) {
      all.add(RuleValue.assumed("power load correction " + year + ": 2025-2026 Ff formula carried forward", "1", "flag",
          "no power plan after 2026"));
    }
    return all;
  }

  @Override
  public String toString() {
    return "PowerBenchmarkPolicy[" + year + ", " + benchmarks.basis() + ", " + loadCorrection + "]";
  }
}
