package io.github.ets4j.benchmarks;

import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.industry.CoefficientRule;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.study.DrawSummary;
import io.github.ets4j.study.FastEngine;
import io.github.ets4j.study.FastPercent;
import io.github.ets4j.study.MarketUnit;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Monte Carlo fast path: the embedded national market in 2025 × {@code draws} draws on
 * {@link FastEngine#run}, beside a plain primitive loop written here that does the same arithmetic on
 * arrays prepared in {@code @Setup}: per draw and unit two Gaussian numbers and two exponentials (output
 * and intensity log-normal, the scenario's default 5 % and 2 % spreads), verified emissions rounded to
 * whole tonnes; power units by benchmark × Ff and heat benchmark, floored, with the gas top-up; each
 * industry sector sorted by intensity, its balance value swept over the breakpoints and each unit's
 * coefficient applied and floored; entities summed, the 80 % power relief applied; per sector the net
 * position and the shortfall kept per draw, and at the end sorted for the mean and the 5th, 50th and
 * 95th percentiles.
 *
 * <p>The random numbers are part of the work measured, in both methods alike (same generators: one split
 * of the seed's per block of {@link FastEngine#BLOCK_DRAWS} draws, same order). Since issue 14's second pass
 * the engine turns them into normals by its own ziggurat and into factors by a table exponential, while the
 * loop keeps {@code nextGaussian} and {@code Math.exp}: the same model and amount of work, other numbers, so
 * only the central allocation is compared, not the draws' summaries. {@code fastEngine} runs
 * on {@code threads} = 1 and 2 threads; the loop on one. Run it with {@code -prof gc}: the primitive loop
 * allocates only its generators; the
 * engine allocates its per-draw result arrays (two doubles per sector and draw) and the summary.
 * {@code @Setup} checks that the loop's allocation at central values equals the engine's, unit by unit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MonteCarloBenchmark {

  private static final long SEED = 1L;
  private static final double FLOOR_EPSILON = 1e-6;
  private static final IntConsumer NO_PROGRESS = done -> { };
  private static final int SECTORS = Sector.values().length;

  @Param({"1000"})
  int draws;

  private FastEngine engine;
  private double outputSpread;
  private double intensitySpread;

  // Per unit, fixed.
  private int n;
  private int[] sector;
  private int[] entity;
  private boolean[] special;
  private boolean[] topUp;
  private double[] baseVerified;
  private double[] baseIntensityEmissions;
  private double[] baseOutput;
  private double[] baseHeat;
  private double[] electricityCoefficient;
  private double[] heatCoefficient;
  // Per sector, fixed.
  private AllocationMethod[] method; // null where the sector is not covered
  private double[] relief;
  private double[] slope;
  private double[] band;
  private double[] cap;
  private double[] benchmarkFactor;
  private int[][] sectorUnits;
  private int[] entitySector;
  // Scratch, rewritten by every draw.
  private double[] verified;
  private double[] intensityEmissions;
  private double[] output;
  private double[] heat;
  private double[] intensity;
  private long[] allocation;
  private int[] order;
  private double[] entityVerified;
  private long[] entityAllocation;
  private double[] sectorVerified;
  private double[] sectorAllocation;
  private double[] sectorShortfall;
  private int[] sectorShortEntities;
  private double[][] net;
  private double[][] shortfall;
  private double[] shortCount;

  /** Sets the engine up and copies the same rule values into the loop's arrays; checks they agree. */
  @Setup
  public void prepare() {
    EmbeddedMarket market = new EmbeddedMarket();
    Year year = EmbeddedMarket.YEAR;
    outputSpread = FastPercent.toFraction(market.scenario.outputSpreadPercent());
    intensitySpread = FastPercent.toFraction(market.scenario.intensitySpreadPercent());
    engine = FastEngine.setup(Map.of(year, market.units), market.rules);
    List<MarketUnit> units = market.units;
    n = units.size();
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
    method = new AllocationMethod[SECTORS];
    relief = new double[SECTORS];
    slope = new double[SECTORS];
    band = new double[SECTORS];
    cap = new double[SECTORS];
    benchmarkFactor = new double[SECTORS];
    int[] count = new int[SECTORS];
    for (Sector s : Sector.values()) {
      int k = s.ordinal();
      method[k] = market.rules.method(year, s).orElse(null);
      relief[k] = market.rules.entityReliefFraction(year, s).map(BigDecimal::doubleValue).orElse(0.0);
      if (method[k] == AllocationMethod.INTENSITY_COEFFICIENT || method[k] == AllocationMethod.PHASE_2_ADVANCED_LEVEL) {
        IntensityCoefficientPolicy policy = market.rules.industry(year, s);
        if (policy.bestShare().isPresent() || policy.publishedBalanceValue().isPresent()) {
          throw new IllegalStateException("the loop implements the solved balance value only: " + policy);
        }
        CoefficientRule rule = policy.rule();
        slope[k] = rule.slope().value().doubleValue();
        band[k] = rule.band().value().doubleValue();
        cap[k] = rule.cap().value().doubleValue();
        benchmarkFactor[k] = policy.tighteningFactor().doubleValue();
      }
    }
    Map<String, Integer> entities = new HashMap<>();
    for (int i = 0; i < n; i++) {
      MarketUnit u = units.get(i);
      int s = u.sector().ordinal();
      sector[i] = s;
      count[s]++;
      entity[i] = entities.computeIfAbsent(u.entityId(), id -> entities.size());
      special[i] = u.isSpecial();
      baseVerified[i] = u.verifiedTonnes().doubleValue();
      baseIntensityEmissions[i] = u.intensityEmissions().doubleValue();
      baseOutput[i] = u.output().doubleValue();
      baseHeat[i] = u.heatGj().doubleValue();
      if (method[s] == AllocationMethod.POWER_BENCHMARK && !special[i]) {
        electricityCoefficient[i] = market.rules.electricityBenchmark(year, u)
            .multiply(market.rules.peakShavingFactor(year, u)).doubleValue();
        heatCoefficient[i] = market.rules.heatBenchmark(year, u).doubleValue();
        topUp[i] = market.rules.topsUp(year, u);
      }
    }
    sectorUnits = new int[SECTORS][];
    for (int s = 0; s < SECTORS; s++) {
      sectorUnits[s] = new int[count[s]];
      count[s] = 0;
    }
    for (int i = 0; i < n; i++) {
      sectorUnits[sector[i]][count[sector[i]]++] = i;
    }
    entitySector = new int[entities.size()];
    for (int i = 0; i < n; i++) {
      entitySector[entity[i]] = sector[i];
    }
    verified = new double[n];
    intensityEmissions = new double[n];
    output = new double[n];
    heat = new double[n];
    intensity = new double[n];
    allocation = new long[n];
    order = new int[n];
    entityVerified = new double[entitySector.length];
    entityAllocation = new long[entitySector.length];
    sectorVerified = new double[SECTORS];
    sectorAllocation = new double[SECTORS];
    sectorShortfall = new double[SECTORS];
    sectorShortEntities = new int[SECTORS];
    net = new double[SECTORS][draws];
    shortfall = new double[SECTORS][draws];
    shortCount = new double[SECTORS];
    checkAgainstEngine(year);
  }

  private void checkAgainstEngine(Year year) {
    System.arraycopy(baseVerified, 0, verified, 0, n);
    System.arraycopy(baseIntensityEmissions, 0, intensityEmissions, 0, n);
    System.arraycopy(baseOutput, 0, output, 0, n);
    System.arraycopy(baseHeat, 0, heat, 0, n);
    allocate();
    long[] expected = engine.unitAllocations(year);
    int differ = 0;
    for (int i = 0; i < n; i++) {
      if (expected[i] != allocation[i]) {
        differ++;
      }
    }
    if (differ > 0) {
      throw new IllegalStateException("the primitive loop differs from the engine on " + differ + " of " + n + " units");
    }
  }

  /**
   * The fast engine: {@code draws} draws of the whole market and the summary per sector.
   *
   * @return the summary per year and sector
   */
  @Benchmark
  public Map<Year, Map<Sector, DrawSummary>> fastEngine(Threads threads) {
    return engine.run(draws, SEED, outputSpread, intensitySpread, threads.threads, NO_PROGRESS);
  }

  /** The thread count of {@link #fastEngine}; the primitive loop is single-threaded and does not use it. */
  @State(Scope.Benchmark)
  public static class Threads {
    /** The threads the engine's draws run on. */
    @Param({"1", "2"})
    int threads;
  }

  /**
   * The plain primitive loop of the same arithmetic.
   *
   * @return a checksum of the per-sector summaries
   */
  @Benchmark
  public double primitiveLoop() {
    // The engine's generators: block b of FastEngine.BLOCK_DRAWS draws uses the b-th split of the seed's.
    SplittableRandom root = new SplittableRandom(SEED);
    SplittableRandom random = root;
    double so = Math.sqrt(Math.log1p(outputSpread * outputSpread));
    double si = Math.sqrt(Math.log1p(intensitySpread * intensitySpread));
    double driftO = -0.5 * so * so;
    double driftI = -0.5 * si * si;
    Arrays.fill(shortCount, 0);
    for (int d = 0; d < draws; d++) {
      if (d % FastEngine.BLOCK_DRAWS == 0) {
        random = root.split();
      }
      for (int i = 0; i < n; i++) {
        double fo = Math.exp(so * random.nextGaussian() + driftO);
        double fi = Math.exp(si * random.nextGaussian() + driftI);
        verified[i] = Math.rint(baseVerified[i] * fo * fi);
        intensityEmissions[i] = Math.rint(baseIntensityEmissions[i] * fo * fi);
        output[i] = baseOutput[i] * fo;
        heat[i] = baseHeat[i] * fo;
      }
      allocate();
      for (int s = 0; s < SECTORS; s++) {
        net[s][d] = sectorAllocation[s] - sectorVerified[s];
        shortfall[s][d] = sectorShortfall[s];
        shortCount[s] += sectorShortEntities[s];
      }
    }
    double checksum = 0;
    for (int s = 0; s < SECTORS; s++) {
      if (sectorUnits[s].length == 0) {
        continue;
      }
      double sum = 0;
      for (double v : net[s]) {
        sum += v;
      }
      Arrays.sort(net[s]);
      Arrays.sort(shortfall[s]);
      checksum += Math.round(sum / draws) + Math.round(percentile(net[s], 5)) + Math.round(percentile(net[s], 50))
          + Math.round(percentile(net[s], 95)) + Math.round(percentile(shortfall[s], 50))
          + Math.round(percentile(shortfall[s], 95)) + shortCount[s] / draws;
    }
    return checksum;
  }

  private static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(FastPercent.toFraction(p) * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private void allocate() {
    for (int s = 0; s < SECTORS; s++) {
      AllocationMethod m = method[s];
      if (m == null) { // not covered that year: nothing allocated
        for (int i : sectorUnits[s]) {
          allocation[i] = 0;
        }
        continue;
      }
      switch (m) {
        case POWER_BENCHMARK:
          for (int i : sectorUnits[s]) {
            long a;
            if (special[i]) {
              a = (long) verified[i];
            } else {
              a = (long) Math.floor(output[i] * electricityCoefficient[i] + FLOOR_EPSILON)
                  + (long) Math.floor(heat[i] * heatCoefficient[i] + FLOOR_EPSILON);
              if (topUp[i] && a < verified[i]) {
                a = (long) verified[i];
              }
            }
            allocation[i] = a;
          }
          break;
        case INTENSITY_COEFFICIENT:
        case PHASE_2_ADVANCED_LEVEL:
          industry(s);
          break;
        default: // VERIFIED_EMISSIONS
          for (int i : sectorUnits[s]) {
            allocation[i] = (long) verified[i];
          }
      }
    }
    Arrays.fill(entityVerified, 0);
    Arrays.fill(entityAllocation, 0);
    for (int i = 0; i < n; i++) {
      entityVerified[entity[i]] += verified[i];
      entityAllocation[entity[i]] += allocation[i];
    }
    Arrays.fill(sectorVerified, 0);
    Arrays.fill(sectorAllocation, 0);
    Arrays.fill(sectorShortfall, 0);
    Arrays.fill(sectorShortEntities, 0);
    for (int e = 0; e < entitySector.length; e++) {
      int s = entitySector[e];
      if (method[s] == null) {
        continue;
      }
      if (relief[s] > 0) {
        long floor = (long) Math.floor(relief[s] * entityVerified[e] + FLOOR_EPSILON);
        entityAllocation[e] = Math.max(entityAllocation[e], floor);
      }
      sectorVerified[s] += entityVerified[e];
      sectorAllocation[s] += entityAllocation[e];
      double gap = entityVerified[e] - entityAllocation[e];
      if (gap > 0) {
        sectorShortfall[s] += gap;
        sectorShortEntities[s]++;
      }
    }
  }

  private void industry(int s) {
    int m = 0;
    double total = 0;
    for (int i : sectorUnits[s]) {
      if (special[i]) {
        allocation[i] = (long) verified[i];
      } else {
        intensity[i] = intensityEmissions[i] / output[i];
        order[m++] = i;
        total += verified[i];
      }
    }
    if (m == 0) {
      return;
    }
    sort(0, m - 1);
    double bp = balanceValue(m, total, slope[s], band[s], cap[s]) * benchmarkFactor[s];
    for (int k = 0; k < m; k++) {
      int i = order[k];
      double x = (bp - intensity[i]) / bp;
      double alpha = x >= band[s] ? cap[s] : x <= -band[s] ? -cap[s] : slope[s] * x;
      allocation[i] = (long) Math.floor(verified[i] * (1 + alpha) + FLOOR_EPSILON);
    }
  }

  // The sector's allocation as a function of BP is a − slope·W/BP, with a and W stepping at each
  // breakpoint (a unit enters the proportional band at I/(1+band), leaves it at I/(1−band)); the root
  // lies on the first piece whose right end reaches the sector's verified total.
  private double balanceValue(int m, double total, double k, double b, double c) {
    if (total <= 0) {
      double top = intensity[order[m - 1]];
      return top > 0 ? top : 1.0;
    }
    double a = (1 - c) * total;
    double weighted = 0;
    double left = 0;
    int entering = 0;
    int leaving = 0;
    while (true) {
      double enter = entering < m ? intensity[order[entering]] / (1 + b) : Double.POSITIVE_INFINITY;
      double leave = leaving < entering ? intensity[order[leaving]] / (1 - b) : Double.POSITIVE_INFINITY;
      double right = Math.min(enter, leave);
      double atRight = right == Double.POSITIVE_INFINITY ? a : a - k * weighted / right;
      if (atRight >= total) {
        if (weighted > 0 && a > total) {
          return Math.max(left, Math.min(right, k * weighted / (a - total)));
        }
        return left > 0 ? left : right;
      }
      if (enter <= leave) {
        int i = order[entering++];
        a += verified[i] * (1 + k) - verified[i] * (1 - c);
        weighted += verified[i] * intensity[i];
      } else {
        int i = order[leaving++];
        a += verified[i] * (1 + c) - verified[i] * (1 + k);
        weighted -= verified[i] * intensity[i];
      }
      left = right;
    }
  }

  // Quicksort of order[from..to] by intensity, insertion sort below 17 elements, no allocation.
  private void sort(int from, int to) {
    while (to - from > 16) {
      double pivot = intensity[order[(from + to) >>> 1]];
      int i = from;
      int j = to;
      while (i <= j) {
        while (intensity[order[i]] < pivot) {
          i++;
        }
        while (intensity[order[j]] > pivot) {
          j--;
        }
        if (i <= j) {
          int t = order[i];
          order[i++] = order[j];
          order[j--] = t;
        }
      }
      if (j - from < to - i) {
        sort(from, j);
        from = i;
      } else {
        sort(i, to);
        to = j;
      }
    }
    for (int i = from + 1; i <= to; i++) {
      int t = order[i];
      double key = intensity[t];
      int j = i - 1;
      while (j >= from && intensity[order[j]] > key) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = t;
    }
  }
}
