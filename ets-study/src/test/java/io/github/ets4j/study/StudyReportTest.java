package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StudyReportTest {
  static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

  /** The cement worked example run 2025–2027 with five draws, and its manifest. */
  static String report() {
    StudyResult result = ResultsCsvTest.cementStudy();
    return StudyReport.html(result, manifest(result));
  }

  static RunManifest manifest(StudyResult result) {
    return RunManifest.of(result.scenario(), RulebookStudyRules.of(result.scenario()), RunManifest.EMBEDDED, AT);
  }

  @Test
  void onePageWithTheTableBothChartsAndTheManifest() {
    StudyResult result = ResultsCsvTest.cementStudy();
    String html = StudyReport.html(result, manifest(result));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"), html);
    assertTrue(html.endsWith("</body>\n</html>\n"), html);
    assertTrue(html.contains("<title>ets4j policy study 2025–2027</title>"), html);
    assertTrue(html.contains("market embedded · 5 Monte Carlo draws, seed 1 · run 2026-12-01T08:00:00Z"), html);
    // Both charts inline, without their XML declarations.
    assertFalse(html.contains("<?xml"), html);
    assertEquals(2, html.split("<svg xmlns=\"http://www.w3.org/2000/svg\"", -1).length - 1);
    assertTrue(html.contains(SectorChart.svg(result).substring(SectorChart.svg(result).indexOf('\n') + 1)));
    assertTrue(html.contains(BenchmarkChart.svg(result).substring(BenchmarkChart.svg(result).indexOf('\n') + 1)));
    // The table has sectors.csv's columns and its rows: 2025 cement, BP 0.8672 (the worked example).
    String header = ResultsCsv.sectors(result).lines().findFirst().orElseThrow();
    StringBuilder th = new StringBuilder("<thead><tr>");
    for (String column : header.split(",", -1)) {
      th.append("<th>").append(column).append("</th>");
    }
    assertTrue(html.contains(th.append("</tr></thead>")), html);
    assertTrue(html.contains("<tr><td class=\"n\">2025</td><td>CEMENT</td><td class=\"n\">4</td>"
        + "<td class=\"n\">3270000</td><td class=\"n\">3269998</td><td class=\"n\">-2</td>"
        + "<td class=\"n\">0.8672</td>"), html);
    // 2027 is after the last published plan: its row is marked projected.
    assertTrue(html.contains("<tr class=\"projected\"><td class=\"n\">2027</td>"), html);
    assertEquals(3, html.split("<tr", -1).length - 2, "a header row and three sector-years");
    // The manifest in full, escaped.
    assertTrue(html.contains("<pre>{\n  &quot;library&quot;: &quot;ets4j&quot;,"), html);
    String pre = html.substring(html.indexOf("<pre>") + 5, html.indexOf("</pre>"));
    assertFalse(pre.contains("\"") || pre.contains("'") || pre.contains("<") || pre.contains(">"), pre);
    assertEquals(manifest(result).toJson(), pre.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&"));
  }

  @Test
  void fetchesNothing() {
    String html = report().toLowerCase(Locale.ROOT);
    // No script, style sheet, image, font or frame is linked; the policy forbids any fetch a browser might try.
    for (String link : List.of("<script", "<link", "<img", "<iframe", "<object", "src=", "href=", "url(", "@import",
        "http://", "https://")) {
      String rest = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
      assertFalse(rest.contains(link), link);
    }
    assertTrue(html.contains("<meta http-equiv=\"content-security-policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'\">"), html);
  }

  @Test
  void aSingleYearStudyIsTitledWithItsYear() {
    Scenario scenario = Scenario.builder().firstYear(Year.of(2025)).lastYear(Year.of(2025)).draws(0).build();
    StudyResult result = PolicyStudy.of(Market.of(FastEngineTest.cementExample(Year.of(2025))), scenario).run();
    String html = StudyReport.html(result, manifest(result));
    assertTrue(html.contains("<h1>Policy study 2025</h1>"), html);
    assertFalse(html.contains("<tr class=\"projected\">"), html);
  }
}
