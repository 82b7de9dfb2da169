package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.power.PowerBenchmarks;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Power's panels in the benchmark chart, by hand from allocation.md's power benchmark table and the chart's layout
 * (plots from x 90 to 870, panels 160 high from y 100, each next one 230 lower), and the power benchmarks in a
 * study's results.
 */
class PowerBenchmarkChartTest {

  static SectorYearResult power(int year) {
    return SectorYearResult.builder().from(SectorChartLayoutTest.net(year, Sector.POWER, "100", "90"))
        .powerBenchmarks(PowerBenchmarkValues.from(PowerBenchmarks.forYear(Year.of(year)))).build();
  }

  private static List<Double> lineLabels(String svg, String panel) {
    int from = svg.indexOf("id=\"benchmark-" + panel + "\"");
    String group = svg.substring(from, svg.indexOf("</g>", from));
    Matcher m = Pattern.compile("<text x=\"874.0\" y=\"([0-9.]+)\" text-anchor=\"start\" font-size=\"10\" "
        + "class=\"line-label\">").matcher(group);
    List<Double> ys = new ArrayList<>();
    while (m.find()) {
      ys.add(Double.parseDouble(m.group(1)));
    }
    return ys;
  }

  @Test
  void the2025BenchmarksOfEveryCategoryInThreePanels() throws Exception {
    // allocation.md, 2025 [D]: I 0.7902, II 0.8017, III 0.8162, IV 0.3288; heat coal 0.1027, gas 0.0533.
    // One year: one slot of 780, centre 480.
    String svg = BenchmarkChartTest.chart(2025, 2025, power(2025));
    assertEquals("svg", SectorChartTest.parse(svg).getDocumentElement().getLocalName());
    assertEquals(3, SectorChartTest.yearLabelsByPanel(svg).size());
    // Coal, top 100. Range 0.7902..0.8162: wanted step 0.026 / 4 = 0.0065 → 0.01, axis 0.79..0.82 (0.03).
    // y(v) = 100 + (0.82 − v) / 0.03 × 160: I 258.93, II 197.6, III 120.27.
    assertTrue(svg.contains(">power, coal units (I, II, III): electricity benchmark, tCO2/MWh</text>"), svg);
    assertTrue(svg.contains("<circle class=\"point\" cx=\"480.0\" cy=\"258.9\" r=\"3\" fill=\"#1f77b4\">"
        + "<title>2025 power I electricity: 0.7902 tCO2/MWh</title></circle>"), svg);
    assertTrue(svg.contains("cy=\"197.6\" r=\"3\" fill=\"#ff7f0e\"><title>2025 power II electricity: 0.8017 "
        + "tCO2/MWh</title>"), svg);
    assertTrue(svg.contains("cy=\"120.3\" r=\"3\" fill=\"#9467bd\"><title>2025 power III electricity: 0.8162 "
        + "tCO2/MWh</title>"), svg);
    assertTrue(svg.contains("class=\"value\">0.79</text>") && svg.contains("class=\"value\">0.82</text>"), svg);
    // Names at the right end, a third of the 10 px font below their line, no lower than the plot's bottom (260):
    // 258.93 + 3.33 = 262.3 → 260, 197.6 + 3.33 = 200.9, 120.27 + 3.33 = 123.6 (far enough apart not to move).
    assertEquals(List.of(260.0, 200.9, 123.6), lineLabels(svg, "power-coal"));
    // Gas, top 330: flat 0.3288, widened by a step near 5 % (0.01644 → 0.02) around rint(16.44) × 0.02 = 0.32:
    // axis 0.30..0.34, y = 330 + (0.34 − 0.3288) / 0.04 × 160 = 374.8. A single line carries no name.
    assertTrue(svg.contains(">power, gas units (IV): electricity benchmark, tCO2/MWh</text>"), svg);
    assertTrue(svg.contains("cy=\"374.8\" r=\"3\" fill=\"#17becf\"><title>2025 power IV electricity: 0.3288 "
        + "tCO2/MWh</title>"), svg);
    assertEquals(List.of(), lineLabels(svg, "power-gas"));
    // Heat, top 560: 0.0533..0.1027, wanted 0.01235 → 0.02, axis 0.04..0.12; y(0.1027) = 560 + 0.0173 / 0.08 × 160
    // = 594.6, y(0.0533) = 560 + 0.0667 / 0.08 × 160 = 693.4.
    assertTrue(svg.contains(">power: heat benchmark of coal and gas units, tCO2/GJ</text>"), svg);
    assertTrue(svg.contains("cy=\"594.6\" r=\"3\" fill=\"#8c564b\"><title>2025 power coal heat: 0.1027 tCO2/GJ"
        + "</title>"), svg);
    assertTrue(svg.contains("cy=\"693.4\" r=\"3\" fill=\"#17becf\"><title>2025 power gas heat: 0.0533 tCO2/GJ"
        + "</title>"), svg);
    assertTrue(svg.contains("class=\"line-label\">coal</text>") && svg.contains("class=\"line-label\">gas</text>"));
    // Power is drawn, so no note names it.
    assertFalse(svg.contains("class=\"note\""), svg);
  }

  @Test
  void powerPanelsComeFirstThenEachIndustrySector() throws Exception {
    String svg = BenchmarkChartTest.chart(2025, 2026, power(2025), power(2026),
        BenchmarkChartTest.bp(2025, Sector.CEMENT, "0.85"), BenchmarkChartTest.bp(2026, Sector.STEEL, "1.40"));
    // 3 power panels, cement, steel: 5, each with both years labelled.
    assertEquals(List.of(2, 2, 2, 2, 2), SectorChartTest.yearLabelsByPanel(svg).stream().map(List::size).toList());
    int coal = svg.indexOf("id=\"benchmark-power-coal\"");
    int gas = svg.indexOf("id=\"benchmark-power-gas\"");
    int heat = svg.indexOf("id=\"benchmark-power-heat\"");
    int cement = svg.indexOf("id=\"benchmark-cement\"");
    int steel = svg.indexOf("id=\"benchmark-steel\"");
    assertTrue(0 < coal && coal < gas && gas < heat && heat < cement && cement < steel, svg);
    // Five panels: 100 + 5 × 160 + 4 × 70 + 80 = 1260 high; 900 wide and 40 for the lines' names.
    assertTrue(svg.contains("width=\"940\" height=\"1260\" viewBox=\"0 0 940 1260\""), svg);
    // The 2026 row [D] (I 0.7894) follows 2025's (I 0.7902) in one line of two points.
    assertTrue(svg.contains("<title>2026 power I electricity: 0.7894 tCO2/MWh</title>"), svg);
  }

  @Test
  void namesOfCloseLinesAreMovedApart() {
    // Three names wanted at 183.3, 175.3, 183.3 (two lines ending together, one 8 px above): taken top down, the
    // second and third are pushed to 12 px below the one above: 175.3, 187.3, 199.3.
    double[] at = ChartKit.spread(new double[] {183.3, 175.3, 183.3}, 12, 110, 260);
    assertArrayEquals(new double[] {187.3, 175.3, 199.3}, at, 1e-9);
    // Pushed past the bottom (260), the run moves back up: 236, 248, 260.
    assertArrayEquals(new double[] {236, 248, 260}, ChartKit.spread(new double[] {255, 258, 259}, 12, 110, 260),
        1e-9);
    // No room for all: they start at the top, 12 apart.
    assertArrayEquals(new double[] {110, 122, 134}, ChartKit.spread(new double[] {100, 100, 100}, 12, 110, 130),
        1e-9);
  }

  @Test
  void lineNamesNeverOverlapUnderATightBenchmark() throws Exception {
    // A 2024–2060 run with the power benchmarks tightened 3 % a year after 2026: the coal lines converge to a few
    // pixels apart at the right end, but their names stay at least 12 px apart, inside the panel (100..260).
    Scenario scenario = Scenario.builder().firstYear(Year.of(2024)).lastYear(Year.of(2060))
        .powerBenchmarkTighteningPercent(new BigDecimal("3")).draws(0).build();
    StudyResult result = PolicyStudy.of(Market.of(List.of(unit("I"))), scenario).run();
    String svg = BenchmarkChart.svg(result);
    List<Double> ys = new ArrayList<>(lineLabels(svg, "power-coal"));
    assertEquals(3, ys.size(), svg);
    ys.sort(Double::compare);
    for (int i = 1; i < ys.size(); i++) {
      assertTrue(ys.get(i) - ys.get(i - 1) >= 12 - 0.05, ys.toString());
    }
    assertTrue(ys.get(0) >= 110 - 0.05 && ys.get(ys.size() - 1) <= 260 + 0.05, ys.toString());
    // Year labels thinned as in the other chart: 37 years in slots of 780 / 37 = 21.1 px → every 2nd, 2024..2060.
    assertEquals(19, SectorChartTest.yearLabelsByPanel(svg).get(0).size(), svg);
  }

  static MarketUnit unit(String category) {
    return MarketUnit.builder().year(Year.of(2024)).entityId("P").sector(Sector.POWER).unitId("P-" + category)
        .category(category).verifiedTonnes(new BigDecimal("1000000")).output(new BigDecimal("1200000"))
        .loadFactorPercent(new BigDecimal("70")).build();
  }

  @Test
  void aStudyRecordsEachYearsBenchmarksWithTheScenariosTightening() {
    // allocation.md: 2026 I 0.7894 [D]; tightened 2 % a year after 2026, 2028 is 0.7894 × 0.98² = 0.75813976,
    // heat coal 0.1021 × 0.9604 = 0.09805684, IV 0.3288 × 0.9604 = 0.31577952.
    Scenario scenario = Scenario.builder().firstYear(Year.of(2025)).lastYear(Year.of(2028))
        .powerBenchmarkTighteningPercent(new BigDecimal("2")).draws(0).build();
    StudyResult result = PolicyStudy.of(Market.of(List.of(unit("I"))), scenario).run();
    PowerBenchmarkValues y2025 = result.sector(Year.of(2025), Sector.POWER).orElseThrow().powerBenchmarks()
        .orElseThrow();
    assertEquals(0, new BigDecimal("0.7902").compareTo(y2025.electricity(UnitCategory.I)));
    assertEquals(0, new BigDecimal("0.8162").compareTo(y2025.electricity(UnitCategory.III)));
    assertEquals(0, new BigDecimal("0.0533").compareTo(y2025.heat(UnitCategory.IV)));
    assertEquals(0, new BigDecimal("0.1027").compareTo(y2025.heat(UnitCategory.II)));
    PowerBenchmarkValues y2028 = result.sector(Year.of(2028), Sector.POWER).orElseThrow().powerBenchmarks()
        .orElseThrow();
    assertEquals(0, new BigDecimal("0.75813976").compareTo(y2028.electricity(UnitCategory.I)), y2028.toString());
    assertEquals(0, new BigDecimal("0.31577952").compareTo(y2028.electricity(UnitCategory.IV)), y2028.toString());
    assertEquals(0, new BigDecimal("0.09805684").compareTo(y2028.heat(UnitCategory.I)), y2028.toString());
    // Two runs give equal values; industry rows carry none.
    assertEquals(y2028, PolicyStudy.of(Market.of(List.of(unit("I"))), scenario).run()
        .sector(Year.of(2028), Sector.POWER).orElseThrow().powerBenchmarks().orElseThrow());
    assertEquals(y2028.hashCode(), PolicyStudy.of(Market.of(List.of(unit("I"))), scenario).run()
        .sector(Year.of(2028), Sector.POWER).orElseThrow().powerBenchmarks().orElseThrow().hashCode());
    assertFalse(y2028.equals(y2025));
    assertFalse(y2028.equals("x"));
    assertTrue(y2028.toString().contains("0.75813976"), y2028.toString());
    assertTrue(ResultsCsvTest.cementStudy().sectors().get(0).powerBenchmarks().isEmpty());
    // power-benchmarks.csv: 4 years × 4 categories, 6 decimals half up. 2028 IV: 0.31577952 → 0.315780; gas heat
    // 0.0533 × 0.9604 = 0.05118932 → 0.051189.
    List<String> csv = ResultsCsv.powerBenchmarks(result).lines().toList();
    assertEquals(ResultsCsv.POWER_BENCHMARK_COLUMNS, List.of(csv.get(0).split(",")));
    assertEquals(17, csv.size());
    assertEquals("2025,I,0.790200,0.102700,false", csv.get(1));
    assertEquals("2025,IV,0.328800,0.053300,false", csv.get(4));
    assertEquals("2028,I,0.758140,0.098057,true", csv.get(13));
    assertEquals("2028,IV,0.315780,0.051189,true", csv.get(16));
    // The report shows the same table.
    String html = StudyReport.html(result, StudyReportTest.manifest(result));
    assertTrue(html.contains("<h2>Power benchmarks by unit category (power-benchmarks.csv)</h2>"), html);
    assertTrue(html.contains("<td>2028</td><td>I</td><td class=\"n\">0.758140</td>")
        || html.contains("<td class=\"n\">2028</td><td>I</td><td class=\"n\">0.758140</td>"), html);
    assertTrue(html.contains("id=\"benchmark-power-coal\""), html);
    assertFalse(StudyReport.html(ResultsCsvTest.cementStudy(), StudyReportTest.manifest(ResultsCsvTest.cementStudy()))
        .contains("Power benchmarks by unit category"));
  }
}
