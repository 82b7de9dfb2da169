package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Sector;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SectorChartTest {

  static StudyResult twoSectors() {
    SectorYearResult power = SectorYearResult.builder().year(Year.of(2025)).sector(Sector.POWER).entities(2)
        .verifiedTonnes(new BigDecimal("100000000")).allocationTonnes(new BigDecimal("112000000")).shortEntities(0)
        .longEntities(2).netPositionValueCny(BigDecimal.ZERO).build();
    SectorYearResult steel = SectorYearResult.builder().from(power).sector(Sector.STEEL)
        .allocationTonnes(new BigDecimal("95000000")).build();
    SectorYearResult steel2026 = SectorYearResult.builder().from(steel).year(Year.of(2026)).build();
    return StudyResult.of(Scenario.builder().build(), List.of(), List.of(), List.of(power, steel, steel2026));
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  /** The x of every year label in each panel, panel by panel. */
  static List<List<Double>> yearLabelsByPanel(String svg) throws Exception {
    List<List<Double>> panels = new ArrayList<>();
    NodeList groups = parse(svg).getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (!"panel".equals(g.getAttribute("class"))) {
        continue;
      }
      List<Double> xs = new ArrayList<>();
      NodeList texts = g.getElementsByTagName("text");
      for (int t = 0; t < texts.getLength(); t++) {
        Element text = (Element) texts.item(t);
        if ("year".equals(text.getAttribute("class"))) {
          xs.add(Double.parseDouble(text.getAttribute("x")));
        }
      }
      panels.add(xs);
    }
    return panels;
  }

  @Test
  void isWellFormedSvgWithAxesLabelsAndLegend() throws Exception {
    String svg = SectorChart.svg(twoSectors());
    Document doc = parse(svg);
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    // The background, the legend's swatch, and three bars, one per sector-year, with a tooltip in Mt: +12 and −5.
    assertEquals(1 + 1 + 3, doc.getElementsByTagName("rect").getLength(), svg);
    assertTrue(svg.contains("<title>2025 power: 12.000 Mt</title>"), svg);
    assertTrue(svg.contains("<title>2025 steel: -5.000 Mt</title>"), svg);
    // A panel for each sector in the result, none for the others.
    assertEquals(2, yearLabelsByPanel(svg).size());
    assertTrue(svg.contains("id=\"net-power\"") && svg.contains("id=\"net-steel\""), svg);
    assertTrue(!svg.contains("net-cement") && !svg.contains("net-aluminum"), svg);
    // The default scenario's years 2024–2030 under each panel, in 7 slots of 780 / 7 = 111.4: every year labelled.
    assertTrue(svg.contains(">2024</text>") && svg.contains(">2030</text>"), svg);
    assertEquals(List.of(7, 7), yearLabelsByPanel(svg).stream().map(List::size).toList());
    assertTrue(svg.contains("Mt CO2"));
    assertTrue(svg.contains("compliance year"));
  }

  @Test
  void yearLabelsNeverCollideUpTo2060() throws Exception {
    // A label is at most 4 × 0.6 × 11 = 26.4 px wide; labels must be that and a gap of 8 apart, on every horizon
    // from 2024 alone to 2024–2060, and fit on the 900 px canvas.
    for (int last = 2024; last <= 2060; last++) {
      List<SectorYearResult> rows = new ArrayList<>();
      for (int year = 2024; year <= last; year++) {
        rows.add(SectorChartLayoutTest.net(year, Sector.POWER, "100", "90"));
        rows.add(SectorChartLayoutTest.net(year, Sector.ALUMINUM, "10", "9"));
      }
      String svg = SectorChart.svg(StudyResult.of(Scenario.builder().firstYear(Year.of(2024)).lastYear(Year.of(last))
          .build(), List.of(), List.of(), rows));
      for (List<Double> xs : yearLabelsByPanel(svg)) {
        assertTrue(!xs.isEmpty(), "2024-" + last);
        for (int i = 1; i < xs.size(); i++) {
          assertTrue(xs.get(i) - xs.get(i - 1) >= 26.4 + 8, "2024-" + last + ": " + xs);
        }
        assertTrue(xs.get(0) - 13.2 >= 0 && xs.get(xs.size() - 1) + 13.2 <= 900, "2024-" + last + ": " + xs);
      }
    }
  }

  @Test
  void onTheLongHorizonEveryOtherYearIsLabelled() throws Exception {
    // 2024–2060: 37 slots of 780 / 37 = 21.08 px; one year apart is too close (< 34.4), two (42.2) is not:
    // the even years 2024, 2026, …, 2060, 19 labels, the first at 90 + 21.08 / 2 = 100.5.
    List<SectorYearResult> rows = new ArrayList<>();
    for (int year = 2024; year <= 2060; year++) {
      rows.add(SectorChartLayoutTest.net(year, Sector.STEEL, "100", "90"));
    }
    String svg = SectorChart.svg(StudyResult.of(Scenario.builder().firstYear(Year.of(2024)).lastYear(Year.of(2060))
        .build(), List.of(), List.of(), rows));
    List<Double> xs = yearLabelsByPanel(svg).get(0);
    assertEquals(19, xs.size(), xs::toString);
    assertEquals(100.5, xs.get(0), 0.05);
    assertTrue(svg.contains(">2060</text>") && !svg.contains(">2025</text>") && !svg.contains(">2059</text>"), svg);
  }

  @Test
  void emptyStudyStillDrawsAChart() throws Exception {
    String svg = SectorChart.svg(StudyResult.of(Scenario.builder().build(), List.of(), List.of(), List.of()));
    assertEquals("svg", parse(svg).getDocumentElement().getLocalName());
    assertTrue(svg.contains(">no sector-years to draw</text>"), svg);
  }

  @Test
  void stepsAreRound() {
    assertEquals(1, ChartKit.niceStep(0));
    assertEquals(2, ChartKit.niceStep(1.3));
    assertEquals(5, ChartKit.niceStep(3));
    assertEquals(10, ChartKit.niceStep(7));
    assertEquals(50, ChartKit.niceStep(42));
    assertEquals(0.1, ChartKit.niceStep(0.1), 1e-12);
  }

  @Test
  void labelStepsGrowUntilLabelsFit() {
    // 34.4 px needed between labels: a slot of 40 (or 34.5) labels every year, 20 every 2nd, 10 every 5th, 5 every 10th,
    // 1 every 50th; below 0.344 px even every 100th is too close, and 100 is the most the chart thins.
    assertEquals(1, ChartKit.yearLabelEvery(40));
    assertEquals(1, ChartKit.yearLabelEvery(34.5));
    assertEquals(2, ChartKit.yearLabelEvery(20));
    assertEquals(5, ChartKit.yearLabelEvery(10));
    assertEquals(10, ChartKit.yearLabelEvery(5));
    assertEquals(50, ChartKit.yearLabelEvery(1));
    assertEquals(100, ChartKit.yearLabelEvery(0.1));
  }

  @Test
  void textIsEscaped() {
    assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", ChartKit.escape("a & b <c> \"d\" 'e'"));
  }
}
