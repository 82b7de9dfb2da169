package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chart's geometry, computed by hand from its layout: a 900 px wide canvas, plots from x 90 to 870 (780 wide),
 * panels 160 high, the first from y 100, each next one 160 + 70 lower; in a panel from {@code top} with an axis from
 * bottom to top a value v sits at y = top + (top value − v) / (top value − bottom) × 160, and year i of n at
 * x = 90 + (i + 0.5) × 780 / n.
 */
class SectorChartLayoutTest {

  static SectorYearResult net(int year, Sector sector, String verified, String allocated) {
    return SectorYearResult.builder().year(Year.of(year)).sector(sector).entities(1)
        .verifiedTonnes(new BigDecimal(verified)).allocationTonnes(new BigDecimal(allocated)).shortEntities(0)
        .longEntities(0).netPositionValueCny(BigDecimal.ZERO).build();
  }

  static String chart(int first, int last, SectorYearResult... sectors) {
    return SectorChart.svg(StudyResult.of(Scenario.builder().firstYear(Year.of(first)).lastYear(Year.of(last)).build(),
        List.of(), List.of(), List.of(sectors)));
  }

  @Test
  void twoSectorsTwoYears() {
    // Power 2025 +12 Mt; steel 2025 and 2026 −5 Mt; years 2025–2026: two slots of 390, centres 285 and 675.
    String svg = chart(2025, 2026, net(2025, Sector.POWER, "100000000", "112000000"),
        net(2025, Sector.STEEL, "100000000", "95000000"), net(2026, Sector.STEEL, "100000000", "95000000"));
    // Two panels: 100 + 2 × 160 + 70 + 60 = 550 high.
    assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "version=\"1.1\" width=\"900\" height=\"550\" viewBox=\"0 0 900 550\""), svg);
    assertTrue(svg.endsWith("</svg>\n"));
    assertTrue(svg.contains("<text x=\"450.0\" y=\"28.0\" text-anchor=\"middle\" font-size=\"16\">Net position by "
        + "sector and year (allocation − verified emissions)</text>"), svg);
    // Power's own scale: 0..12, wanted step 12 / 4 = 3 → 5, axis 0..15; y(15) = 100, y(12) = 132, y(0) = 260.
    assertTrue(svg.contains(">power: net position, Mt CO2</text>"), svg);
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"260.0\" x2=\"870.0\" y2=\"260.0\" stroke=\"#000000\"/>"), svg);
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"206.7\" x2=\"870.0\" y2=\"206.7\" stroke=\"#dddddd\"/>"), svg);
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"100.0\" x2=\"870.0\" y2=\"100.0\" stroke=\"#dddddd\"/>"), svg);
    assertTrue(svg.contains("<text x=\"82.0\" y=\"104.0\" text-anchor=\"end\" font-size=\"11\" class=\"value\">15"
        + "</text>"), svg);
    assertTrue(svg.contains("<text x=\"82.0\" y=\"264.0\" text-anchor=\"end\" font-size=\"11\" class=\"value\">0"
        + "</text>"), svg);
    // Bar 0.6 × 390 = 234 wide around 285: x 168; from y(12) = 132 down to zero at 260.
    assertTrue(svg.contains("<rect class=\"bar\" x=\"168.0\" y=\"132.0\" width=\"234.0\" height=\"128.0\" "
        + "fill=\"#1f77b4\"><title>2025 power: 12.000 Mt</title></rect>"), svg);
    // Steel's own scale, panel from 100 + 230 = 330: −5..0, wanted 1.25 → 2, axis −6..0;
    // y(0) = 330, y(−5) = 330 + 5 / 6 × 160 = 463.33, y(−6) = 490.
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"330.0\" x2=\"870.0\" y2=\"330.0\" stroke=\"#000000\"/>"), svg);
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"490.0\" x2=\"870.0\" y2=\"490.0\" stroke=\"#dddddd\"/>"), svg);
    assertTrue(svg.contains("class=\"value\">-6</text>"), svg);
    assertTrue(svg.contains("<rect class=\"bar\" x=\"168.0\" y=\"330.0\" width=\"234.0\" height=\"133.3\" "
        + "fill=\"#d62728\"><title>2025 steel: -5.000 Mt</title></rect>"), svg);
    assertTrue(svg.contains("<rect class=\"bar\" x=\"558.0\" y=\"330.0\" width=\"234.0\" height=\"133.3\" "
        + "fill=\"#d62728\"><title>2026 steel: -5.000 Mt</title></rect>"), svg);
    // Year labels under each panel, 16 below it: 260 + 16 = 276 and 490 + 16 = 506.
    assertTrue(svg.contains("<text x=\"285.0\" y=\"276.0\" text-anchor=\"middle\" font-size=\"11\" class=\"year\">2025"
        + "</text>"), svg);
    assertTrue(svg.contains("<text x=\"675.0\" y=\"506.0\" text-anchor=\"middle\" font-size=\"11\" class=\"year\">2026"
        + "</text>"), svg);
    // The x axis title, 40 below the last panel (490), centred on the plot (90 + 390).
    assertTrue(svg.contains("<text x=\"480.0\" y=\"530.0\" text-anchor=\"middle\" font-size=\"12\">compliance year"
        + "</text>"), svg);
    // No draws, no projected year: the legend names the exact case only.
    assertTrue(svg.contains(">exact central case</text>"), svg);
    assertFalse(svg.contains("Monte Carlo"), svg);
    assertFalse(svg.contains("projected year"), svg);
  }

  @Test
  void powerFiftyTimesTheOthersLeavesThemTheirWholePanel() {
    // Power +500 Mt and cement −10 Mt in 2025: in one shared axis cement's bar would be 10 / 500 of power's.
    // Cement's own axis: −10..0, wanted 2.5 → 5, axis −10..0, so its bar spans the whole 160 px panel.
    String svg = chart(2025, 2025, net(2025, Sector.POWER, "1000000000", "1500000000"),
        net(2025, Sector.CEMENT, "100000000", "90000000"));
    // One slot of 780: bar 468 wide from 90 + 390 − 234 = 246. Cement's panel starts at 330.
    assertTrue(svg.contains("<rect class=\"bar\" x=\"246.0\" y=\"330.0\" width=\"468.0\" height=\"160.0\" "
        + "fill=\"#7f7f7f\"><title>2025 cement: -10.000 Mt</title></rect>"), svg);
    // Power: 0..500, wanted 125 → 200, axis 0..600; y(500) = 100 + 100 / 600 × 160 = 126.67, height 133.3.
    assertTrue(svg.contains("<rect class=\"bar\" x=\"246.0\" y=\"126.7\" width=\"468.0\" height=\"133.3\" "
        + "fill=\"#1f77b4\"><title>2025 power: 500.000 Mt</title></rect>"), svg);
    assertTrue(svg.contains("class=\"value\">600</text>"), svg);
  }

  @Test
  void whiskersSpanTheFifthToTheNinetyFifthPercentile() {
    // A summary of real draws, with its net-position percentiles set by hand: p5 −7 Mt, p95 −3 Mt, exact −5 Mt.
    DrawSummary real = ResultsCsvTest.cementStudy().sectors().get(0).draws().orElseThrow();
    DrawSummary draws = DrawSummary.builder().from(real).netPositionP05(-7_000_000).netPositionP95(-3_000_000).build();
    SectorYearResult cement = SectorYearResult.builder().from(net(2025, Sector.CEMENT, "100000000", "95000000"))
        .draws(draws).build();
    String svg = chart(2025, 2025, cement);
    // The axis takes in the whiskers: −7..0, wanted 1.75 → 2, axis −8..0; y(−3) = 100 + 3 / 8 × 160 = 160,
    // y(−7) = 240; the whisker at the slot's centre 480, caps 0.15 × 780 = 117 each side.
    assertTrue(svg.contains("<g class=\"whisker\"><line x1=\"480.0\" y1=\"160.0\" x2=\"480.0\" y2=\"240.0\" "
        + "stroke=\"#222222\"/><line x1=\"363.0\" y1=\"160.0\" x2=\"597.0\" y2=\"160.0\" stroke=\"#222222\"/>"
        + "<line x1=\"363.0\" y1=\"240.0\" x2=\"597.0\" y2=\"240.0\" stroke=\"#222222\"/></g>"), svg);
    assertTrue(svg.contains("<title>2025 cement: -5.000 Mt; draws p5 -7.000, p95 -3.000 Mt</title>"), svg);
    assertTrue(svg.contains(String.format(java.util.Locale.ROOT, ">p5–p95 of %,d Monte Carlo draws</text>",
        draws.draws())), svg);
    assertTrue(svg.contains("class=\"value\">-8</text>"), svg);
  }

  @Test
  void projectedYearsAreShadedInOneBand() {
    SectorYearResult y2027 = SectorYearResult.builder().from(net(2027, Sector.STEEL, "100", "90")).projected(true)
        .build();
    SectorYearResult y2028 = SectorYearResult.builder().from(y2027).year(Year.of(2028)).build();
    String svg = chart(2026, 2028, net(2026, Sector.STEEL, "100", "100"), y2027, y2028);
    // The last two of three slots of 260: one band from x 90 + 260 = 350, 520 wide, the whole panel high.
    assertTrue(svg.contains("<rect x=\"350.0\" y=\"100\" width=\"520.0\" height=\"160\" fill=\"#f2f2f2\"/>"), svg);
    assertEquals(1, svg.split("fill=\"#f2f2f2\"/>", -1).length - 1, svg);
    assertTrue(svg.contains(">projected year (rules carried forward, ASSUMED)</text>"), svg);
  }

  @Test
  void fractionalMillionsGetTheDecimalsOfTheStep() {
    // Aluminum −0.3 Mt: wanted step 0.3 / 4 = 0.075 → 0.1, axis −0.3..0, labels with one decimal.
    String svg = chart(2025, 2025, net(2025, Sector.ALUMINUM, "1000000", "700000"));
    assertTrue(svg.contains("class=\"value\">-0.3</text>") && svg.contains("class=\"value\">-0.1</text>")
        && svg.contains("class=\"value\">0.0</text>"), svg);
    assertTrue(svg.contains("<title>2025 aluminum: -0.300 Mt</title>"), svg);
  }

  @Test
  void largeValuesGetThousandsSeparators() {
    // 12,345 Mt long: the axis steps by 12,345 / 4 = 3,086 → 5,000, up to 15,000.
    String svg = chart(2025, 2025, net(2025, Sector.POWER, "0", "12345000000"));
    assertTrue(svg.contains("<title>2025 power: 12345.000 Mt</title>"), svg);
    assertTrue(svg.contains("class=\"value\">15,000</text>"), svg);
    assertTrue(svg.contains("class=\"value\">5,000</text>"), svg);
  }

  @Test
  void allZeroGetsAUnitAxisAndAThinBar() {
    // max = min = 0: the flat range is widened by a step of 1 each side, axis −1..1; y(0) = 100 + 80 = 180.
    String svg = chart(2025, 2025, net(2025, Sector.CEMENT, "1000", "1000"));
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"180.0\" x2=\"870.0\" y2=\"180.0\" stroke=\"#000000\"/>"), svg);
    assertTrue(svg.contains("<rect class=\"bar\" x=\"246.0\" y=\"180.0\" width=\"468.0\" height=\"0.5\" "
        + "fill=\"#7f7f7f\"><title>2025 cement: 0.000 Mt</title></rect>"), svg);
    assertEquals(1, svg.split("class=\"year\"", -1).length - 1, svg);
  }
}
