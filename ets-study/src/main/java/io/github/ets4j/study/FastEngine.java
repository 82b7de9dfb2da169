package io.github.ets4j.study;

import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.industry.CoefficientRule;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * The fast engine: replays the allocation rules on primitive arrays, for Monte Carlo draws.
 *
 * <p>{@link #setup(Map, StudyRules)} reads every regulatory parameter from the exact rules once — per
 * power unit {@code Be × Ff}, {@code Bh} and whether it is topped up, the entity relief, and the industry
 * policy's slope, band, cap, best share, tightening factor and published balance value, all through the
 * allocation model's getters — and lays the market out in arrays. A draw then multiplies each unit's
 * output by a mean-one log-normal factor and its intensity by another, and allocates: no object is
 * created per unit or per draw, nothing is boxed. The balance value is solved in closed form on the
 * sorted breakpoints, like the exact engine. Each entity of a draw is then settled as the exact study's
 * compliance account settles it (obligation, CCERs, shortfall or surplus, cost; see
 * {@link #setup(Map, StudyRules, Scenario)}). Arithmetic is {@code double}; allocations are floored like
 * the exact ones and agree with them within one tonne per unit (a property test checks it).
 *
 * <p>{@link #run(int, long, double, double, int, IntConsumer)} spreads the draws over threads, each with
 * its own copy of the scratch arrays, and gives the same summaries for a seed whatever the thread count.
 * An engine itself is not thread-safe: it owns its scratch arrays. Do not call one engine from two
 * threads at once; create one per calling thread.
 */
public final class FastEngine {
  // Floors of values that are exact integers in decimal must not drop a tonne to binary rounding
  // (1,000,000 × 0.1038 is 103,799.99999999999 in double); 1e-6 t is far below the one-tonne tolerance
  // and far above double's error on values below 10^9 t.
  private static final double FLOOR_EPSILON = 1e-6;
  // The engine's numeric range, not a regulatory figure: a unit's projected tonnes, MWh or GJ up to 10^12
  // keep every per-unit product of a draw far below Long.MAX_VALUE (9.2 × 10^18) even at the largest draw
  // factors, and a summary up to 2^53 t is an exact integer in double, so no cast saturates.
  private static final double UNIT_RANGE = 1e12;
  private static final double SUMMARY_RANGE = 9_007_199_254_740_992.0;

  /**
   * The draws of one block, each block with its own random generator: fixed, so that the blocks, and
   * therefore the results, do not depend on the thread count. 64 draws of the national market take some
   * 40 ms on one core: scheduling a block costs nothing beside it, and 10,000 draws make 157 blocks to
   * share between cores.
   */
  public static final int BLOCK_DRAWS = 64;

  /** The most threads a run accepts; a sanity bound, far above the cores of one machine. */
  public static final int MAX_THREADS = 1024;

  private final List<Year> years;
  private final List<YearArrays> arrays;

  private FastEngine(List<Year> years, List<YearArrays> arrays) {
    this.years = years;
    this.arrays = arrays;
  }

  /**
   * Sets the engine up for projected units per year, with the default scenario's prices and CCER share
   * (see {@link #setup(Map, StudyRules, Scenario)}).
   *
   * @param unitsByYear the units of each year (in the order results are wanted)
   * @param rules the exact rules whose parameters the engine replays
   * @return the engine
   * @throws EtsValidationException if a year has no units, or a unit's tonnes, output or heat is beyond the
   *     engine's range (10^12)
   */
  public static FastEngine setup(Map<Year, List<MarketUnit>> unitsByYear, StudyRules rules) {
    return setup(unitsByYear, rules, Scenario.builder().build());
  }

  /**
   * Sets the engine up for projected units per year, settling each entity of a draw with a scenario's carbon and
   * CCER prices and its share of the CCER cap.
   *
   * <p>The settlement replays the {@link io.github.ets4j.allocation.compliance.ComplianceAccount} steps of the
   * exact study on {@code double}s: obligation {@code O = ⌊V + 0.5⌋} of the entity's verified emissions {@code V};
   * CCERs {@code C = ⌊share × ⌊limit × O⌋⌋} with the offset limit of the year's {@link StudyRules#compliance
   * compliance rules}; shortfall {@code max(0, O − C − A)} and surplus {@code max(0, A − (O − C))} of the allocation
   * {@code A}; cost {@code shortfall × P + C × Pccer − surplus × P}.
   *
   * @param unitsByYear the units of each year (in the order results are wanted)
   * @param rules the exact rules whose parameters the engine replays
   * @param scenario the prices and the CCER share (its other options are not read here)
   * @return the engine
   * @throws EtsValidationException if a year has no units, or a unit's tonnes, output or heat is beyond the
   *     engine's range (10^12)
   */
  public static FastEngine setup(Map<Year, List<MarketUnit>> unitsByYear, StudyRules rules, Scenario scenario) {
    Checks.notNull("unitsByYear", unitsByYear);
    Checks.notNull("rules", rules);
    Checks.notNull("scenario", scenario);
    List<Year> years = new ArrayList<>(unitsByYear.keySet());
    List<YearArrays> arrays = new ArrayList<>();
    for (Year year : years) {
      List<MarketUnit> units = Checks.notNull("units", unitsByYear.get(year));
      if (units.isEmpty()) {
        throw new EtsValidationException("units", year, "a year needs at least one unit");
      }
      YearArrays y = new YearArrays(year, units, rules);
      y.settleWith(rules.compliance(year).offsetLimit().value(), scenario);
      arrays.add(y);
    }
    return new FastEngine(List.copyOf(years), List.copyOf(arrays));
  }

  /**
   * The years the engine runs, in setup order.
   *
   * @return the years
   */
  public List<Year> years() {
    return years;
  }

  /**
   * Allocates the central case (no draw) of a year and returns each unit's allocation including unit
   * relief, t, in setup order; units of uncovered sectors get 0.
   *
   * @param year a year given at setup
   * @return a new array, one entry per unit
   * @throws EtsValidationException if the year was not set up
   */
  public long[] unitAllocations(Year year) {
    Checks.notNull("year", year);
    YearArrays y = year(year);
    y.central();
    y.allocate();
    return Arrays.copyOf(y.unitAllocation, y.n);
  }

  /**
   * Allocates the central case of a year and returns each entity's final allocation (with entity
   * relief), t, in the order of {@link #entityIds(Year)}.
   *
   * @param year a year given at setup
   * @return a new array, one entry per entity
   * @throws EtsValidationException if the year was not set up
   */
  public long[] entityAllocations(Year year) {
    Checks.notNull("year", year);
    YearArrays y = year(year);
    y.central();
    y.allocate();
    return Arrays.copyOf(y.entityAllocation, y.entityIds.length);
  }

  /**
   * The entity ids of a year, in order of first appearance.
   *
   * @param year a year given at setup
   * @return the ids
   * @throws EtsValidationException if the year was not set up
   */
  public List<String> entityIds(Year year) {
    Checks.notNull("year", year);
    return List.of(year(year).entityIds);
  }

  /**
   * Runs Monte Carlo draws on every core and summarises each covered sector-year.
   *
   * @param draws the number of draws, at least 1
   * @param seed the seed; the same seed gives the same summaries
   * @param outputSpread the standard deviation of the output factor, a fraction (0.05 for 5 %)
   * @param intensitySpread the standard deviation of the intensity factor, a fraction
   * @param progress told the number of draws done after each draw, in order, on the calling thread
   * @return the summaries by year and sector, in year order
   * @throws EtsValidationException if draws is below 1, a spread is negative, or a summary would be beyond
   *     2^53 t (it is refused rather than saturated)
   * @see #run(int, long, double, double, int, IntConsumer)
   */
  public Map<Year, Map<Sector, DrawSummary>> run(int draws, long seed, double outputSpread, double intensitySpread,
      IntConsumer progress) {
    Checks.notNull("progress", progress);
    return run(draws, seed, outputSpread, intensitySpread, Runtime.getRuntime().availableProcessors(), progress);
  }

  /**
   * Runs Monte Carlo draws on {@code threads} threads and summarises each covered sector-year.
   *
   * <p>The draws are cut into blocks of {@value #BLOCK_DRAWS}, whatever the thread count; block {@code b}
   * draws its random numbers from the {@code b}-th {@link SplittableRandom#split()} of {@code new
   * SplittableRandom(seed)}, and every draw writes its results at its own index. The summaries are
   * computed from those arrays after all blocks are done, so <b>the same seed gives the same summaries,
   * bit for bit, on 1 thread or on 64</b>. Each thread owns a copy of the scratch arrays; no object is
   * created per draw. With one thread the draws run on the calling thread.
   *
   * @param draws the number of draws, at least 1
   * @param seed the seed; the same seed gives the same summaries
   * @param outputSpread the standard deviation of the output factor, a fraction (0.05 for 5 %)
   * @param intensitySpread the standard deviation of the intensity factor, a fraction
   * @param threads the number of threads, 1 to {@value #MAX_THREADS}
   * @param progress told the number of draws done after each draw, in order, on the calling thread
   * @return the summaries by year and sector, in year order
   * @throws EtsValidationException if draws is below 1, a spread is negative, threads is out of range, or a
   *     summary would be beyond 2^53 t (it is refused rather than saturated)
   */
  public Map<Year, Map<Sector, DrawSummary>> run(int draws, long seed, double outputSpread, double intensitySpread,
      int threads, IntConsumer progress) {
    return run(draws, seed, outputSpread, intensitySpread, threads, Map.of(), progress);
  }

  /**
   * Runs Monte Carlo draws as {@link #run(int, long, double, double, int, IntConsumer)} does, and ranks the exact
   * central case of each sector-year among them ({@link DrawSummary#exactRank()}).
   *
   * @param draws the number of draws, at least 1
   * @param seed the seed; the same seed gives the same summaries
   * @param outputSpread the standard deviation of the output factor, a fraction (0.05 for 5 %)
   * @param intensitySpread the standard deviation of the intensity factor, a fraction
   * @param threads the number of threads, 1 to {@value #MAX_THREADS}
   * @param exactNetPositions the exact net position after CCERs (surplus − shortfall, t) per year and sector; a
   *     sector-year not named gets no rank
   * @param progress told the number of draws done after each draw, in order, on the calling thread
   * @return the summaries by year and sector, in year order
   * @throws EtsValidationException as {@link #run(int, long, double, double, int, IntConsumer)}, or if an argument
   *     is null
   */
  public Map<Year, Map<Sector, DrawSummary>> run(int draws, long seed, double outputSpread, double intensitySpread,
      int threads, Map<Year, Map<Sector, BigDecimal>> exactNetPositions, IntConsumer progress) {
    Checks.notNull("exactNetPositions", exactNetPositions);
    if (draws < 1) {
      throw new EtsValidationException("draws", draws, "must be at least 1");
    }
    if (!(outputSpread >= 0) || !(intensitySpread >= 0)) {
      throw new EtsValidationException("spread", outputSpread + ", " + intensitySpread, "must not be negative");
    }
    checkThreads(threads);
    Checks.notNull("progress", progress);
    int blocks = (draws + BLOCK_DRAWS - 1) / BLOCK_DRAWS;
    DrawResults results = new DrawResults(arrays.size(), draws, blocks);
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] generators = new SplittableRandom[blocks];
    for (int b = 0; b < blocks; b++) {
      generators[b] = root.split();
    }
    double so = Math.sqrt(Math.log1p(outputSpread * outputSpread));
    double si = Math.sqrt(Math.log1p(intensitySpread * intensitySpread));
    int workers = Math.min(threads, blocks);
    if (workers == 1) {
      for (int b = 0; b < blocks; b++) {
        runBlock(arrays, b, generators[b], so, si, results);
        reportBlock(b, draws, progress);
      }
    } else {
      runParallel(workers, generators, so, si, results, progress);
    }
    return summarise(results, exactNetPositions);
  }

  /**
   * Checks a thread count for {@link #run(int, long, double, double, int, IntConsumer)}.
   *
   * @param threads the count
   * @return the count
   * @throws EtsValidationException if it is below 1 or above {@value #MAX_THREADS}
   */
  static int checkThreads(int threads) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new EtsValidationException("threads", threads, "must be between 1 and " + MAX_THREADS);
    }
    return threads;
  }

  private void runParallel(int workers, SplittableRandom[] generators, double so, double si, DrawResults results,
      IntConsumer progress) {
    // One workspace (scratch arrays) per worker; a block borrows one and gives it back, so which worker
    // ran which block never shows in the results.
    BlockingQueue<List<YearArrays>> workspaces = new ArrayBlockingQueue<>(workers);
    workspaces.add(arrays);
    for (int w = 1; w < workers; w++) {
      List<YearArrays> copy = new ArrayList<>();
      for (YearArrays y : arrays) {
        copy.add(new YearArrays(y));
      }
      workspaces.add(copy);
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
      Thread thread = new Thread(task, "ets4j-draws");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int b = 0; b < generators.length; b++) {
        int block = b;
        SplittableRandom random = generators[b];
        done.add(pool.submit(() -> {
          List<YearArrays> workspace = workspaces.remove();
          try {
            runBlock(workspace, block, random, so, si, results);
          } finally {
            workspaces.add(workspace);
          }
        }));
      }
      for (int b = 0; b < done.size(); b++) {
        await(done.get(b));
        reportBlock(b, results.draws, progress);
      }
    } finally {
      // Blocks still running after a failure would go on writing into this engine's arrays: wait for them.
      pool.shutdownNow();
      awaitTermination(pool);
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(Future<?> block) {
    try {
      block.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("a block of draws failed", cause);
    }
  }

  private static void reportBlock(int block, int draws, IntConsumer progress) {
    int end = Math.min(draws, (block + 1) * BLOCK_DRAWS);
    for (int d = block * BLOCK_DRAWS; d < end; d++) {
      progress.accept(d + 1);
    }
  }

  /** The draws of one block, on one workspace; touches only that block's slots of the results. */
  private static void runBlock(List<YearArrays> workspace, int block, SplittableRandom random, double so, double si,
      DrawResults results) {
    int sectors = Sector.values().length;
    int end = Math.min(results.draws, (block + 1) * BLOCK_DRAWS);
    for (int d = block * BLOCK_DRAWS; d < end; d++) {
      for (int t = 0; t < workspace.size(); t++) {
        YearArrays y = workspace.get(t);
        y.draw(random, so, si);
        y.allocate();
        for (int s = 0; s < sectors; s++) {
          results.net[t][s][d] = y.sectorNet[s];
          results.shortfall[t][s][d] = y.sectorShortfall[s];
          results.cost[t][s][d] = y.sectorCost[s];
          results.shortEntities[block][t][s] += y.sectorShortEntities[s];
        }
      }
    }
  }

  private Map<Year, Map<Sector, DrawSummary>> summarise(DrawResults results,
      Map<Year, Map<Sector, BigDecimal>> exactNetPositions) {
    int draws = results.draws;
    Map<Year, Map<Sector, DrawSummary>> result = new LinkedHashMap<>();
    for (int t = 0; t < arrays.size(); t++) {
      YearArrays y = arrays.get(t);
      Map<Sector, DrawSummary> bySector = new LinkedHashMap<>();
      for (Sector sector : Sector.values()) {
        int s = sector.ordinal();
        if (!y.present[s]) {
          continue;
        }
        double[] n = results.net[t][s];
        double[] f = results.shortfall[t][s];
        double[] c = results.cost[t][s];
        long shortCount = 0;
        for (long[][] block : results.shortEntities) {
          shortCount += block[t][s];
        }
        Arrays.sort(n);
        Arrays.sort(f);
        Arrays.sort(c);
        String what = y.year + " " + sector;
        DrawSummary.Builder summary = DrawSummary.builder().draws(draws)
            .netPositionMean(tonnes(what, mean(n)))
            .netPositionP05(tonnes(what, percentile(n, 5)))
            .netPositionP50(tonnes(what, percentile(n, 50)))
            .netPositionP95(tonnes(what, percentile(n, 95)))
            .shortfallMean(tonnes(what, mean(f)))
            .shortfallP05(tonnes(what, percentile(f, 5)))
            .shortfallP50(tonnes(what, percentile(f, 50)))
            .shortfallP95(tonnes(what, percentile(f, 95)))
            .costMean(cny(what, mean(c)))
            .costP05(cny(what, percentile(c, 5)))
            .costP50(cny(what, percentile(c, 50)))
            .costP95(cny(what, percentile(c, 95)))
            .shortEntitiesMean((double) shortCount / draws);
        BigDecimal exact = exactNetPositions.getOrDefault(y.year, Map.of()).get(sector);
        if (exact != null) {
          summary.exactRank(rank(n, exact.doubleValue()));
        }
        bySector.put(sector, summary.build());
      }
      result.put(y.year, bySector);
    }
    return result;
  }

  /** The arithmetic mean of the sorted values (compensated sum), so the same on any thread count. */
  private static double mean(double[] sorted) {
    return Arrays.stream(sorted).sum() / sorted.length;
  }

  /** 1 + the number of sorted values strictly below {@code value}. */
  static int rank(double[] sorted, double value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low + 1;
  }

  /** A summary in whole CNY; refused rather than saturated beyond 2^53 CNY or when not finite. */
  static long cny(String what, double value) {
    if (!(Math.abs(value) <= SUMMARY_RANGE)) {
      throw new EtsValidationException("cost draws of " + what, value,
          "a summary beyond 2^53 CNY cannot be exact: the scenario projects far past any physical market");
    }
    return Math.round(value);
  }

  /** A summary in whole tonnes; refused rather than saturated beyond 2^53 t or when not finite. */
  static long tonnes(String what, double value) {
    if (!(Math.abs(value) <= SUMMARY_RANGE)) {
      throw new EtsValidationException("draws of " + what, value,
          "a summary beyond 2^53 t cannot be exact: the scenario projects far past any physical market");
    }
    return Math.round(value);
  }

  /** Slots of {@link #settle}'s result. */
  static final int CCER = 0;
  static final int SHORTFALL = 1;
  static final int SURPLUS = 2;
  static final int COST = 3;

  /**
   * The primitive replica of an entity's settlement through its compliance account: obligation {@code O = ⌊V +
   * 0.5⌋} (whole tonnes, half up); CCERs {@code C = ⌊share × ⌊limit × O⌋⌋}; shortfall {@code max(0, O − C − A)};
   * surplus {@code max(0, A − (O − C))}; cost {@code shortfall × P + C × Pccer − surplus × P}. The floors carry the
   * engine's epsilon, so a product that is whole in decimal is not dropped a tonne by binary rounding.
   *
   * @param verified the entity's verified emissions, t, not negative
   * @param allocation its final allocation, t
   * @param limit the CCER offset limit, a fraction of the obligation
   * @param share the share of the cap used, a fraction
   * @param carbonPrice the allowance price, CNY/t
   * @param ccerPrice the CCER price, CNY/t
   * @param out receives CCERs, shortfall, surplus and cost at {@link #CCER}, {@link #SHORTFALL}, {@link #SURPLUS}
   *     and {@link #COST}
   */
  static void settle(double verified, long allocation, double limit, double share, double carbonPrice,
      double ccerPrice, double[] out) {
    double obligation = Math.floor(verified + 0.5);
    double cap = Math.floor(obligation * limit + FLOOR_EPSILON);
    double ccer = Math.floor(cap * share + FLOOR_EPSILON);
    double owed = obligation - ccer;
    double shortfall = Math.max(0, owed - allocation);
    double surplus = Math.max(0, allocation - owed);
    out[CCER] = ccer;
    out[SHORTFALL] = shortfall;
    out[SURPLUS] = surplus;
    out[COST] = shortfall * carbonPrice + ccer * ccerPrice - surplus * carbonPrice;
  }

  /** A unit's value for the arrays; refused beyond the engine's range or when not finite. */
  static double inRange(String field, MarketUnit unit, BigDecimal value) {
    double d = value.doubleValue();
    if (!(Math.abs(d) <= UNIT_RANGE)) {
      throw new EtsValidationException(field + " of unit " + unit.unitId() + " in " + unit.year(), value.toPlainString(),
          "beyond the fast engine's range of 10^12 per unit: the scenario projects far past any physical market");
    }
    return d;
  }

  /** The per-draw results of a run: each draw writes only its own index, each block only its own counts. */
  private static final class DrawResults {
    final int draws;
    final double[][][] net;
    final double[][][] shortfall;
    final double[][][] cost;
    final long[][][] shortEntities;

    DrawResults(int years, int draws, int blocks) {
      int sectors = Sector.values().length;
      this.draws = draws;
      net = new double[years][sectors][draws];
      shortfall = new double[years][sectors][draws];
      cost = new double[years][sectors][draws];
      shortEntities = new long[blocks][years][sectors];
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private YearArrays year(Year year) {
    int t = years.indexOf(year);
    if (t < 0) {
      throw new EtsValidationException("year", year, "was not set up (years " + years + ")");
    }
    return arrays.get(t);
  }

  /** One year's market in arrays, with its scratch space. */
  private static final class YearArrays {
    final Year year;
    final int n;
    final String[] entityIds;
    // Per unit, fixed at setup.
    final int[] sector;
    final int[] entity;
    final boolean[] special;
    // Topped up to its verified emissions when allocated below them (the gas top-up), per unit.
    final boolean[] topUp;
    final double[] baseVerified;
    final double[] baseIntensityEmissions;
    final double[] baseOutput;
    final double[] baseHeat;
    final double[] electricityCoefficient;
    final double[] heatCoefficient;
    // Per sector, fixed at setup.
    final boolean[] present = new boolean[Sector.values().length];
    // The allocation model's method per sector; null where the sector is not covered that year.
    final AllocationMethod[] method = new AllocationMethod[Sector.values().length];
    final double[] relief = new double[Sector.values().length];
    final double[] slope = new double[Sector.values().length];
    final double[] band = new double[Sector.values().length];
    final double[] cap = new double[Sector.values().length];
    final double[] bestShare = new double[Sector.values().length];
    final double[] benchmarkFactor = new double[Sector.values().length];
    // A published balance value replacing the solved one (NaN: solve it from the units).
    final double[] publishedBalanceValue = new double[Sector.values().length];
    final int[][] sectorUnits = new int[Sector.values().length][];
    final int[] entitySector;
    // Scratch, rewritten by every draw.
    final double[] verified;
    final double[] intensityEmissions;
    final double[] output;
    final double[] heat;
    final double[] intensity;
    final long[] unitAllocation;
    final double[] entityVerified;
    final long[] entityAllocation;
    final double[] sectorShortfall = new double[Sector.values().length];
    final double[] sectorNet = new double[Sector.values().length];
    final double[] sectorCost = new double[Sector.values().length];
    // The settlement of a draw (settleWith): the year's CCER offset limit, the share of the cap used, the prices.
    final double[] settlement = new double[4];
    double offsetLimit;
    double ccerShare;
    double carbonPrice;
    double ccerPrice;
    final int[] sectorShortEntities = new int[Sector.values().length];

    YearArrays(Year year, List<MarketUnit> units, StudyRules rules) {
      this.year = year;
      this.n = units.size();
      sector = new int[n];
      entity = new int[n];
      special = new boolean[n];
      topUp = new boolean[n];
      baseVerified = new double[n];
      baseIntensityEmissions = new double[n];
      baseOutput = new double[n];
      baseHeat = new double[n];
      electricityCoefficient = new double[n];
      heatCoefficient = new double[n];
      verified = new double[n];
      intensityEmissions = new double[n];
      output = new double[n];
      heat = new double[n];
      intensity = new double[n];
      unitAllocation = new long[n];
      Map<String, Integer> entityIndex = new HashMap<>();
      List<String> ids = new ArrayList<>();
      int[] perSector = new int[Sector.values().length];
      for (MarketUnit u : units) {
        int s = u.sector().ordinal();
        if (!present[s]) {
          present[s] = true;
          method[s] = rules.method(year, u.sector()).orElse(null);
          relief[s] = rules.entityReliefFraction(year, u.sector()).map(BigDecimal::doubleValue).orElse(0.0);
          // Phase 2 is the intensity-coefficient rule against an advanced level: the same parameters.
          publishedBalanceValue[s] = Double.NaN;
          if (method[s] == AllocationMethod.INTENSITY_COEFFICIENT || method[s] == AllocationMethod.PHASE_2_ADVANCED_LEVEL) {
            IntensityCoefficientPolicy policy = rules.industry(year, u.sector());
            CoefficientRule rule = policy.rule();
            slope[s] = rule.slope().value().doubleValue();
            band[s] = rule.band().value().doubleValue();
            cap[s] = rule.cap().value().doubleValue();
            // 0 marks "no best share": the level is the (published or solved) balance value × the factor.
            bestShare[s] = policy.bestShare().map(BigDecimal::doubleValue).orElse(0.0);
            benchmarkFactor[s] = policy.tighteningFactor().doubleValue();
            publishedBalanceValue[s] = policy.publishedBalanceValue().map(v -> v.value().doubleValue())
                .orElse(Double.NaN);
          }
        }
        perSector[s]++;
      }
      for (int s = 0; s < perSector.length; s++) {
        sectorUnits[s] = new int[perSector[s]];
        perSector[s] = 0;
      }
      for (int i = 0; i < n; i++) {
        MarketUnit u = units.get(i);
        int s = u.sector().ordinal();
        sector[i] = s;
        sectorUnits[s][perSector[s]++] = i;
        Integer e = entityIndex.get(u.entityId());
        if (e == null) {
          e = ids.size();
          entityIndex.put(u.entityId(), e);
          ids.add(u.entityId());
        }
        entity[i] = e;
        special[i] = u.isSpecial();
        baseVerified[i] = inRange("verified_t", u, u.verifiedTonnes());
        baseIntensityEmissions[i] = inRange("intensity_emissions_t", u, u.intensityEmissions());
        baseOutput[i] = inRange("output", u, u.output());
        baseHeat[i] = inRange("heat_gj", u, u.heatGj());
        if (method[s] == AllocationMethod.POWER_BENCHMARK && !special[i]) {
          electricityCoefficient[i] = rules.electricityBenchmark(year, u)
              .multiply(rules.peakShavingFactor(year, u)).doubleValue();
          heatCoefficient[i] = rules.heatBenchmark(year, u).doubleValue();
          topUp[i] = rules.topsUp(year, u);
        }
      }
      entityIds = ids.toArray(new String[0]);
      entitySector = new int[entityIds.length];
      for (int i = 0; i < n; i++) {
        entitySector[entity[i]] = sector[i];
      }
      entityVerified = new double[entityIds.length];
      entityAllocation = new long[entityIds.length];
      scratchIndex = new int[n];
      sortKeys = new long[n];
      bucketedKeys = new long[n];
      indexBits = indexBits(n);
      bucketStart = new int[buckets(n) + 1];
    }

    final int[] scratchIndex;
    final long[] sortKeys;
    // The keys distributed into buckets by sortByIntensity, and where each bucket starts.
    final long[] bucketedKeys;
    final int[] bucketStart;
    /** The low bits of a sort key that hold a unit index: enough for indices 0 to n − 1. */
    final int indexBits;

    /** The buckets of {@link #sortByIntensity}: a power of two, at least n, so a bucket holds one unit on average. */
    private static int buckets(int n) {
      return Integer.highestOneBit(Math.max(1, n - 1)) << 1;
    }

    private static int indexBits(int n) {
      return Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
    }

    /** A copy that shares the fixed arrays of {@code shared} and has scratch arrays of its own. */
    YearArrays(YearArrays shared) {
      year = shared.year;
      n = shared.n;
      entityIds = shared.entityIds;
      sector = shared.sector;
      entity = shared.entity;
      special = shared.special;
      topUp = shared.topUp;
      baseVerified = shared.baseVerified;
      baseIntensityEmissions = shared.baseIntensityEmissions;
      baseOutput = shared.baseOutput;
      baseHeat = shared.baseHeat;
      electricityCoefficient = shared.electricityCoefficient;
      heatCoefficient = shared.heatCoefficient;
      System.arraycopy(shared.present, 0, present, 0, present.length);
      System.arraycopy(shared.method, 0, method, 0, method.length);
      System.arraycopy(shared.relief, 0, relief, 0, relief.length);
      System.arraycopy(shared.slope, 0, slope, 0, slope.length);
      System.arraycopy(shared.band, 0, band, 0, band.length);
      System.arraycopy(shared.cap, 0, cap, 0, cap.length);
      System.arraycopy(shared.bestShare, 0, bestShare, 0, bestShare.length);
      System.arraycopy(shared.benchmarkFactor, 0, benchmarkFactor, 0, benchmarkFactor.length);
      System.arraycopy(shared.publishedBalanceValue, 0, publishedBalanceValue, 0, publishedBalanceValue.length);
      System.arraycopy(shared.sectorUnits, 0, sectorUnits, 0, sectorUnits.length);
      entitySector = shared.entitySector;
      verified = new double[n];
      intensityEmissions = new double[n];
      output = new double[n];
      heat = new double[n];
      intensity = new double[n];
      unitAllocation = new long[n];
      entityVerified = new double[entityIds.length];
      entityAllocation = new long[entityIds.length];
      scratchIndex = new int[n];
      sortKeys = new long[n];
      bucketedKeys = new long[n];
      bucketStart = new int[shared.bucketStart.length];
      indexBits = shared.indexBits;
      offsetLimit = shared.offsetLimit;
      ccerShare = shared.ccerShare;
      carbonPrice = shared.carbonPrice;
      ccerPrice = shared.ccerPrice;
    }

    /** Sets the settlement parameters: the year's CCER offset limit (a fraction) and the scenario's options. */
    void settleWith(BigDecimal limit, Scenario scenario) {
      offsetLimit = limit.doubleValue();
      ccerShare = scenario.ccerSharePercent().movePointLeft(2).doubleValue();
      carbonPrice = scenario.carbonPriceCnyPerTonne().doubleValue();
      ccerPrice = scenario.ccerPriceCnyPerTonne().doubleValue();
    }

    void central() {
      System.arraycopy(baseVerified, 0, verified, 0, n);
      System.arraycopy(baseIntensityEmissions, 0, intensityEmissions, 0, n);
      System.arraycopy(baseOutput, 0, output, 0, n);
      System.arraycopy(baseHeat, 0, heat, 0, n);
    }

    void draw(SplittableRandom random, double so, double si) {
      double driftO = -0.5 * so * so;
      double driftI = -0.5 * si * si;
      for (int i = 0; i < n; i++) {
        // The ziggurat's normals and the table exponential: see their classes (same distribution as
        // nextGaussian and Math.exp, about half the time, and the same numbers on every JVM).
        double fo = SmallExp.exp(so * NormalZiggurat.next(random) + driftO);
        double fi = SmallExp.exp(si * NormalZiggurat.next(random) + driftI);
        // Verified emissions are whole tonnes, as reported.
        verified[i] = Math.rint(baseVerified[i] * fo * fi);
        intensityEmissions[i] = Math.rint(baseIntensityEmissions[i] * fo * fi);
        output[i] = baseOutput[i] * fo;
        heat[i] = baseHeat[i] * fo;
      }
    }

    void allocate() {
      Arrays.fill(entityVerified, 0);
      Arrays.fill(entityAllocation, 0);
      for (int s = 0; s < method.length; s++) {
        if (!present[s]) {
          continue;
        }
        AllocationMethod m = method[s];
        if (m == null) { // not covered that year: nothing allocated
          for (int i : sectorUnits[s]) {
            unitAllocation[i] = 0;
          }
          continue;
        }
        switch (m) {
          case POWER_BENCHMARK:
            power(s);
            break;
          case INTENSITY_COEFFICIENT:
          case PHASE_2_ADVANCED_LEVEL:
            industry(s);
            break;
          default: // VERIFIED_EMISSIONS
            for (int i : sectorUnits[s]) {
              unitAllocation[i] = (long) verified[i];
            }
        }
      }
      for (int i = 0; i < n; i++) {
        entityVerified[entity[i]] += verified[i];
        entityAllocation[entity[i]] += unitAllocation[i];
      }
      Arrays.fill(sectorShortfall, 0);
      Arrays.fill(sectorShortEntities, 0);
      Arrays.fill(sectorNet, 0);
      Arrays.fill(sectorCost, 0);
      for (int e = 0; e < entityIds.length; e++) {
        int s = entitySector[e];
        if (method[s] == null) {
          continue;
        }
        if (relief[s] > 0) {
          long floor = (long) Math.floor(relief[s] * entityVerified[e] + FLOOR_EPSILON);
          if (entityAllocation[e] < floor) {
            entityAllocation[e] = floor;
          }
        }
        settle(s, entityVerified[e], entityAllocation[e]);
      }
    }

    /**
     * Settles one entity as the exact study's compliance account does (see
     * {@link FastEngine#settle}) and adds it to its sector.
     */
    private void settle(int s, double verifiedTonnes, long allocation) {
      FastEngine.settle(verifiedTonnes, allocation, offsetLimit, ccerShare, carbonPrice, ccerPrice, settlement);
      double shortfall = settlement[SHORTFALL];
      sectorShortfall[s] += shortfall;
      sectorNet[s] += settlement[SURPLUS] - shortfall;
      sectorCost[s] += settlement[COST];
      if (shortfall > 0) {
        sectorShortEntities[s]++;
      }
    }

    private void power(int s) {
      for (int i : sectorUnits[s]) {
        if (special[i]) {
          unitAllocation[i] = (long) verified[i];
          continue;
        }
        long a = (long) Math.floor(output[i] * electricityCoefficient[i] + FLOOR_EPSILON)
            + (long) Math.floor(heat[i] * heatCoefficient[i] + FLOOR_EPSILON);
        if (topUp[i] && a < verified[i]) {
          a = (long) verified[i];
        }
        unitAllocation[i] = a;
      }
    }

    private void industry(int s) {
      int[] units = sectorUnits[s];
      int m = 0;
      double total = 0;
      for (int i : units) {
        if (special[i]) {
          unitAllocation[i] = (long) verified[i];
        } else {
          intensity[i] = intensityEmissions[i] / output[i];
          scratchIndex[m++] = i;
          total += verified[i];
        }
      }
      if (m == 0) {
        return;
      }
      sortByIntensity(m);
      double bp = bestShare[s] > 0 ? bestOutputBenchmark(m, bestShare[s])
          : (Double.isNaN(publishedBalanceValue[s]) ? balanceValue(m, total, slope[s], band[s], cap[s])
              : publishedBalanceValue[s]) * benchmarkFactor[s];
      for (int k = 0; k < m; k++) {
        int i = scratchIndex[k];
        double x = (bp - intensity[i]) / bp;
        double alpha = x >= band[s] ? cap[s] : x <= -band[s] ? -cap[s] : slope[s] * x;
        unitAllocation[i] = (long) Math.floor(verified[i] * (1 + alpha) + FLOOR_EPSILON);
      }
    }

    /** The output-weighted intensity of the cleanest share of output (units sorted by intensity). */
    private double bestOutputBenchmark(int m, double share) {
      double totalOutput = 0;
      for (int k = 0; k < m; k++) {
        totalOutput += output[scratchIndex[k]];
      }
      double target = share * totalOutput;
      double taken = 0;
      double weighted = 0;
      for (int k = 0; k < m && taken < target; k++) {
        int i = scratchIndex[k];
        double q = Math.min(output[i], target - taken);
        taken += q;
        weighted += q * intensity[i];
      }
      return weighted / taken;
    }

    /**
     * The balance value: the B at which Σ E(1 + α) = Σ E. Between breakpoints (B = I/(1+band) where a unit
     * leaves the lower cap, B = I/(1−band) where it reaches the upper one) the total is a − slope·S/B, so each
     * piece is solved in closed form; both breakpoint sequences follow the intensity order.
     */
    private double balanceValue(int m, double total, double slope, double band, double cap) {
      if (total <= 0) {
        // No verified emissions: every allocation is floor(0 × (1 + α)) = 0 whatever B is.
        return 1.0;
      }
      double a = (1 - cap) * total;
      double weighted = 0;
      double low = 0;
      int p = 0;
      int q = 0;
      while (true) {
        double enter = p < m ? intensity[scratchIndex[p]] / (1 + band) : Double.POSITIVE_INFINITY;
        double leave = q < p ? intensity[scratchIndex[q]] / (1 - band) : Double.POSITIVE_INFINITY;
        double next = Math.min(enter, leave);
        double atNext = next == Double.POSITIVE_INFINITY ? a : a - slope * weighted / next;
        if (atNext >= total) {
          if (weighted > 0 && a > total) {
            double root = slope * weighted / (a - total);
            return Math.max(low, Math.min(next, root));
          }
          return low > 0 ? low : next;
        }
        int i;
        if (enter <= leave) {
          i = scratchIndex[p++];
          a += verified[i] * (1 + slope) - verified[i] * (1 - cap);
          weighted += verified[i] * intensity[i];
        } else {
          i = scratchIndex[q++];
          a += verified[i] * (1 + cap) - verified[i] * (1 + slope);
          weighted -= verified[i] * intensity[i];
        }
        low = next;
      }
    }

    /**
     * Sorts {@code scratchIndex[0, m)} by intensity, without boxing or allocation. Intensities are not
     * negative (emissions ≥ 0, output > 0), so their bit patterns order like them as {@code long}s: each
     * key is the intensity's bits with the low {@link #indexBits} bits replaced by the unit index. The keys
     * are distributed by their distance from the smallest key into at least m buckets (a counting sort:
     * a sector's intensities mostly share one binary exponent, where the bits grow linearly with the
     * value, so a bucket holds about one unit), each bucket is sorted on its own (insertion for a few keys,
     * a primitive sort for more, so a crowded bucket costs no more than m log m), and an insertion pass on
     * the full intensities then restores the order of units whose keys tied once truncated (intensities
     * within about 10^-12 of each other), in O(m) since the keys are already sorted to that precision. The
     * result is an exact sort by intensity, the same order as a comparison sort of the keys, in O(m)
     * expected time instead of O(m log m).
     */
    private void sortByIntensity(int m) {
      long mask = (1L << indexBits) - 1;
      long min = Long.MAX_VALUE;
      long max = 0;
      for (int k = 0; k < m; k++) {
        int i = scratchIndex[k];
        long key = (Double.doubleToRawLongBits(intensity[i]) & ~mask) | i;
        sortKeys[k] = key;
        min = Math.min(min, key);
        max = Math.max(max, key);
      }
      int bucketBits = Integer.numberOfTrailingZeros(buckets(m));
      // The shift that brings max − min below 2^bucketBits: bucket b holds the keys min + [b, b + 1) × 2^shift.
      int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(max - min) - bucketBits);
      int used = (int) ((max - min) >>> shift) + 1;
      Arrays.fill(bucketStart, 0, used + 1, 0);
      for (int k = 0; k < m; k++) {
        bucketStart[(int) ((sortKeys[k] - min) >>> shift) + 1]++;
      }
      for (int b = 1; b <= used; b++) {
        bucketStart[b] += bucketStart[b - 1];
      }
      // bucketStart[b] now counts the keys of buckets below b; it is advanced while placing, to the next
      // bucket's start, and each bucket is sorted once all its keys are in.
      for (int k = 0; k < m; k++) {
        long key = sortKeys[k];
        bucketedKeys[bucketStart[(int) ((key - min) >>> shift)]++] = key;
      }
      int from = 0;
      for (int b = 0; b < used; b++) {
        int to = bucketStart[b];
        sortBucket(from, to);
        from = to;
      }
      System.arraycopy(bucketedKeys, 0, sortKeys, 0, m);
      for (int k = 0; k < m; k++) {
        scratchIndex[k] = (int) (sortKeys[k] & mask);
      }
      for (int k = 1; k < m; k++) {
        int t = scratchIndex[k];
        double key = intensity[t];
        int j = k - 1;
        while (j >= 0 && intensity[scratchIndex[j]] > key) {
          scratchIndex[j + 1] = scratchIndex[j];
          j--;
        }
        scratchIndex[j + 1] = t;
      }
    }

    /** Sorts {@code bucketedKeys[from, to)}: by insertion when it holds a few keys, else by a primitive sort. */
    private void sortBucket(int from, int to) {
      if (to - from > 16) {
        Arrays.sort(bucketedKeys, from, to);
        return;
      }
      for (int k = from + 1; k < to; k++) {
        long key = bucketedKeys[k];
        int j = k - 1;
        while (j >= from && bucketedKeys[j] > key) {
          bucketedKeys[j + 1] = bucketedKeys[j];
          j--;
        }
        bucketedKeys[j + 1] = key;
      }
    }
  }
}
