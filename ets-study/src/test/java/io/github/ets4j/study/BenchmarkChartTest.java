package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark chart's geometry, by hand from its layout: as {@link SectorChartLayoutTest}, plots from x 90 to 870,
 * panels 160 high from y 100, each next one 230 lower.
 */
class BenchmarkChartTest {

  static SectorYearResult bp(int year, Sector sector, String balanceValue) {
    return SectorYearResult.builder().from(SectorChartLayoutTest.net(year, sector, "100", "100"))
        .balanceValue(new BigDecimal(balanceValue)).build();
  }

  static String chart(int first, int last, SectorYearResult... sectors) {
    return BenchmarkChart.svg(StudyResult.of(Scenario.builder().firstYear(Year.of(first)).lastYear(Year.of(last))
        .build(), List.of(), List.of(), List.of(sectors)));
  }

  @Test
  void aPathInTheSectorsUnitOnItsOwnScale() throws Exception {
    // Cement BP 0.85 in 2025, 0.80 in 2026, none in 2024; power beside it. Years 2024–2026: slots of 260, centres
    // 220, 480, 740. Axis: 0.80..0.85, wanted 0.0125 → 0.02, axis 0.80..0.86; y(v) = 100 + (0.86 − v) / 0.06 × 160:
    // y(0.85) = 126.67, y(0.80) = 260.
    String svg = chart(2024, 2026, SectorChartLayoutTest.net(2024, Sector.CEMENT, "100", "100"),
        SectorChartLayoutTest.net(2025, Sector.POWER, "100", "90"), bp(2025, Sector.CEMENT, "0.85"),
        bp(2026, Sector.CEMENT, "0.80"));
    assertEquals("svg", SectorChartTest.parse(svg).getDocumentElement().getLocalName());
    assertTrue(svg.contains(">cement: balance value, tCO2/t clinker</text>"), svg);
    assertTrue(svg.contains(">tCO2/t clinker</text>"), svg);
    assertTrue(svg.contains("<polyline fill=\"none\" stroke=\"#7f7f7f\" stroke-width=\"2\" "
        + "points=\"480.0,126.7 740.0,260.0\"/>"), svg);
    assertTrue(svg.contains("<circle class=\"point\" cx=\"480.0\" cy=\"126.7\" r=\"3\" fill=\"#7f7f7f\">"
        + "<title>2025 cement: 0.8500 tCO2/t clinker</title></circle>"), svg);
    // Labels to the step's two decimals, 4 below their gridline: 0.80 at 264, 0.86 at 104.
    assertTrue(svg.contains("<text x=\"82.0\" y=\"264.0\" text-anchor=\"end\" font-size=\"11\" class=\"value\">0.80"
        + "</text>"), svg);
    assertTrue(svg.contains("<text x=\"82.0\" y=\"104.0\" text-anchor=\"end\" font-size=\"11\" class=\"value\">0.86"
        + "</text>"), svg);
    // Every year is labelled, 2024 too though it has no point.
    assertEquals(List.of(List.of(220.0, 480.0, 740.0)), SectorChartTest.yearLabelsByPanel(svg));
    // Power has no panel; the note under the chart (40 + 24 below the last panel at 260) says why.
    assertFalse(svg.contains("benchmark-power"), svg);
    assertTrue(svg.contains("<text x=\"90.0\" y=\"324.0\" text-anchor=\"start\" font-size=\"11\" class=\"note\">"
        + "no balance value in any year: power (power is allocated with the benchmarks of its unit categories)"
        + "</text>"), svg);
  }

  @Test
  void aYearWithoutABalanceValueBreaksTheLine() {
    // Steel 1.40 (2025), none (2026), 1.30 (2027, projected); slots of 780 / 3 = 260. Axis 1.30..1.40, wanted
    // 0.025 → 0.05, axis 1.30..1.40; y(1.40) = 100, y(1.30) = 260.
    SectorYearResult projected = SectorYearResult.builder().from(bp(2027, Sector.STEEL, "1.30")).projected(true).build();
    String svg = chart(2025, 2027, bp(2025, Sector.STEEL, "1.40"),
        SectorChartLayoutTest.net(2026, Sector.STEEL, "100", "100"), projected);
    assertTrue(svg.contains("points=\"220.0,100.0\"/>"), svg);
    assertTrue(svg.contains("points=\"740.0,260.0\"/>"), svg);
    assertEquals(2, svg.split("<polyline", -1).length - 1, svg);
    assertTrue(svg.contains(">steel: balance value, tCO2/t ironmaking product</text>"), svg);
    assertTrue(svg.contains("<rect x=\"610.0\" y=\"100\" width=\"260.0\" height=\"160\" fill=\"#f2f2f2\"/>"), svg);
    assertTrue(svg.contains(">projected year (rules carried forward, ASSUMED)</text>"), svg);
    assertFalse(svg.contains("class=\"note\""), svg);
  }

  @Test
  void aFlatPathSitsInTheMiddleOfARoundAxis() {
    // Aluminum 1.7 both years: widened by a step near 5 % of 1.7 (0.085 → 0.1): axis 1.6..1.8, y(1.7) = 180.
    String svg = chart(2025, 2026, bp(2025, Sector.ALUMINUM, "1.7"), bp(2026, Sector.ALUMINUM, "1.7"));
    assertTrue(svg.contains("points=\"285.0,180.0 675.0,180.0\"/>"), svg);
    assertTrue(svg.contains("class=\"value\">1.6</text>") && svg.contains("class=\"value\">1.8</text>"), svg);
    assertTrue(svg.contains("tCO2e/t aluminum liquid"), svg);
  }

  @Test
  void theWorkedExamplesBalanceValue() {
    // allocation.md's four cement lines: BP = 0.867217… → 0.8672 to 4 decimals, as sectors.csv writes it.
    String svg = BenchmarkChart.svg(ResultsCsvTest.cementStudy());
    assertTrue(svg.contains("<title>2025 cement: 0.8672 tCO2/t clinker</title>"), svg);
  }

  @Test
  void withoutAnyBalanceValueTheChartSaysSo() {
    String svg = chart(2024, 2024, SectorChartLayoutTest.net(2024, Sector.POWER, "100", "90"));
    assertTrue(svg.contains(">no balance value in these years</text>"), svg);
    assertTrue(svg.contains("no balance value in any year: power"), svg);
    String empty = BenchmarkChart.svg(StudyResult.of(Scenario.builder().build(), List.of(), List.of(),
        new ArrayList<>()));
    assertFalse(empty.contains("class=\"note\""), empty);
  }
}
