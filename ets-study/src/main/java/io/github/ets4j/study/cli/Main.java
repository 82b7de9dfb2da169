package io.github.ets4j.study.cli;

import io.github.ets4j.study.RulebookStudyRules;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;

/**
 * The entry point of {@code ets-study.jar}: runs {@link StudyCommand} under China's national rules and
 * exits with its code.
 */
public final class Main {
  /**
   * Classes a study run needs after its command line, in the order it needs them: loaded and initialised on a
   * second thread while the calling thread builds and parses the command line, so that the run finds them ready.
   * Loading only: their static initialisers build constant tables and have no other effect, and a class the second
   * thread has not reached yet is loaded by the run itself as before. Named, not class literals: a literal is
   * resolved by the calling thread when the list is built, which loaded them all there before the second thread
   * started ({@code MainTest} checks that every name is a class).
   */
  static final List<String> AHEAD = List.of("io.github.ets4j.study.ResultsCsv", "io.github.ets4j.study.Scenario",
      "io.github.ets4j.study.MarketFile", "io.github.ets4j.study.MarketCsv", "org.apache.commons.csv.CSVParser",
      "org.apache.commons.csv.CSVRecord", "io.github.ets4j.study.MarketUnit", "io.github.ets4j.study.MarketUnit$Builder",
      "io.github.ets4j.study.RulebookStudyRules", "io.github.ets4j.allocation.power.GeneratingUnit",
      "io.github.ets4j.allocation.power.GeneratingUnit$Builder", "io.github.ets4j.allocation.industry.IndustrialUnit",
      "io.github.ets4j.allocation.industry.IndustrialUnit$Builder", "io.github.ets4j.study.PolicyStudy",
      "io.github.ets4j.study.FastEngine", "io.github.ets4j.study.StudyResult", "io.github.ets4j.study.RunManifest",
      "io.github.ets4j.study.SectorChart", "io.github.ets4j.study.BenchmarkChart", "io.github.ets4j.study.StudyReport",
      "io.github.ets4j.study.ScenarioFile");

  /** picocli's system property: a pattern of the value types whose converters it does not look up by reflection. */
  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  private Main() {}

  /**
   * Runs the study command line and exits.
   *
   * @param args the command-line arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    // A nested class, not a lambda: the JVM's first lambda links the lambda machinery, which the second thread
    // then does beside this one instead of before it starts.
    Thread ahead = new Thread(new LoadAhead(), "ets4j-loading classes");
    ahead.setDaemon(true);
    ahead.start();
    // No option of the command has a java.sql or java.time type, so picocli need not load java.sql's module or find
    // those types' parse methods by reflection on each start; a pattern the user set is kept.
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*|java\\.time\\..*");
    }
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    System.exit(StudyCommand.execute(RulebookStudyRules::of, out, err, args));
  }

  /** Loads and initialises {@link #AHEAD}, in order, with the loader of this class (the application's). */
  private static final class LoadAhead implements Runnable {
    @Override
    public void run() {
      ClassLoader loader = Main.class.getClassLoader();
      for (String name : AHEAD) {
        try {
          Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          // Nothing is lost: the run loads the class itself when it needs it, and reports a failure there.
          return;
        }
      }
    }
  }
}
