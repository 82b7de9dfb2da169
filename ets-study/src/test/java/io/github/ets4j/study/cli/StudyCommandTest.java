package io.github.ets4j.study.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class StudyCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return StudyCommand.execute(RulebookStudyRules::of, new PrintWriter(out), new PrintWriter(err), args);
  }

  Path cementMarket() throws Exception {
    Path file = dir.resolve("cement.csv");
    Files.writeString(file, String.join("\n", String.join(",", MarketCsv.COLUMNS),
        "2025,C1,,Anhui,CEMENT,L1,general,850000,1000000,,,,",
        "2025,C2,,Anhui,CEMENT,L2,general,1200000,1500000,,,,",
        "2025,C3,,Anhui,CEMENT,L3,general,700000,800000,,,,",
        "2025,C4,,Anhui,CEMENT,L4,general,520000,500000,,,,") + "\n");
    return file;
  }

  @Test
  void helpExitsZero() {
    assertEquals(StudyCommand.OK, run("--help"));
    assertTrue(out.toString().contains("--phase2-percentile"));
    assertTrue(out.toString().contains("--threads"));
    assertTrue(out.toString().contains("Exit codes"));
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(StudyCommand.USAGE, run("--colour"));
    assertTrue(err.toString().contains("--colour"));
    assertEquals(StudyCommand.USAGE, run("--draws", "many"));
  }

  @Test
  void runsAMarketFileAndWritesTheResultFiles() throws Exception {
    Path outDir = dir.resolve("out");
    assertEquals(StudyCommand.OK, run("--market", cementMarket().toString(), "--out", outDir.toString(),
        "--years", "2025-2027", "--draws", "3", "--seed", "5", "--phase2-percentile", "20"), err::toString);
    for (String name : List.of("units.csv", "entities.csv", "sectors.csv", "sectors.svg", "benchmarks.svg", "run.json",
        "report.html")) {
      assertTrue(Files.exists(outDir.resolve(name)), name);
    }
    // The worked example's year: BP 0.8672, allocation 3,269,998 of 3,270,000 (−0.000002 Mt).
    assertTrue(out.toString().contains("2025  cement"), out::toString);
    assertTrue(out.toString().contains("0.8672"), out::toString);
    assertTrue(Files.readString(outDir.resolve("sectors.csv")).contains("2025,CEMENT,4,3270000,3269998,-2,0.8672"));
    assertTrue(err.toString().contains("draws 3/3"), err::toString);
    assertTrue(err.toString().contains("wrote units.csv"), err::toString);
  }

  @Test
  void threadsChangeNothingButTheSpeed() throws Exception {
    Path one = dir.resolve("t1");
    Path three = dir.resolve("t3");
    String market = cementMarket().toString();
    assertEquals(StudyCommand.OK, run("--market", market, "--out", one.toString(), "--years", "2025-2027",
        "--draws", "150", "--seed", "9", "--threads", "1"), err::toString);
    assertEquals(StudyCommand.OK, run("--market", market, "--out", three.toString(), "--years", "2025-2027",
        "--draws", "150", "--seed", "9", "--threads", "3"), err::toString);
    assertEquals(Files.readString(one.resolve("sectors.csv")), Files.readString(three.resolve("sectors.csv")));
  }

  @Test
  void threadsOutOfRangeAreRefusedNamingTheOption() throws Exception {
    assertEquals(StudyCommand.BAD_INPUT, run("--market", cementMarket().toString(), "--out",
        dir.resolve("none").toString(), "--threads", "0"));
    assertTrue(err.toString().contains("threads"), err::toString);
    assertFalse(Files.exists(dir.resolve("none")));
  }

  @Test
  void oneYearAndNoDraws() throws Exception {
    Path outDir = dir.resolve("one");
    assertEquals(StudyCommand.OK, run("--market", cementMarket().toString(), "--out", outDir.toString(),
        "--years", "2025", "--draws", "0"), err::toString);
    assertFalse(Files.readString(outDir.resolve("sectors.csv")).contains("2026"));
  }

  @Test
  void badRowStopsTheRunNamingTheCellAndWritesNothing() throws Exception {
    Path market = dir.resolve("bad.csv");
    Files.writeString(market, String.join(",", MarketCsv.COLUMNS) + "\n"
        + "2025,C1,,Anhui,CEMENT,L1,general,850000,-7,,,,\n");
    Path outDir = dir.resolve("never");
    assertEquals(StudyCommand.BAD_INPUT, run("--market", market.toString(), "--out", outDir.toString()));
    assertTrue(err.toString().contains("bad.csv line 2, column output, value \"-7\": must not be negative"),
        err::toString);
    assertFalse(Files.exists(outDir));
  }

  @Test
  void badParametersAreBadInput() throws Exception {
    assertEquals(StudyCommand.BAD_INPUT, run("--years", "2024 to 2030"));
    assertTrue(err.toString().contains("--years"));
    assertEquals(StudyCommand.BAD_INPUT, run("--years", "2030-2024"));
    assertEquals(StudyCommand.BAD_INPUT, run("--phase2-percentile", "150", "--draws", "0"));
    assertEquals(StudyCommand.BAD_INPUT, run("--market", cementMarket().toString(), "--years", "2024", "--draws", "0",
        "--out", dir.resolve("x").toString()));
  }

  @Test
  void missingMarketFileIsAnIoError() {
    assertEquals(StudyCommand.IO_ERROR, run("--market", dir.resolve("absent.csv").toString()));
    assertTrue(err.toString().contains("absent.csv"));
  }

  @Test
  void unwritableOutputIsAnIoError() throws Exception {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");
    assertEquals(StudyCommand.IO_ERROR, run("--market", cementMarket().toString(), "--years", "2025",
        "--draws", "0", "--out", file.resolve("sub").toString()));
  }
}
