package io.github.ets4j.study;

import io.github.ets4j.allocation.PlanYears;
import io.github.ets4j.core.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The study on one page ({@value #FILE}): what was run (version, market, years, draws, seed, time), both charts
 * ({@link SectorChart}, {@link BenchmarkChart}) inline, the sector table with the columns of {@code sectors.csv}, the
 * power benchmarks by unit category ({@code power-benchmarks.csv}) if the study has power units, and the run's
 * manifest ({@value RunManifest#FILE}) in full.
 *
 * <p>The page is self-contained: no script, no external style sheet, font or image, and a Content Security Policy of
 * {@code default-src 'none'} (inline styles only) so that a browser refuses any fetch rather than make it. Every text
 * from the result or the manifest is escaped. HTML5, UTF-8. Stateless; thread-safe.
 */
public final class StudyReport {
  /** The report's file name in the output directory. */
  public static final String FILE = "report.html";

  /** A cell that is a number (whole or decimal, signed) is aligned right. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private static final String STYLE = String.join("\n",
      "body { font-family: sans-serif; margin: 24px; color: #222; max-width: 1200px; }",
      "h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 32px; }",
      "p.run { color: #555; }",
      "div.table { overflow-x: auto; }",
      "table { border-collapse: collapse; font-size: 12px; }",
      "th, td { border: 1px solid #ccc; padding: 3px 6px; white-space: nowrap; }",
      "th { background: #f0f0f0; } td.n { text-align: right; font-variant-numeric: tabular-nums; }",
      "tr.projected td { background: #f7f7f7; }",
      "figure { margin: 0; } svg { max-width: 100%; height: auto; }",
      "pre { background: #f7f7f7; border: 1px solid #ddd; padding: 8px; font-size: 12px; overflow-x: auto; }");

  private StudyReport() {}

  /**
   * Renders the report of a study.
   *
   * @param result the study result
   * @param manifest what the result was made from
   * @return the HTML page
   */
  public static String html(StudyResult result, RunManifest manifest) {
    Checks.notNull("result", result);
    Checks.notNull("manifest", manifest);
    return html(result, manifest, SectorChart.svg(result), BenchmarkChart.svg(result), ResultsCsv.sectors(result),
        ResultsCsv.powerBenchmarks(result), manifest.toJson());
  }

  /**
   * Renders the report from the texts of the files it shows, already rendered for the output directory: the
   * command writes them beside the page, so rendering them again would only repeat work (they are the same texts,
   * so the page is the same).
   */
  static String html(StudyResult result, RunManifest manifest, String sectorSvg, String benchmarkSvg,
      String sectorsCsv, String powerBenchmarksCsv, String manifestJson) {
    Scenario scenario = result.scenario();
    String years = scenario.firstYear().equals(scenario.lastYear()) ? scenario.firstYear().toString()
        : scenario.firstYear() + "–" + scenario.lastYear();
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(ChartKit.escape("ets4j policy study " + years)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
        .append("<h1>").append(ChartKit.escape("Policy study " + years)).append("</h1>\n")
        .append("<p class=\"run\">").append(ChartKit.escape(String.format(Locale.ROOT,
            "ets4j %s · market %s · %,d Monte Carlo draws, seed %d · run %s", manifest.version(), manifest.market(),
            scenario.draws(), scenario.seed(), manifest.createdAt()))).append("</p>\n");
    html.append("<h2>Net position by sector (sectors.svg)</h2>\n<figure>\n").append(inline(sectorSvg))
        .append("</figure>\n");
    html.append("<h2>Benchmark path by sector (benchmarks.svg)</h2>\n<figure>\n")
        .append(inline(benchmarkSvg)).append("</figure>\n");
    html.append("<h2>Sector-years (sectors.csv)</h2>\n");
    table(html, sectorsCsv);
    html.append("<p>").append(ChartKit.escape("Tonnes are whole; balance values in each sector's intensity unit. "
        + "projected = true: a year after " + PlanYears.lastPlanYear() + ", the last published allocation plan, "
        + "whose rules are carried forward with ASSUMED parameters.")).append("</p>\n");
    if (result.sectors().stream().anyMatch(s -> s.powerBenchmarks().isPresent())) {
      html.append("<h2>Power benchmarks by unit category (power-benchmarks.csv)</h2>\n");
      table(html, powerBenchmarksCsv);
      html.append("<p>").append(ChartKit.escape("Electricity in tCO2/MWh of gross generation, heat in tCO2/GJ of "
          + "heat supplied: the benchmarks the year's allocation used, the scenario's tightening applied."))
          .append("</p>\n");
    }
    html.append("<h2>What made this result (").append(RunManifest.FILE).append(")</h2>\n<pre>")
        .append(ChartKit.escape(manifestJson)).append("</pre>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void table(StringBuilder html, String csv) {
    List<CSVRecord> rows;
    try (CSVParser parser = CSVParser.parse(csv, StudyFiles.FORMAT)) {
      rows = parser.getRecords();
    } catch (IOException e) {
      // A string is read in memory; the parser only declares the exception of its Reader.
      throw new UncheckedIOException(e);
    }
    // The header is always there: the sector table of a result without sector-years is a header alone.
    List<String> header = rows.get(0).toList();
    int projected = header.indexOf("projected");
    html.append("<div class=\"table\"><table>\n<thead><tr>");
    for (String name : header) {
      html.append("<th>").append(ChartKit.escape(name)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (CSVRecord row : rows.subList(1, rows.size())) {
      List<String> cells = row.toList();
      html.append(projected >= 0 && "true".equals(cells.get(projected)) ? "<tr class=\"projected\">" : "<tr>");
      for (String cell : cells) {
        html.append(NUMBER.matcher(cell).matches() ? "<td class=\"n\">" : "<td>").append(ChartKit.escape(cell))
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table></div>\n");
  }

  /** An SVG document as an element of the page: without its XML declaration. */
  private static String inline(String svg) {
    return svg.startsWith("<?xml") ? svg.substring(svg.indexOf('\n') + 1) : svg;
  }
}
