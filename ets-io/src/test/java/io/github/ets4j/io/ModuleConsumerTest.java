package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's module on the module path: it compiles against the exported API of the four library modules and
 * fails to compile when it reaches into a package that is not exported to it. The library modules are the
 * built ones (the jars or class folders this test runs with), so a descriptor that leaks an internal package
 * fails this test.
 *
 * <p>javac is run through {@link ToolProvider} (in {@code java.base}), so the test needs no {@code requires}
 * of {@code java.compiler}.
 */
class ModuleConsumerTest {
  private static final String USER_MODULE = String.join("\n",
      "module example.app {",
      "  requires io.github.ets4j.io;",
      "}");

  /** Uses one type of each module's API: must compile. */
  private static final String API_USER = String.join("\n",
      "package example.app;",
      "",
      "import com.fasterxml.jackson.databind.ObjectMapper;",
      "import io.github.ets4j.allocation.Rulebook;",
      "import io.github.ets4j.core.EtsValidationException;",
      "import io.github.ets4j.core.Sector;",
      "import io.github.ets4j.io.Ets4jModule;",
      "import io.github.ets4j.sectors.defaults.DefaultCatalogue;",
      "import io.github.ets4j.sectors.fuel.Fuel;",
      "",
      "public final class App {",
      "  private App() {}",
      "",
      "  public static void main(String[] args) {",
      "    System.out.println(new ObjectMapper().findAndRegisterModules().getRegisteredModuleIds());",
      "    System.out.println(describe());",
      "  }",
      "",
      "  public static String describe() {",
      "    ObjectMapper mapper = new ObjectMapper().registerModule(new Ets4jModule());",
      "    return Sector.CEMENT.name() + \" \" + Fuel.BITUMINOUS_COAL.name() + \" \" + DefaultCatalogue.chinaNational()",
      "        + \" \" + Rulebook.class.getSimpleName() + \" \" + EtsValidationException.class.getSimpleName()",
      "        + \" \" + mapper.getRegisteredModuleIds();",
      "  }",
      "}");

  @TempDir
  Path work;

  @Test
  void aModuleThatUsesTheApiCompiles() throws IOException {
    Compilation result = compile("App", API_USER);
    assertEquals(0, result.exitCode, result.output);
  }

  /**
   * Run on the module path, the user's module finds {@link Ets4jModule} through Jackson's ServiceLoader (the
   * descriptor's {@code provides}) and reads the catalogue's resources from inside its module.
   */
  @Test
  void aModuleThatUsesTheApiRunsOnTheModulePath() throws IOException, InterruptedException {
    Compilation result = compile("App", API_USER);
    assertEquals(0, result.exitCode, result.output);
    String modulePath = Stream.concat(modulePath().stream(), Stream.of(work.resolve("classes")))
        .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "--module-path", modulePath, "--module",
        "example.app/example.app.App").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    List<String> lines = output.lines().collect(Collectors.toList());
    assertEquals("[ets4j]", lines.get(0), output);
    assertTrue(lines.get(1).startsWith("CEMENT BITUMINOUS_COAL "), output);
    assertTrue(lines.get(1).endsWith(" Rulebook EtsValidationException [ets4j]"), output);
  }

  @Test
  void theSharedChecksOfCoreAreNotVisible() throws IOException {
    Compilation result = compile("Leak", leak("io.github.ets4j.core.internal.Checks",
        "Checks.notNull(\"x\", \"y\");"));
    assertRefused(result, "io.github.ets4j.core.internal", "io.github.ets4j.core");
  }

  @Test
  void theReportingPrecisionOfSectorsIsNotVisible() throws IOException {
    Compilation result = compile("Leak", leak("io.github.ets4j.sectors.internal.ReportingPrecision",
        "ReportingPrecision.sourceLine(java.math.BigDecimal.ONE);"));
    assertRefused(result, "io.github.ets4j.sectors.internal", "io.github.ets4j.sectors");
  }

  @Test
  void theExplanationsOfSectorsAreNotVisible() throws IOException {
    Compilation result = compile("Leak", leak("io.github.ets4j.sectors.internal.Explanations",
        "Explanations.number(java.math.BigDecimal.ONE);"));
    assertRefused(result, "io.github.ets4j.sectors.internal", "io.github.ets4j.sectors");
  }

  @Test
  void theDescriptorsExportTheApiAndQualifyTheInternalPackage() {
    Map<String, ModuleDescriptor> modules = libraryModules();
    assertEquals(Set.of("io.github.ets4j.core", "io.github.ets4j.sectors", "io.github.ets4j.allocation",
        "io.github.ets4j.io"), modules.keySet());
    assertEquals(Map.of(
        "io.github.ets4j.core", "*",
        "io.github.ets4j.core.entity", "*",
        "io.github.ets4j.core.unit", "*",
        "io.github.ets4j.core.rules", "*",
        "io.github.ets4j.core.internal", "io.github.ets4j.allocation,io.github.ets4j.io,io.github.ets4j.sectors"),
        exports(modules.get("io.github.ets4j.core")));
    Map<String, String> sectors = exports(modules.get("io.github.ets4j.sectors"));
    assertEquals(Set.of("aluminum", "calendar", "cement", "cems", "defaults", "evidence", "fuel", "indirect", "kit",
        "mrv", "power", "review", "rules", "steel").stream().map(p -> "io.github.ets4j.sectors." + p).collect(Collectors.toSet()),
        sectors.keySet());
    assertTrue(sectors.values().stream().allMatch("*"::equals), sectors.toString());
    assertEquals(Map.of(
        "io.github.ets4j.allocation", "*",
        "io.github.ets4j.allocation.compliance", "*",
        "io.github.ets4j.allocation.industry", "*",
        "io.github.ets4j.allocation.power", "*"),
        exports(modules.get("io.github.ets4j.allocation")));
    ModuleDescriptor io = modules.get("io.github.ets4j.io");
    assertEquals(Map.of("io.github.ets4j.io", "*"), exports(io));
    assertEquals(List.of("com.fasterxml.jackson.databind.Module provides io.github.ets4j.io.Ets4jModule"),
        io.provides().stream().map(p -> p.service() + " provides " + String.join(",", p.providers()))
            .collect(Collectors.toList()));
  }

  /** Each exported package with "*" (to everyone) or the sorted modules it is exported to. */
  private static Map<String, String> exports(ModuleDescriptor descriptor) {
    Map<String, String> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports export : descriptor.exports()) {
      exports.put(export.source(), export.isQualified() ? String.join(",", new TreeSet<>(export.targets())) : "*");
    }
    return exports;
  }

  private static Map<String, ModuleDescriptor> libraryModules() {
    Map<String, ModuleDescriptor> modules = new TreeMap<>();
    for (ModuleReference reference : ModuleFinder.of(modulePath().toArray(Path[]::new)).findAll()) {
      ModuleDescriptor descriptor = reference.descriptor();
      if (descriptor.name().startsWith("io.github.ets4j.") && !descriptor.isAutomatic()) {
        modules.put(descriptor.name(), descriptor);
      }
    }
    return modules;
  }

  private static String leak(String type, String statement) {
    String simpleName = type.substring(type.lastIndexOf('.') + 1);
    return String.join("\n",
        "package example.app;",
        "",
        "import " + type + ";",
        "",
        "public final class Leak {",
        "  private Leak() {}",
        "",
        "  static void use() {",
        "    " + statement,
        "    " + simpleName + ".class.getName();",
        "  }",
        "}");
  }

  private static void assertRefused(Compilation result, String internalPackage, String owner) {
    assertNotEquals(0, result.exitCode, result.output);
    // javac: "package io.github.ets4j.core.internal is not visible ... (package ... is declared in module
    // io.github.ets4j.core, which does not export it to module example.app)".
    assertTrue(result.output.contains("package " + internalPackage + " is not visible"), result.output);
    assertTrue(result.output.contains("declared in module " + owner + ", which does not export it"), result.output);
  }

  private Compilation compile(String className, String source) throws IOException {
    Path sources = Files.createDirectories(work.resolve("src/example/app"));
    Files.writeString(work.resolve("src/module-info.java"), USER_MODULE, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve(className + ".java"), source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
        "--module-path", modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
    arguments.add(work.resolve("src/module-info.java").toString());
    arguments.add(sources.resolve(className + ".java").toString());
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter output = new StringWriter();
    int exitCode;
    try (PrintWriter writer = new PrintWriter(output)) {
      exitCode = javac.run(writer, writer, arguments.toArray(String[]::new));
    }
    return new Compilation(exitCode, output.toString());
  }

  /**
   * The explicit modules this test runs with, from the class path or the module path: the ets4j modules
   * (jars or class folders with a descriptor) and the libraries they require (Jackson, Commons CSV,
   * picocli), which all carry a descriptor. Automatic modules (JUnit's helpers, QuickTheories) are left
   * out, since a user's module path would not hold them.
   */
  private static List<Path> modulePath() {
    List<Path> path = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      for (String entry : value.split(File.pathSeparator)) {
        if (!entry.isEmpty() && hasDescriptor(Path.of(entry)) && !path.contains(Path.of(entry))) {
          path.add(Path.of(entry));
        }
      }
    }
    return path;
  }

  private static boolean hasDescriptor(Path entry) {
    if (Files.isDirectory(entry)) {
      return Files.isRegularFile(entry.resolve("module-info.class"));
    }
    if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
      return false;
    }
    try (ZipFile jar = new ZipFile(entry.toFile());
        Stream<String> names = jar.stream().map(e -> e.getName())) {
      return names.anyMatch(n -> n.equals("module-info.class")
          || n.startsWith("META-INF/versions/") && n.endsWith("/module-info.class"));
    } catch (IOException e) {
      throw new IllegalStateException("unreadable jar on the test path: " + entry, e);
    }
  }

  /** javac's exit code and what it printed. */
  private static final class Compilation {
    final int exitCode;
    final String output;

    Compilation(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }
  }
}
