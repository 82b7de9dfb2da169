package io.github.ets4j.study.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.study.Market;
import io.github.ets4j.study.MarketCsv;
import io.github.ets4j.study.RulebookStudyRules;
import io.github.ets4j.study.RunManifest;
import io.github.ets4j.study.StudyVersion;
import io.github.ets4j.study.SyntheticMarket;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's files for a researcher: {@code --version}, {@code --write-market} and {@code run.json}. */
class StudyCommandFilesTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return StudyCommand.execute(RulebookStudyRules::of, new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void versionPrintsTheLibraryVersion() {
    assertEquals(StudyCommand.OK, run("--version"));
    assertEquals("ets-study " + StudyVersion.current(), out.toString().strip());
    // the build filtered the project version in: a Maven version, not a placeholder
    assertTrue(StudyVersion.current().matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"), StudyVersion.current());
  }

  @Test
  void writeMarketExportsTheEmbeddedMarketAndRunsNoStudy() {
    Path file = dir.resolve("national.csv");
    Path outDir = dir.resolve("out");
    assertEquals(StudyCommand.OK, run("--write-market", file.toString(), "--out", outDir.toString()), err::toString);
    Market read = MarketCsv.read(file);
    assertEquals(SyntheticMarket.national(), read);
    assertFalse(Files.exists(outDir), "no study was run");
    assertTrue(err.toString().contains("wrote the embedded synthetic national market"), err::toString);
  }

  @Test
  void writeMarketWithAMarketFileIsRefused() {
    Path file = dir.resolve("national.csv");
    assertEquals(StudyCommand.BAD_INPUT, run("--write-market", file.toString(), "--market", "other.csv"));
    assertTrue(err.toString().contains("--write-market"), err::toString);
    assertFalse(Files.exists(file));
  }

  @Test
  void aRunWritesItsManifestWithTheMarketFilesHash() throws Exception {
    Path market = dir.resolve("market.csv");
    assertEquals(StudyCommand.OK, run("--write-market", market.toString()), err::toString);
    Path outDir = dir.resolve("out");
    assertEquals(StudyCommand.OK, run("--market", market.toString(), "--out", outDir.toString(), "--years", "2027",
        "--draws", "2", "--seed", "7", "--threads", "2", "--phase2-percentile", "20"), err::toString);
    String json = Files.readString(outDir.resolve(RunManifest.FILE));
    assertTrue(json.contains("\"market\": \"" + RunManifest.sha256(market) + "\""), json);
    assertTrue(json.contains("\"seed\": 7,"), json);
    assertTrue(json.contains("\"threads\": 2,"), json);
    assertTrue(json.contains("\"draws\": 2,"), json);
    assertTrue(json.contains("\"phase2Percentile\": \"20\","), json);
    assertTrue(json.contains("\"version\": \"" + StudyVersion.current() + "\""), json);
    // 2027 has no published plan: its Phase 2 parameters are ASSUMED and listed
    assertTrue(json.contains("\"2027\": [\n      {\n        \"name\": "), json);
    assertTrue(err.toString().contains("run.json"), err::toString);
  }
}
