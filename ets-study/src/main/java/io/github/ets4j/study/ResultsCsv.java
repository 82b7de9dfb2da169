package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the results of a study: {@code units.csv}, {@code entities.csv}, {@code sectors.csv}, the charts
 * {@code sectors.svg} ({@link SectorChart}) and {@code benchmarks.svg} ({@link BenchmarkChart}), and, beside the run's
 * manifest, the page {@code report.html} ({@link StudyReport}).
 *
 * <p>Tonnes are whole; intensities and balance values are written to 4 decimals, deviations and shortfall
 * rates to 2, coefficients to 6, half up (display only: the figures were computed exactly). An absent value
 * (power has no balance value) is an empty cell. The last column of {@code entities.csv} and {@code sectors.csv},
 * {@code projected}, is {@code true} for a year after the last published allocation plan (2026), whose rules
 * are carried forward with ASSUMED parameters, else {@code false}. Stateless; thread-safe.
 */
public final class ResultsCsv {

  /** Columns of {@code units.csv}. */
  public static final List<String> UNIT_COLUMNS = List.of("year", "entity_id", "sector", "unit_id", "intensity",
      "balance_value", "deviation_pct", "coefficient", "initial_allocation_t", "relief_t", "allocation_t");
  /** Columns of {@code entities.csv}. */
  public static final List<String> ENTITY_COLUMNS = List.of("year", "entity_id", "sector", "verified_t",
      "initial_allocation_t", "relief_t", "allocation_t", "shortfall_rate_pct", "net_position_t", "projected");
  /** Columns of {@code sectors.csv}. */
  public static final List<String> SECTOR_COLUMNS = List.of("year", "sector", "entities", "verified_t",
      "allocation_t", "net_position_t", "balance_value", "projected");

  private ResultsCsv() {}

  /**
   * Renders {@code units.csv}.
   *
   * @param result the study result
   * @return the CSV text, header first
   */
  public static String units(StudyResult result) {
    Checks.notNull("result", result);
    return render(UNIT_COLUMNS, printer -> {
      for (UnitResult u : result.units()) {
        printer.printRecord(u.year().getValue(), u.entityId(), u.sector().name(), u.unitId(), dec(u.intensity(), 4),
            dec(u.balanceValue(), 4), dec(u.deviationPercent(), 2), dec(u.coefficient(), 6),
            t(u.initialAllocationTonnes()), t(u.reliefTonnes()), t(u.allocationTonnes()));
      }
    });
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
    return render(ENTITY_COLUMNS, printer -> {
      for (EntityResult e : result.entities()) {
        printer.printRecord(e.year().getValue(), e.entityId(), e.sector().name(), t(e.verifiedTonnes()),
            t(e.initialAllocationTonnes()), t(e.reliefTonnes()), t(e.allocationTonnes()),
            dec(Optional.of(e.shortfallRatePercent()), 2), t(e.netPositionTonnes()), projected.contains(e.year()));
      }
    });
  }

  /**
   * Renders {@code sectors.csv}.
   *
   * @param result the study result
   * @return the CSV text, header first
   */
  public static String sectors(StudyResult result) {
    Checks.notNull("result", result);
    return render(SECTOR_COLUMNS, printer -> {
      for (SectorYearResult s : result.sectors()) {
        printer.printRecord(s.year().getValue(), s.sector().name(), s.entities(), t(s.verifiedTonnes()),
            t(s.allocationTonnes()), t(s.netPositionTonnes()), dec(s.balanceValue(), 4), s.projected());
      }
    });
  }

  /**
   * Renders the result files, by file name, in the order they are written.
   *
   * @param result the study result
   * @return {@code units.csv}, {@code entities.csv}, {@code sectors.csv}, {@code sectors.svg}, {@code benchmarks.svg}
   */
  public static Map<String, String> render(StudyResult result) {
    Checks.notNull("result", result);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(FILES.get(0), units(result));
    files.put(FILES.get(1), entities(result));
    files.put(FILES.get(2), sectors(result));
    files.put(FILES.get(3), SectorChart.svg(result));
    files.put(FILES.get(4), BenchmarkChart.svg(result));
    return files;
  }

  /** The names of the result files, in the order they are written. */
  public static final List<String> FILES = List.of("units.csv", "entities.csv", "sectors.csv", "sectors.svg",
      "benchmarks.svg");

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
    Map<String, String> files = render(result);
    files.put(RunManifest.FILE, manifest.toJson());
    files.put(StudyReport.FILE, StudyReport.html(result, manifest));
    StudyFiles.writeAll(dir, files);
  }

  private interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  private static String render(List<String> header, Rows rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, StudyFiles.FORMAT)) {
      printer.printRecord(header);
      rows.print(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String t(BigDecimal tonnes) {
    return tonnes.setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  private static String dec(Optional<BigDecimal> value, int decimals) {
    return value.map(v -> v.setScale(decimals, RoundingMode.HALF_UP).toPlainString()).orElse("");
  }
}
