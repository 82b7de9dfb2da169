package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Sector;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
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

  @Test
  void isWellFormedSvgWithAxesLabelsAndLegend() throws Exception {
    String svg = SectorChart.svg(twoSectors());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    // Three bars, one per sector-year, with a tooltip saying the value in Mt: +12 and −5.
    assertEquals(3 + 1 + 4, doc.getElementsByTagName("rect").getLength() - 0, svg);
    assertTrue(svg.contains("<title>2025 power: 12 Mt</title>"), svg);
    assertTrue(svg.contains("<title>2025 steel: -5 Mt</title>"), svg);
    assertTrue(svg.contains(">2025</text>") && svg.contains(">2026</text>"), svg);
    assertTrue(svg.contains(">aluminum</text>") && svg.contains(">cement</text>"), svg);
    assertTrue(svg.contains("net position, Mt CO2"));
    assertTrue(svg.contains("compliance year"));
  }

  @Test
  void emptyStudyStillDrawsAxes() {
    String svg = SectorChart.svg(StudyResult.of(Scenario.builder().build(), List.of(), List.of(), List.of()));
    assertTrue(svg.contains("</svg>"));
  }

  @Test
  void stepsAreRound() {
    assertEquals(1, SectorChart.niceStep(0));
    assertEquals(2, SectorChart.niceStep(1.3));
    assertEquals(5, SectorChart.niceStep(3));
    assertEquals(10, SectorChart.niceStep(7));
    assertEquals(50, SectorChart.niceStep(42));
    assertEquals(0.1, SectorChart.niceStep(0.1), 1e-12);
  }
}
