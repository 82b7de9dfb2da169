package io.github.ets4j.study;

import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import io.github.ets4j.io.AllocationCsv;
import io.github.ets4j.io.CsvTable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Writes the results of a study: {@code units.csv}, {@code entities.csv}, {@code sectors.csv}, the charts
 * {@code sectors.svg} ({@link SectorChart}) and {@code benchmarks.svg} ({@link BenchmarkChart}),
 * {@code power-benchmarks.csv}, and, beside the run's manifest, the page {@code report.html} ({@link StudyReport}).
 * The CSV files are {@link CsvTable}s, the one CSV writer of ets4j that ets-io's
 * {@link io.github.ets4j.io.AllocationCsv} writes through too.
 *
 * <p>Tonnes are whole; intensities and balance values are written to 4 decimals (balance values: the decimals of
 * the reported BP, the entry {@code IntensityCoefficientPolicy.BP_DECIMALS}), deviations and shortfall
 * rates to 2, coefficients to 6, money (CNY) to 2, half up (display only: the figures were computed exactly).
 * An absent value (power has no balance value; no draws) is an empty cell. The column {@code projected} of
 * {@code entities.csv} and {@code sectors.csv} is {@code true} for a year after the last published allocation
 * plan (2026), whose rules are carried forward with ASSUMED parameters, else {@code false}.
 *
 * <p>After {@code projected}, {@code entities.csv} has the entity's settlement through its compliance account
 * ({@link CompliancePosition}): {@code obligation_t} (verified, whole tonnes half up), {@code ccer_t} (the
 * scenario's share of the 5 % cap), {@code shortfall_t} (allowances to buy), {@code surplus_t} (allowances that
 * can be sold), {@code ccer_cost_cny}, {@code shortfall_cost_cny}, {@code surplus_value_cny} and
 * {@code compliance_cost_cny} (shortfall cost + CCER cost − surplus value). {@code sectors.csv} has the same
 * tonnes and the compliance cost summed over the sector, then {@code draws} and the Monte Carlo summaries of the
 * fast engine ({@link DrawSummary}): mean, p5, p50 and p95 of the net position after CCERs
 * ({@code mc_net_position_*_t}, surplus − shortfall), of the shortfall ({@code mc_shortfall_*_t}) and of the
 * compliance cost ({@code mc_compliance_cost_*_cny}, whole CNY), nearest-rank percentiles, and
 * {@code mc_exact_rank}, the rank of the exact case's net position among the draws (1 to draws + 1).
 *
 * <p>{@code power-benchmarks.csv} has a row per power sector-year and unit category I–IV
 * ({@link SectorYearResult#powerBenchmarks()}): {@code year}, {@code category}, {@code electricity_benchmark_t_per_mwh}
 * (Be, tCO2/MWh), {@code heat_benchmark_t_per_gj} (Bh, tCO2/GJ) and {@code projected}; the benchmarks to 6 decimals,
 * half up (the published ones have 4; a tightened one has more). A run without power units has the header alone.
 * Stateless; thread-safe.
 */
public final class ResultsCsv {

  /** One entity-year and whether its year is projected: a row of {@code entities.csv}. */
  private record EntityRow(EntityResult entity, boolean projected) {}

  /** The benchmarks of one unit category in one power sector-year: a row of {@code power-benchmarks.csv}. */
  private record PowerBenchmarkRow(int year, UnitCategory category, BigDecimal electricity, BigDecimal heat,
      boolean projected) {}

  /**
   * Decimals of a written balance value: those of the reported BP, the rule entry
   * {@link IntensityCoefficientPolicy#BP_DECIMALS} (4, half up [A]), read once here for the files and the charts.
   */
  static final int BALANCE_VALUE_DECIMALS = IntensityCoefficientPolicy.BP_DECIMALS.value().intValueExact();

  private static final CsvTable<UnitResult> UNITS = CsvTable.<UnitResult>builder()
      .column("year", u -> u.year().getValue())
      .column("entity_id", UnitResult::entityId)
      .column("sector", u -> u.sector().name())
      .column("unit_id", UnitResult::unitId)
      .roundedIfPresent("intensity", 4, UnitResult::intensity)
      .roundedIfPresent("balance_value", BALANCE_VALUE_DECIMALS, UnitResult::balanceValue)
      .roundedIfPresent("deviation_pct", 2, UnitResult::deviationPercent)
      .roundedIfPresent("coefficient", 6, UnitResult::coefficient)
      .rounded("initial_allocation_t", 0, UnitResult::initialAllocationTonnes)
      .rounded("relief_t", 0, UnitResult::reliefTonnes)
      .rounded("allocation_t", 0, UnitResult::allocationTonnes)
      .build();

  private static final CsvTable<EntityRow> ENTITIES = CsvTable.<EntityRow>builder()
      .column("year", r -> r.entity().year().getValue())
      .column("entity_id", r -> r.entity().entityId())
      .column("sector", r -> r.entity().sector().name())
      .rounded("verified_t", 0, r -> r.entity().verifiedTonnes())
      .rounded("initial_allocation_t", 0, r -> r.entity().initialAllocationTonnes())
      .rounded("relief_t", 0, r -> r.entity().reliefTonnes())
      .rounded("allocation_t", 0, r -> r.entity().allocationTonnes())
      .rounded("shortfall_rate_pct", 2, r -> r.entity().shortfallRatePercent())
      .rounded("net_position_t", 0, r -> r.entity().netPositionTonnes())
      .column("projected", EntityRow::projected)
      .roundedIfPresent("obligation_t", 0, r -> r.entity().compliance().map(CompliancePosition::obligationTonnes))
      .roundedIfPresent("ccer_t", 0, r -> r.entity().compliance().map(CompliancePosition::ccerTonnes))
      .roundedIfPresent("shortfall_t", 0, r -> r.entity().compliance().map(CompliancePosition::shortfallTonnes))
      .roundedIfPresent("surplus_t", 0, r -> r.entity().compliance().map(CompliancePosition::surplusTonnes))
      .roundedIfPresent("ccer_cost_cny", 2, r -> r.entity().compliance().map(CompliancePosition::ccerCostCny))
      .roundedIfPresent("shortfall_cost_cny", 2,
          r -> r.entity().compliance().map(CompliancePosition::shortfallCostCny))
      .roundedIfPresent("surplus_value_cny", 2, r -> r.entity().compliance().map(CompliancePosition::surplusValueCny))
      .roundedIfPresent("compliance_cost_cny", 2, r -> r.entity().compliance().map(CompliancePosition::costCny))
      .build();

  private static final CsvTable<SectorYearResult> SECTORS = CsvTable.<SectorYearResult>builder()
      .column("year", s -> s.year().getValue())
      .column("sector", s -> s.sector().name())
      .column("entities", SectorYearResult::entities)
      .rounded("verified_t", 0, SectorYearResult::verifiedTonnes)
      .rounded("allocation_t", 0, SectorYearResult::allocationTonnes)
      .rounded("net_position_t", 0, SectorYearResult::netPositionTonnes)
      .roundedIfPresent("balance_value", BALANCE_VALUE_DECIMALS, SectorYearResult::balanceValue)
      .column("projected", SectorYearResult::projected)
      .roundedIfPresent("obligation_t", 0, s -> s.compliance().map(CompliancePosition::obligationTonnes))
      .roundedIfPresent("ccer_t", 0, s -> s.compliance().map(CompliancePosition::ccerTonnes))
      .roundedIfPresent("shortfall_t", 0, s -> s.compliance().map(CompliancePosition::shortfallTonnes))
      .roundedIfPresent("surplus_t", 0, s -> s.compliance().map(CompliancePosition::surplusTonnes))
      .roundedIfPresent("compliance_cost_cny", 2, s -> s.compliance().map(CompliancePosition::costCny))
      .column("draws", s -> s.draws().map(DrawSummary::draws).orElse(0))
      .columnIfPresent("mc_net_position_mean_t", s -> s.draws().map(DrawSummary::netPositionMean))
      .columnIfPresent("mc_net_position_p5_t", s -> s.draws().map(DrawSummary::netPositionP05))
      .columnIfPresent("mc_net_position_p50_t", s -> s.draws().map(DrawSummary::netPositionP50))
      .columnIfPresent("mc_net_position_p95_t", s -> s.draws().map(DrawSummary::netPositionP95))
      .columnIfPresent("mc_shortfall_mean_t", s -> s.draws().map(DrawSummary::shortfallMean))
      .columnIfPresent("mc_shortfall_p5_t", s -> s.draws().map(DrawSummary::shortfallP05))
      .columnIfPresent("mc_shortfall_p50_t", s -> s.draws().map(DrawSummary::shortfallP50))
      .columnIfPresent("mc_shortfall_p95_t", s -> s.draws().map(DrawSummary::shortfallP95))
      .columnIfPresent("mc_compliance_cost_mean_cny", s -> s.draws().map(DrawSummary::costMean))
      .columnIfPresent("mc_compliance_cost_p5_cny", s -> s.draws().map(DrawSummary::costP05))
      .columnIfPresent("mc_compliance_cost_p50_cny", s -> s.draws().map(DrawSummary::costP50))
      .columnIfPresent("mc_compliance_cost_p95_cny", s -> s.draws().map(DrawSummary::costP95))
      .columnIfPresent("mc_exact_rank", s -> s.draws().flatMap(DrawSummary::exactRank))
      .build();

  private static final CsvTable<PowerBenchmarkRow> POWER_BENCHMARKS = CsvTable.<PowerBenchmarkRow>builder()
      .column("year", PowerBenchmarkRow::year)
      .column("category", r -> r.category().name())
      .rounded("electricity_benchmark_t_per_mwh", 6, PowerBenchmarkRow::electricity)
      .rounded("heat_benchmark_t_per_gj", 6, PowerBenchmarkRow::heat)
      .column("projected", PowerBenchmarkRow::projected)
      .build();

  /** Columns of {@code units.csv}. */
  public static final List<String> UNIT_COLUMNS = UNITS.columns();
  /** Columns of {@code entities.csv}. */
  public static final List<String> ENTITY_COLUMNS = ENTITIES.columns();
  /** Columns of {@code sectors.csv}. */
  public static final List<String> SECTOR_COLUMNS = SECTORS.columns();
  /** Columns of {@code power-benchmarks.csv}. */
  public static final List<String> POWER_BENCHMARK_COLUMNS = POWER_BENCHMARKS.columns();

  private ResultsCsv() {}

  /**
   * Renders {@code units.csv}.
   *
   * @param result the study result
   * @return the CSV text, header first
   */
  public static String units(StudyResult result) {
    Checks.notNull("result", result);
    return AllocationCsv.table(UNITS, result.units());
  }

  /**
   * Renders {@code entities.csv}.
   *
   * @param result the study result
   * @return the CSV text, header first
   */
  public static String entities(StudyResult result) {
    Checks.notNull("result", result);
    Set<Year> projected = new HashSet<>();
    for (SectorYearResult s : result.sectors()) {
      if (s.projected()) {
        projected.add(s.year());
      }
    }
    List<EntityRow> rows = new ArrayList<>(result.entities().size());
    for (EntityResult e : result.entities()) {
      rows.add(new EntityRow(e, projected.contains(e.year())));
    }
    return AllocationCsv.table(ENTITIES, rows);
  }

  /**
   * Renders {@code sectors.csv}.
   *
   * @param result the study result
   * @return the CSV text, header first
   */
  public static String sectors(StudyResult result) {
    Checks.notNull("result", result);
    return AllocationCsv.table(SECTORS, result.sectors());
  }

  /**
   * Renders {@code power-benchmarks.csv}: the benchmarks of every unit category in every power sector-year.
   *
   * @param result the study result
   * @return the CSV text, header first; the header alone if no sector-year has power benchmarks
   */
  public static String powerBenchmarks(StudyResult result) {
    Checks.notNull("result", result);
    List<PowerBenchmarkRow> rows = new ArrayList<>();
    for (SectorYearResult s : result.sectors()) {
      if (s.sector() == Sector.POWER && s.powerBenchmarks().isPresent()) {
        PowerBenchmarkValues b = s.powerBenchmarks().get();
        for (UnitCategory category : UnitCategory.values()) {
          rows.add(new PowerBenchmarkRow(s.year().getValue(), category, b.electricity(category), b.heat(category),
              s.projected()));
        }
      }
    }
    return AllocationCsv.table(POWER_BENCHMARKS, rows);
  }

  /**
   * Renders the result files, by file name, in the order they are written.
   *
   * @param result the study result
   * @return {@code units.csv}, {@code entities.csv}, {@code sectors.csv}, {@code sectors.svg}, {@code benchmarks.svg},
   *     {@code power-benchmarks.csv}
   */
  public static Map<String, String> render(StudyResult result) {
    Checks.notNull("result", result);
    return render(result, null);
  }

  /**
   * Renders the result files and, with a manifest, the manifest and the report, each text once: the report shows
   * the charts, the sector table, the power benchmarks and the manifest, and takes the texts written beside it.
   * {@code units.csv} (a row per unit, the largest text) is rendered on a thread of its own beside the others when
   * the scenario allows more than one thread: the draws are done by then, so the second core is free. The texts
   * are the same either way; only the time differs.
   */
  private static Map<String, String> render(StudyResult result, @Nullable RunManifest manifest) {
    SideTask<String> units = SideTask.start("rendering units.csv", result.scenario().threads() > 1,
        () -> units(result));
    String entities = entities(result);
    String sectors = sectors(result);
    String sectorSvg = SectorChart.svg(result);
    String benchmarkSvg = BenchmarkChart.svg(result);
    String powerBenchmarks = powerBenchmarks(result);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(FILES.get(0), units.join());
    files.put(FILES.get(1), entities);
    files.put(FILES.get(2), sectors);
    files.put(FILES.get(3), sectorSvg);
    files.put(FILES.get(4), benchmarkSvg);
    files.put(FILES.get(5), powerBenchmarks);
    if (manifest != null) {
      String json = manifest.toJson();
      files.put(RunManifest.FILE, json);
      files.put(StudyReport.FILE,
          StudyReport.html(result, manifest, sectorSvg, benchmarkSvg, sectors, powerBenchmarks, json));
    }
    return files;
  }

  /** The names of the result files, in the order they are written. */
  public static final List<String> FILES = List.of("units.csv", "entities.csv", "sectors.csv", "sectors.svg",
      "benchmarks.svg", "power-benchmarks.csv");

  /**
   * Checks that the result files can be written into a directory, before any work is done: the directory is
   * a directory, or can be created below a writable one; it is writable; no result file is a directory.
   *
   * @param dir the output directory
   * @throws UncheckedIOException if not; the message names the path and the reason (exists and is a file,
   *     not a directory, permission denied, is a directory)
   */
  public static void checkWritable(Path dir) {
    List<String> names = new ArrayList<>(FILES);
    names.add(RunManifest.FILE);
    names.add(StudyReport.FILE);
    StudyFiles.checkWritable(Checks.notNull("dir", dir), names);
  }

  /**
   * Writes the result files ({@link #FILES}) into a directory (created if needed), all or nothing: every text is
   * rendered and written to a staging folder beside the directory before the first result file is replaced;
   * if any file fails, the earlier set is put back, so a failure replaces none of it.
   *
   * @param result the study result
   * @param dir the output directory
   * @throws UncheckedIOException if a file cannot be written; the message names the path and the reason
   */
  public static void write(StudyResult result, Path dir) {
    Checks.notNull("result", result);
    Checks.notNull("dir", dir);
    StudyFiles.writeAll(dir, render(result));
  }

  /**
   * Writes the result files ({@link #FILES}), the run's manifest ({@value RunManifest#FILE}) and the page that shows
   * them with it ({@value StudyReport#FILE}) into a directory, all or nothing as {@link #write(StudyResult, Path)}
   * does: a result set is never left without the manifest that says what made it, nor beside the manifest or the
   * report of another run.
   *
   * @param result the study result
   * @param manifest what the result was made from
   * @param dir the output directory
   * @throws UncheckedIOException if a file cannot be written; the message names the path and the reason
   */
  public static void write(StudyResult result, RunManifest manifest, Path dir) {
    Checks.notNull("result", result);
    Checks.notNull("manifest", manifest);
    Checks.notNull("dir", dir);
    StudyFiles.writeAll(dir, render(result, manifest));
  }
}
