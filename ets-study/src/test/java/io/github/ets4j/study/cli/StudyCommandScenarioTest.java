package io.github.ets4j.study.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.study.RulebookStudyRules;
import io.github.ets4j.study.RunManifest;
import io.github.ets4j.study.ScenarioFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --scenario FILE.json}: the file over the defaults, the flags over the file, and run.json given back. */
class StudyCommandScenarioTest {
  @TempDir Path dir;
  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return StudyCommand.execute(RulebookStudyRules::of, new PrintWriter(out), new PrintWriter(err), args);
  }

  /** The scenario object of a run.json: from its key to the assumptions that follow it. */
  static String scenarioOf(String manifest) {
    return manifest.substring(manifest.indexOf("\"scenario\""), manifest.indexOf("\"assumptions\""));
  }

  @Test
  void theFileSetsTheScenarioAndFlagsOverrideIt() throws Exception {
    Path file = dir.resolve("what-if.json");
    Files.writeString(file, "{\"firstYear\": \"2026\", \"lastYear\": \"2026\", \"draws\": 3, \"seed\": 11,\n"
        + " \"carbonPriceCnyPerTonne\": \"62.36\", \"outputGrowthPercent\": {\"POWER\": \"3\"}}");
    Path first = dir.resolve("first");
    assertEquals(StudyCommand.OK, run("--scenario", file.toString(), "--seed", "5", "--threads", "1",
        "--out", first.toString()), err::toString);
    String manifest = Files.readString(first.resolve(RunManifest.FILE));
    assertTrue(manifest.contains("\"firstYear\": \"2026\",\n    \"lastYear\": \"2026\",\n    \"draws\": 3,\n"
        + "    \"seed\": 5,\n    \"threads\": 1,\n"), manifest); // the flags --seed and --threads win
    assertTrue(manifest.contains("\"outputGrowthPercent\": {\n      \"POWER\": \"3\"\n    },"), manifest);
    assertTrue(manifest.contains("\"carbonPriceCnyPerTonne\": \"62.36\","), manifest);
    assertTrue(err.toString().contains("draws 3/3 (100 %)"), err::toString);
    assertTrue(out.toString().startsWith("year "), out::toString);
    assertTrue(out.toString().contains("2026  power"), out::toString);
    // run.json given back runs the same scenario: its scenario object is written again unchanged.
    Path second = dir.resolve("second");
    assertEquals(StudyCommand.OK, run("--scenario", first.resolve(RunManifest.FILE).toString(),
        "--out", second.toString()), err::toString);
    assertEquals(scenarioOf(manifest), scenarioOf(Files.readString(second.resolve(RunManifest.FILE))));
    // --years over the file's years.
    Path third = dir.resolve("third");
    assertEquals(StudyCommand.OK, run("--scenario", file.toString(), "--years", "2025", "--draws", "0",
        "--out", third.toString()), err::toString);
    assertTrue(Files.readString(third.resolve(RunManifest.FILE)).contains("\"firstYear\": \"2025\",\n"
        + "    \"lastYear\": \"2025\",\n    \"draws\": 0,\n    \"seed\": 11,"));
  }

  @Test
  void aBadFileIsBadInputNamingItsPlaceAndAMissingOneAnIoError() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\n  \"draws\": 3,\n  \"drawz\": 4\n}");
    assertEquals(StudyCommand.BAD_INPUT, run("--scenario", file.toString(), "--out", dir.resolve("o").toString()));
    assertTrue(err.toString().contains("bad.json line 3, column 12, drawz = (option): is not a scenario option"),
        err::toString);
    assertEquals(StudyCommand.IO_ERROR, run("--scenario", dir.resolve("none.json").toString()));
    assertTrue(err.toString().contains("none.json"), err::toString);
    assertTrue(Files.notExists(dir.resolve("o")));
  }

  @Test
  void theHelpListsTheFilesOptions() {
    assertEquals(StudyCommand.OK, run("--help"));
    String help = out.toString().replaceAll("\\s+", " ");
    assertTrue(help.contains("--scenario=FILE.json"), help);
    assertTrue(help.contains(String.join(", ", ScenarioFile.options())), help);
    assertTrue(help.contains("override the file"), help);
  }
}
