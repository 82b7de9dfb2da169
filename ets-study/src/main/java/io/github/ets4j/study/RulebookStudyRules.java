package io.github.ets4j.study;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.AllocationPolicy;
import io.github.ets4j.allocation.EntityAllocation;
import io.github.ets4j.allocation.Phase2;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IndustrySpecialUnit;
import io.github.ets4j.allocation.industry.IndustryUnitAllocation;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.allocation.power.BenchmarkSet;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.PowerBenchmarkPolicy;
import io.github.ets4j.allocation.power.PowerSpecialUnit;
import io.github.ets4j.allocation.power.PowerUnitAllocation;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Percent;
import io.github.ets4j.core.unit.Share;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The study rules of China's national ETS: for each year the {@link Rulebook#chinaNational(Year)}, with
 * the scenario's parameters applied, allocates exactly (the exact engine) and hands its parameters to
 * the fast engine.
 *
 * <p>Scenario parameters become rulebook derivations: the Phase 2 percentile {@code p} becomes
 * {@code withPhase2(Phase2.bestShare(p / 100))} and the Phase 2 tightening {@code r}
 * {@code withPhase2(Phase2.tightening(r / 100))} (from 2027; the percentile wins if both are given); the
 * power benchmark tightening {@code t} scales the benchmarks of each year after 2026 by {@code (1 − t /
 * 100)^(year − 2026)}; then the scenario's {@link Scenario#rulebookOverride()} is applied.
 *
 * <p>Market units become the allocation module's units: power category {@code I}–{@code IV}, load factor
 * percent / 100, gross generation and heat; industry verified and intensity emissions and output. A
 * {@code special} kind is already one of the module's special-unit names ({@link SpecialKinds}). Every parameter the
 * fast engine needs is read through the public getters of the year's rulebook and policies (no probe, no copy of a
 * rule). Rulebooks are built once per year and cached. Immutable in behaviour and thread-safe.
 */
public final class RulebookStudyRules implements StudyRules {
  private final Scenario scenario;
  private final Map<Year, Rulebook> rulebooks = new ConcurrentHashMap<>();

  private RulebookStudyRules(Scenario scenario) {
    this.scenario = scenario;
  }

  /**
   * Creates the rules for a scenario.
   *
   * @param scenario the scenario whose rulebook parameters apply
   * @return the rules
   */
  public static RulebookStudyRules of(Scenario scenario) {
    return new RulebookStudyRules(Checks.notNull("scenario", scenario));
  }

  /**
   * The rulebook in force in a study year, with the scenario's parameters applied.
   *
   * @param year the compliance year
   * @return the rulebook
   * @throws EtsValidationException if the year is before the national ETS
   */
  public Rulebook rulebook(Year year) {
    return rulebooks.computeIfAbsent(Checks.notNull("year", year), this::build);
  }

  private Rulebook build(Year year) {
    Rulebook rulebook = Rulebook.chinaNational(year);
    int beyond = year.getValue() - Phase2.LAST_PHASE_1_YEAR.getValue();
    if (beyond > 0) {
      if (scenario.phase2Percentile().isPresent()) {
        rulebook = rulebook.withPhase2(Phase2.bestShare(Share.ofPercent(scenario.phase2Percentile().get()).fraction()));
      } else if (scenario.phase2TighteningPercent().isPresent()) {
        rulebook = rulebook.withPhase2(Phase2.tightening(Share.ofPercent(scenario.phase2TighteningPercent().get()).fraction()));
      }
      if (scenario.powerBenchmarkTighteningPercent().signum() > 0) {
        BigDecimal factor = BigDecimal.ONE.subtract(Share.ofPercent(scenario.powerBenchmarkTighteningPercent()).fraction())
            .pow(beyond);
        rulebook = rulebook.withPowerBenchmarkScale(factor);
      }
    }
    return scenario.rulebookOverride().apply(rulebook);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: the year's {@link Rulebook#isProjected()}.
   */
  @Override
  public boolean isProjected(Year year) {
    return rulebook(year).isProjected();
  }

  @Override
  public Optional<AllocationMethod> method(Year year, Sector sector) {
    Optional<AllocationPolicy<?>> policy = rulebook(year).policy(sector);
    return policy.map(AllocationPolicy::method);
  }

  @Override
  public BigDecimal electricityBenchmark(Year year, MarketUnit unit) {
    Checks.notNull("year", year);
    Checks.notNull("unit", unit);
    return power(year).benchmarks().electricity(category(unit)).value();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: the {@link PowerBenchmarkPolicy#benchmarks()} of the year's power policy, with the scenario's power
   * benchmark tightening and override applied.
   */
  @Override
  public BenchmarkSet powerBenchmarks(Year year) {
    return power(Checks.notNull("year", year)).benchmarks();
  }

  @Override
  public BigDecimal peakShavingFactor(Year year, MarketUnit unit) {
    Checks.notNull("year", year);
    Checks.notNull("unit", unit);
    if (!category(unit).isConventionalCoal()) {
      return BigDecimal.ONE;
    }
    return power(year).loadCorrectionFactor(loadFraction(unit).orElseThrow(() -> new EtsValidationException(
        "load_factor_pct", "", "unit " + unit.unitId() + " is conventional coal: its load factor sets Ff")));
  }

  @Override
  public BigDecimal heatBenchmark(Year year, MarketUnit unit) {
    Checks.notNull("year", year);
    Checks.notNull("unit", unit);
    return power(year).benchmarks().heat(category(unit)).value();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: the year's {@link PowerBenchmarkPolicy#topsUp(UnitCategory)} for the unit's category.
   */
  @Override
  public boolean topsUp(Year year, MarketUnit unit) {
    Checks.notNull("year", year);
    return power(year).topsUp(category(Checks.notNull("unit", unit)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: the year's {@link Rulebook#assumptions()}, the scenario's parameters and override applied.
   */
  @Override
  public List<RuleValue> assumptions(Year year) {
    return rulebook(Checks.notNull("year", year)).assumptions();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: the {@link PowerBenchmarkPolicy#entityCap()} of a sector allocated by the power policy; other
   * policies have no entity relief.
   */
  @Override
  public Optional<BigDecimal> entityReliefFraction(Year year, Sector sector) {
    Checks.notNull("year", year);
    Checks.notNull("sector", sector);
    return rulebook(year).policy(sector).filter(PowerBenchmarkPolicy.class::isInstance)
        .map(p -> ((PowerBenchmarkPolicy) p).entityCap().value());
  }

  /**
   * {@inheritDoc}
   *
   * @throws EtsValidationException if the sector is not covered in the year, or not allocated by intensity
   *     coefficients
   */
  @Override
  public IntensityCoefficientPolicy industry(Year year, Sector sector) {
    AllocationPolicy<IndustrialUnit> policy = rulebook(year).industryPolicy(sector).orElseThrow(
        () -> new EtsValidationException("sector", sector, "not covered in " + year));
    if (!(policy instanceof IntensityCoefficientPolicy)) {
      throw new EtsValidationException("sector", sector, "is not allocated by intensity coefficients in " + year);
    }
    return (IntensityCoefficientPolicy) policy;
  }

  @Override
  public SectorAllocation allocate(Year year, Sector sector, List<MarketUnit> units) {
    Checks.notNull("year", year);
    Checks.notNull("sector", sector);
    Checks.notNull("units", units);
    Rulebook rulebook = rulebook(year);
    Allocation allocation;
    if (sector == Sector.POWER) {
      List<GeneratingUnit> generating = new ArrayList<>(units.size());
      for (MarketUnit u : units) {
        // The unit the market reader built and checked for a row of the file's own year, or built now.
        generating.add(u.generatingUnit());
      }
      allocation = rulebook.allocatePower(generating);
    } else {
      List<IndustrialUnit> industrial = new ArrayList<>(units.size());
      for (MarketUnit u : units) {
        industrial.add(u.industrialUnit());
      }
      allocation = rulebook.allocateIndustry(sector, industrial);
    }
    return toStudy(year, sector, units, allocation);
  }

  /**
   * The compliance rules of the year's rulebook ({@link Rulebook#compliance()}), with the scenario's override
   * applied.
   *
   * @param year the compliance year
   * @return the rules
   * @throws EtsValidationException if the year is null or before the national ETS
   */
  @Override
  public ComplianceRules compliance(Year year) {
    return rulebook(year).compliance();
  }

  private static SectorAllocation toStudy(Year year, Sector sector, List<MarketUnit> units, Allocation allocation) {
    List<EntityAllocation> entities = allocation.entities();
    Optional<BigDecimal> balanceValue = allocation.balanceValue();
    // One builder for all the sector's units (and one for its entities): every unit sets every attribute, so
    // nothing carries over from the unit before, and each build() still checks its unit as a new builder would.
    UnitResult.Builder unitBuilder = UnitResult.builder().year(year).sector(sector);
    List<UnitResult> unitResults = new ArrayList<>(units.size());
    if (inMarketOrder(units, entities)) {
      // The usual case: the rulebook's units, entity by entity, are the market's units in their order, so they are
      // read in place (no list of all units, no map by id).
      int k = 0;
      for (EntityAllocation e : entities) {
        for (UnitAllocation u : e.units()) {
          unitResults.add(unitResult(unitBuilder, units.get(k++), u, balanceValue));
        }
      }
    } else {
      Map<String, UnitAllocation> byUnit = new HashMap<>(units.size() * 2);
      for (EntityAllocation e : entities) {
        for (UnitAllocation u : e.units()) {
          byUnit.put(u.unitId(), u);
        }
      }
      for (MarketUnit market : units) {
        UnitAllocation u = Checks.notNull("allocation of " + market.unitId(), byUnit.get(market.unitId()));
        unitResults.add(unitResult(unitBuilder, market, u, balanceValue));
      }
    }
    EntityResult.Builder entityBuilder = EntityResult.builder().year(year).sector(sector);
    List<EntityResult> entityResults = new ArrayList<>(entities.size());
    for (EntityAllocation e : entities) {
      entityResults.add(entityBuilder.entityId(e.entityId()).verifiedTonnes(e.verifiedEmissions())
          .initialAllocationTonnes(e.initialAllocation()).reliefTonnes(e.topUp())
          .shortfallRatePercent(e.shortfallRatePercent()).build());
    }
    return SectorAllocation.builder().year(year).sector(sector).units(unitResults).entities(entityResults)
        .balanceValue(balanceValue).build();
  }

  /**
   * One unit's result from the rulebook's allocation of it and the market's row, built with the sector's builder
   * (year and sector set): every other attribute is set here, present or empty.
   */
  private static UnitResult unitResult(UnitResult.Builder r, MarketUnit market, UnitAllocation u,
      Optional<BigDecimal> balanceValue) {
    r.entityId(u.entityId()).unitId(u.unitId()).verifiedTonnes(u.verifiedEmissions());
    if (u instanceof IndustryUnitAllocation && !u.isSpecial()) {
      IndustryUnitAllocation i = (IndustryUnitAllocation) u;
      return r.intensity(i.intensity()).balanceValue(balanceValue)
          .deviationPercent(Percent.fromFraction(i.deviation())).coefficient(i.alpha())
          .initialAllocationTonnes(i.allocation()).reliefTonnes(BigDecimal.ZERO).build();
    }
    r.balanceValue(Optional.empty()).deviationPercent(Optional.empty()).coefficient(Optional.empty());
    if (u instanceof PowerUnitAllocation) {
      PowerUnitAllocation p = (PowerUnitAllocation) u;
      if (market.output().signum() > 0) {
        r.intensity(market.verifiedTonnes().divide(market.output(), MathContext.DECIMAL64));
      } else {
        r.intensity(Optional.empty());
      }
      if (p.isSpecial()) {
        r.initialAllocationTonnes(p.allocation()).reliefTonnes(BigDecimal.ZERO);
      } else {
        r.initialAllocationTonnes(p.initialAllocation()).reliefTonnes(p.topUp());
      }
    } else {
      r.intensity(Optional.empty()).initialAllocationTonnes(u.allocation()).reliefTonnes(BigDecimal.ZERO);
    }
    return r.build();
  }

  /**
   * Tells whether the allocated units, entity by entity, are the market's units in their order. The rulebook lists
   * units entity by entity, in the order each entity first appears, which is the market's own order whenever it
   * lists an entity's units together (every market the study writes): then the lists match position by position.
   * Otherwise the units are found by id. The ids are usually the very strings of the market's rows, so the
   * comparison is an identity check.
   */
  private static boolean inMarketOrder(List<MarketUnit> units, List<EntityAllocation> entities) {
    int k = 0;
    int n = units.size();
    for (EntityAllocation e : entities) {
      for (UnitAllocation u : e.units()) {
        if (k >= n || !u.unitId().equals(units.get(k).unitId())) {
          return false;
        }
        k++;
      }
    }
    return k == n;
  }

  private PowerBenchmarkPolicy power(Year year) {
    return rulebook(year).powerPolicy();
  }

  private static UnitCategory category(AbstractMarketUnit unit) {
    return unit.powerCategory().orElseThrow(() -> new EtsValidationException("category", unit.category(),
        "a power unit's category must be I, II, III or IV"));
  }

  private static Optional<BigDecimal> loadFraction(MarketUnit unit) {
    return unit.loadFactorPercent().map(Share::ofPercent).map(Share::fraction);
  }

  /**
   * Builds the allocation model's unit of a power row; {@link MarketUnit#generatingUnit()} keeps it.
   *
   * <p>It reads the row's own attributes and nothing else (no year, rulebook or scenario): the row keeps the unit
   * for its whole life, so an input added here would be stale in the kept unit.
   *
   * @throws EtsValidationException if the model refuses the unit
   */
  static GeneratingUnit generatingUnit(AbstractMarketUnit u) {
    GeneratingUnit.Builder b = GeneratingUnit.builder().id(u.unitId()).entityId(u.entityId()).category(category(u))
        .verifiedEmissions(u.verifiedTonnes()).grossGenerationMwh(u.output()).heatSuppliedGj(u.heatGj());
    Optional<BigDecimal> load = u.loadFactorPercent();
    if (load.isPresent()) {
      b.loadFactor(Share.ofPercent(load.get()).fraction());
    }
    Optional<String> special = u.special();
    if (special.isPresent()) {
      b.special(PowerSpecialUnit.valueOf(special.get()));
    }
    return b.build();
  }

  /**
   * Builds the allocation model's unit of an industrial row; {@link MarketUnit#industrialUnit()} keeps it.
   *
   * <p>It reads the row's own attributes and nothing else (no year, rulebook or scenario): the row keeps the unit
   * for its whole life, so an input added here would be stale in the kept unit.
   *
   * @throws EtsValidationException if the model refuses the unit
   */
  static IndustrialUnit industrialUnit(AbstractMarketUnit u) {
    IndustrialUnit.Builder b = IndustrialUnit.builder().id(u.unitId()).entityId(u.entityId()).sector(u.sector())
        .verifiedEmissions(u.verifiedTonnes()).intensityEmissions(u.intensityEmissions()).output(u.output());
    Optional<String> special = u.special();
    if (special.isPresent()) {
      b.special(IndustrySpecialUnit.valueOf(special.get()));
    }
    return b.build();
  }
}
