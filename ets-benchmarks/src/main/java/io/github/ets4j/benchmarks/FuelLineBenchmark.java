package io.github.ets4j.benchmarks;

import io.github.ets4j.core.Sector;
import io.github.ets4j.study.FastPercent;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelCombustion;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.fuel.ResolvedFuel;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.time.Year;
import java.util.SplittableRandom;
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

/**
 * One fuel line of a power unit's month, {@code E = FC × NCV × CC × OF × 44/12}, with the reporting
 * precisions of mrv.md (FC 2, NCV 3, CC 5 decimals on the way in; the line 2 decimals on the way out,
 * half up), beside the same formula and roundings on doubles.
 *
 * <p>Exact variants, from the bare formula to the full API path: {@link #exactLine()} rounds the raw
 * inputs and applies {@link FuelCombustion#co2Line} (carbon × 11 / 3 divided once at the line's 2
 * decimals); {@link #exactLineTwoSteps()} is the path before it, {@link FuelCombustion#co2} (a 34-digit
 * division) then the rounding; {@link #resolvedLine()} asks a line resolved in {@code @Setup} for its
 * calculated line's reported figure (the explanation text is built only when read);
 * {@link #resolvedLineExplained()} reads the explanation too; {@link #resolveAndCalculate()} resolves
 * the reported line against the default catalogue first. The targets (at most 10× the double
 * baseline, 50× for the resolved line) are stated on {@link #exactLine()} and {@link #resolvedLine()}.
 * {@code @Setup} checks on 200,000 random lines that the one- and two-step paths report the same value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FuelLineBenchmark {

  private static final Year YEAR = Year.of(2025);

  // Raw inputs with more decimals than reported, so that every rounding step does work.
  private BigDecimal consumption;
  private BigDecimal ncv;
  private BigDecimal carbonContent;
  private BigDecimal oxidationRate;
  private FuelLine line;
  private ResolvedFuel resolved;
  private DefaultCatalogue catalogue;
  private double consumptionD;
  private double ncvD;
  private double carbonContentD;
  private double oxidationRateD;

  /** A bituminous coal line with measured NCV and carbon content, the catalogue's oxidation rate. */
  @Setup
  public void prepare() {
    consumption = new BigDecimal("45678.9137");
    ncv = new BigDecimal("21.50449");
    carbonContent = new BigDecimal("0.0261837");
    catalogue = DefaultCatalogue.chinaNational();
    line = FuelLine.of(Fuel.BITUMINOUS_COAL, consumption, FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", ncv, "GJ/t"))
        .withCarbonContent(Parameter.measured("CC", carbonContent, "tC/GJ"));
    resolved = FuelRules.resolve(line, Sector.POWER, YEAR, catalogue);
    oxidationRate = resolved.oxidationRate().orElseThrow().value();
    checkOneDivision();
    consumptionD = consumption.doubleValue();
    ncvD = ncv.doubleValue();
    carbonContentD = carbonContent.doubleValue();
    oxidationRateD = oxidationRate.doubleValue();
    BigDecimal exact = exactLine();
    if (exact.compareTo(exactLineTwoSteps()) != 0) {
      throw new IllegalStateException("one division differs: " + exactLineTwoSteps() + " vs " + exact);
    }
    double primitive = doubleBaseline();
    if (Math.abs(exact.doubleValue() - primitive) > 0.011
        || exact.compareTo(resolved.combustion().reportedCo2e()) != 0) {
      throw new IllegalStateException("the variants disagree: " + exact + ", " + primitive + ", "
          + resolved.combustion().reportedCo2e());
    }
  }

  /**
   * The exact formula with reporting precision: round the inputs, multiply, convert carbon to CO2 and round
   * the line in one division.
   *
   * @return the line, tCO2, 2 decimals
   */
  @Benchmark
  public BigDecimal exactLine() {
    return FuelCombustion.co2Line(ReportingPrecision.fuelConsumption(consumption), ReportingPrecision.ncv(ncv),
        ReportingPrecision.carbonContent(carbonContent), oxidationRate);
  }

  /**
   * The path before {@link FuelCombustion#co2Line}: the 34-digit {@code carbon × 44 / 12}, then the rounding.
   *
   * @return the line, tCO2, 2 decimals
   */
  @Benchmark
  public BigDecimal exactLineTwoSteps() {
    return ReportingPrecision.sourceLine(FuelCombustion.co2(ReportingPrecision.fuelConsumption(consumption),
        ReportingPrecision.ncv(ncv), ReportingPrecision.carbonContent(carbonContent), oxidationRate));
  }

  private static void checkOneDivision() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 200_000; i++) {
      BigDecimal fc = BigDecimal.valueOf(random.nextLong(10_000_000_000L), 2);
      BigDecimal q = BigDecimal.valueOf(random.nextLong(1, 500_000), 3);
      BigDecimal cc = BigDecimal.valueOf(random.nextLong(1, 100_000), 5);
      BigDecimal of = BigDecimal.valueOf(random.nextLong(8_000, 10_001), 2);
      BigDecimal today = ReportingPrecision.sourceLine(FuelCombustion.co2(fc, q, cc, of));
      if (today.compareTo(FuelCombustion.co2Line(fc, q, cc, of)) != 0) {
        throw new IllegalStateException("one division differs for " + fc + " " + q + " " + cc + " " + of);
      }
    }
  }

  /**
   * The calculated line of a line resolved in {@code @Setup}: the formula plus the explanation text.
   *
   * @return the line, tCO2, 2 decimals
   */
  @Benchmark
  public BigDecimal resolvedLine() {
    return resolved.combustion().reportedCo2e();
  }

  /**
   * The calculated line of a line resolved in {@code @Setup}, its explanation text read too.
   *
   * @return the explanation
   */
  @Benchmark
  public String resolvedLineExplained() {
    return resolved.combustion().explanation();
  }

  /**
   * The full path from the reported line: acquisition rules, catalogue defaults, roundings, formula, explanation.
   *
   * @return the line, tCO2, 2 decimals
   */
  @Benchmark
  public BigDecimal resolveAndCalculate() {
    return FuelRules.resolve(line, Sector.POWER, YEAR, catalogue).combustion().reportedCo2e();
  }

  /**
   * The primitive baseline: the same roundings (half up) and formula on doubles.
   *
   * @return the line, tCO2, 2 decimals (binary approximation)
   */
  @Benchmark
  public double doubleBaseline() {
    double fc = halfUp(consumptionD, 100);
    double q = halfUp(ncvD, 1_000);
    double cc = halfUp(carbonContentD, 100_000);
    return halfUp(fc * q * cc * FastPercent.toFraction(oxidationRateD) * 44 / 12, 100);
  }

  private static double halfUp(double value, double scale) {
    return Math.floor(value * scale + 0.5) / scale;
  }
}
