package io.github.ets4j.study;

import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * the line.
 *
 * <p>Power is allocated with the benchmarks of its unit categories ({@link SectorYearResult#powerBenchmarks()}, the
 * year's rulebook with the scenario's tightening), drawn in three panels so that no line is flattened by another's
 * scale: the electricity benchmark of the coal categories (I–III, {@link UnitCategory#isCoal()}), that of gas (IV),
 * both tCO2/MWh, and the heat benchmark of coal and of gas units, tCO2/GJ. A panel of several lines names each at
 * its right end, the names moved apart so that they never overlap ({@link ChartKit#spread}).
 *
 * <p>A sector with nothing to draw in any year gets no panel and is named under the chart. Projected years are
 * shaded and year labels thinned as in {@link SectorChart}. Hand-written SVG 1.1, no scripts or external resources.
 * Stateless; thread-safe.
 */
public final class BenchmarkChart {
  /** Width of the plots' layout, px: as {@link SectorChart}'s, so that the two charts' years line up. */
  static final int WIDTH = SectorChart.WIDTH;
  /**
   * Room right of the layout for the names at the lines' ends, px: the longest ({@code coal}) is 4 × 0.6 × 10 =
   * 24 px wide from 4 px right of the plot, which the layout's own right margin (30 px) would cut at its edge.
   */
  static final int LINE_LABEL_ROOM = 40;
  /** Left edge of every plot, px. */
  static final int LEFT = SectorChart.LEFT;
  /** Top of the first panel, px. */
  static final int TOP = 100;
  /** Height of a panel's plot, px. */
  static final int PANEL = 160;
  /** Space between one panel's plot and the next one's, px. */
  static final int GAP = 70;
  /** Font size of a line's name at its right end, px. */
  static final int LINE_LABEL_FONT = 10;
  /** The least distance between the baselines of two line names, px: the font and 2 px. */
  static final double LINE_LABEL_SPACING = LINE_LABEL_FONT + 2;
  /** The power electricity benchmark's unit. */
  static final String ELECTRICITY_UNIT = "tCO2/MWh";
  /** The power heat benchmark's unit. */
  static final String HEAT_UNIT = "tCO2/GJ";

  /**
   * One line of a panel: its name at its right end (empty for the single line of a sector), what a point's tooltip
   * calls it, its colour and its value by year.
   */
  private record Series(String name, String what, String colour, Map<Year, BigDecimal> values) {}

  /** One panel: its id and title, the unit of its axis, and its lines. */
  private record Panel(String id, String title, String unit, List<Series> series) {}

  private BenchmarkChart() {}

  /**
   * Renders the chart of a study.
   *
   * @param result the study result
   * @return the SVG document
   */
  public static String svg(StudyResult result) {
    Checks.notNull("result", result);
    Map<Sector, Map<Year, BigDecimal>> balance = new EnumMap<>(Sector.class);
    Map<Year, PowerBenchmarkValues> power = new TreeMap<>();
    Set<Sector> without = EnumSet.noneOf(Sector.class);
    Set<Year> projected = new HashSet<>();
    for (SectorYearResult s : result.sectors()) {
      without.add(s.sector());
      if (s.projected()) {
        projected.add(s.year());
      }
      Optional<BigDecimal> bp = s.balanceValue();
      // Power's method has no balance value: its panels draw the benchmarks of its categories.
      if (bp.isPresent() && s.sector() != Sector.POWER) {
        balance.computeIfAbsent(s.sector(), k -> new TreeMap<>()).put(s.year(), bp.get());
      }
      if (s.sector() == Sector.POWER) {
        s.powerBenchmarks().ifPresent(b -> power.put(s.year(), b));
      }
    }
    List<Panel> panels = new ArrayList<>();
    if (!power.isEmpty()) {
      without.remove(Sector.POWER);
      panels.addAll(powerPanels(power));
    }
    for (Map.Entry<Sector, Map<Year, BigDecimal>> e : balance.entrySet()) {
      without.remove(e.getKey());
      String name = ChartKit.name(e.getKey());
      String unit = IntensityCoefficientPolicy.intensityUnit(e.getKey());
      panels.add(new Panel(name, name + ": balance value, " + unit, unit,
          List.of(new Series("", name, ChartKit.colour(e.getKey()), e.getValue()))));
    }
    List<Year> years = new ArrayList<>(ChartKit.years(result));
    int n = panels.size();
    int height = TOP + n * PANEL + Math.max(0, n - 1) * GAP + 80;
    StringBuilder svg = ChartKit.open(WIDTH + LINE_LABEL_ROOM, height);
    svg.append(ChartKit.text(WIDTH / 2.0, 28, "middle", 16, "Benchmark (balance value) by sector and year"))
        .append(ChartKit.text(WIDTH / 2.0, 46, "middle", 11, "the intensity each unit is compared with in the exact "
            + "central case; power: the benchmark of each unit category; each panel with its own scale"));
    if (!projected.isEmpty()) {
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"57\" width=\"14\" height=\"10\" fill=\"%s\" stroke=\"#cccccc\"/>%n",
          LEFT, ChartKit.PROJECTED_FILL));
      svg.append(ChartKit.text(LEFT + 20, 66, "start", 11, "projected year (rules carried forward, ASSUMED)"));
    }
    int plotWidth = WIDTH - LEFT - SectorChart.RIGHT;
    double slot = years.isEmpty() ? plotWidth : (double) plotWidth / years.size();
    int every = ChartKit.yearLabelEvery(slot);
    for (int p = 0; p < n; p++) {
      panel(svg, panels.get(p), years, projected, TOP + p * (PANEL + GAP), slot, every);
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

  /**
   * Power's three panels: electricity of the coal categories, electricity of the others (gas), heat of coal and of
   * gas (the heat benchmark of the first category of each kind: the rules give one per fuel).
   */
  private static List<Panel> powerPanels(Map<Year, PowerBenchmarkValues> power) {
    List<Series> coal = new ArrayList<>();
    List<Series> gas = new ArrayList<>();
    Map<String, Map<Year, BigDecimal>> heat = new LinkedHashMap<>();
    for (UnitCategory category : UnitCategory.values()) {
      Map<Year, BigDecimal> electricity = new TreeMap<>();
      power.forEach((year, b) -> electricity.put(year, b.electricity(category)));
      (category.isCoal() ? coal : gas).add(new Series(category.name(), "power " + category + " electricity",
          categoryColour(category), electricity));
      String fuel = category.isCoal() ? "coal" : "gas";
      if (!heat.containsKey(fuel)) {
        Map<Year, BigDecimal> values = new TreeMap<>();
        power.forEach((year, b) -> values.put(year, b.heat(category)));
        heat.put(fuel, values);
      }
    }
    List<Series> heatSeries = new ArrayList<>();
    heat.forEach((fuel, values) -> heatSeries.add(new Series(fuel, "power " + fuel + " heat", fuelColour(fuel),
        values)));
    return List.of(
        new Panel("power-coal", "power, coal units (" + names(coal) + "): electricity benchmark, " + ELECTRICITY_UNIT,
            ELECTRICITY_UNIT, coal),
        new Panel("power-gas", "power, gas units (" + names(gas) + "): electricity benchmark, " + ELECTRICITY_UNIT,
            ELECTRICITY_UNIT, gas),
        new Panel("power-heat", "power: heat benchmark of coal and gas units, " + HEAT_UNIT, HEAT_UNIT, heatSeries));
  }

  private static String names(List<Series> series) {
    StringJoiner names = new StringJoiner(", ");
    series.forEach(s -> names.add(s.name()));
    return names.toString();
  }

  /** Each category its own colour, the large coal units in power's blue. */
  private static String categoryColour(UnitCategory category) {
    switch (category) {
      case I:
        return ChartKit.colour(Sector.POWER);
      case II:
        return "#ff7f0e";
      case III:
        return "#9467bd";
      default:
        return "#17becf";
    }
  }

  private static String fuelColour(String fuel) {
    return "coal".equals(fuel) ? "#8c564b" : "#17becf";
  }

  private static void panel(StringBuilder svg, Panel panel, List<Year> years, Set<Year> projected, int top,
      double slot, int every) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series series : panel.series()) {
      for (BigDecimal v : series.values().values()) {
        min = Math.min(min, v.doubleValue());
        max = Math.max(max, v.doubleValue());
      }
    }
    ChartKit.Axis axis = ChartKit.axis(min, max, 4);
    String unit = panel.unit();
    int plotWidth = WIDTH - LEFT - SectorChart.RIGHT;
    svg.append("<g class=\"panel\" id=\"benchmark-").append(panel.id()).append("\">\n");
    svg.append(ChartKit.text(LEFT, top - 12, "start", 13, "panel-title", panel.title()));
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
    for (int i = 0; i < years.size(); i++) {
      if (ChartKit.labelled(years.get(i), every)) {
        svg.append(ChartKit.text(LEFT + (i + 0.5) * slot, top + PANEL + 16, "middle", ChartKit.YEAR_FONT, "year",
            years.get(i).toString()));
      }
    }
    StringBuilder marks = new StringBuilder();
    List<Series> named = new ArrayList<>();
    List<Double> ends = new ArrayList<>();
    for (Series series : panel.series()) {
      StringBuilder points = new StringBuilder();
      Optional<Double> end = Optional.empty();
      for (int i = 0; i < years.size(); i++) {
        Year year = years.get(i);
        double centre = LEFT + (i + 0.5) * slot;
        BigDecimal v = series.values().get(year);
        if (v == null) {
          segment(svg, points, series.colour());
          continue;
        }
        double y = axis.y(v.doubleValue(), top, PANEL);
        end = Optional.of(y);
        points.append(points.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", centre, y));
        // The decimals of the reported balance value, half up, as sectors.csv writes it.
        marks.append(String.format(Locale.ROOT,
            "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s</title></circle>%n",
            centre, y, series.colour(), ChartKit.escape(year + " " + series.what() + ": "
                + v.setScale(ResultsCsv.BALANCE_VALUE_DECIMALS, RoundingMode.HALF_UP).toPlainString() + " " + unit)));
      }
      segment(svg, points, series.colour());
      if (!series.name().isEmpty() && end.isPresent()) {
        named.add(series);
        ends.add(end.get());
      }
    }
    svg.append(marks);
    if (panel.series().size() > 1) {
      double[] wanted = new double[ends.size()];
      for (int i = 0; i < wanted.length; i++) {
        // The name's baseline a third of the font below the line's end, so that it reads level with it.
        wanted[i] = ends.get(i) + LINE_LABEL_FONT / 3.0;
      }
      double[] at = ChartKit.spread(wanted, LINE_LABEL_SPACING, top + LINE_LABEL_FONT, top + PANEL);
      for (int i = 0; i < at.length; i++) {
        svg.append(ChartKit.text(LEFT + plotWidth + 4, at[i], "start", LINE_LABEL_FONT, "line-label",
            named.get(i).name()));
      }
    }
    svg.append("</g>\n");
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
