package io.github.ets4j.study;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.internal.WholeSum;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javax.annotation.Nullable;

/**
 * Runs a {@link Market} through the compliance years of a {@link Scenario}: the exact engine (the
 * allocation rules themselves) for the central case of every unit, entity and sector-year, and the fast
 * engine for the scenario's Monte Carlo draws.
 *
 * <p>Each year's units are projected from the market's latest year on or before it (output growth,
 * intensity improvement), then allocated sector by sector. Every entity-year is then settled through its
 * {@link io.github.ets4j.allocation.compliance.ComplianceAccount} under the year's compliance rules, with the
 * scenario's CCER share and prices ({@link EntityResult#compliance()}), and the draws are ranked against the exact
 * case ({@link DrawSummary#exactRank()}). With more than one thread the draws start before the exact pass, on the
 * other threads, and the calling thread joins them once the exact pass is done, so that no core waits for it; the
 * results are the same either way. Immutable and thread-safe; {@link #run()} may be called from several threads.
 */
public final class PolicyStudy {
  private final Market market;
  private final Scenario scenario;
  private final StudyRules rules;

  private PolicyStudy(Market market, Scenario scenario, StudyRules rules) {
    this.market = market;
    this.scenario = scenario;
    this.rules = rules;
  }

  /**
   * Creates a study under China's national rules: {@link RulebookStudyRules#of(Scenario)}, i.e.
   * {@code Rulebook.chinaNational(year)} for each year with the scenario's parameters applied.
   *
   * @param market the market
   * @param scenario the scenario
   * @return the study
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null
   */
  public static PolicyStudy of(Market market, Scenario scenario) {
    return of(market, scenario, RulebookStudyRules.of(Checks.notNull("scenario", scenario)));
  }

  /**
   * Creates a study with explicit rules.
   *
   * @param market the market
   * @param scenario the scenario
   * @param rules the exact rules (and their parameters for the fast engine)
   * @return the study
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null
   */
  public static PolicyStudy of(Market market, Scenario scenario, StudyRules rules) {
    return new PolicyStudy(Checks.notNull("market", market), Checks.notNull("scenario", scenario),
        Checks.notNull("rules", rules));
  }

  /**
   * The market.
   *
   * @return the market
   */
  public Market market() {
    return market;
  }

  /**
   * The scenario.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * The units of one study year, projected from the market.
   *
   * @param year the compliance year
   * @return the units
   * @throws io.github.ets4j.core.EtsValidationException if the market has no data on or before the year
   */
  public List<MarketUnit> projectedUnits(Year year) {
    Checks.notNull("year", year);
    return Projection.project(market, scenario, year);
  }

  /**
   * Runs the study silently.
   *
   * @return the results
   * @throws io.github.ets4j.core.EtsValidationException if the market has no data on or before the first
   *     year, or the rules refuse a unit
   */
  public StudyResult run() {
    return run(message -> { });
  }

  /**
   * Runs the study, telling a listener how far it got (one line per year, and the draws).
   *
   * @param progress receives progress messages
   * @return the results
   * @throws io.github.ets4j.core.EtsValidationException if the market has no data on or before the first
   *     year, or the rules refuse a unit
   */
  public StudyResult run(Consumer<String> progress) {
    return run(progress, System::nanoTime);
  }

  /**
   * Runs the study, telling a listener how far it got, with the draws' progress timed by a given clock: each
   * tenth of the draws gives a {@link DrawProgress} line with the draws per second and the time left.
   *
   * @param progress receives progress messages
   * @param nanoTime the clock, nanoseconds, as {@link System#nanoTime()}
   * @return the results
   * @throws io.github.ets4j.core.EtsValidationException if the market has no data on or before the first
   *     year, or the rules refuse a unit
   */
  public StudyResult run(Consumer<String> progress, LongSupplier nanoTime) {
    Checks.notNull("progress", progress);
    Checks.notNull("nanoTime", nanoTime);
    Map<Year, List<MarketUnit>> projected = new LinkedHashMap<>();
    for (Year year : scenario.years()) {
      projected.put(year, projectedUnits(year));
    }
    Draws draws = new Draws(projected, nanoTime);
    if (scenario.threads() > 1) {
      draws.start();
    }
    try {
      return run(projected, draws, progress);
    } finally {
      draws.cancel();
    }
  }

  private StudyResult run(Map<Year, List<MarketUnit>> projected, Draws draws, Consumer<String> progress) {
    List<UnitResult> units = new ArrayList<>();
    List<EntityResult> entities = new ArrayList<>();
    Map<Year, Map<Sector, SectorAllocation>> exact = new LinkedHashMap<>();
    for (Map.Entry<Year, List<MarketUnit>> entry : projected.entrySet()) {
      Year year = entry.getKey();
      Map<Sector, List<MarketUnit>> bySector = new EnumMap<>(Sector.class);
      for (MarketUnit unit : entry.getValue()) {
        bySector.computeIfAbsent(unit.sector(), s -> new ArrayList<>()).add(unit);
      }
      Map<Sector, SectorAllocation> allocations = new EnumMap<>(Sector.class);
      bySector.forEach((sector, list) -> {
        if (rules.method(year, sector).isPresent()) {
          SectorAllocation allocation = settle(rules.allocate(year, sector, list));
          allocations.put(sector, allocation);
          units.addAll(allocation.units());
          entities.addAll(allocation.entities());
        }
      });
      exact.put(year, allocations);
      progress.accept(year + ": exact allocation of " + entry.getValue().size() + " units done");
    }
    // The exact net positions after CCERs, to rank the exact case among the draws.
    // Each sector's position is summed once: the ranks need its net position, the sector-year all of it.
    Map<Year, Map<Sector, CompliancePosition>> positions = new LinkedHashMap<>();
    Map<Year, Map<Sector, BigDecimal>> exactNet = new LinkedHashMap<>();
    exact.forEach((year, allocations) -> {
      Map<Sector, CompliancePosition> yearPositions = new EnumMap<>(Sector.class);
      Map<Sector, BigDecimal> byYear = new EnumMap<>(Sector.class);
      allocations.forEach((sector, allocation) -> {
        CompliancePosition position = position(allocation);
        yearPositions.put(sector, position);
        byYear.put(sector, position.netPositionTonnes());
      });
      positions.put(year, yearPositions);
      exactNet.put(year, byYear);
    });
    Map<Year, Map<Sector, DrawSummary>> summaries = draws.finish(exactNet, progress);
    List<SectorYearResult> sectors = new ArrayList<>();
    for (Map.Entry<Year, Map<Sector, SectorAllocation>> entry : exact.entrySet()) {
      Map<Sector, DrawSummary> yearDraws = summaries.getOrDefault(entry.getKey(), Map.of());
      Map<Sector, CompliancePosition> yearPositions = Checks.notNull("positions", positions.get(entry.getKey()));
      entry.getValue().forEach((sector, allocation) -> sectors.add(summarise(allocation,
          Checks.notNull("position", yearPositions.get(sector)), Optional.ofNullable(yearDraws.get(sector)))));
    }
    return StudyResult.of(scenario, units, entities, sectors);
  }

  /** The allocation with each entity's settlement through its compliance account. */
  private SectorAllocation settle(SectorAllocation allocation) {
    Settlement.Terms terms = new Settlement.Terms(rules.compliance(allocation.year()), scenario);
    List<EntityResult> settled = new ArrayList<>(allocation.entities().size());
    for (EntityResult e : allocation.entities()) {
      settled.add(e.withCompliance(Settlement.settle(e, terms)));
    }
    return SectorAllocation.copyOf(allocation).withEntities(settled);
  }

  /**
   * A sector's compliance position: the sum of its settled entities', field by field in their order, as
   * {@link CompliancePosition#plus} adds them (the same exact sums), without a position per partial sum.
   */
  private static CompliancePosition position(SectorAllocation allocation) {
    WholeSum obligation = WholeSum.empty();
    WholeSum ccer = WholeSum.empty();
    WholeSum shortfall = WholeSum.empty();
    WholeSum surplus = WholeSum.empty();
    BigDecimal ccerCost = BigDecimal.ZERO;
    BigDecimal shortfallCost = BigDecimal.ZERO;
    BigDecimal surplusValue = BigDecimal.ZERO;
    for (EntityResult e : allocation.entities()) {
      CompliancePosition p = e.compliance().orElseThrow();
      obligation.add(p.obligationTonnes());
      ccer.add(p.ccerTonnes());
      shortfall.add(p.shortfallTonnes());
      surplus.add(p.surplusTonnes());
      ccerCost = ccerCost.add(p.ccerCostCny());
      shortfallCost = shortfallCost.add(p.shortfallCostCny());
      surplusValue = surplusValue.add(p.surplusValueCny());
    }
    return CompliancePosition.builder().obligationTonnes(obligation.value()).ccerTonnes(ccer.value())
        .shortfallTonnes(shortfall.value()).surplusTonnes(surplus.value()).ccerCostCny(ccerCost)
        .shortfallCostCny(shortfallCost).surplusValueCny(surplusValue)
        .build();
  }

  private SectorYearResult summarise(SectorAllocation allocation, CompliancePosition position,
      Optional<DrawSummary> draws) {
    WholeSum verifiedSum = WholeSum.empty();
    WholeSum allocatedSum = WholeSum.empty();
    int shortEntities = 0;
    int longEntities = 0;
    for (EntityResult e : allocation.entities()) {
      BigDecimal entityAllocation = e.allocationTonnes();
      verifiedSum.add(e.verifiedTonnes());
      allocatedSum.add(entityAllocation);
      // The sign of the net position, allocation − verified, without computing it.
      int sign = entityAllocation.compareTo(e.verifiedTonnes());
      if (sign < 0) {
        shortEntities++;
      } else if (sign > 0) {
        longEntities++;
      }
    }
    BigDecimal verified = verifiedSum.value();
    BigDecimal allocated = allocatedSum.value();
    return SectorYearResult.builder()
        .year(allocation.year())
        .sector(allocation.sector())
        .entities(allocation.entities().size())
        .verifiedTonnes(verified)
        .allocationTonnes(allocated)
        .balanceValue(allocation.balanceValue())
        .powerBenchmarks(allocation.sector() == Sector.POWER
            ? Optional.of(PowerBenchmarkValues.from(rules.powerBenchmarks(allocation.year()))) : Optional.empty())
        .shortEntities(shortEntities)
        .longEntities(longEntities)
        .netPositionValueCny(allocated.subtract(verified).multiply(scenario.carbonPriceCnyPerTonne()))
        .compliance(position)
        .draws(draws)
        .projected(rules.isProjected(allocation.year()))
        .build();
  }

  /**
   * The scenario's draws of one run: started on the fast engine either before the exact pass ({@link #start()},
   * with several threads) or after it, by {@link #finish}. Used by the thread that runs the study.
   */
  private final class Draws {
    private final Map<Year, List<MarketUnit>> projected;
    private final LongSupplier nanoTime;
    private @Nullable FastEngine engine;
    private @Nullable DrawRun run;
    private @Nullable DrawProgress meter;
    /** The engine's refusal of a start before the exact pass, thrown only after it. */
    private @Nullable EtsValidationException refused;

    Draws(Map<Year, List<MarketUnit>> projected, LongSupplier nanoTime) {
      this.projected = projected;
      this.nanoTime = nanoTime;
    }

    /** Sets the engine up and starts the draws on the other threads; a refusal is kept for {@link #finish}. */
    void start() {
      if (scenario.draws() == 0) {
        return;
      }
      try {
        FastEngine started = FastEngine.setup(projected, rules, scenario);
        // Timed from the first draw: the setup is not part of the draws' rate.
        meter = DrawProgress.start(scenario.draws(), nanoTime);
        run = started.start(scenario.draws(), scenario.seed(), FastPercent.toFraction(scenario.outputSpreadPercent()),
            FastPercent.toFraction(scenario.intensitySpreadPercent()), scenario.threads());
        engine = started;
      } catch (EtsValidationException e) {
        refused = e;
      }
    }

    /** Starts the draws if not started, draws on this thread too until all are done, and summarises them. */
    Map<Year, Map<Sector, DrawSummary>> finish(Map<Year, Map<Sector, BigDecimal>> exactNet, Consumer<String> progress) {
      if (scenario.draws() == 0) {
        return Map.of();
      }
      if (refused == null && run == null) {
        start();
      }
      if (refused != null) {
        throw refused;
      }
      FastEngine started = Checks.notNull("engine", engine);
      DrawProgress timed = Checks.notNull("meter", meter);
      int every = Math.max(1, scenario.draws() / 10);
      return started.finish(Checks.notNull("run", run), exactNet, done -> {
        if (done % every == 0 || done == scenario.draws()) {
          progress.accept(timed.line(done));
        }
      });
    }

    /** Stops draws that were started but will not be finished (the exact pass failed); a no-op after finish. */
    void cancel() {
      if (run != null) {
        run.cancel();
      }
    }
  }
}
