package io.github.ets4j.study.cli;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.study.BenchmarkChart;
import io.github.ets4j.study.FastEngine;
import io.github.ets4j.study.MarketCsv;
import io.github.ets4j.study.MarketFile;
import io.github.ets4j.study.MarketUnit;
import io.github.ets4j.study.PolicyStudy;
import io.github.ets4j.study.ResultsCsv;
import io.github.ets4j.study.RulebookStudyRules;
import io.github.ets4j.study.RunManifest;
import io.github.ets4j.study.Scenario;
import io.github.ets4j.study.SectorChart;
import io.github.ets4j.study.StudyReport;
import io.github.ets4j.study.StudyResult;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The entry point of {@code ets-study.jar}: runs {@link StudyCommand} under China's national rules and
 * exits with its code.
 */
public final class Main {
  /**
   * Classes a study run needs after its command line, in the order it needs them: loaded and initialised on a
   * second thread while the calling thread builds and parses the command line, so that the run finds them ready.
   * Loading only: their static initialisers build constant tables and have no other effect, and a class the second
   * thread has not reached yet is loaded by the run itself as before.
   */
  private static final List<Class<?>> AHEAD = List.of(ResultsCsv.class, Scenario.class, MarketFile.class,
      MarketCsv.class, CSVParser.class, CSVRecord.class, MarketUnit.class, MarketUnit.Builder.class,
      RulebookStudyRules.class, GeneratingUnit.class, GeneratingUnit.Builder.class, IndustrialUnit.class,
      IndustrialUnit.Builder.class, PolicyStudy.class, FastEngine.class, StudyResult.class, RunManifest.class,
      SectorChart.class, BenchmarkChart.class, StudyReport.class);

  /** picocli's system property: a pattern of the value types whose converters it does not look up by reflection. */
  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  private Main() {}

  /**
   * Runs the study command line and exits.
   *
   * @param args the command-line arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    Thread ahead = new Thread(Main::loadAhead, "ets4j-loading classes");
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

  private static void loadAhead() {
    for (Class<?> type : AHEAD) {
      try {
        Class.forName(type.getName(), true, type.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // Nothing is lost: the run loads the class itself when it needs it, and reports a failure there.
        return;
      }
    }
  }
}
