package io.github.ets4j.study;

import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.allocation.power.BenchmarkSet;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The exact rules as a study needs them: the exact allocation of a sector-year (the allocation module
 * itself), and the regulatory parameters that the fast engine reads once at setup so that it never types
 * a regulatory number of its own. The parameters are the allocation model's own getters and types (its
 * methods, unit categories, policies); the study keeps no parallel copy of a rule.
 *
 * <p>Implementations must be immutable and thread-safe, and their parameters must be those their exact
 * allocation uses (the fast = exact property test holds them to it).
 */
public interface StudyRules {

  /**
   * How a sector is allocated in a year: the allocation model's own method.
   *
   * @param year the compliance year
   * @param sector the sector
   * @return the method, or empty if the sector is not covered that year (its units get nothing and are left out of
   *     the results)
   */
  Optional<AllocationMethod> method(Year year, Sector sector);

  /**
   * Power: the electricity benchmark Be of a unit, tCO2/MWh (by its category and the year).
   *
   * @param year the compliance year
   * @param unit the power unit
   * @return Be
   */
  BigDecimal electricityBenchmark(Year year, MarketUnit unit);

  /**
   * Power: the benchmark set of the year, every unit category (electricity, tCO2/MWh; heat, tCO2/GJ): the same
   * benchmarks {@link #electricityBenchmark(Year, MarketUnit)} and {@link #heatBenchmark(Year, MarketUnit)} give a
   * unit of that category. The study records them per year ({@link SectorYearResult#powerBenchmarks()}) and draws
   * their path.
   *
   * @param year the compliance year
   * @return the benchmark set
   */
  BenchmarkSet powerBenchmarks(Year year);

  /**
   * Power: the peak-shaving factor Ff of a unit, rounded as the rules say (1 where it does not apply).
   *
   * @param year the compliance year
   * @param unit the power unit
   * @return Ff
   */
  BigDecimal peakShavingFactor(Year year, MarketUnit unit);

  /**
   * Power: the heat benchmark Bh of a unit, tCO2/GJ (coal or gas by its category).
   *
   * @param year the compliance year
   * @param unit the power unit
   * @return Bh
   */
  BigDecimal heatBenchmark(Year year, MarketUnit unit);

  /**
   * Power: tells whether a unit allocated below its verified emissions is topped up to them (the gas-unit
   * top-up: category IV while the year's policy has it on).
   *
   * @param year the compliance year
   * @param unit the power unit
   * @return true if the unit is topped up
   */
  boolean topsUp(Year year, MarketUnit unit);

  /**
   * The project assumptions (confidence ASSUMED) among the rule values in force in a year, for the run manifest.
   *
   * @param year the compliance year
   * @return the assumed rule values, without repeats; empty if the rules assume nothing
   */
  List<RuleValue> assumptions(Year year);

  /**
   * The share of an entity's verified emissions below which its allocation is topped up (0.80 for power),
   * if the sector has such relief.
   *
   * @param year the compliance year
   * @param sector the sector
   * @return the fraction, or empty
   */
  Optional<BigDecimal> entityReliefFraction(Year year, Sector sector);

  /**
   * Industry: the allocation model's intensity-coefficient policy of a sector-year, whose getters give the
   * coefficient rule ({@link IntensityCoefficientPolicy#rule()}: slope, band, cap), the level's definition
   * ({@link IntensityCoefficientPolicy#bestShare()}, {@link IntensityCoefficientPolicy#tighteningFactor()}) and
   * a published balance value if one is given; only asked when {@link #method(Year, Sector)} is
   * {@link AllocationMethod#INTENSITY_COEFFICIENT} or {@link AllocationMethod#PHASE_2_ADVANCED_LEVEL}.
   *
   * @param year the compliance year
   * @param sector the sector
   * @return the policy
   */
  IntensityCoefficientPolicy industry(Year year, Sector sector);

  /**
   * Tells whether the rules of a year are projected (no published allocation plan for the year). By default
   * a year after {@link io.github.ets4j.allocation.PlanYears#LAST_PLAN_YEAR}.
   *
   * @param year the compliance year
   * @return true if the year's rules are carried forward with ASSUMED parameters
   */
  default boolean isProjected(Year year) {
    return io.github.ets4j.allocation.PlanYears.isProjected(year);
  }

  /**
   * The compliance rules of a year (the CCER offset cap), with which the study settles every entity-year. By
   * default the national rules, {@link ComplianceRules#chinaNational(Year)}.
   *
   * @param year the compliance year
   * @return the rules
   */
  default ComplianceRules compliance(Year year) {
    return ComplianceRules.chinaNational(year);
  }

  /**
   * Allocates the units of one sector in one year exactly (BigDecimal, the regulation's rounding).
   *
   * @param year the compliance year
   * @param sector the sector
   * @param units the sector's units of that year, at least one
   * @return the exact allocation
   */
  SectorAllocation allocate(Year year, Sector sector, List<MarketUnit> units);
}
