package io.github.ets4j.benchmarks;

import io.github.ets4j.study.FastEngine;
import io.github.ets4j.study.MarketUnit;
import io.github.ets4j.study.SectorAllocation;
import io.github.ets4j.core.Sector;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The exact allocation of the whole embedded national market for 2025 (every covered sector through
 * {@code Rulebook.chinaNational(2025)}: power benchmarks with Ff and entity relief, the three industry
 * sectors by intensity coefficients with their exact balance values), beside the fast engine's
 * primitive allocation of the same units at their central values ({@link FastEngine#unitAllocations}),
 * which is the same arithmetic on doubles and longs. The projected units are prepared in {@code @Setup}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NationalMarketBenchmark {

  private EmbeddedMarket market;
  private FastEngine engine;
  private PreparedSectors prepared;
  private Rulebook rulebook;

  /** Projects the market to 2025 and sets the fast engine up on the same units. */
  @Setup
  public void prepare() {
    market = new EmbeddedMarket();
    engine = FastEngine.setup(Map.of(EmbeddedMarket.YEAR, market.units), market.rules);
    // The rulebook is built once per year and cached by the rules: build it here, not in the measurement.
    rulebook = market.rules.rulebook(EmbeddedMarket.YEAR);
    prepared = new PreparedSectors(market.bySector);
  }

  /**
   * Every covered sector of 2025, exact.
   *
   * @param blackhole receives each sector's allocation
   */
  @Benchmark
  public void exactAllocation(Blackhole blackhole) {
    for (Map.Entry<Sector, List<MarketUnit>> sector : market.bySector.entrySet()) {
      SectorAllocation allocation = market.rules.allocate(EmbeddedMarket.YEAR, sector.getKey(), sector.getValue());
      blackhole.consume(allocation);
    }
  }

  /**
   * The rulebook's exact allocation of every covered sector of 2025 from the allocation module's units built in
   * {@code @Setup}: what {@link #exactAllocation} does without the study's conversion of market rows and results.
   *
   * @param blackhole receives each sector's allocation
   */
  @Benchmark
  public void exactAllocationPrepared(Blackhole blackhole) {
    blackhole.consume(rulebook.allocatePower(prepared.power));
    for (Map.Entry<Sector, List<IndustrialUnit>> sector : prepared.industry.entrySet()) {
      blackhole.consume(rulebook.allocateIndustry(sector.getKey(), sector.getValue()));
    }
  }

  /**
   * The primitive baseline: the fast engine's allocation of the same units.
   *
   * @return each unit's allocation, t
   */
  @Benchmark
  public long[] fastEngineBaseline() {
    return engine.unitAllocations(EmbeddedMarket.YEAR);
  }
}
