package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's usage example compiling and true: the code below must stand in README.md verbatim. */
class ReadmeExampleTest {

  @Test
  void usageExampleCompilesAndHolds() throws IOException {
    // README:BEGIN
    Emissions pfc = Emissions.of(
        EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.CF4, new BigDecimal("3.4")),
        EmissionLine.of(EmissionSource.ANODE_EFFECT, Gas.C2F6, new BigDecimal("0.34")),
        EmissionLine.of(EmissionSource.PURCHASED_ELECTRICITY, Gas.CO2, new BigDecimal("570.3")));
    BigDecimal covered = pfc.covered().totalCo2e(GwpSet.AR5);   // 26316 tCO2e: indirect lines are not covered
    Co2e sar = pfc.covered().co2e(GwpSet.AR2);                  // 25228 tCO2e (AR2)
    // Amounts remember their GWP set: mixing sets is an error, not a silent sum.
    assert covered.compareTo(new BigDecimal("26316")) == 0;
    assert sar.gwpSet().equals(GwpSet.AR2);
    // README:END
    assertEquals(0, covered.compareTo(new BigDecimal("26316")));
    assertEquals(0, sar.tonnes().compareTo(new BigDecimal("25228")));
    assertTrue(ReadmeSnippets.readmeContains(Path.of("src/test/java/io/github/ets4j/core/ReadmeExampleTest.java")));
  }

  /** Reads the README and a marked snippet of a test source. */
  static final class ReadmeSnippets {
    private ReadmeSnippets() {}

    static boolean readmeContains(Path testSource) throws IOException {
      String source = Files.readString(testSource, StandardCharsets.UTF_8);
      int begin = source.indexOf("// README:BEGIN");
      int end = source.indexOf("// README:END");
      StringBuilder snippet = new StringBuilder();
      for (String line : source.substring(source.indexOf('\n', begin) + 1, end).split("\n")) {
        snippet.append(line.strip()).append('\n');
      }
      StringBuilder readme = new StringBuilder();
      for (String line : Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8).split("\n")) {
        readme.append(line.strip()).append('\n');
      }
      return readme.toString().contains(snippet.toString().strip());
    }
  }
}
