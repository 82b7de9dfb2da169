package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@link #setup(Map, StudyRules, Scenario)}). A draw is one pass over the entities: a power entity's units are
 * drawn, allocated and settled at once, an industry sector's once its units are all drawn. Arithmetic is
 * {@code double}; allocations are floored like the exact ones and agree with them within one tonne per unit (a
 * property test checks it).
 *
 * <p>{@link #run(int, long, double, double, int, IntConsumer)} spreads the draws over threads, the calling thread
 * one of them, each with its own workspace (scratch arrays, kept by the engine for its next run), and gives the
 * same summaries for a seed whatever the thread count. An engine itself is not thread-safe: it owns its
 * workspaces. Do not call one engine from two threads at once; create one per calling thread.
 */
public final class FastEngine {
  // Floors of values that are exact integers in decimal must not drop a tonne to binary rounding
  // (1,000,000 × 0.1038 is 103,799.99999999999 in double); 1e-6 t is far below the one-tonne tolerance
  // and far above double's error on values below 10^9 t.
  static final double FLOOR_EPSILON = 1e-6;
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
  /** The workspaces of the threads of a run: the first is {@link #arrays}, the others copies made when needed. */
  private final List<List<YearArrays>> workspaces = new ArrayList<>();

  private FastEngine(List<Year> years, List<YearArrays> arrays) {
    this.years = years;
    this.arrays = arrays;
    workspaces.add(arrays);
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
      arrays.add(new YearArrays(year, units, rules, rules.compliance(year).offsetLimit().value(), scenario));
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
    y.allocate(null);
    return y.unitAllocations();
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
    y.allocate(null);
    return y.entityAllocations();
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
   * draws its random numbers from the {@code b}-th {@link java.util.SplittableRandom#split()} of {@code new
   * SplittableRandom(seed)} (the same numbers, from the engine's own copy of its algorithm), and every draw writes its results at its own index. The summaries are
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
    Checks.notNull("progress", progress);
    return finish(start(draws, seed, outputSpread, intensitySpread, threads), exactNetPositions, progress);
  }

  /**
   * Starts the draws of a run on {@code threads − 1} threads of their own and returns at once; {@link #finish}
   * makes the calling thread the last of them. Until then the calling thread is free for other work (the study's
   * exact pass), while the draws use the other cores. The engine must not be used for anything else until the run
   * is finished or {@link DrawRun#cancel() cancelled}.
   *
   * @throws EtsValidationException if draws is below 1, a spread is negative or threads is out of range
   */
  DrawRun start(int draws, long seed, double outputSpread, double intensitySpread, int threads) {
    if (draws < 1) {
      throw new EtsValidationException("draws", draws, "must be at least 1");
    }
    if (!(outputSpread >= 0) || !(intensitySpread >= 0)) {
      throw new EtsValidationException("spread", outputSpread + ", " + intensitySpread, "must not be negative");
    }
    checkThreads(threads);
    int blocks = (draws + BLOCK_DRAWS - 1) / BLOCK_DRAWS;
    int workers = Math.min(threads, blocks);
    while (workspaces.size() < workers) {
      List<YearArrays> copy = new ArrayList<>();
      for (YearArrays y : arrays) {
        copy.add(new YearArrays(y));
      }
      workspaces.add(copy);
    }
    double so = Math.sqrt(Math.log1p(outputSpread * outputSpread));
    double si = Math.sqrt(Math.log1p(intensitySpread * intensitySpread));
    List<List<YearArrays>> used = workspaces.subList(0, workers);
    for (List<YearArrays> workspace : used) {
      for (YearArrays y : workspace) {
        y.spreads(so, si);
      }
    }
    return DrawRun.start(draws, seed, List.copyOf(used));
  }

  /**
   * Finishes a started run on the calling thread (it draws blocks too, then waits for the others) and summarises it.
   *
   * @param run a run of this engine, neither finished nor cancelled
   * @param exactNetPositions as {@link #run(int, long, double, double, int, Map, IntConsumer)}
   * @param progress told the number of draws done after each draw, in order, on the calling thread
   * @return the summaries by year and sector, in year order
   */
  Map<Year, Map<Sector, DrawSummary>> finish(DrawRun run, Map<Year, Map<Sector, BigDecimal>> exactNetPositions,
      IntConsumer progress) {
    return summarise(run.finish(progress), exactNetPositions);
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

  private Map<Year, Map<Sector, DrawSummary>> summarise(DrawRun.Results results,
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

  /** A unit's value for the arrays; refused beyond the engine's range or when not finite. */
  static double inRange(String field, MarketUnit unit, BigDecimal value) {
    double d = value.doubleValue();
    if (!(Math.abs(d) <= UNIT_RANGE)) {
      throw new EtsValidationException(field + " of unit " + unit.unitId() + " in " + unit.year(), value.toPlainString(),
          "beyond the fast engine's range of 10^12 per unit: the scenario projects far past any physical market");
    }
    return d;
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(FastPercent.toFraction(p) * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private YearArrays year(Year year) {
    int t = years.indexOf(year);
    if (t < 0) {
      throw new EtsValidationException("year", year, "was not set up (years " + years + ")");
    }
    return arrays.get(t);
  }
}
