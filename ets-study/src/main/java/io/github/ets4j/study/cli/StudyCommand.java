package io.github.ets4j.study.cli;

import io.github.ets4j.allocation.PlanYears;
import io.github.ets4j.study.CsvFileException;
import io.github.ets4j.study.DrawSummary;
import io.github.ets4j.study.Market;
import io.github.ets4j.study.MarketCsv;
import io.github.ets4j.study.MarketFile;
import io.github.ets4j.study.PolicyStudy;
import io.github.ets4j.study.ResultsCsv;
import io.github.ets4j.study.RunManifest;
import io.github.ets4j.study.Scenario;
import io.github.ets4j.study.ScenarioFile;
import io.github.ets4j.study.SectorYearResult;
import io.github.ets4j.study.SpecialKinds;
import io.github.ets4j.study.StudyReport;
import io.github.ets4j.study.StudyResult;
import io.github.ets4j.study.StudyRules;
import io.github.ets4j.study.StudyVersion;
import io.github.ets4j.study.SyntheticMarket;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The runnable study: {@code java -jar ets-study.jar [options]}. With no option it runs 2024–2030 on the
 * embedded synthetic market, prints a sector-year table on standard output, progress on standard error,
 * and writes {@code units.csv}, {@code entities.csv}, {@code sectors.csv}, {@code sectors.svg}, {@code benchmarks.svg},
 * {@code power-benchmarks.csv}, the run's manifest {@code run.json} and the page {@code report.html} into {@code study-out}, all or nothing.
 * {@code --scenario FILE.json} reads every {@link Scenario} option from a {@link ScenarioFile}; the flags given beside
 * it override the file's values, which override the defaults. {@code --write-market FILE} writes the embedded
 * market as a market file instead, so that a study can start from it; {@code --version} prints the version.
 *
 * <p>Exit codes: {@value #OK} success, {@value #BAD_INPUT} bad input (a bad market row, a parameter out of
 * range), {@value #USAGE} bad command line, {@value #IO_ERROR} a file could not be read or written. Not
 * thread-safe (picocli fills its fields).
 */
@Command(name = "ets-study", usageHelpAutoWidth = true, sortOptions = false,
    versionProvider = StudyCommand.Version.class,
    description = {"Runs a policy study of China's national ETS: allocation, net position and balance value "
        + "per unit, entity and sector-year, with Monte Carlo draws of output and intensity. Writes units.csv, "
        + "entities.csv, sectors.csv, sectors.svg, benchmarks.svg, power-benchmarks.csv, run.json (what the result was made from: version, "
        + "scenario, seed, market SHA-256, assumptions, time) and report.html (all of it on one page); progress, with "
        + "the draws per second and the time left, goes "
        + "to standard error."},
    footer = {"", "Files must be UTF-8.", "Exit codes: 0 success; 1 bad input (the message names file, line, column "
        + "and value); 2 bad command line; 3 a file could not be read or written (the message names the path "
        + "and the reason)."})
public final class StudyCommand implements Callable<Integer> {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: bad input data or parameter. */
  public static final int BAD_INPUT = 1;
  /** Exit code: bad command line. */
  public static final int USAGE = 2;
  /** Exit code: a file could not be read or written. */
  public static final int IO_ERROR = 3;

  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

  @Option(names = "--market", paramLabel = "FILE.csv",
      description = {"Market CSV file, UTF-8 (a byte-order mark is accepted; GBK and other encodings are refused: "
          + "save as CSV UTF-8). Default: the embedded synthetic national market.",
          "Its special column is empty or one of the special-unit kinds of the row's sector (listed below)."})
  @Nullable Path market;

  @Option(names = "--scenario", paramLabel = "FILE.json",
      description = {"Scenario file, UTF-8 JSON: an object holding any of the scenario options (listed below), "
          + "e.g. {\"draws\": 500, \"phase2Percentile\": \"20\"}. An option left out keeps its default; a run.json "
          + "given here runs its scenario again. The flags --years, --draws, --seed, --threads and "
          + "--phase2-percentile given beside it override the file."})
  @Nullable Path scenarioFile;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "study-out",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("study-out");

  @Option(names = "--years", paramLabel = "FIRST-LAST",
      description = "Compliance years, e.g. 2024-2030 or 2026, at most up to 2060 (default: 2024-2030). "
          + "Years after 2026, the last published allocation plan, are projected: marked * in the table and "
          + "projected=true in entities.csv and sectors.csv.")
  @Nullable String years;

  @Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws; 0 for the exact case only (default: 200).")
  @Nullable Integer draws;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws (default: 1).")
  @Nullable Long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for the draws, 1 to 1024 (default: all cores); the same seed gives the same draws on any.")
  @Nullable Integer threads;

  @Option(names = "--phase2-percentile", paramLabel = "P",
      description = "Phase 2 (2027 on): benchmark = intensity of the cleanest P %% of sector output.")
  @Nullable BigDecimal phase2Percentile;

  @Option(names = "--write-market", paramLabel = "FILE.csv",
      description = "Write the embedded synthetic market to FILE.csv (a market file for --market) and exit, "
          + "without a study.")
  @Nullable Path writeMarket;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
  boolean version;

  /** The version line of {@code --version}: the library version the jar was built from. Stateless. */
  public static final class Version implements CommandLine.IVersionProvider {
    /** Creates the provider (picocli makes it). */
    public Version() {}

    /**
     * The version lines.
     *
     * @return {@code ets-study VERSION}
     */
    @Override
    public String[] getVersion() {
      return new String[] {"ets-study " + StudyVersion.current()};
    }
  }

  private final Function<Scenario, StudyRules> rules;
  private final PrintWriter stdout;
  private final PrintWriter stderr;

  /**
   * Creates the command.
   *
   * @param rules makes the exact rules for a scenario
   * @param stdout where the table goes
   * @param stderr where progress and errors go
   */
  public StudyCommand(Function<Scenario, StudyRules> rules, PrintWriter stdout, PrintWriter stderr) {
    this.rules = Checks.notNull("rules", rules);
    this.stdout = Checks.notNull("stdout", stdout);
    this.stderr = Checks.notNull("stderr", stderr);
  }

  /**
   * Runs the command line and returns the exit code, without exiting.
   *
   * @param rules makes the exact rules for a scenario
   * @param stdout standard output
   * @param stderr standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(Function<Scenario, StudyRules> rules, PrintWriter stdout, PrintWriter stderr,
      String... args) {
    Checks.notNull("args", args);
    CommandLine line = new CommandLine(new StudyCommand(rules, stdout, stderr));
    // The footer's lists are made only when the help is shown: listing the scenario file's options loads that
    // reader and links some thirty lambdas, which a study run does not need. The renderer then draws the footer as
    // picocli's own does.
    String[] footer = line.getCommandSpec().usageMessage().footer();
    line.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
      help.commandSpec().usageMessage().footer(withLists(footer));
      return help.footer();
    });
    line.setOut(stdout);
    line.setErr(stderr);
    line.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : BAD_INPUT);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof UncheckedIOException) {
        stderr.println("error: " + e.getMessage());
        return IO_ERROR;
      }
      if (e instanceof CsvFileException || e instanceof EtsValidationException) {
        stderr.println("error: " + e.getMessage());
        return BAD_INPUT;
      }
      throw e;
    });
    int code = line.execute(args);
    stdout.flush();
    stderr.flush();
    return code;
  }

  /** The help footer with the special-unit kinds and the scenario file's options after its first line. */
  private static String[] withLists(String[] base) {
    List<String> footer = new ArrayList<>(List.of(base));
    // The kinds come from the allocation model, so the help cannot drift from what the reader accepts.
    footer.add(1, "Special-unit kinds (the market file's special column; empty for an ordinary unit): "
        + SpecialKinds.describe() + ".");
    footer.add(2, "Scenario file options (JSON names; years and decimals as strings, counts as numbers, per-sector "
        + "rates as {\"POWER\": \"2.0\", ...}): " + String.join(", ", ScenarioFile.options()) + ".");
    return footer.toArray(new String[0]);
  }

  @Override
  public Integer call() {
    // Precedence: the defaults, then the scenario file, then the flags given beside it.
    Scenario.Builder scenario = Scenario.builder();
    if (scenarioFile != null) {
      scenario.from(ScenarioFile.read(scenarioFile));
    }
    if (years != null) {
      Matcher m = YEARS.matcher(years.strip());
      if (!m.matches()) {
        throw new EtsValidationException("--years", years, "must be FIRST-LAST, e.g. 2024-2030, or one year");
      }
      Year first = PlanYears.checkHasRules("--years", Year.of(Integer.parseInt(m.group(1))));
      scenario.firstYear(first).lastYear(PlanYears.checkHasRules("--years",
          m.group(2) == null ? first : Year.of(Integer.parseInt(m.group(2)))));
    }
    if (draws != null) {
      scenario.draws(draws);
    }
    if (seed != null) {
      scenario.seed(seed);
    }
    if (threads != null) {
      scenario.threads(threads);
    }
    if (phase2Percentile != null) {
      scenario.phase2Percentile(phase2Percentile);
    }
    if (writeMarket != null) {
      if (market != null) {
        throw new EtsValidationException("--write-market", writeMarket, "writes the embedded market; leave out --market");
      }
      MarketCsv.write(SyntheticMarket.national(), writeMarket);
      stderr.println("wrote the embedded synthetic national market to " + writeMarket.toAbsolutePath());
      return OK;
    }
    Scenario built = scenario.build();
    // Before any work: a result set that cannot be written is known now, not after the draws.
    ResultsCsv.checkWritable(out);
    Market data;
    String marketEntry;
    if (market == null) {
      stderr.println("market: embedded synthetic national market (3,378 entities, 8.19 Gt)");
      data = SyntheticMarket.national();
      marketEntry = RunManifest.EMBEDDED;
    } else {
      stderr.println("market: " + market);
      // Read once: the study and the manifest's hash come from the same bytes.
      MarketFile file = MarketFile.read(market);
      data = file.market();
      marketEntry = file.sha256();
    }
    stderr.flush();
    StudyRules exact = rules.apply(built);
    Instant started = Instant.now();
    StudyResult result = PolicyStudy.of(data, built, exact).run(message -> {
      stderr.println(message);
      stderr.flush();
    });
    ResultsCsv.write(result, RunManifest.of(built, exact, marketEntry, started), out);
    printTable(result);
    stderr.println("wrote " + String.join(", ", ResultsCsv.FILES) + ", " + RunManifest.FILE + ", " + StudyReport.FILE
        + " to " + out.toAbsolutePath());
    return OK;
  }

  private void printTable(StudyResult result) {
    String format = "%-5s %-9s %8s %12s %12s %10s %6s %6s %9s %21s%n";
    stdout.printf(Locale.ROOT, format, "year", "sector", "entities", "verified Mt", "alloc. Mt", "net Mt", "short",
        "long", "balance", "net Mt p5..p95");
    boolean anyProjected = false;
    for (SectorYearResult s : result.sectors()) {
      String range = s.draws().map(StudyCommand::range).orElse("");
      anyProjected |= s.projected();
      stdout.printf(Locale.ROOT, format, s.year() + (s.projected() ? "*" : ""), s.sector().name().toLowerCase(Locale.ROOT), s.entities(),
          mt(s.verifiedTonnes(), 1), mt(s.allocationTonnes(), 1), mt(s.netPositionTonnes(), 3), s.shortEntities(),
          s.longEntities(), s.balanceValue().map(b -> b.setScale(4, RoundingMode.HALF_UP).toPlainString()).orElse("-"),
          range);
    }
    if (anyProjected) {
      stdout.println("* projected: no allocation plan published after " + PlanYears.lastPlanYear()
          + "; the rules are carried forward with ASSUMED parameters");
    }
  }

  private static String range(DrawSummary d) {
    return mt(BigDecimal.valueOf(d.netPositionP05()), 3) + ".." + mt(BigDecimal.valueOf(d.netPositionP95()), 3);
  }

  private static String mt(BigDecimal tonnes, int decimals) {
    return tonnes.movePointLeft(6).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
