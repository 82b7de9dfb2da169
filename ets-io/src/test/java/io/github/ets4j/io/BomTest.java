package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the BOM (ets-bom/pom.xml) in step with the build: it has the project's version, no parent (so that importing
 * it manages ets4j's artifacts and nothing else), and lists exactly the library modules of the parent pom, every
 * module but the BOM itself and the benchmarks. A new library module fails here until its line is in the BOM.
 */
class BomTest {

  private static final Path ROOT = Path.of("..");
  private static final List<String> NOT_LIBRARIES = List.of("ets-bom", "ets-benchmarks");

  @Test
  void theBomListsEveryLibraryModuleAtTheProjectVersion() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    String bom = Files.readString(ROOT.resolve("ets-bom/pom.xml"), StandardCharsets.UTF_8);

    assertEquals(firstVersion(parent), firstVersion(bom), "the BOM's version must be the project's");
    assertFalse(bom.contains("<parent>"), "the BOM must have no parent: its dependencyManagement would leak");

    TreeSet<String> libraries = new TreeSet<>(all(Pattern.compile("<module>([^<]+)</module>"), parent));
    libraries.removeAll(NOT_LIBRARIES);
    String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
    TreeSet<String> listed = new TreeSet<>(all(Pattern.compile("<artifactId>([^<]+)</artifactId>"), managed));
    assertEquals(libraries, listed, "ets-bom/pom.xml must list every library module of the parent pom, and only those");
    assertEquals(listed.size(), count("<version>${project.version}</version>", managed),
        "every BOM entry takes the BOM's own version");
  }

  private static String firstVersion(String pom) {
    String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(withoutParent);
    return m.find() ? m.group(1) : "";
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1).strip());
    }
    return found;
  }

  private static int count(String needle, String text) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
