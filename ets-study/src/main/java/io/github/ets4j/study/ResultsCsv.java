package io.github.ets4j.study;

import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
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
import java.util.Optional;
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

  // One row writer per table, not one function per column: the 89 column lambdas were each a class to spin, link
  // and compile on the run's cold path, for files written once. The cells are the same, in the same order.
  private static final CsvTable<UnitResult> UNITS = CsvTable.ofRows(List.of("year", "entity_id", "sector",
      "unit_id", "intensity", "balance_value", "deviation_pct", "coefficient", "initial_allocation_t", "relief_t",
      "allocation_t"), ResultsCsv::unitRow);

  private static final CsvTable<EntityRow> ENTITIES = CsvTable.ofRows(List.of("year", "entity_id", "sector",
      "verified_t", "initial_allocation_t", "relief_t", "allocation_t", "shortfall_rate_pct", "net_position_t",
      "projected", "obligation_t", "ccer_t", "shortfall_t", "surplus_t", "ccer_cost_cny", "shortfall_cost_cny",
      "surplus_value_cny", "compliance_cost_cny"), ResultsCsv::entityRow);

  private static final CsvTable<SectorYearResult> SECTORS = CsvTable.ofRows(List.of("year", "sector", "entities",
      "verified_t", "allocation_t", "net_position_t", "balance_value", "projected", "obligation_t", "ccer_t",
      "shortfall_t", "surplus_t", "compliance_cost_cny", "draws", "mc_net_position_mean_t", "mc_net_position_p5_t",
      "mc_net_position_p50_t", "mc_net_position_p95_t", "mc_shortfall_mean_t", "mc_shortfall_p5_t",
      "mc_shortfall_p50_t", "mc_shortfall_p95_t", "mc_compliance_cost_mean_cny", "mc_compliance_cost_p5_cny",
      "mc_compliance_cost_p50_cny", "mc_compliance_cost_p95_cny", "mc_exact_rank"), ResultsCsv::sectorRow);

  private static final CsvTable<PowerBenchmarkRow> POWER_BENCHMARKS = CsvTable.ofRows(List.of("year", "category",
      "electricity_benchmark_t_per_mwh", "heat_benchmark_t_per_gj", "projected"), ResultsCsv::powerBenchmarkRow);

  private static void unitRow(UnitResult u, CsvTable.Cells c) {
    c.text(u.year().getValue()).text(u.entityId()).text(u.sector().name()).text(u.unitId());
    roundedIfPresent(c, u.intensity(), 4);
    roundedIfPresent(c, u.balanceValue(), BALANCE_VALUE_DECIMALS);
    roundedIfPresent(c, u.deviationPercent(), 2);
    roundedIfPresent(c, u.coefficient(), 6);
    c.rounded(u.initialAllocationTonnes(), 0).rounded(u.reliefTonnes(), 0).rounded(u.allocationTonnes(), 0);
  }

  private static void entityRow(EntityRow r, CsvTable.Cells c) {
    EntityResult e = r.entity();
    c.text(e.year().getValue()).text(e.entityId()).text(e.sector().name())
        .rounded(e.verifiedTonnes(), 0).rounded(e.initialAllocationTonnes(), 0).rounded(e.reliefTonnes(), 0)
        .rounded(e.allocationTonnes(), 0).rounded(e.shortfallRatePercent(), 2).rounded(e.netPositionTonnes(), 0)
        .text(r.projected());
    Optional<CompliancePosition> compliance = e.compliance();
    if (compliance.isPresent()) {
      CompliancePosition p = compliance.get();
      c.rounded(p.obligationTonnes(), 0).rounded(p.ccerTonnes(), 0).rounded(p.shortfallTonnes(), 0)
          .rounded(p.surplusTonnes(), 0).rounded(p.ccerCostCny(), 2).rounded(p.shortfallCostCny(), 2)
          .rounded(p.surplusValueCny(), 2).rounded(p.costCny(), 2);
    } else {
      empty(c, 8);
    }
  }

  private static void sectorRow(SectorYearResult s, CsvTable.Cells c) {
    c.text(s.year().getValue()).text(s.sector().name()).text(s.entities())
        .rounded(s.verifiedTonnes(), 0).rounded(s.allocationTonnes(), 0).rounded(s.netPositionTonnes(), 0);
    roundedIfPresent(c, s.balanceValue(), BALANCE_VALUE_DECIMALS);
    c.text(s.projected());
    Optional<CompliancePosition> compliance = s.compliance();
    if (compliance.isPresent()) {
      CompliancePosition p = compliance.get();
      c.rounded(p.obligationTonnes(), 0).rounded(p.ccerTonnes(), 0).rounded(p.shortfallTonnes(), 0)
          .rounded(p.surplusTonnes(), 0).rounded(p.costCny(), 2);
    } else {
      empty(c, 5);
    }
    Optional<DrawSummary> draws = s.draws();
    if (draws.isPresent()) {
      DrawSummary d = draws.get();
      c.text(d.draws())
          .text(d.netPositionMean()).text(d.netPositionP05()).text(d.netPositionP50()).text(d.netPositionP95())
          .text(d.shortfallMean()).text(d.shortfallP05()).text(d.shortfallP50()).text(d.shortfallP95())
          .text(d.costMean()).text(d.costP05()).text(d.costP50()).text(d.costP95());
      Optional<Integer> rank = d.exactRank();
      if (rank.isPresent()) {
        c.text(rank.get());
      } else {
        c.empty();
      }
    } else {
      // No draws: the count is 0 and every summary is empty.
      c.text(0);
      empty(c, 13);
    }
  }

  private static void powerBenchmarkRow(PowerBenchmarkRow r, CsvTable.Cells c) {
    c.text(r.year()).text(r.category().name()).rounded(r.electricity(), 6).rounded(r.heat(), 6).text(r.projected());
  }

  private static void roundedIfPresent(CsvTable.Cells c, Optional<BigDecimal> value, int decimals) {
    if (value.isPresent()) {
      c.rounded(value.get(), decimals);
    } else {
      c.empty();
    }
  }

  private static void empty(CsvTable.Cells c, int cells) {
    for (int i = 0; i < cells; i++) {
      c.empty();
    }
  }

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
    return UNITS.write(result.units());
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
    return ENTITIES.write(rows);
  }

  /**
   * Renders {@code sectors.csv}.
   *
   * @param result the study result
   * @return the CSV text, header first
   */
  public static String sectors(StudyResult result) {
    Checks.notNull("result", result);
    return SECTORS.write(result.sectors());
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
    return POWER_BENCHMARKS.write(rows);
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
