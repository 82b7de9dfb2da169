package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps README.md honest, twice over.
 *
 * <ul>
 *   <li>Every snippet that a test of any module marks with {@code // README:BEGIN} and {@code // README:END} (and so
 *       compiles and runs there) must stand in README.md verbatim, indentation aside.
 *   <li>Every {@code java} block of README.md must compile as shown, with only its own imports, against the
 *       libraries (this module's test classpath holds ets-core, ets-sectors, ets-allocation, ets-io and ets-study). A block is a
 *       complete program (it starts with a top-level class or record and ends with its brace), class members (a block that starts with {@code static}
 *       or a Javadoc comment), or statements, which are compiled as the body of a method that may throw.
 * </ul>
 *
 * <p>It lives in ets-study because that module sees every library module (it depends on all the others); a
 * README block of a module it does not see fails here with the missing package named.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile("^(public |final |abstract )*(class|record|interface|enum) (\\w+)");

  @TempDir Path classes;

  @Test
  void everyMarkedSnippetStandsInTheReadme() throws IOException {
    String readme = normalise(readme());
    List<Path> sources;
    try (Stream<Path> files = Files.walk(ROOT, 12)) {
      sources = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src" + File.separator + "test")
              && !p.toString().contains(File.separator + "target" + File.separator))
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

  @Test
  void everyJavaBlockOfTheReadmeCompilesAsShown() throws IOException {
    List<String> blocks = javaBlocks(readme());
    assertTrue(blocks.size() >= 7, "expected the README's java blocks, found " + blocks.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      String errors = compile(compilationUnit("ReadmeBlock" + (i + 1), blocks.get(i)));
      if (!errors.isEmpty()) {
        failures.add("README java block " + (i + 1) + " (starting \"" + firstCodeLine(blocks.get(i)) + "\"):\n" + errors);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** The test of the test: a block that lacks an import, or uses a variable it never defines, does not compile. */
  @Test
  void aBlockWithoutItsImportOrWithAnUndefinedVariableFails() throws IOException {
    String withImport = "import java.math.BigDecimal;\n\nBigDecimal one = BigDecimal.ONE;\n";
    assertEquals("", compile(compilationUnit("Complete", withImport)));
    assertTrue(compile(compilationUnit("NoImport", "BigDecimal one = BigDecimal.ONE;\n")).contains("BigDecimal"));
    assertTrue(compile(compilationUnit("Undefined", withImport + "BigDecimal two = one.add(other);\n"))
        .contains("other"));
    // a local record before statements is part of the statements
    assertEquals("", compile(compilationUnit("LocalRecord", "record R(int x) {}\nR r = new R(1);\n")));
    // members and whole programs are compiled as they stand
    assertEquals("", compile(compilationUnit("Members", "static int twice(int x) {\n  return 2 * x;\n}\n")));
    assertEquals("", compile(compilationUnit("Program", "class Program {\n  public static void main(String[] a) {}\n}\n")));
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** The block as a compilation unit named {@code name}: imports first, then the block as program, members or body. */
  static Unit compilationUnit(String name, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (line.startsWith("import ") && body.toString().isBlank()) {
        imports.append(line).append('\n');
      } else {
        body.append(line).append('\n');
      }
    }
    String code = body.toString().strip();
    // a program starts with its type and ends with the type's closing brace; a local record before statements does not
    Matcher type = TOP_LEVEL_TYPE.matcher(code);
    if (type.find() && code.endsWith("\n}")) {
      return new Unit(type.group(3), imports + body.toString());
    }
    String wrapped = code.startsWith("static ") || code.startsWith("/**")
        ? "class " + name + " {\n" + body + "}\n"
        : "class " + name + " {\n  void snippet() throws Exception {\n" + body + "  }\n}\n";
    return new Unit(name, imports + wrapped);
  }

  /** Compiles one unit against the test classpath; returns its errors, or "" when it compiles. */
  private String compile(Unit unit) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory(classes, unit.name());
    List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-classpath", classpath(),
        "-d", out.toString());
    Boolean ok = javac.getTask(null, null, diagnostics, options, null, List.of(unit.source())).call();
    StringBuilder errors = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.append("  line ").append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
      }
    }
    if (!Boolean.TRUE.equals(ok) && errors.length() == 0) {
      errors.append("  the compiler failed without an error message\n");
    }
    return errors.toString();
  }

  /**
   * Surefire runs tests from a manifest-only jar: the real test classpath is in surefire.test.class.path. On the
   * module path the library modules are in jdk.module.path instead; the snippets compile against both, as a user's
   * class path would hold them.
   */
  private static String classpath() {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String modulePath = System.getProperty("jdk.module.path", "");
    return modulePath.isEmpty() ? classpath : modulePath + java.io.File.pathSeparator + classpath;
  }

  private static String firstCodeLine(String block) {
    return block.lines().filter(l -> !l.isBlank() && !l.startsWith("import ")).findFirst().orElse("").strip();
  }

  private static String normalise(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        out.append(stripped).append('\n');
      }
    }
    return out.toString();
  }

  /** One compilation unit: its top-level class name and its source. */
  record Unit(String name, String code) {
    JavaFileObject source() {
      return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return code;
        }
      };
    }
  }
}
