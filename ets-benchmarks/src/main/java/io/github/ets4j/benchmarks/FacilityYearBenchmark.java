package io.github.ets4j.benchmarks;

import io.github.ets4j.core.Sector;
import io.github.ets4j.study.FastPercent;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.fuel.ResolvedFuel;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.power.PowerUnitYear;
import io.github.ets4j.sectors.power.UnitType;
import io.github.ets4j.sectors.steel.ProcessFlow;
import io.github.ets4j.sectors.steel.ProcessMonth;
import io.github.ets4j.sectors.steel.SteelEnterpriseMonth;
import io.github.ets4j.sectors.steel.SteelEnterpriseYear;
import io.github.ets4j.sectors.steel.SteelMaterial;
import io.github.ets4j.sectors.steel.SteelProcess;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
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

/**
 * A facility's year from its twelve monthly reports to the verified annual emissions: a 300 MW coal
 * unit (measured NCV, high-default CC for six months, measured C_ar for six, diesel at defaults) and an
 * integrated steel enterprise (four fuels in the mass balance, four materials, crude steel and two
 * products deducted, four processes and a co-fired unit reported beside). The monthly data are built in
 * {@code @Setup}; the measured methods build the annual report (which checks the twelve months and the
 * fixed NCV choices) and sum the 2-decimal lines to whole tonnes.
 *
 * <p>{@code powerYearFromRaw} and {@code steelYearFromRaw} measure the honest whole: the twelve months
 * built from their raw parameters inside the measured method (inputs parsed from their decimal text,
 * builders checked, lines resolved, calculated, rounded, aggregated), against the same baselines.
 *
 * <p>Each has a primitive baseline: the same lines with the same half-up roundings on doubles, the
 * parameter values taken from the resolved lines in {@code @Setup}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FacilityYearBenchmark {

  private static final int YEAR = 2025;
  private static final double CO2_PER_C = 44.0 / 12.0;

  private List<MonthlyReport> powerMonths;
  private List<MonthlyReport> steelMonths;
  // Power baseline: per fuel line (12 months × 2 lines) FC, NCV, CC or C_ar, OF, and whether C_ar is used.
  private double[] powerFc;
  private double[] powerNcv;
  private double[] powerCarbon;
  private double[] powerOf;
  private boolean[] powerElementCarbon;
  // Steel baseline: per enterprise term (12 months × 11 terms) quantity, factor(s), sign, whether a fuel.
  private double[] steelQuantity;
  private double[] steelNcv;
  private double[] steelFactor;
  private double[] steelSign;
  private boolean[] steelFuel;

  /** Builds the 2 × 12 monthly reports and the baselines' arrays; checks that both paths agree. */
  @Setup
  public void prepare() {
    powerMonths = new ArrayList<>();
    steelMonths = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      powerMonths.add(MonthlyReport.of("91350100M000100Y43", "unit-1", powerMonth(m)));
      steelMonths.add(MonthlyReport.of("91350100M000100Y43", "enterprise", steelMonth(m)));
    }
    preparePowerBaseline();
    prepareSteelBaseline();
    check("power", powerUnitYear(), powerBaseline());
    check("steel", steelEnterpriseYear(), steelBaseline());
    if (powerYearFromRaw().compareTo(powerUnitYear()) != 0 || steelYearFromRaw().compareTo(steelEnterpriseYear()) != 0) {
      throw new IllegalStateException("a year from raw data differs from the year of prepared months");
    }
  }

  private static void check(String what, BigDecimal exact, double primitive) {
    if (Math.abs(exact.doubleValue() - primitive) > 1) {
      throw new IllegalStateException(what + ": exact " + exact + " but baseline " + primitive);
    }
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private static GeneratingUnitMonth powerMonth(int m) {
    FuelLine coal = m <= 6
        ? FuelLine.of(Fuel.BITUMINOUS_COAL, bd("50000.004"), FuelUnit.TONNE)
            .withNcv(Parameter.measured("NCV", bd("20.0004"), "GJ/t"))
        : FuelLine.of(Fuel.BITUMINOUS_COAL, bd("45678.913"), FuelUnit.TONNE)
            .withNcv(Parameter.measured("NCV", bd("21.5"), "GJ/t"))
            .withElementCarbon(Parameter.measured("C_ar", bd("0.54321"), "tC/t"));
    return GeneratingUnitMonth.builder()
        .month(YearMonth.of(YEAR, m))
        .unitType(UnitType.CONDENSING)
        .addFuels(coal, FuelLine.of(Fuel.DIESEL, bd("12.34"), FuelUnit.TONNE))
        .grossGenerationMwh(m == 12 ? bd("140000") : bd("120000"))
        .electricitySuppliedMwh(bd("112000"))
        .operatingHours(bd("650"))
        .ratedCapacityMw(bd("300"))
        .build();
  }

  private static FuelLine tonnes(Fuel fuel, String amount) {
    return FuelLine.of(fuel, bd(amount), FuelUnit.TONNE);
  }

  private static FuelLine nm3(Fuel fuel, String amount) {
    return FuelLine.of(fuel, bd(amount), FuelUnit.TEN_THOUSAND_NM3);
  }

  private static SteelEnterpriseMonth steelMonth(int m) {
    return SteelEnterpriseMonth.builder().month(YearMonth.of(YEAR, m))
        .addFuels(tonnes(Fuel.WASHED_COKING_COAL, "50000.123"), tonnes(Fuel.COKE, "10000.5"),
            tonnes(Fuel.BITUMINOUS_COAL, "12000"), nm3(Fuel.NATURAL_GAS, "100.25"))
        .putMaterials(SteelMaterial.LIMESTONE, bd("20000.456"))
        .putMaterials(SteelMaterial.DOLOMITE, bd("5000"))
        .putMaterials(SteelMaterial.ELECTRODE, bd("300.12"))
        .putMaterials(SteelMaterial.SCRAP, bd("10000"))
        .crudeSteelTonnes(bd("80000.5"))
        .putExportedProducts(SteelMaterial.TAR, bd("1500"))
        .putExportedProducts(SteelMaterial.CRUDE_BENZOL, bd("500"))
        .addProcesses(ProcessMonth.builder().process(SteelProcess.COKING)
            .addInputs(ProcessFlow.fuel(tonnes(Fuel.WASHED_COKING_COAL, "50000")))
            .addOutputs(ProcessFlow.fuel(tonnes(Fuel.COKE, "36000")), ProcessFlow.fuel(nm3(Fuel.COKE_OVEN_GAS, "1500")))
            .productTonnes(bd("36000")).build())
        .addProcesses(ProcessMonth.builder().process(SteelProcess.SINTERING)
            .addInputs(ProcessFlow.fuel(tonnes(Fuel.COKE, "3000")), ProcessFlow.material(SteelMaterial.LIMESTONE, bd("10000")))
            .productTonnes(bd("100000")).build())
        .addProcesses(ProcessMonth.builder().process(SteelProcess.IRONMAKING)
            .addInputs(ProcessFlow.fuel(tonnes(Fuel.COKE, "30000")), ProcessFlow.fuel(tonnes(Fuel.BITUMINOUS_COAL, "12000")))
            .addOutputs(ProcessFlow.fuel(nm3(Fuel.BLAST_FURNACE_GAS, "9000")))
            .productTonnes(m == 12 ? bd("60000") : bd("70000")).build())
        .addProcesses(ProcessMonth.builder().process(SteelProcess.BOF)
            .addInputs(ProcessFlow.material(SteelMaterial.PIG_IRON, bd("70000")))
            .addOutputs(ProcessFlow.fuel(nm3(Fuel.CONVERTER_GAS, "700")))
            .productTonnes(bd("80000")).build())
        .addCofiredFuels(nm3(Fuel.BLAST_FURNACE_GAS, "10000"))
        .build();
  }

  private void preparePowerBaseline() {
    List<ResolvedFuel> lines = new ArrayList<>();
    for (MonthlyReport report : powerMonths) {
      lines.addAll(((GeneratingUnitMonth) report.data()).resolvedFuels());
    }
    int n = lines.size();
    powerFc = new double[n];
    powerNcv = new double[n];
    powerCarbon = new double[n];
    powerOf = new double[n];
    powerElementCarbon = new boolean[n];
    for (int i = 0; i < n; i++) {
      ResolvedFuel f = lines.get(i);
      // The raw reported consumption: the baseline rounds it as the exact path does.
      powerFc[i] = f.line().quantity().doubleValue();
      powerNcv[i] = f.ncv().value().doubleValue();
      powerElementCarbon[i] = f.elementCarbon().isPresent();
      powerCarbon[i] = (powerElementCarbon[i] ? f.elementCarbon() : f.carbonContent()).orElseThrow().value().doubleValue();
      powerOf[i] = f.oxidationRate().orElseThrow().value().doubleValue();
    }
  }

  private void prepareSteelBaseline() {
    DefaultCatalogue catalogue = DefaultCatalogue.chinaNational();
    Year year = Year.of(YEAR);
    List<double[]> terms = new ArrayList<>();
    for (MonthlyReport report : steelMonths) {
      SteelEnterpriseMonth month = (SteelEnterpriseMonth) report.data();
      for (FuelLine fuel : month.fuels()) {
        ResolvedFuel f = FuelRules.chinaNational().resolveLine(fuel, Sector.STEEL, year, catalogue);
        terms.add(new double[] {fuel.quantity().doubleValue(), f.ncv().value().doubleValue(),
            f.carbonContent().orElseThrow().value().doubleValue(), 1, 1});
      }
      for (Map.Entry<SteelMaterial, BigDecimal> use : month.materials().entrySet()) {
        terms.add(new double[] {use.getValue().doubleValue(), 0, factor(catalogue, year, use.getKey()), 1, 0});
      }
      terms.add(new double[] {month.crudeSteelTonnes().doubleValue(), 0,
          factor(catalogue, year, SteelMaterial.CRUDE_STEEL), -1, 0});
      for (Map.Entry<SteelMaterial, BigDecimal> export : month.exportedProducts().entrySet()) {
        terms.add(new double[] {export.getValue().doubleValue(), 0, factor(catalogue, year, export.getKey()), -1, 0});
      }
    }
    int n = terms.size();
    steelQuantity = new double[n];
    steelNcv = new double[n];
    steelFactor = new double[n];
    steelSign = new double[n];
    steelFuel = new boolean[n];
    for (int i = 0; i < n; i++) {
      double[] t = terms.get(i);
      steelQuantity[i] = t[0];
      steelNcv[i] = t[1];
      steelFactor[i] = t[2];
      steelSign[i] = t[3];
      steelFuel[i] = t[4] > 0;
    }
  }

  private static double factor(DefaultCatalogue catalogue, Year year, SteelMaterial material) {
    return catalogue.parameter(DefaultKeys.steelFactor(material.code()), Sector.STEEL, year, material.code())
        .value().doubleValue();
  }

  /**
   * The power unit's year: annual report of the 12 months, verified emissions in whole tonnes.
   *
   * @return verified emissions, tCO2
   */
  @Benchmark
  public BigDecimal powerUnitYear() {
    return PowerUnitYear.of(AnnualReport.of(powerMonths)).verifiedEmissions();
  }

  /**
   * The steel enterprise's year: annual report of the 12 months, verified E_ent in whole tonnes.
   *
   * @return verified emissions, tCO2
   */
  @Benchmark
  public BigDecimal steelEnterpriseYear() {
    return SteelEnterpriseYear.of(AnnualReport.of(steelMonths)).verifiedEmissions();
  }

  /**
   * The power unit's year from the raw monthly parameters: each month's fuel lines and operating data
   * built and checked, its lines resolved against the catalogue, calculated and rounded, the twelve
   * monthly reports aggregated to verified emissions. Nothing is prepared in {@code @Setup}: this is what
   * a year costs when it is read, not when it was read before.
   *
   * @return verified emissions, tCO2
   */
  @Benchmark
  public BigDecimal powerYearFromRaw() {
    List<MonthlyReport> months = new ArrayList<>(12);
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("91350100M000100Y43", "unit-1", powerMonth(m)));
    }
    return PowerUnitYear.of(AnnualReport.of(months)).verifiedEmissions();
  }

  /**
   * The steel enterprise's year from the raw monthly parameters, as {@link #powerYearFromRaw()}.
   *
   * @return verified emissions, tCO2
   */
  @Benchmark
  public BigDecimal steelYearFromRaw() {
    List<MonthlyReport> months = new ArrayList<>(12);
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("91350100M000100Y43", "enterprise", steelMonth(m)));
    }
    return SteelEnterpriseYear.of(AnnualReport.of(months)).verifiedEmissions();
  }

  /**
   * Primitive baseline of {@link #powerUnitYear()}: the 24 fuel lines rounded and summed on doubles.
   *
   * @return verified emissions, tCO2 (binary approximation)
   */
  @Benchmark
  public double powerBaseline() {
    double total = 0;
    for (int i = 0; i < powerFc.length; i++) {
      double fc = halfUp(powerFc[i], 100);
      double of = FastPercent.toFraction(powerOf[i]);
      double carbon = powerElementCarbon[i]
          ? fc * halfUp(powerCarbon[i], 10_000) * of
          : fc * halfUp(powerNcv[i], 1_000) * halfUp(powerCarbon[i], 100_000) * of;
      total += halfUp(carbon * CO2_PER_C, 100);
    }
    return halfUp(total, 1);
  }

  /**
   * Primitive baseline of {@link #steelEnterpriseYear()}: the 132 enterprise terms on doubles.
   *
   * @return verified emissions, tCO2 (binary approximation)
   */
  @Benchmark
  public double steelBaseline() {
    double total = 0;
    for (int i = 0; i < steelQuantity.length; i++) {
      double q = halfUp(steelQuantity[i], 100);
      double line = steelFuel[i]
          ? q * halfUp(steelNcv[i], 1_000) * halfUp(steelFactor[i], 100_000) * CO2_PER_C
          : q * steelFactor[i];
      total += steelSign[i] * halfUp(line, 100);
    }
    return halfUp(total, 1);
  }

  private static double halfUp(double value, double scale) {
    return Math.floor(value * scale + 0.5) / scale;
  }
}
