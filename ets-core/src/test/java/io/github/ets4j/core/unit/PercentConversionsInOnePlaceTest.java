package io.github.ets4j.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each conversion between a percentage and a fraction happens in one named place (issue 16, item 3): {@link Percent}
 * for exact decimals (which {@link Share} calls) and the study's {@code FastPercent} for its primitive fast path. The
 * main code of every module is scanned ({@link PercentConversionScan} says what counts as a conversion); any other
 * file that converts fails this test with its file, line and code. To fix a failure, call {@code Percent},
 * {@code Share} or {@code FastPercent}; a line that only looks like a conversion goes in {@link #notPercent()} with its
 * reason, a file that cannot be changed yet in {@link #pending()} with its reason. An entry that no longer matches
 * anything fails too, so that the lists only shrink.
 */
class PercentConversionsInOnePlaceTest {
  private static final Path ROOT = Path.of("..");
  private static final String STUDY = "ets-study/src/main/java/io/github/ets4j/study/";
  private static final String SECTORS = "ets-sectors/src/main/java/io/github/ets4j/sectors/";
  private static final String BENCHMARKS = "ets-benchmarks/src/main/java/io/github/ets4j/benchmarks/";

  /** The named places, where the decimal point is moved. */
  static Set<String> namedPlaces() {
    return Set.of("ets-core/src/main/java/io/github/ets4j/core/unit/Percent.java", STUDY + "FastPercent.java");
  }

  /** Lines that match a pattern but convert no percentage: file → the line's code (trimmed) → why. */
  static Map<String, String> notPercent() {
    Map<String, String> x = new LinkedHashMap<>();
    x.put(BENCHMARKS + "BalanceValueBenchmark.java: BigDecimal clinker = BigDecimal.valueOf(Math.round(tonnes / intensity"
        + " * 100), 2);", "hundredths of a tonne as the unscaled value of a 2-decimal BigDecimal: a rounding to 2"
        + " decimals, not a percentage");
    return x;
  }

  /**
   * Files that still convert literally, each with its reason: files that other work in progress edits at the same
   * time. Remove an entry once its file calls the named place (the test then says the entry is stale).
   */
  static Map<String, String> pending() {
    Map<String, String> x = new LinkedHashMap<>();
    return x;
  }

  @Test
  void percentAndFractionMeetOnlyInTheNamedPlaces() {
    List<Path> files = PercentConversionScan.mainSources(ROOT);
    assertTrue(files.size() > 200, "found the main sources of the modules: " + files.size());
    for (String place : namedPlaces()) {
      assertTrue(Files.isRegularFile(ROOT.resolve(place)), "named place " + place + " exists");
    }
    Map<String, String> notPercent = notPercent();
    Map<String, String> pending = pending();
    Set<String> notPercentUsed = new TreeSet<>();
    Set<String> pendingUsed = new TreeSet<>();
    List<String> outside = new ArrayList<>();
    for (PercentConversionScan.Hit hit : PercentConversionScan.scan(ROOT, files)) {
      String line = hit.file() + ": " + hit.code();
      if (notPercent.containsKey(line)) {
        notPercentUsed.add(line);
      } else if (pending.containsKey(hit.file())) {
        pendingUsed.add(hit.file());
      } else if (!namedPlaces().contains(hit.file())) {
        outside.add(hit.toString());
      }
    }
    assertEquals("", String.join("\n", outside), outside.size() + " percent conversions outside the named places"
        + " (call Percent, Share or FastPercent)");
    Set<String> stale = new TreeSet<>(notPercent.keySet());
    stale.removeAll(notPercentUsed);
    Set<String> stalePending = new TreeSet<>(pending.keySet());
    stalePending.removeAll(pendingUsed);
    stale.addAll(stalePending);
    assertEquals(Set.of(), stale, "stale entries: they no longer match a conversion, remove them");
  }

  @Test
  void theScanFindsEveryFormOfConversion() {
    for (String line : List.of("f.movePointRight(2)", "p.movePointLeft( 2 )", "p.scaleByPowerOfTen(-2)",
        "p.scaleByPowerOfTen(2)", "g.multiply(BigDecimal.valueOf(100)).divide(c, mc)",
        "p.divide(new BigDecimal(\"100\"), mc)", "p.multiply(new BigDecimal(\"0.01\"))",
        "p.multiply(BigDecimal.valueOf(0.01))", "d.multiply(HUNDRED).divide(v, 2, RoundingMode.HALF_UP)",
        "g.divide(hundred, CONTEXT)", "x.divide(ONE_HUNDRED)", "Math.ceil(p / 100.0 * n)", "(int) (100L * done / total)",
        "double of = powerOf[i] / 100;", "x * 100", "x*100d", "x * 0.01", "0.01 * x", "100 / x", "f * .01")) {
      assertTrue(PercentConversionScan.converts(line), line);
    }
  }

  @Test
  void theScanLeavesRangeChecksCommentsTextAndOtherPowersAlone() {
    for (String line : List.of("rate.compareTo(hundred) >= 0", "p.compareTo(BigDecimal.valueOf(100)) > 0",
        "x.movePointLeft(3)", "x.movePointRight(12)", "halfUp(x, 100)", "x * 1000", "1000 * x", "x / 100_000",
        "x * 0.015", "2.100 * x", "list.get(100) * 2", "a.multiply(b); // percent = fraction * 100",
        "a /* x.movePointLeft(2) */ + b", "throw new E(\"f\", f, \"0.62 / 100 is not a load factor\");",
        "c = '*'; d = 100;", "@Param({\"100\", \"1000\"})")) {
      assertFalse(PercentConversionScan.converts(line), line);
    }
  }

  @Test
  void theScanNamesTheLineAsWritten() {
    String source = "class A {\n  /** A share.\n   * x * 100 in a comment\n   */\n  String s = \"\"\"\n    / 100\n    \"\"\";\n"
        + "  BigDecimal f(BigDecimal p) {\n    return p.movePointLeft(2);\n  }\n}\n";
    List<PercentConversionScan.Hit> hits = PercentConversionScan.scan("A.java", source);
    assertEquals(1, hits.size(), hits.toString());
    assertEquals("A.java:9: return p.movePointLeft(2);", hits.get(0).toString());
  }
}
