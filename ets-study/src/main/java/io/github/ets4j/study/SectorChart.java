package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws the net position (allocation − verified emissions) of each sector and year in SVG ({@code sectors.svg}): one
 * panel per sector, stacked, each with its own scale in Mt CO2, so that power, some fifty times the size of the other
 * sectors, does not flatten them. In a panel a bar is the exact central case of a year and, when the scenario has
 * Monte Carlo draws, a whisker spans their 5th to 95th percentile of the net position. Years after the last published
 * allocation plan are shaded as projected. Year labels are thinned (every 1, 2, 5, 10 … years) so that they never
 * overlap, on a 2024–2060 horizon as well as on one year. Hand-written SVG 1.1, no scripts or external resources.
 * Stateless; thread-safe.
 */
public final class SectorChart {
  /** Width of the chart, px. */
  static final int WIDTH = 900;
  /** Left edge of every plot, px (room for the value labels). */
  static final int LEFT = 90;
  /** Right margin, px. */
  static final int RIGHT = 30;
  /** Top of the first panel, px (room for title, subtitle and legend). */
  static final int TOP = 100;
  /** Height of a panel's plot, px. */
  static final int PANEL = 160;
  /** Space between one panel's plot and the next one's, px (year labels, then the next panel's title). */
  static final int GAP = 70;


  private SectorChart() {}

  /**
   * Renders the chart of a study.
   *
   * @param result the study result
   * @return the SVG document
   */
  public static String svg(StudyResult result) {
    Checks.notNull("result", result);
    Map<Sector, Map<Year, SectorYearResult>> panels = new EnumMap<>(Sector.class);
    Set<Year> projected = new HashSet<>();
    int draws = 0;
    for (SectorYearResult s : result.sectors()) {
      panels.computeIfAbsent(s.sector(), k -> new TreeMap<>()).put(s.year(), s);
      if (s.projected()) {
        projected.add(s.year());
      }
      if (s.draws().isPresent()) {
        draws = s.draws().get().draws();
      }
    }
    List<Year> years = new ArrayList<>(ChartKit.years(result));
    int n = panels.size();
    int height = TOP + n * PANEL + Math.max(0, n - 1) * GAP + 60;
    StringBuilder svg = ChartKit.open(WIDTH, height);
    svg.append(ChartKit.text(WIDTH / 2.0, 28, "middle", 16,
            "Net position by sector and year (allocation − verified emissions)"))
        .append(ChartKit.text(WIDTH / 2.0, 46, "middle", 11, "one panel per sector, each with its own scale; "
            + "above zero: long (surplus allowances), below zero: short"));
    legend(svg, draws, !projected.isEmpty());
    if (n == 0) {
      svg.append(ChartKit.text(WIDTH / 2.0, TOP + 20, "middle", 12, "no sector-years to draw"));
      return svg.append("</svg>\n").toString();
    }
    int plotWidth = WIDTH - LEFT - RIGHT;
    double slot = (double) plotWidth / years.size();
    int every = ChartKit.yearLabelEvery(slot);
    int p = 0;
    for (Map.Entry<Sector, Map<Year, SectorYearResult>> panel : panels.entrySet()) {
      int top = TOP + p * (PANEL + GAP);
      panel(svg, panel.getKey(), panel.getValue(), years, projected, top, slot, every);
      p++;
    }
    int last = TOP + n * PANEL + (n - 1) * GAP;
    svg.append(ChartKit.text(LEFT + plotWidth / 2.0, last + 40, "middle", 12, "compliance year"));
    return svg.append("</svg>\n").toString();
  }

  private static void legend(StringBuilder svg, int draws, boolean anyProjected) {
    double y = 66;
    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"14\" height=\"10\" fill=\"#888888\"/>%n",
        LEFT, y - 9));
    svg.append(ChartKit.text(LEFT + 20, y, "start", 11, "exact central case"));
    double x = LEFT + 150;
    if (draws > 0) {
      svg.append(ChartKit.line(x + 7, y - 11, x + 7, y + 1, "#222222"))
          .append(ChartKit.line(x + 3, y - 11, x + 11, y - 11, "#222222"))
          .append(ChartKit.line(x + 3, y + 1, x + 11, y + 1, "#222222"))
          .append(ChartKit.text(x + 20, y, "start", 11,
              String.format(Locale.ROOT, "p5–p95 of %,d Monte Carlo draws", draws)));
      x += 240;
    }
    if (anyProjected) {
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"10\" fill=\"%s\" stroke=\"#cccccc\"/>%n",
          x, y - 9, ChartKit.PROJECTED_FILL));
      svg.append(ChartKit.text(x + 20, y, "start", 11, "projected year (rules carried forward, ASSUMED)"));
    }
  }

  private static void panel(StringBuilder svg, Sector sector, Map<Year, SectorYearResult> data, List<Year> years,
      Set<Year> projected, int top, double slot, int every) {
    double min = 0;
    double max = 0;
    for (SectorYearResult s : data.values()) {
      double net = mt(s.netPositionTonnes());
      min = Math.min(min, net);
      max = Math.max(max, net);
      Optional<DrawSummary> d = s.draws();
      if (d.isPresent()) {
        min = Math.min(min, d.get().netPositionP05() / 1e6);
        max = Math.max(max, d.get().netPositionP95() / 1e6);
      }
    }
    ChartKit.Axis axis = ChartKit.axis(min, max, 4);
    int plotWidth = WIDTH - LEFT - RIGHT;
    svg.append("<g class=\"panel\" id=\"net-").append(ChartKit.name(sector)).append("\">\n");
    svg.append(ChartKit.text(LEFT, top - 12, "start", 13, "panel-title",
        ChartKit.name(sector) + ": net position, Mt CO2"));
    svg.append(ChartKit.projectedBands(years, projected, LEFT, slot, top, PANEL));
    int steps = (int) Math.round((axis.top() - axis.bottom()) / axis.step());
    for (int k = 0; k <= steps; k++) {
      double v = axis.bottom() + k * axis.step();
      double y = axis.y(v, top, PANEL);
      svg.append(ChartKit.line(LEFT, y, LEFT + plotWidth, y, Math.abs(v) < axis.step() / 2 ? "#000000" : "#dddddd"))
          .append(ChartKit.text(LEFT - 8, y + 4, "end", 11, "value", ChartKit.number(v, axis.step())));
    }
    svg.append(ChartKit.line(LEFT, top, LEFT, top + PANEL, "#000000"));
    svg.append(String.format(Locale.ROOT,
        "<text x=\"24\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" transform=\"rotate(-90 24 %.1f)\">"
            + "Mt CO2</text>%n", top + PANEL / 2.0, top + PANEL / 2.0));
    double zero = axis.y(0, top, PANEL);
    for (int i = 0; i < years.size(); i++) {
      Year year = years.get(i);
      double centre = LEFT + (i + 0.5) * slot;
      SectorYearResult s = data.get(year);
      if (s != null) {
        bar(svg, sector, s, axis, top, centre, slot, zero);
      }
      if (ChartKit.labelled(year, every)) {
        svg.append(ChartKit.text(centre, top + PANEL + 16, "middle", ChartKit.YEAR_FONT, "year", year.toString()));
      }
    }
    svg.append("</g>\n");
  }

  private static void bar(StringBuilder svg, Sector sector, SectorYearResult s, ChartKit.Axis axis, int top,
      double centre, double slot, double zero) {
    double y = axis.y(mt(s.netPositionTonnes()), top, PANEL);
    double width = slot * 0.6;
    Optional<DrawSummary> d = s.draws();
    String tip = s.year() + " " + ChartKit.name(sector) + ": " + mt3(s.netPositionTonnes()) + " Mt"
        + d.map(x -> "; draws p5 " + mt3(BigDecimal.valueOf(x.netPositionP05())) + ", p95 "
            + mt3(BigDecimal.valueOf(x.netPositionP95())) + " Mt").orElse("");
    svg.append(String.format(Locale.ROOT,
        "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>%n",
        centre - width / 2, Math.min(y, zero), width, Math.max(0.5, Math.abs(zero - y)), ChartKit.colour(sector),
        ChartKit.escape(tip)));
    if (d.isPresent()) {
      double high = axis.y(d.get().netPositionP95() / 1e6, top, PANEL);
      double low = axis.y(d.get().netPositionP05() / 1e6, top, PANEL);
      double cap = slot * 0.15;
      svg.append("<g class=\"whisker\">")
          .append(ChartKit.line(centre, high, centre, low, "#222222").strip())
          .append(ChartKit.line(centre - cap, high, centre + cap, high, "#222222").strip())
          .append(ChartKit.line(centre - cap, low, centre + cap, low, "#222222").strip())
          .append("</g>\n");
    }
  }

  /** Tonnes as Mt for a position on the chart. */
  private static double mt(BigDecimal tonnes) {
    return tonnes.movePointLeft(6).doubleValue();
  }

  /** Tonnes as Mt to 3 decimals, half up, for a tooltip (exact, as the terminal table writes them). */
  private static String mt3(BigDecimal tonnes) {
    return tonnes.movePointLeft(6).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }
}
