package io.github.ets4j.study.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.study.MarketCsv;
import io.github.ets4j.study.RulebookStudyRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's doors (issue "Guarded doors", items 5 and 6): each command-line case of "What was seen". */
class StudyCommandDoorsTest {
  static final String GAS = "2025,P,,Hebei,POWER,G1,IV,250000,600000,,,,";
  static final String COAL = "2025,Q,,Hebei,POWER,U1,I,1900000,2000000,300000,62,,";

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
  void helpListsTheSpecialKindsAndSaysFilesMustBeUtf8() {
    assertEquals(StudyCommand.OK, run("--help"));
    String help = out.toString().replaceAll("\\s+", " ");
    assertTrue(help.contains("Files must be UTF-8."), help);
    assertTrue(help.contains("CEMENT: WHITE_CLINKER, CARBIDE_SLAG, GYPSUM_SULFURIC_ACID"), help);
    assertTrue(help.contains("STEEL: HYDROGEN_RICH_BLAST_FURNACE; ALUMINUM: none"), help);
    assertTrue(help.contains("POWER: BIOMASS_CO_FIRING, SECONDARY_ENERGY"), help);
    assertTrue(help.contains("at most up to 2060"), help);
  }

  @Test
  void aGbkFileStopsTheRunWithFileLineAndExit1() throws Exception {
    Path file = dir.resolve("gbk.csv");
    String text = String.join(",", MarketCsv.COLUMNS) + "\n" + GAS.replace(",,Hebei", ",华能,Hebei") + "\n";
    Files.write(file, text.getBytes(Charset.forName("GBK")));
    assertEquals(StudyCommand.BAD_INPUT, run("--market", file.toString(), "--out", dir.resolve("o").toString(),
        "--years", "2025", "--draws", "0"));
    assertTrue(err.toString().contains("error: " + file + " line 2, column (encoding)"), err::toString);
    assertTrue(err.toString().contains("the file must be UTF-8"), err::toString);
    assertTrue(out.toString().isEmpty(), out::toString);
  }

  @Test
  void badCellsExit1NamingFileAndLine() throws Exception {
    Path file = market(GAS, COAL.replace(",62,", ",,"));
    assertEquals(StudyCommand.BAD_INPUT, run("--market", file.toString(), "--out", dir.resolve("o").toString(),
        "--years", "2025", "--draws", "0"));
    assertTrue(err.toString().contains("error: " + file + " line 3, column load_factor_pct, value \"\""), err::toString);
    Path foo = market(GAS.replace(",,,,", ",,,,foo"));
    assertEquals(StudyCommand.BAD_INPUT, run("--market", foo.toString(), "--years", "2025", "--draws", "0"));
    assertTrue(err.toString().contains("line 2, column special, value \"foo\": must be one of the special-unit kinds "
        + "of POWER: BIOMASS_CO_FIRING"), err::toString);
    assertTrue(Files.notExists(dir.resolve("o")));
  }

  @Test
  void fileSystemErrorsNameThePathAndTheReasonAndExit3() throws Exception {
    Path file = market(GAS);
    Path taken = dir.resolve("taken.txt");
    Files.writeString(taken, "x");
    assertEquals(StudyCommand.IO_ERROR, run("--market", file.toString(), "--out", taken.toString(), "--draws", "0"));
    assertTrue(err.toString().contains("error: cannot write to " + taken + ": exists and is a file"), err::toString);
    assertEquals(StudyCommand.IO_ERROR, run("--market", dir.toString(), "--out", dir.resolve("o").toString()));
    assertTrue(err.toString().contains("error: cannot read market file " + dir + ": is a directory"), err::toString);
    assertEquals(StudyCommand.IO_ERROR, run("--market", dir.resolve("none.csv").toString(), "--out",
        dir.resolve("o").toString()));
    assertTrue(err.toString().contains("error: cannot read market file " + dir.resolve("none.csv") + ": no such file"),
        err::toString);
    assertTrue(out.toString().isEmpty(), out::toString);
  }

  @Test
  void anUnwritableResultSetReplacesNoneOfTheEarlierOne() throws Exception {
    // The case: out/sectors.svg a folder gave exit 3 after the three CSV files had been replaced.
    Path file = market(GAS);
    Path o = dir.resolve("o");
    Files.createDirectories(o.resolve("sectors.svg"));
    for (String name : new String[] {"units.csv", "entities.csv", "sectors.csv"}) {
      Files.writeString(o.resolve(name), "earlier " + name);
    }
    assertEquals(StudyCommand.IO_ERROR, run("--market", file.toString(), "--out", o.toString(), "--years", "2025",
        "--draws", "0"));
    assertTrue(err.toString().contains("sectors.svg: is a directory"), err::toString);
    for (String name : new String[] {"units.csv", "entities.csv", "sectors.csv"}) {
      assertEquals("earlier " + name, Files.readString(o.resolve(name)));
    }
    // The check comes before any work: no progress was reported.
    assertTrue(!err.toString().contains("exact allocation"), err::toString);
  }
}
