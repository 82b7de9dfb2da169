package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chart's geometry, computed by hand from its layout: an 860 × 500 canvas, plot from x 90 to 690 (600 wide)
 * and y 60 to 440 (380 high), so a value v on an axis from bottom to top sits at y = 60 + (top − v) / (top −
 * bottom) × 380.
 */
class SectorChartLayoutTest {

  static SectorYearResult net(int year, Sector sector, String verified, String allocated) {
    return SectorYearResult.builder().year(Year.of(year)).sector(sector).entities(1)
        .verifiedTonnes(new BigDecimal(verified)).allocationTonnes(new BigDecimal(allocated)).shortEntities(0)
        .longEntities(0).netPositionValueCny(BigDecimal.ZERO).build();
  }

  static String chart(SectorYearResult... sectors) {
    return SectorChart.svg(StudyResult.of(Scenario.builder().build(), List.of(), List.of(), List.of(sectors)));
  }

  @Test
  void twoSectorsTwoYears() {
    String svg = SectorChart.svg(SectorChartTest.twoSectors());
    assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "version=\"1.1\" width=\"860\" height=\"500\" viewBox=\"0 0 860 500\""), svg);
    assertTrue(svg.endsWith("</svg>\n"));
    assertTrue(svg.contains("<text x=\"430.0\" y=\"28.0\" text-anchor=\"middle\" font-size=\"16\">Net position by "
        + "sector and year (allocation − verified emissions)</text>"), svg);
    assertTrue(svg.contains("<text x=\"430.0\" y=\"46.0\" text-anchor=\"middle\" font-size=\"11\">above zero"), svg);
    // Net +12 Mt (power 2025) and −5 Mt (steel 2025, 2026): wanted step 17 / 6 = 2.83 → 5; axis −5..15;
    // y(15) = 60, y(10) = 155, y(5) = 250, y(0) = 345, y(−5) = 440.
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"440.0\" x2=\"690.0\" y2=\"440.0\" stroke=\"#dddddd\"/>"), svg);
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"345.0\" x2=\"690.0\" y2=\"345.0\" stroke=\"#000000\"/>"), svg);
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"250.0\" x2=\"690.0\" y2=\"250.0\" stroke=\"#dddddd\"/>"), svg);
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"60.0\" x2=\"690.0\" y2=\"60.0\" stroke=\"#dddddd\"/>"), svg);
    assertFalse(svg.contains("y1=\"535.0\""), svg);
    assertFalse(svg.contains("y1=\"-35.0\""), svg);
    // Labels right-aligned at x 82, 4 below their line.
    assertTrue(svg.contains("<text x=\"82.0\" y=\"444.0\" text-anchor=\"end\" font-size=\"12\">-5</text>"), svg);
    assertTrue(svg.contains("<text x=\"82.0\" y=\"349.0\" text-anchor=\"end\" font-size=\"12\">0</text>"), svg);
    assertTrue(svg.contains("<text x=\"82.0\" y=\"159.0\" text-anchor=\"end\" font-size=\"12\">10</text>"), svg);
    assertTrue(svg.contains("<text x=\"82.0\" y=\"64.0\" text-anchor=\"end\" font-size=\"12\">15</text>"), svg);
    // The y axis line and its label, centred at y 60 + 380 / 2 = 250.
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"60.0\" x2=\"90.0\" y2=\"440.0\" stroke=\"#000000\"/>"), svg);
    assertTrue(svg.contains("<text x=\"20\" y=\"250\" text-anchor=\"middle\" transform=\"rotate(-90 20 250)\">"
        + "net position, Mt CO2</text>"), svg);
    // Two year groups of 300; bars 300 × 0.8 / 4 = 60 apart, 54 wide, starting 30 into the group.
    // Power 2025 (ordinal 0): x 120, from y(12) = 117 down to the zero line 345: height 228, above zero.
    assertTrue(svg.contains("<rect x=\"120.0\" y=\"117.0\" width=\"54.0\" height=\"228.0\" fill=\"#1f77b4\">"
        + "<title>2025 power: 12 Mt</title></rect>"), svg);
    // Steel 2025 (ordinal 2): x 120 + 120 = 240, from the zero line 345 down to y(−5) = 440: height 95, below zero.
    assertTrue(svg.contains("<rect x=\"240.0\" y=\"345.0\" width=\"54.0\" height=\"95.0\" fill=\"#d62728\">"
        + "<title>2025 steel: -5 Mt</title></rect>"), svg);
    // Steel 2026: second group starts at 90 + 300 + 30 = 420 → x 540.
    assertTrue(svg.contains("<rect x=\"540.0\" y=\"345.0\" width=\"54.0\" height=\"95.0\" fill=\"#d62728\">"
        + "<title>2026 steel: -5 Mt</title></rect>"), svg);
    // Year labels centred under their group (90 + 150, 90 + 450), 20 below the plot.
    assertTrue(svg.contains("<text x=\"240.0\" y=\"460.0\" text-anchor=\"middle\" font-size=\"12\">2025</text>"), svg);
    assertTrue(svg.contains("<text x=\"540.0\" y=\"460.0\" text-anchor=\"middle\" font-size=\"12\">2026</text>"), svg);
    assertTrue(svg.contains("<text x=\"390.0\" y=\"485.0\" text-anchor=\"middle\" font-size=\"12\">compliance year</text>"),
        svg);
    // Legend at x 860 − 170 + 20 = 710; swatches 22 apart from y 80, names 20 to the right and 12 down.
    assertTrue(svg.contains("<text x=\"710.0\" y=\"64.0\" text-anchor=\"start\" font-size=\"12\">sector</text>"), svg);
    assertTrue(svg.contains("<rect x=\"710\" y=\"80\" width=\"14\" height=\"14\" fill=\"#1f77b4\"/>"), svg);
    assertTrue(svg.contains("<rect x=\"710\" y=\"102\" width=\"14\" height=\"14\" fill=\"#7f7f7f\"/>"), svg);
    assertTrue(svg.contains("<rect x=\"710\" y=\"146\" width=\"14\" height=\"14\" fill=\"#2ca02c\"/>"), svg);
    assertTrue(svg.contains("<text x=\"730.0\" y=\"92.0\" text-anchor=\"start\" font-size=\"12\">power</text>"), svg);
    assertTrue(svg.contains("<text x=\"730.0\" y=\"136.0\" text-anchor=\"start\" font-size=\"12\">steel</text>"), svg);
  }

  @Test
  void allZeroGetsAUnitAxisAndAThinBar() {
    // max = min = 0: step 1, top 0 is lifted to 1; y(0) = 60 + 1 × 380 = 440, y(1) = 60; a zero bar is 0.5 high.
    String svg = chart(net(2025, Sector.CEMENT, "1000", "1000"));
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"440.0\" x2=\"690.0\" y2=\"440.0\" stroke=\"#000000\"/>"), svg);
    assertTrue(svg.contains("<line x1=\"90.0\" y1=\"60.0\" x2=\"690.0\" y2=\"60.0\" stroke=\"#dddddd\"/>"), svg);
    assertTrue(svg.contains("<text x=\"82.0\" y=\"64.0\" text-anchor=\"end\" font-size=\"12\">1</text>"), svg);
    // One group of 600: bars 120 apart, 108 wide, from 90 + 60 = 150; cement (ordinal 1) at 270.
    assertTrue(svg.contains("<rect x=\"270.0\" y=\"440.0\" width=\"108.0\" height=\"0.5\" fill=\"#7f7f7f\">"
        + "<title>2025 cement: 0 Mt</title></rect>"), svg);
    assertTrue(svg.contains("<text x=\"390.0\" y=\"460.0\" text-anchor=\"middle\" font-size=\"12\">2025</text>"), svg);
  }

  @Test
  void fractionalMillionsGetOneDecimal() {
    // +2.5 Mt and −0.3 Mt: wanted step 2.8 / 6 = 0.467 → 0.5; axis −0.5..2.5 (3.0 high):
    // y(0) = 60 + 2.5 / 3 × 380 = 376.67, y(2.5) = 60, y(−0.3) = 60 + 2.8 / 3 × 380 = 414.67.
    String svg = chart(net(2025, Sector.POWER, "10000000", "12500000"),
        net(2025, Sector.ALUMINUM, "1000000", "700000"));
    assertTrue(svg.contains("<title>2025 power: 2.5 Mt</title>"), svg);
    assertTrue(svg.contains("<title>2025 aluminum: -0.3 Mt</title>"), svg);
    assertTrue(svg.contains(">-0.5</text>") && svg.contains(">0.5</text>") && svg.contains(">1.5</text>")
        && svg.contains(">2.5</text>") && svg.contains(">2</text>"), svg);
    // Power bar: y 60, height 316.7; aluminum (ordinal 3, x 150 + 360 = 510): y 376.7, height 38.0.
    assertTrue(svg.contains("<rect x=\"150.0\" y=\"60.0\" width=\"108.0\" height=\"316.7\" fill=\"#1f77b4\">"), svg);
    assertTrue(svg.contains("<rect x=\"510.0\" y=\"376.7\" width=\"108.0\" height=\"38.0\" fill=\"#2ca02c\">"), svg);
  }

  @Test
  void largeValuesGetThousandsSeparators() {
    // 12,345 Mt long: the tooltip says 12,345; the axis steps by 12,345 / 6 = 2,057.5 → 5,000, up to 15,000.
    String svg = chart(net(2025, Sector.POWER, "0", "12345000000"));
    assertTrue(svg.contains("<title>2025 power: 12,345 Mt</title>"), svg);
    assertTrue(svg.contains(">15,000</text>"), svg);
    assertTrue(svg.contains(">5,000</text>"), svg);
  }
}
