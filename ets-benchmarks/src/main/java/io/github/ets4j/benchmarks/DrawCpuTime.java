package io.github.ets4j.benchmarks;

import io.github.ets4j.study.FastEngine;
import io.github.ets4j.study.FastPercent;
import io.github.ets4j.study.Market;
import io.github.ets4j.study.MarketFile;
import io.github.ets4j.study.MarketUnit;
import io.github.ets4j.study.PolicyStudy;
import io.github.ets4j.study.RulebookStudyRules;
import io.github.ets4j.study.Scenario;
import io.github.ets4j.study.StudyRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The thread CPU time of one fast-engine draw (issue 14), for a shared machine where JMH's wall times are disturbed
 * by other processes: the CPU time of the drawing thread counts only its own work. One thread, the default scenario's
 * spreads; 3,000 draws of warm-up, then {@code repetitions} runs of {@value #DRAWS} draws (ten blocks); prints the
 * fastest and the median run in ms per draw, and the load average.
 *
 * <p>Usage, from the repository root: {@code java -cp ets-benchmarks/target/benchmarks.jar
 * io.github.ets4j.benchmarks.DrawCpuTime MARKET.csv [YEAR] [REPETITIONS]} (defaults 2025 and 15). Not a benchmark of
 * the suite: {@code run-all.sh} does not run it.
 */
public final class DrawCpuTime {
  private static final int DRAWS = 10 * FastEngine.BLOCK_DRAWS;
  private static final int WARM_UP_DRAWS = 3_000;
  private static final double NANOS_PER_MILLI = 1e6;

  private DrawCpuTime() {}

  /**
   * Times the draws of a market file's year.
   *
   * @param args the market file, optionally the year and the repetitions
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      throw new IllegalArgumentException("usage: DrawCpuTime MARKET.csv [YEAR] [REPETITIONS]");
    }
    Year year = Year.of(args.length > 1 ? Integer.parseInt(args[1]) : 2025);
    int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    Market market = MarketFile.read(Path.of(args[0])).market();
    Scenario scenario = Scenario.builder().firstYear(year).lastYear(year).build();
    StudyRules rules = RulebookStudyRules.of(scenario);
    List<MarketUnit> units = PolicyStudy.of(market, scenario, rules).projectedUnits(year);
    FastEngine engine = FastEngine.setup(Map.of(year, units), rules, scenario);
    double outputSpread = FastPercent.toFraction(scenario.outputSpreadPercent());
    double intensitySpread = FastPercent.toFraction(scenario.intensitySpreadPercent());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    engine.run(WARM_UP_DRAWS, 1L, outputSpread, intensitySpread, 1, done -> { });
    double[] perDraw = new double[repetitions];
    for (int r = 0; r < repetitions; r++) {
      long start = threads.getCurrentThreadCpuTime();
      engine.run(DRAWS, 1L, outputSpread, intensitySpread, 1, done -> { });
      perDraw[r] = (threads.getCurrentThreadCpuTime() - start) / NANOS_PER_MILLI / DRAWS;
    }
    Arrays.sort(perDraw);
    System.out.printf(Locale.ROOT, "%s %s, %d units: thread CPU per draw, fastest %.4f ms, median %.4f ms (%d runs of %d"
        + " draws); load average %.2f%n", args[0], year, units.size(), perDraw[0], perDraw[repetitions / 2],
        repetitions, DRAWS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
