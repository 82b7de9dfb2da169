package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws the net position (allocation − verified emissions) of each sector and year as a grouped bar
 * chart in SVG: years along the x axis, one coloured bar per sector, million tonnes on the y axis with a
 * zero line, a title and a legend. Bars above zero mean a sector got more allowances than it emitted.
 * Hand-written SVG 1.1, no scripts or external resources. Stateless; thread-safe.
 */
public final class SectorChart {
  private static final int WIDTH = 860;
  private static final int HEIGHT = 500;
  private static final int LEFT = 90;
  private static final int RIGHT = 170;
  private static final int TOP = 60;
  private static final int BOTTOM = 60;
  private static final Map<Sector, String> COLOURS = new EnumMap<>(Map.of(
      Sector.POWER, "#1f77b4", Sector.CEMENT, "#7f7f7f", Sector.STEEL, "#d62728", Sector.ALUMINUM, "#2ca02c"));

  private SectorChart() {}

  /**
   * Renders the chart of a study.
   *
   * @param result the study result
   * @return the SVG document
   */
  public static String svg(StudyResult result) {
    Checks.notNull("result", result);
    Map<Year, Map<Sector, Double>> data = new TreeMap<>();
    for (SectorYearResult s : result.sectors()) {
      data.computeIfAbsent(s.year(), y -> new EnumMap<>(Sector.class))
          .put(s.sector(), s.netPositionTonnes().divide(BigDecimal.valueOf(1_000_000)).doubleValue());
    }
    double max = 0;
    double min = 0;
    for (Map<Sector, Double> year : data.values()) {
      for (double v : year.values()) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
    double step = niceStep((max - min) / 6);
    double top = Math.ceil(max / step) * step;
    double bottom = Math.floor(min / step) * step;
    if (top == bottom) {
      top = step;
    }
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        .append(text(WIDTH / 2.0, 28, "middle", 16, "Net position by sector and year (allocation − verified emissions)"))
        .append(text(WIDTH / 2.0, 46, "middle", 11, "above zero: long (surplus allowances); below zero: short"));
    // y axis: gridlines and labels in Mt.
    for (double v = bottom; v <= top + step / 2; v += step) {
      double y = yOf(v, bottom, top, plotHeight);
      svg.append(line(LEFT, y, LEFT + plotWidth, y, Math.abs(v) < step / 2 ? "#000000" : "#dddddd"))
          .append(text(LEFT - 8, y + 4, "end", 12, number(v)));
    }
    svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "#000000"));
    svg.append("<text x=\"20\" y=\"").append(TOP + plotHeight / 2).append("\" text-anchor=\"middle\" transform=\"rotate(-90 20 ")
        .append(TOP + plotHeight / 2).append(")\">net position, Mt CO2</text>\n");
    // Bars, grouped by year.
    List<Year> years = List.copyOf(data.keySet());
    double group = years.isEmpty() ? plotWidth : (double) plotWidth / years.size();
    double bar = group * 0.8 / Sector.values().length;
    double zero = yOf(0, bottom, top, plotHeight);
    int g = 0;
    for (Map<Sector, Double> year : data.values()) {
      double x0 = LEFT + g * group + group * 0.1;
      for (Map.Entry<Sector, Double> entry : year.entrySet()) {
        Sector sector = entry.getKey();
        double v = entry.getValue();
        double y = yOf(v, bottom, top, plotHeight);
        double x = x0 + sector.ordinal() * bar;
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s Mt</title></rect>%n",
            x, Math.min(y, zero), bar * 0.9, Math.max(0.5, Math.abs(zero - y)), COLOURS.get(sector),
            years.get(g), sector.name().toLowerCase(Locale.ROOT), number(v)));
      }
      svg.append(text(LEFT + g * group + group / 2, TOP + plotHeight + 20, "middle", 12, years.get(g).toString()));
      g++;
    }
    svg.append(text(LEFT + plotWidth / 2.0, HEIGHT - 15, "middle", 12, "compliance year"));
    // Legend.
    int lx = WIDTH - RIGHT + 20;
    svg.append(text(lx, TOP + 4, "start", 12, "sector"));
    for (Sector sector : Sector.values()) {
      int ly = TOP + 20 + sector.ordinal() * 22;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>%n",
          lx, ly, COLOURS.get(sector)));
      svg.append(text(lx + 20, ly + 12, "start", 12, sector.name().toLowerCase(Locale.ROOT)));
    }
    return svg.append("</svg>\n").toString();
  }

  private static double yOf(double v, double bottom, double top, int plotHeight) {
    return TOP + (top - v) / (top - bottom) * plotHeight;
  }

  /** A 1, 2 or 5 × 10^k step near the wanted one, so that axis labels are round numbers. */
  static double niceStep(double wanted) {
    if (!(wanted > 0)) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(wanted)));
    double ratio = wanted / magnitude;
    return (ratio <= 1 ? 1 : ratio <= 2 ? 2 : ratio <= 5 ? 5 : 10) * magnitude;
  }

  private static String number(double v) {
    double rounded = Math.abs(v) < 1e-9 ? 0 : v;
    return Math.abs(rounded) >= 10 || rounded == Math.rint(rounded)
        ? String.format(Locale.ROOT, "%,.0f", rounded) : String.format(Locale.ROOT, "%.1f", rounded);
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
        x1, y1, x2, y2, colour);
  }

  private static String text(double x, double y, String anchor, int size, String content) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
        x, y, anchor, size, content.replace("&", "&amp;").replace("<", "&lt;"));
  }
}
