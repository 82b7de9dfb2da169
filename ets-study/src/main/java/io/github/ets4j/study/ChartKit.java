package io.github.ets4j.study;

import io.github.ets4j.core.Sector;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the study's charts share: the sector colours, round axis steps and their labels, the thinning of year labels
 * so that they never overlap, and the few SVG elements the charts are made of (text always escaped). Display only:
 * the figures drawn were computed exactly, and a chart turns them into doubles for positions alone. Stateless.
 */
final class ChartKit {
  /** Font size of the year labels under a panel, px. */
  static final int YEAR_FONT = 11;
  /**
   * The width a year label takes, px: four digits at 0.6 em each (sans-serif digits are about 0.55 em wide), so a
   * label never needs more room than this.
   */
  static final double YEAR_LABEL_WIDTH = 4 * 0.6 * YEAR_FONT;
  /** The least gap between two year labels, px. */
  static final double YEAR_LABEL_GAP = 8;

  /** The shade behind projected years. */
  static final String PROJECTED_FILL = "#f2f2f2";

  private static final Map<Sector, String> COLOURS = new EnumMap<>(Map.of(
      Sector.POWER, "#1f77b4", Sector.CEMENT, "#7f7f7f", Sector.STEEL, "#d62728", Sector.ALUMINUM, "#2ca02c"));
  private static final int[] LABEL_STEPS = {1, 2, 5, 10, 20, 50, 100};

  private ChartKit() {}

  /** An axis from {@code bottom} to {@code top} with gridlines every {@code step}. */
  record Axis(double bottom, double top, double step) {
    /** The y of a value in a plot from {@code plotTop} down {@code height} px. */
    double y(double value, double plotTop, double height) {
      return plotTop + (top - value) / (top - bottom) * height;
    }
  }

  /** The colour of a sector's marks. */
  static String colour(Sector sector) {
    String colour = COLOURS.get(sector);
    return colour == null ? "#000000" : colour;
  }

  /**
   * A round axis over {@code [min, max]} with about {@code ticks} steps. A flat range ({@code min == max}) is widened
   * by a round step on both sides, so the single value sits in the middle of a real axis.
   */
  static Axis axis(double min, double max, int ticks) {
    if (max - min < 1e-12) {
      double step = niceStep(Math.abs(max) > 1e-12 ? Math.abs(max) * 0.05 : 1);
      double centre = Math.rint(max / step) * step;
      return new Axis(centre - step, centre + step, step);
    }
    double step = niceStep((max - min) / ticks);
    return new Axis(Math.floor(min / step + 1e-9) * step, Math.ceil(max / step - 1e-9) * step, step);
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

  /** An axis label: as many decimals as the step needs (none for a whole step), thousands separated. */
  static String number(double value, double step) {
    int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    double rounded = Math.abs(value) < step * 1e-6 ? 0 : value;
    return String.format(Locale.ROOT, "%,." + decimals + "f", rounded);
  }

  /**
   * Every how many years a year is labelled: the least of 1, 2, 5, 10, 20, 50, 100 at which two labels are at least
   * a label's width and a gap apart, with years {@code slot} px apart.
   */
  static int yearLabelEvery(double slot) {
    for (int every : LABEL_STEPS) {
      if (every * slot >= YEAR_LABEL_WIDTH + YEAR_LABEL_GAP) {
        return every;
      }
    }
    return LABEL_STEPS[LABEL_STEPS.length - 1];
  }

  /** Tells whether a year gets a label: every year at 1, else the round ones (2030, 2040 at 10). */
  static boolean labelled(Year year, int every) {
    return year.getValue() % every == 0;
  }

  /**
   * Moves labels apart so that no two are less than {@code spacing} apart, each as near its wanted place as that
   * allows: labels keep their order (by wanted place, ties in the given order), a label too close to the one above
   * is pushed down, and if the last then passes {@code max} the whole run is pushed back up, no higher than
   * {@code min}. If the labels cannot fit between {@code min} and {@code max} at all, they start at {@code min}.
   *
   * @param wanted where each label would be (baselines, px, down the page)
   * @param spacing the least distance between two labels, px
   * @param min the highest place a label may take
   * @param max the lowest place a label may take
   * @return the places, in the order of {@code wanted}
   */
  static double[] spread(double[] wanted, double spacing, double min, double max) {
    int n = wanted.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(wanted[a], wanted[b]));
    double[] at = new double[n];
    double previous = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      double y = Math.max(Math.max(wanted[order[k]], min), previous + spacing);
      at[order[k]] = y;
      previous = y;
    }
    // Pushed past the bottom: move the run back up from the last label, each no lower than spacing above the next.
    double next = Double.POSITIVE_INFINITY;
    for (int k = n - 1; k >= 0; k--) {
      double y = Math.min(Math.min(at[order[k]], max), next - spacing);
      at[order[k]] = Math.max(y, min + k * spacing);
      next = at[order[k]];
    }
    return at;
  }

  /** The years a chart spans: the scenario's, and any other year the result holds. */
  static SortedSet<Year> years(StudyResult result) {
    SortedSet<Year> years = new TreeSet<>(result.scenario().years());
    for (SectorYearResult s : result.sectors()) {
      years.add(s.year());
    }
    return years;
  }

  /**
   * The shade behind the projected years of a panel: one band per run of consecutive projected years (one rect, not
   * one per year, so that no seam shows between them).
   */
  static String projectedBands(List<Year> years, Set<Year> projected, double left, double slot, int top, int height) {
    StringBuilder bands = new StringBuilder();
    int i = 0;
    while (i < years.size()) {
      if (!projected.contains(years.get(i))) {
        i++;
        continue;
      }
      int first = i;
      while (i < years.size() && projected.contains(years.get(i))) {
        i++;
      }
      bands.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
          left + first * slot, top, (i - first) * slot, height, PROJECTED_FILL));
    }
    return bands.toString();
  }

  /** The opening of a chart: XML declaration, the svg element, a white background. */
  static StringBuilder open(int width, int height) {
    return new StringBuilder()
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
  }

  static String line(double x1, double y1, double x2, double y2, String colour) {
    return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
        x1, y1, x2, y2, colour);
  }

  static String text(double x, double y, String anchor, int size, String content) {
    return text(x, y, anchor, size, "", content);
  }

  /** A text element; {@code cssClass} (empty for none) lets tests and styles find labels of one kind. */
  static String text(double x, double y, String anchor, int size, String cssClass, String content) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\"%s>%s</text>%n",
        x, y, anchor, size, cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"", escape(content));
  }

  /** Text escaped for XML and HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** A sector's name as a reader writes it: {@code power}, {@code aluminum}. */
  static String name(Sector sector) {
    return sector.name().toLowerCase(Locale.ROOT);
  }
}
