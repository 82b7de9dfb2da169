package io.github.ets4j.benchmarks;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.industry.BalanceValue;
import io.github.ets4j.allocation.industry.CoefficientRule;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

/**
 * The balance value BP of a cement sector of {@code units} clinker lines under the 2025 coefficient rule
 * (slope 0.15, band 20 %, cap 3 %), and the sector's whole allocation, beside a bisection reference.
 *
 * <p>The units are drawn in {@code @Setup} from a fixed seed: verified emissions whole tonnes between
 * 26,000 and 3,026,000 t, intensities log-normal around 0.86 tCO2/t clinker with a 15 % spread (so that
 * some units sit beyond the band on either side), clinker output to 2 decimals; two lines per entity.
 *
 * <p>The reference, {@link #balanceValueBisection()}, is written here on {@code BigDecimal} with
 * {@link MathContext#DECIMAL128}, the solver's own context: it computes each unit's intensity once per
 * call, brackets BP between the lowest breakpoint {@code min I / (1 + band)} and the highest
 * {@code max I / (1 - band)}, and halves the bracket 50 times (a relative width of about
 * 1e-15), each halving one division for the reciprocal of the midpoint and one pass over the units.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BalanceValueBenchmark {

  static final int HALVINGS = 50;
  private static final MathContext CONTEXT = MathContext.DECIMAL128;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  @Param({"100", "1000", "10000"})
  int units;

  private List<IndustrialUnit> sector;
  private IntensityCoefficientPolicy policy;
  private CoefficientRule rule;

  /** Draws the sector and checks that the solver and the reference agree. */
  @Setup
  public void prepare() {
    SplittableRandom random = new SplittableRandom(7);
    sector = new ArrayList<>(units);
    for (int i = 0; i < units; i++) {
      long tonnes = 26_000 + random.nextLong(3_000_000);
      double intensity = 0.86 * Math.exp(0.15 * random.nextGaussian());
      BigDecimal clinker = BigDecimal.valueOf(Math.round(tonnes / intensity * 100), 2);
      sector.add(IndustrialUnit.cementLine("L" + i, "E" + i / 2, BigDecimal.valueOf(tonnes), clinker));
    }
    policy = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, java.time.Year.of(2025));
    rule = policy.rule();
    BigDecimal solved = balanceValue();
    BigDecimal reference = balanceValueBisection();
    if (solved.subtract(reference).abs().compareTo(solved.movePointLeft(9)) > 0) {
      throw new IllegalStateException("solver " + solved + " but bisection " + reference);
    }
  }

  /**
   * The exact balance value (sort of the 2n breakpoints, one sweep).
   *
   * @return BP, tCO2/t, 34 significant digits
   */
  @Benchmark
  public BigDecimal balanceValue() {
    return BalanceValue.solve(sector, rule);
  }

  /**
   * The sector's whole allocation: BP, then each unit's deviation, coefficient and floored allocation,
   * grouped by entity.
   *
   * @return the allocation
   */
  @Benchmark
  public Allocation industryAllocation() {
    return policy.allocate(sector);
  }

  /**
   * The bisection reference on {@code BigDecimal} (50 halvings, DECIMAL128).
   *
   * @return BP, tCO2/t, to about 15 significant digits
   */
  @Benchmark
  public BigDecimal balanceValueBisection() {
    int n = sector.size();
    BigDecimal slope = rule.slope().value();
    BigDecimal band = rule.band().value();
    BigDecimal cap = rule.cap().value();
    BigDecimal[] intensity = new BigDecimal[n];
    BigDecimal[] emissions = new BigDecimal[n];
    BigDecimal target = BigDecimal.ZERO;
    BigDecimal min = null;
    BigDecimal max = null;
    for (int i = 0; i < n; i++) {
      IndustrialUnit unit = sector.get(i);
      emissions[i] = unit.verifiedEmissions();
      intensity[i] = unit.intensityEmissions().divide(unit.output(), CONTEXT);
      target = target.add(emissions[i]);
      min = min == null ? intensity[i] : min.min(intensity[i]);
      max = max == null ? intensity[i] : max.max(intensity[i]);
    }
    BigDecimal lo = java.util.Objects.requireNonNull(min).divide(BigDecimal.ONE.add(band), CONTEXT);
    BigDecimal hi = java.util.Objects.requireNonNull(max).divide(BigDecimal.ONE.subtract(band), CONTEXT);
    BigDecimal up = BigDecimal.ONE.add(cap);
    BigDecimal down = BigDecimal.ONE.subtract(cap);
    BigDecimal lowEdge = band.negate();
    for (int k = 0; k < HALVINGS; k++) {
      BigDecimal mid = lo.add(hi).multiply(HALF, CONTEXT);
      BigDecimal reciprocal = BigDecimal.ONE.divide(mid, CONTEXT);
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        BigDecimal x = BigDecimal.ONE.subtract(intensity[i].multiply(reciprocal, CONTEXT));
        BigDecimal factor = x.compareTo(band) >= 0 ? up
            : x.compareTo(lowEdge) <= 0 ? down : BigDecimal.ONE.add(slope.multiply(x));
        total = total.add(emissions[i].multiply(factor));
      }
      if (total.compareTo(target) >= 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }
}
