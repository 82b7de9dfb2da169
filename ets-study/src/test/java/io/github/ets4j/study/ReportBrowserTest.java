package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ets4j.core.Sector;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code report.html} in a real headless Chromium: the page loads with nothing on the browser's console (the
 * page has no script, so any console line is a refused fetch, a policy violation or an error), its DOM holds the
 * table and both charts, and a 1200 × 900 screenshot is not blank.
 *
 * <p>The browser is {@code $CHROME_BIN}, else {@code chromium} or {@code chromium-browser} on the {@code PATH} (Debian
 * package {@code chromium}; CI installs it). Without one the test is skipped on a developer's machine, and fails in
 * CI ({@code CI} set, as CI services and {@code .ci/run} set it), so that CI never passes without having looked.
 */
class ReportBrowserTest {
  /** Longest a browser run may take before the test gives up on it. */
  private static final long TIMEOUT_SECONDS = 60;

  @TempDir static Path dir;
  private static Path browser;
  private static Path report;

  @BeforeAll
  static void findBrowserAndWriteTheReport() throws IOException {
    Optional<Path> found = findBrowser();
    if (found.isEmpty()) {
      String ci = System.getenv("CI");
      String message = "no headless browser: set CHROME_BIN or install Chromium (apt-get install chromium)";
      if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
        fail(message + "; CI=" + ci + " requires it");
      }
      Assumptions.abort(message + "; skipped outside CI");
    }
    browser = found.orElseThrow();
    // Power and the cement worked example, 2025–2027, with draws: both charts have panels, whiskers, a projected year.
    List<MarketUnit> units = new ArrayList<>(FastEngineTest.cementExample(Year.of(2025)));
    units.add(MarketUnit.builder().year(Year.of(2025)).entityId("P1").sector(Sector.POWER).unitId("P1-1")
        .category("III").verifiedTonnes(new BigDecimal("4000000")).output(new BigDecimal("4600000")).build());
    Scenario scenario = Scenario.builder().firstYear(Year.of(2025)).lastYear(Year.of(2027)).draws(20).build();
    StudyResult result = PolicyStudy.of(Market.of(units), scenario).run();
    Path out = dir.resolve("out");
    ResultsCsv.write(result, StudyReportTest.manifest(result), out);
    report = out.resolve(StudyReport.FILE);
  }

  static Optional<Path> findBrowser() {
    String bin = System.getenv("CHROME_BIN");
    if (bin != null && !bin.isBlank()) {
      // Set but wrong is a mistake to report, not a reason to skip.
      assertTrue(Files.isExecutable(Path.of(bin)), "CHROME_BIN=" + bin + " is not an executable file");
      return Optional.of(Path.of(bin));
    }
    String path = System.getenv("PATH");
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String folder : (path == null ? "" : path).split(File.pathSeparator)) {
        Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** What a browser run printed: the page (for --dump-dom) and its log. */
  record Run(String stdout, List<String> console) {}

  /** Runs the browser headless on a page, offline: every host name fails to resolve. */
  static Run open(Path page, String... action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path stdout = Files.createTempFile(dir, "stdout", ".txt");
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile));
    command.addAll(List.of(action));
    command.add(page.toUri().toString());
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
        .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("the browser did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    List<String> log = Files.readAllLines(stderr, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), () -> String.join("\n", log));
    // Chromium logs every console message, whatever its level, as "...:CONSOLE:<line>] "message", source: ...".
    List<String> console = log.stream().filter(line -> line.contains(":CONSOLE")).toList();
    return new Run(Files.readString(stdout, StandardCharsets.UTF_8), console);
  }

  @Test
  void thePageLoadsWithoutConsoleMessagesAndHoldsTableAndCharts() throws Exception {
    Run run = open(report, "--dump-dom");
    assertEquals(List.of(), run.console());
    String dom = run.stdout();
    assertTrue(dom.contains("<h1>Policy study 2025–2027</h1>"), dom);
    assertTrue(dom.contains("<td>CEMENT</td>") && dom.contains("<td>POWER</td>"), dom);
    assertEquals(2, dom.split("<svg ", -1).length - 1, dom);
    assertTrue(dom.contains("id=\"net-power\"") && dom.contains("id=\"benchmark-cement\""), dom);
    assertTrue(dom.contains("class=\"whisker\""), dom);
  }

  @Test
  void theScreenshotIsNotBlank() throws Exception {
    Path png = dir.resolve("report.png");
    Run run = open(report, "--screenshot=" + png, "--window-size=1200,900");
    assertEquals(List.of(), run.console());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1200, image.getWidth());
    assertEquals(900, image.getHeight());
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if ((rgb & 0xF0F0F0) != 0xF0F0F0) {
          inked++;
        }
      }
    }
    // Text, gridlines and bars: well over 1 % of the pixels are darker than near-white (a blank page has none).
    assertTrue(inked > 1200 * 900 / 100, inked + " inked pixels");
  }

  @Test
  void theCheckSeesAFetchAndAnError() throws Exception {
    // The same policy as the report: a page that fetches an image and runs a script gets both refused, on the console.
    Path bad = dir.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-"
        + "Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"><title>bad</title></head><body>"
        + "<img src=\"http://example.invalid/x.png\"><script>console.error('boom')</script></body></html>");
    Run run = open(bad, "--dump-dom");
    assertFalse(run.console().isEmpty(), "no console message for a refused fetch");
    assertTrue(run.console().stream().anyMatch(line -> line.contains("example.invalid")), run.console()::toString);
  }
}
