package io.github.ets4j.benchmarks;

import io.github.ets4j.study.DrawSummary;
import io.github.ets4j.study.FastEngine;
import io.github.ets4j.study.MarketUnit;
import io.github.ets4j.study.SectorAllocation;
import io.github.ets4j.core.Sector;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * How the exact allocation and the draws grow with the market: synthetic markets of {@code units} = 10^2
 * to 10^5 units made from the embedded national market of 2025 (7,478 units) — its units in a fixed
 * shuffled order, taken in turn and, past 7,478, copied under new entity and unit ids — so that every
 * size has the national mix of sectors, sizes and intensities.
 *
 * <p>{@code exactAllocation} allocates every covered sector exactly (national rules of 2025);
 * {@code fastCentral} is the fast engine's central case; {@code draws} is {@value #DRAWS} Monte Carlo
 * draws on one thread. Read with {@code -prof gc}: the growth of time and bytes per operation between
 * sizes, which should be no faster than n log n (×10 units → at most ×13.3 at 10^4 → 10^5).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ScalingBenchmark {
  private static final int DRAWS = 10;

  @Param({"100", "1000", "10000", "100000"})
  int units;

  private EmbeddedMarket market;
  private Map<Sector, List<MarketUnit>> bySector;
  private FastEngine engine;

  /** Builds the market of {@code units} units and sets the fast engine up on it. */
  @Setup
  public void prepare() {
    market = new EmbeddedMarket();
    List<MarketUnit> national = new ArrayList<>(market.units);
    Collections.shuffle(national, new Random(7));
    List<MarketUnit> scaled = new ArrayList<>(units);
    for (int i = 0; i < units; i++) {
      MarketUnit u = national.get(i % national.size());
      int copy = i / national.size();
      scaled.add(copy == 0 ? u : MarketUnit.builder().from(u).entityId("x" + copy + "-" + u.entityId())
          .unitId("x" + copy + "-" + u.unitId()).build());
    }
    bySector = new EnumMap<>(Sector.class);
    for (MarketUnit unit : scaled) {
      if (market.rules.method(EmbeddedMarket.YEAR, unit.sector()).isPresent()) {
        bySector.computeIfAbsent(unit.sector(), s -> new ArrayList<>()).add(unit);
      }
    }
    engine = FastEngine.setup(Map.of(EmbeddedMarket.YEAR, scaled), market.rules);
  }

  /**
   * The exact allocation of every covered sector.
   *
   * @param blackhole consumes the allocations
   */
  @Benchmark
  public void exactAllocation(Blackhole blackhole) {
    for (Map.Entry<Sector, List<MarketUnit>> sector : bySector.entrySet()) {
      SectorAllocation allocation = market.rules.allocate(EmbeddedMarket.YEAR, sector.getKey(), sector.getValue());
      blackhole.consume(allocation);
    }
  }

  /**
   * The fast engine's central allocation.
   *
   * @return the unit allocations
   */
  @Benchmark
  public long[] fastCentral() {
    return engine.unitAllocations(EmbeddedMarket.YEAR);
  }

  /**
   * {@value #DRAWS} Monte Carlo draws on one thread.
   *
   * @return the summaries
   */
  @Benchmark
  public Map<Year, Map<Sector, DrawSummary>> draws() {
    return engine.run(DRAWS, 1L, 0.05, 0.02, 1, done -> { });
  }
}
