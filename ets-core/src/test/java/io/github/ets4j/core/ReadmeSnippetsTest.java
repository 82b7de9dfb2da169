package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md honest: every snippet that a test of any module marks with {@code // README:BEGIN} and
 * {@code // README:END} (and so compiles and runs there) must stand in README.md verbatim, indentation aside.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void everyMarkedSnippetStandsInTheReadme() throws IOException {
    String readme = normalise(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    List<Path> sources;
    try (Stream<Path> files = Files.walk(ROOT, 12)) {
      sources = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src" + java.io.File.separator + "test"))
          .collect(Collectors.toList());
    }
    List<String> missing = new ArrayList<>();
    int snippets = 0;
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      int begin = text.indexOf("// README:BEGIN\n");
      if (begin < 0 || source.endsWith("ReadmeSnippetsTest.java")) {
        continue;
      }
      int end = text.indexOf("// README:END", begin);
      String snippet = normalise(text.substring(begin + "// README:BEGIN\n".length(), end));
      snippets++;
      if (!readme.contains(snippet)) {
        missing.add(source.toString());
      }
    }
    assertTrue(snippets >= 7, "expected the README snippets of every module, found " + snippets);
    assertFalse(!missing.isEmpty(), "README.md lacks the snippets of " + missing);
  }

  private static String normalise(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        out.append(stripped).append('\n');
      }
    }
    return out.toString();
  }
}
