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
        generating.add(generatingUnit(u));
      }
      allocation = rulebook.allocatePower(generating);
    } else {
      List<IndustrialUnit> industrial = new ArrayList<>(units.size());
      for (MarketUnit u : units) {
        industrial.add(industrialUnit(u));
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
    List<UnitAllocation> allocated = inMarketOrder(units, allocation.units());
    List<UnitResult> unitResults = new ArrayList<>(units.size());
    for (int k = 0; k < units.size(); k++) {
      MarketUnit market = units.get(k);
      UnitAllocation u = allocated.get(k);
      UnitResult.Builder r = UnitResult.builder().year(year).entityId(u.entityId()).sector(sector)
          .unitId(u.unitId()).verifiedTonnes(u.verifiedEmissions());
      if (u instanceof PowerUnitAllocation) {
        PowerUnitAllocation p = (PowerUnitAllocation) u;
        if (market.output().signum() > 0) {
          r.intensity(market.verifiedTonnes().divide(market.output(), java.math.MathContext.DECIMAL64));
        }
        r.initialAllocationTonnes(p.isSpecial() ? p.allocation() : p.initialAllocation())
            .reliefTonnes(p.isSpecial() ? BigDecimal.ZERO : p.topUp());
      } else if (u instanceof IndustryUnitAllocation && !u.isSpecial()) {
        IndustryUnitAllocation i = (IndustryUnitAllocation) u;
        r.intensity(i.intensity()).balanceValue(allocation.balanceValue()).deviationPercent(Percent.fromFraction(i.deviation()))
            .coefficient(i.alpha()).initialAllocationTonnes(i.allocation());
      } else {
        r.initialAllocationTonnes(u.allocation());
      }
      unitResults.add(r.build());
    }
    List<EntityResult> entityResults = new ArrayList<>(allocation.entities().size());
    for (EntityAllocation e : allocation.entities()) {
      entityResults.add(EntityResult.builder().year(year).entityId(e.entityId()).sector(sector)
          .verifiedTonnes(e.verifiedEmissions()).initialAllocationTonnes(e.initialAllocation())
          .reliefTonnes(e.topUp()).shortfallRatePercent(e.shortfallRatePercent()).build());
    }
    return SectorAllocation.builder().year(year).sector(sector).units(unitResults).entities(entityResults)
        .balanceValue(allocation.balanceValue()).build();
  }

  /**
   * The allocated units in the order of the market's units. The rulebook lists units entity by entity, in the order
   * each entity first appears, which is the market's own order whenever it lists an entity's units together (every
   * market the study writes): then the lists match position by position and no map by id is built. Otherwise the
   * units are found by id, as before.
   */
  private static List<UnitAllocation> inMarketOrder(List<MarketUnit> units, List<UnitAllocation> allocated) {
    if (allocated.size() == units.size()) {
      boolean aligned = true;
      for (int k = 0; k < units.size() && aligned; k++) {
        aligned = allocated.get(k).unitId().equals(units.get(k).unitId());
      }
      if (aligned) {
        return allocated;
      }
    }
    Map<String, UnitAllocation> byUnit = new HashMap<>(allocated.size() * 2);
    for (UnitAllocation u : allocated) {
      byUnit.put(u.unitId(), u);
    }
    List<UnitAllocation> ordered = new ArrayList<>(units.size());
    for (MarketUnit market : units) {
      ordered.add(Checks.notNull("allocation of " + market.unitId(), byUnit.get(market.unitId())));
    }
    return ordered;
  }

  private PowerBenchmarkPolicy power(Year year) {
    return rulebook(year).powerPolicy();
  }

  private static UnitCategory category(MarketUnit unit) {
    return unit.powerCategory().orElseThrow(() -> new EtsValidationException("category", unit.category(),
        "a power unit's category must be I, II, III or IV"));
  }

  private static Optional<BigDecimal> loadFraction(MarketUnit unit) {
    return unit.loadFactorPercent().map(Share::ofPercent).map(Share::fraction);
  }

  static GeneratingUnit generatingUnit(MarketUnit u) {
    GeneratingUnit.Builder b = GeneratingUnit.builder().id(u.unitId()).entityId(u.entityId()).category(category(u))
        .verifiedEmissions(u.verifiedTonnes()).grossGenerationMwh(u.output()).heatSuppliedGj(u.heatGj())
        .loadFactor(loadFraction(u));
    u.special().ifPresent(kind -> b.special(PowerSpecialUnit.valueOf(kind)));
    return b.build();
  }

  static IndustrialUnit industrialUnit(MarketUnit u) {
    IndustrialUnit.Builder b = IndustrialUnit.builder().id(u.unitId()).entityId(u.entityId()).sector(u.sector())
        .verifiedEmissions(u.verifiedTonnes()).intensityEmissions(u.intensityEmissions()).output(u.output());
    u.special().ifPresent(kind -> b.special(IndustrySpecialUnit.valueOf(kind)));
    return b.build();
  }
}
