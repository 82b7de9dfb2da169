package io.github.ets4j.study;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a result set was made from, written beside it as {@value #FILE}: the library version, the whole scenario
 * (seed and threads included), the market (the SHA-256 of its file, or {@value #EMBEDDED} for the built-in synthetic
 * market), the rulebook assumptions (confidence ASSUMED) in force in each study year, and the time of the run. With
 * it a researcher can tell two result sets apart and run one again.
 *
 * <p>The JSON is written here, not with Jackson: the manifest is a few flat fields, and the runnable jar then needs
 * no JSON library. Decimals are JSON strings, as everywhere in ets4j, so no {@code double} comes in between.
 * Immutable and thread-safe.
 */
public final class RunManifest {
  /** The manifest's file name in the output directory. */
  public static final String FILE = "run.json";
  /** The market entry of a run on the embedded synthetic market. */
  public static final String EMBEDDED = "embedded";

  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  private final String version;
  private final Scenario scenario;
  private final String market;
  private final Map<Year, List<RuleValue>> assumptions;
  private final Instant createdAt;

  private RunManifest(String version, Scenario scenario, String market, Map<Year, List<RuleValue>> assumptions,
      Instant createdAt) {
    this.version = version;
    this.scenario = scenario;
    this.market = market;
    this.assumptions = assumptions;
    this.createdAt = createdAt;
  }

  /**
   * The manifest of a run.
   *
   * @param scenario the scenario that was run
   * @param rules the exact rules it was run with (their assumptions are listed per study year)
   * @param market the SHA-256 of the market file, 64 lowercase hex digits (see {@link #sha256(Path)}), or
   *     {@value #EMBEDDED}
   * @param createdAt when the run was made
   * @return the manifest
   * @throws EtsValidationException if an argument is null or the market is neither a SHA-256 nor {@value #EMBEDDED}
   */
  public static RunManifest of(Scenario scenario, StudyRules rules, String market, Instant createdAt) {
    Checks.notNull("scenario", scenario);
    Checks.notNull("rules", rules);
    Checks.notNull("market", market);
    Checks.notNull("createdAt", createdAt);
    if (!market.equals(EMBEDDED) && !SHA_256.matcher(market).matches()) {
      throw new EtsValidationException("market", market,
          "must be the market file's SHA-256 (64 lowercase hex digits) or \"" + EMBEDDED + "\"");
    }
    Map<Year, List<RuleValue>> assumed = new LinkedHashMap<>();
    for (Year year : scenario.years()) {
      assumed.put(year, List.copyOf(rules.assumptions(year)));
    }
    return new RunManifest(StudyVersion.current(), scenario, market, Collections.unmodifiableMap(assumed), createdAt);
  }

  /**
   * The SHA-256 of a file's bytes, as {@link #of} takes it.
   *
   * @param file the file
   * @return 64 lowercase hex digits
   * @throws java.io.UncheckedIOException if the file cannot be read; the message names the path and the reason
   */
  public static String sha256(Path file) {
    Checks.notNull("file", file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw StudyFiles.failure("read", file, e);
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    StringBuilder hex = new StringBuilder(64);
    for (byte b : digest.digest(bytes)) {
      hex.append(String.format(Locale.ROOT, "%02x", b));
    }
    return hex.toString();
  }

  /**
   * The library version the run was made with.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The scenario that was run.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * The market: the SHA-256 of its file, or {@value #EMBEDDED}.
   *
   * @return the market entry
   */
  public String market() {
    return market;
  }

  /**
   * The assumed rule values in force per study year.
   *
   * @return the assumptions, by year ascending
   */
  public Map<Year, List<RuleValue>> assumptions() {
    return assumptions;
  }

  /**
   * When the run was made.
   *
   * @return the time
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * The manifest as JSON (UTF-8 text, two-space indented, a final newline).
   *
   * @return the JSON text
   */
  public String toJson() {
    Json json = new Json();
    json.open('{');
    json.field("library", "ets4j");
    json.field("version", version);
    json.field("createdAt", createdAt.toString());
    json.field("market", market);
    json.key("scenario").open('{');
    json.field("firstYear", scenario.firstYear().toString());
    json.field("lastYear", scenario.lastYear().toString());
    json.field("draws", scenario.draws());
    json.field("seed", scenario.seed());
    json.field("threads", scenario.threads());
    json.sectors("outputGrowthPercent", scenario.outputGrowthPercent());
    json.sectors("intensityImprovementPercent", scenario.intensityImprovementPercent());
    json.optional("phase2Percentile", scenario.phase2Percentile());
    json.optional("phase2TighteningPercent", scenario.phase2TighteningPercent());
    json.field("powerBenchmarkTighteningPercent", scenario.powerBenchmarkTighteningPercent().toPlainString());
    json.field("carbonPriceCnyPerTonne", scenario.carbonPriceCnyPerTonne().toPlainString());
    json.field("ccerPriceCnyPerTonne", scenario.ccerPriceCnyPerTonne().toPlainString());
    json.field("ccerSharePercent", scenario.ccerSharePercent().toPlainString());
    json.field("outputSpreadPercent", scenario.outputSpreadPercent().toPlainString());
    json.field("intensitySpreadPercent", scenario.intensitySpreadPercent().toPlainString());
    // A function cannot be written down: the manifest says whether one was applied.
    json.field("rulebookOverride", scenario.rulebookOverride() == RulebookOverride.NONE ? "none" : "custom");
    json.close('}');
    json.key("assumptions").open('{');
    for (Map.Entry<Year, List<RuleValue>> year : assumptions.entrySet()) {
      json.key(year.getKey().toString()).open('[');
      for (RuleValue value : year.getValue()) {
        json.element().open('{');
        json.field("name", value.name());
        json.field("value", value.value().toPlainString());
        json.field("unit", value.unit());
        json.field("source", String.valueOf(value.source()));
        json.close('}');
      }
      json.close(']');
    }
    json.close('}');
    json.close('}');
    return json.text();
  }

  @Override
  public String toString() {
    return "RunManifest{" + version + ", " + market + ", " + createdAt + ", " + scenario + "}";
  }

  /** A small JSON writer: objects and arrays, strings escaped, indented by nesting. Not thread-safe; one per call. */
  private static final class Json {
    private final StringBuilder out = new StringBuilder();
    private final List<Boolean> first = new ArrayList<>();

    void open(char bracket) {
      out.append(bracket);
      first.add(Boolean.TRUE);
    }

    void close(char bracket) {
      boolean empty = first.remove(first.size() - 1);
      if (!empty) {
        newline();
      }
      out.append(bracket);
    }

    Json key(String name) {
      element();
      string(name);
      out.append(": ");
      return this;
    }

    Json element() {
      int last = first.size() - 1;
      if (!first.get(last)) {
        out.append(',');
      }
      first.set(last, Boolean.FALSE);
      newline();
      return this;
    }

    void field(String name, String value) {
      key(name);
      string(value);
    }

    void field(String name, long value) {
      key(name);
      out.append(value);
    }

    void optional(String name, Optional<BigDecimal> value) {
      key(name);
      if (value.isPresent()) {
        string(value.get().toPlainString());
      } else {
        out.append("null");
      }
    }

    void sectors(String name, Map<Sector, BigDecimal> values) {
      key(name).open('{');
      for (Sector sector : Sector.values()) {
        BigDecimal value = values.get(sector);
        if (value != null) {
          field(sector.name(), value.toPlainString());
        }
      }
      close('}');
    }

    private void newline() {
      out.append('\n');
      for (int i = 0; i < first.size(); i++) {
        out.append("  ");
      }
    }

    private void string(String value) {
      out.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }

    String text() {
      return out.append('\n').toString();
    }
  }
}
