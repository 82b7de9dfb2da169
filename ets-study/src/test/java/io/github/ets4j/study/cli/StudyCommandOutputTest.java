package io.github.ets4j.study.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.study.MarketCsv;
import io.github.ets4j.study.RulebookStudyRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command prints: the table, line for line, and the messages on standard error. */
class StudyCommandOutputTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return StudyCommand.execute(RulebookStudyRules::of, new PrintWriter(out), new PrintWriter(err), args);
  }

  Path market(String... rows) throws Exception {
    Path file = dir.resolve("market.csv");
    Files.writeString(file, String.join(",", MarketCsv.COLUMNS) + "\n" + String.join("\n", rows) + "\n");
    return file;
  }

  @Test
  void printsTheTableAndSaysWhereTheFilesWent() throws Exception {
    Path file = market("2025,C1,,Anhui,CEMENT,L1,general,850000,1000000,,,,",
        "2025,C2,,Anhui,CEMENT,L2,general,1200000,1500000,,,,", "2025,C3,,Anhui,CEMENT,L3,general,700000,800000,,,,",
        "2025,C4,,Anhui,CEMENT,L4,general,520000,500000,,,,",
        "2025,P,,Hebei,POWER,G1,IV,250000,600000,,,,");
    Path outDir = dir.resolve("out");
    assertEquals(StudyCommand.OK, run("--market", file.toString(), "--out", outDir.toString(), "--years", "2025",
        "--draws", "0"), err::toString);
    List<String> lines = out.toString().lines().toList();
    // Columns: %-5s %-9s %8s %12s %12s %10s %6s %6s %9s %21s, one space apart.
    assertEquals("year  sector    entities  verified Mt    alloc. Mt     net Mt  short   long   balance"
        + "        net Mt p5..p95", lines.get(0));
    // Power: the gas unit gets 600,000 × 0.3288 (2025) = 197,280, topped up to 250,000: 0.25 Mt, net 0, no balance
    // value; one entity, neither short nor long.
    assertEquals("2025  power            1          0.3          0.3      0.000      0      0         -"
        + "                      ", lines.get(1));
    // Cement: 3,270,000 t verified, 3,269,998 allocated (−0.000002 Mt); C3 and C4 short, C1 and C2 long; BP 0.8672.
    assertEquals("2025  cement           4          3.3          3.3      0.000      2      2    0.8672"
        + "                      ", lines.get(2));
    assertEquals(3, lines.size());
    String messages = err.toString();
    assertTrue(messages.startsWith("market: " + file + System.lineSeparator()), messages);
    assertTrue(messages.contains("2025: exact allocation of 5 units done"), messages);
    assertTrue(messages.contains("wrote units.csv, entities.csv, sectors.csv, sectors.svg, benchmarks.svg, "
        + "power-benchmarks.csv, run.json, "
        + "report.html to " + outDir.toAbsolutePath()),
        messages);
    assertTrue(Files.readString(outDir.resolve("sectors.csv")).contains("2025,POWER,1,250000,250000,0,,false,"));
  }

  @Test
  void projectedYearsAreMarkedInTheTable() throws Exception {
    Path file = market("2025,P,,Hebei,POWER,G1,IV,250000,600000,,,,");
    assertEquals(StudyCommand.OK, run("--market", file.toString(), "--out", dir.resolve("o").toString(), "--years",
        "2026-2027", "--draws", "0"), err::toString);
    List<String> lines = out.toString().lines().toList();
    assertTrue(lines.get(1).startsWith("2026  power "), lines::toString);
    assertTrue(lines.get(2).startsWith("2027* power "), lines::toString);
    assertEquals("* projected: no allocation plan published after 2026; the rules are carried forward with ASSUMED "
        + "parameters", lines.get(3));
    assertEquals(4, lines.size());
  }

  @Test
  void yearsAfter2060AreRefused() {
    // The case: --years 2024-2101 ran silently on rules extrapolated 75 years past the last plan.
    assertEquals(StudyCommand.BAD_INPUT, run("--years", "2024-2101", "--draws", "0"));
    assertTrue(err.toString().contains("error: --years = 2101: no rules after 2060, China's carbon-neutrality target "
        + "year"), err::toString);
    assertEquals(StudyCommand.BAD_INPUT, run("--years", "2061", "--draws", "0"));
    assertTrue(out.toString().isEmpty(), out::toString);
  }

  @Test
  void drawsAddTheirRange() throws Exception {
    Path file = market("2025,P,,Hebei,POWER,G1,IV,250000,600000,,,,");
    assertEquals(StudyCommand.OK, run("--market", file.toString(), "--out", dir.resolve("o").toString(), "--years",
        "2025-2025", "--draws", "2", "--seed", "3"), err::toString);
    // A lone gas unit is always topped up to its verified emissions: net 0 in every draw.
    assertTrue(out.toString().lines().toList().get(1).endsWith("0.000..0.000"), out::toString);
    assertTrue(err.toString().contains("draws 1/2") && err.toString().contains("draws 2/2"), err::toString);
  }

  @Test
  void errorsArePrefixedAndNameTheProblem() throws Exception {
    assertEquals(StudyCommand.BAD_INPUT, run("--years", "20x5"));
    assertTrue(err.toString().contains("error: --years = 20x5: must be FIRST-LAST, e.g. 2024-2030, or one year"),
        err::toString);
    Path file = market("2025,P,,Hebei,POWER,G1,IV,250000,600000,,,,");
    assertEquals(StudyCommand.BAD_INPUT, run("--market", file.toString(), "--years", "2026-2025"));
    assertTrue(err.toString().contains("error: lastYear = 2025: must not be before firstYear 2026"), err::toString);
    assertEquals(StudyCommand.IO_ERROR, run("--market", dir.resolve("none.csv").toString(), "--draws", "0"));
    assertTrue(err.toString().contains("error: cannot read market file " + dir.resolve("none.csv") + ": no such file"), err::toString);
    assertTrue(out.toString().isEmpty(), out::toString);
  }
}
