package io.github.ets4j.study;

import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Draws the benchmark path of each sector over the study's years in SVG ({@code benchmarks.svg}): the balance value
 * BP the exact central case compared every unit with (the sector's own solved BP in 2025–2026, the Phase 2 benchmark
 * from 2027), one panel per sector with its own scale, in the sector's intensity unit
 * ({@link IntensityCoefficientPolicy#intensityUnit(Sector)}: tCO2/t clinker, tCO2/t ironmaking product, tCO2e/t
 * aluminum liquid). A year without a balance value (2024, when industry is allocated its verified emissions) breaks
 * the line. A sector that has none in any year (power, allocated with the benchmarks of its unit categories) gets no
 * panel and is named under the chart. Projected years are shaded and year labels thinned as in {@link SectorChart}.
 * Hand-written SVG 1.1, no scripts or external resources. Stateless; thread-safe.
 */
public final class BenchmarkChart {
  /** Width of the chart, px. */
  static final int WIDTH = SectorChart.WIDTH;
  /** Left edge of every plot, px. */
  static final int LEFT = SectorChart.LEFT;
  /** Top of the first panel, px. */
  static final int TOP = 100;
  /** Height of a panel's plot, px. */
  static final int PANEL = 160;
  /** Space between one panel's plot and the next one's, px. */
  static final int GAP = 70;


  private BenchmarkChart() {}

  /**
   * Renders the chart of a study.
   *
   * @param result the study result
   * @return the SVG document
   */
  public static String svg(StudyResult result) {
    Checks.notNull("result", result);
    Map<Sector, Map<Year, BigDecimal>> panels = new EnumMap<>(Sector.class);
    Set<Sector> without = EnumSet.noneOf(Sector.class);
    Set<Year> projected = new HashSet<>();
    for (SectorYearResult s : result.sectors()) {
      without.add(s.sector());
      if (s.projected()) {
        projected.add(s.year());
      }
      Optional<BigDecimal> bp = s.balanceValue();
      // Power's method has no balance value; it is named under the chart rather than drawn without a unit.
      if (bp.isPresent() && s.sector() != Sector.POWER) {
        panels.computeIfAbsent(s.sector(), k -> new TreeMap<>()).put(s.year(), bp.get());
      }
    }
    without.removeAll(panels.keySet());
    List<Year> years = new ArrayList<>(ChartKit.years(result));
    int n = panels.size();
    int height = TOP + n * PANEL + Math.max(0, n - 1) * GAP + 80;
    StringBuilder svg = ChartKit.open(WIDTH, height);
    svg.append(ChartKit.text(WIDTH / 2.0, 28, "middle", 16, "Benchmark (balance value) by sector and year"))
        .append(ChartKit.text(WIDTH / 2.0, 46, "middle", 11, "the intensity each unit is compared with in the exact "
            + "central case; one panel per sector, each with its own scale"));
    if (!projected.isEmpty()) {
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"57\" width=\"14\" height=\"10\" fill=\"%s\" stroke=\"#cccccc\"/>%n",
          LEFT, ChartKit.PROJECTED_FILL));
      svg.append(ChartKit.text(LEFT + 20, 66, "start", 11, "projected year (rules carried forward, ASSUMED)"));
    }
    int plotWidth = WIDTH - LEFT - SectorChart.RIGHT;
    double slot = years.isEmpty() ? plotWidth : (double) plotWidth / years.size();
    int every = ChartKit.yearLabelEvery(slot);
    int p = 0;
    for (Map.Entry<Sector, Map<Year, BigDecimal>> panel : panels.entrySet()) {
      panel(svg, panel.getKey(), panel.getValue(), years, projected, TOP + p * (PANEL + GAP), slot, every);
      p++;
    }
    int last = n == 0 ? TOP : TOP + n * PANEL + (n - 1) * GAP;
    if (n > 0) {
      svg.append(ChartKit.text(LEFT + plotWidth / 2.0, last + 40, "middle", 12, "compliance year"));
    } else {
      svg.append(ChartKit.text(WIDTH / 2.0, TOP + 20, "middle", 12, "no balance value in these years"));
    }
    if (!without.isEmpty()) {
      StringJoiner names = new StringJoiner(", ");
      without.forEach(sector -> names.add(ChartKit.name(sector)));
      svg.append(ChartKit.text(LEFT, last + 64, "start", 11, "note",
          "no balance value in any year: " + names + (without.contains(Sector.POWER)
              ? " (power is allocated with the benchmarks of its unit categories)" : "")));
    }
    return svg.append("</svg>\n").toString();
  }

  private static void panel(StringBuilder svg, Sector sector, Map<Year, BigDecimal> data, List<Year> years,
      Set<Year> projected, int top, double slot, int every) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (BigDecimal bp : data.values()) {
      min = Math.min(min, bp.doubleValue());
      max = Math.max(max, bp.doubleValue());
    }
    ChartKit.Axis axis = ChartKit.axis(min, max, 4);
    String unit = IntensityCoefficientPolicy.intensityUnit(sector);
    int plotWidth = WIDTH - LEFT - SectorChart.RIGHT;
    svg.append("<g class=\"panel\" id=\"benchmark-").append(ChartKit.name(sector)).append("\">\n");
    svg.append(ChartKit.text(LEFT, top - 12, "start", 13, "panel-title",
        ChartKit.name(sector) + ": balance value, " + unit));
    svg.append(ChartKit.projectedBands(years, projected, LEFT, slot, top, PANEL));
    int steps = (int) Math.round((axis.top() - axis.bottom()) / axis.step());
    for (int k = 0; k <= steps; k++) {
      double v = axis.bottom() + k * axis.step();
      double y = axis.y(v, top, PANEL);
      svg.append(ChartKit.line(LEFT, y, LEFT + plotWidth, y, "#dddddd"))
          .append(ChartKit.text(LEFT - 8, y + 4, "end", 11, "value", ChartKit.number(v, axis.step())));
    }
    svg.append(ChartKit.line(LEFT, top, LEFT, top + PANEL, "#000000"))
        .append(ChartKit.line(LEFT, top + PANEL, LEFT + plotWidth, top + PANEL, "#000000"));
    svg.append(String.format(Locale.ROOT,
        "<text x=\"24\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\" transform=\"rotate(-90 24 %.1f)\">%s</text>%n",
        top + PANEL / 2.0, top + PANEL / 2.0, ChartKit.escape(unit)));
    String colour = ChartKit.colour(sector);
    StringBuilder points = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < years.size(); i++) {
      Year year = years.get(i);
      double centre = LEFT + (i + 0.5) * slot;
      BigDecimal bp = data.get(year);
      if (bp == null) {
        segment(svg, points, colour);
      } else {
        double y = axis.y(bp.doubleValue(), top, PANEL);
        points.append(points.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", centre, y));
        // 4 decimals, half up, as sectors.csv writes the balance value.
        marks.append(String.format(Locale.ROOT,
            "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s</title></circle>%n",
            centre, y, colour, ChartKit.escape(year + " " + ChartKit.name(sector) + ": "
                + bp.setScale(4, RoundingMode.HALF_UP).toPlainString() + " " + unit)));
      }
      if (ChartKit.labelled(year, every)) {
        svg.append(ChartKit.text(centre, top + PANEL + 16, "middle", ChartKit.YEAR_FONT, "year", year.toString()));
      }
    }
    segment(svg, points, colour);
    svg.append(marks).append("</g>\n");
  }

  /** Draws the line through the points gathered so far, if any, and starts a new one. */
  private static void segment(StringBuilder svg, StringBuilder points, String colour) {
    if (points.length() > 0) {
      svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
          .append(points).append("\"/>\n");
      points.setLength(0);
    }
  }
}
