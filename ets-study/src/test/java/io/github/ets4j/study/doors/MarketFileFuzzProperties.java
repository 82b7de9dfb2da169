package io.github.ets4j.study.doors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.study.MarketCsv;
import io.github.ets4j.study.RulebookStudyRules;
import io.github.ets4j.study.cli.StudyCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the market file (issue "Guarded doors", item 7): valid files corrupted at random (cells, encodings,
 * truncations, duplicated and dropped rows) are either read and studied cleanly, or refused with the file and
 * a line; never another exception, never a partial result set.
 */
class MarketFileFuzzProperties {
  private static final long SEED = 20_261_201L;
  static final String VALID = String.join(",", MarketCsv.COLUMNS) + "\n"
      + "2024,E1,Plant one,Hebei,POWER,U1,I,1900000,2000000,300000,62,,\n"
      + "2024,E1,Plant one,Hebei,POWER,U2,IV,250000,600000,,,,\n"
      + "2024,E2,Cement two,Anhui,CEMENT,L1,general,850000,1000000,,,,\n"
      + "2024,E3,Cement three,Anhui,CEMENT,L2,general,1200000,1500000,,,,WHITE_CLINKER\n"
      + "2024,E4,Steel four,Hebei,STEEL,S1,,2000000,1000000,,,1500000,\n"
      + "2024,E5,Alu five,Gansu,ALUMINUM,A1,,1700000,1000000,,,,\n"
      + "2025,E1,Plant one,Hebei,POWER,U1,I,1850000,1950000,280000,58.5,,\n"
      + "2025,E2,Cement two,Anhui,CEMENT,L1,general,840000,990000,,,,\n"
      + "2025,E4,Steel four,Hebei,STEEL,S1,,1980000,990000,,,1480000,\n"
      + "2025,E5,Alu five,Gansu,ALUMINUM,A1,,1690000,1000000,,,,\n";

  @TempDir Path dir;
  final AtomicInteger example = new AtomicInteger();

  @Test
  void theValidFileIsStudiedCleanly() throws IOException {
    Path file = dir.resolve("valid.csv");
    Files.writeString(file, VALID);
    assertEquals(FileDoor.Outcome.READ, FileDoor.check(file, 11, MarketCsv::read));
    assertEquals(StudyCommand.OK, study(file, dir.resolve("out")));
  }

  @Test
  void corruptedMarketFilesAreReadCleanlyOrRefusedWithFileAndLine() {
    FileCorrupter corrupter = FileCorrupter.standard().withJunk("POWER", "COAL", "V", "WHITE_CLINKER", "1e9", "1e10",
        "100.5", "0.62", "2023", "2061");
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(longs().all(), integers().between(1, 3))
        .checkAssert((seed, count) -> fuzzOnce(corrupter.corrupt(VALID, seed, count)));
  }

  private void fuzzOnce(byte[] bytes) {
    int n = example.incrementAndGet();
    Path file = dir.resolve("market-" + n + ".csv");
    Path out = dir.resolve("out-" + n);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long lines = 1;
    for (byte b : bytes) {
      lines += b == '\n' ? 1 : 0;
    }
    FileDoor.Outcome outcome = FileDoor.check(file, lines, MarketCsv::read);
    StringWriter err = new StringWriter();
    int code = StudyCommand.execute(RulebookStudyRules::of, new PrintWriter(new StringWriter()), new PrintWriter(err),
        "--market", file.toString(), "--out", out.toString(), "--years", "2025-2026", "--draws", "2");
    if (code == StudyCommand.OK) {
      assertEquals(FileDoor.Outcome.READ, outcome);
      for (String name : new String[] {"units.csv", "entities.csv", "sectors.csv", "sectors.svg"}) {
        assertTrue(Files.isRegularFile(out.resolve(name)), name);
      }
    } else {
      assertEquals(StudyCommand.BAD_INPUT, code, err::toString);
      // After parsing too, an error names the file and the line of the row.
      assertTrue(err.toString().contains(System.lineSeparator() + "error: " + file + " line "), err::toString);
      assertTrue(Files.notExists(out), "no partial result set");
    }
  }

  private static int study(Path file, Path out) {
    return StudyCommand.execute(RulebookStudyRules::of, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), "--market", file.toString(), "--out", out.toString(), "--years",
        "2025-2027", "--draws", "3");
  }
}
