package io.github.ets4j.study;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.ets4j.allocation.PlanYears;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * A {@link Scenario} as a JSON file: every option of the scenario under its own name, each optional (a missing
 * option keeps the scenario's default). This is the form {@code --scenario FILE.json} reads and the form of the
 * {@code scenario} object of {@code run.json}, so a run manifest can be given back to {@code --scenario} to run
 * the study again (its other members are then left aside).
 *
 * <pre>{@code
 * {
 *   "firstYear": "2025", "lastYear": "2035", "draws": 500, "seed": 7,
 *   "outputGrowthPercent": {"POWER": "1.5", "CEMENT": "-2"},
 *   "phase2Percentile": "20",
 *   "carbonPriceCnyPerTonne": "62.36"
 * }
 * }</pre>
 *
 * <p>Forms: a year is a 4-digit string or an integer, at most {@link PlanYears#lastRulesYear()}; a count (draws,
 * seed, threads) an integer; a decimal a string, as everywhere in ets4j ({@code "2.5"}), or a JSON number, read from
 * its digits (never through a {@code double}); an optional decimal may also be {@code null} (the rulebook's own
 * default); a per-sector map an object keyed by sector name whose values are decimals. A map <b>replaces</b> the
 * default map, as the API's builder does: a sector left out gets 0. {@code rulebookOverride} can only be
 * {@code "none"}: an override is Java code.
 *
 * <p>Strict: the file must be UTF-8 (a byte-order mark is dropped) holding one JSON object; an unknown option, a
 * repeated key, a value of the wrong form and a value the scenario refuses are each a
 * {@link ScenarioFileException} naming the file, line, column, JSON path and value. Adding an option to
 * {@link Scenario} is one line here ({@link #OPTIONS}): the reader, the run manifest and the help list follow.
 * Stateless; thread-safe.
 */
public final class ScenarioFile {
  private static final String BOM = "\uFEFF";
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  /**
   * The JSON reader, built on the first file read: the command line lists {@link #options()} in its help on every
   * run, and a run without a scenario file need not load the JSON library.
   */
  private static final class Json {
    static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /** Every option of {@link Scenario}, in the order {@code run.json} writes them. One line per option. */
  private static final List<Option<?>> OPTIONS = List.of(
      new Option<>("firstYear", Form.YEAR, Scenario::firstYear, Scenario.Builder::firstYear),
      new Option<>("lastYear", Form.YEAR, Scenario::lastYear, Scenario.Builder::lastYear),
      new Option<>("draws", Form.INT, Scenario::draws, Scenario.Builder::draws),
      new Option<>("seed", Form.LONG, Scenario::seed, Scenario.Builder::seed),
      new Option<>("threads", Form.INT, Scenario::threads, Scenario.Builder::threads),
      new Option<>("outputGrowthPercent", Form.PER_SECTOR, Scenario::outputGrowthPercent,
          Scenario.Builder::outputGrowthPercent),
      new Option<>("intensityImprovementPercent", Form.PER_SECTOR, Scenario::intensityImprovementPercent,
          Scenario.Builder::intensityImprovementPercent),
      new Option<>("phase2Percentile", Form.OPTIONAL_DECIMAL, Scenario::phase2Percentile,
          (b, v) -> b.phase2Percentile(v)),
      new Option<>("phase2TighteningPercent", Form.OPTIONAL_DECIMAL, Scenario::phase2TighteningPercent,
          (b, v) -> b.phase2TighteningPercent(v)),
      new Option<>("powerBenchmarkTighteningPercent", Form.DECIMAL, Scenario::powerBenchmarkTighteningPercent,
          Scenario.Builder::powerBenchmarkTighteningPercent),
      new Option<>("carbonPriceCnyPerTonne", Form.DECIMAL, Scenario::carbonPriceCnyPerTonne,
          Scenario.Builder::carbonPriceCnyPerTonne),
      new Option<>("ccerPriceCnyPerTonne", Form.DECIMAL, Scenario::ccerPriceCnyPerTonne,
          Scenario.Builder::ccerPriceCnyPerTonne),
      new Option<>("ccerSharePercent", Form.DECIMAL, Scenario::ccerSharePercent, Scenario.Builder::ccerSharePercent),
      new Option<>("outputSpreadPercent", Form.DECIMAL, Scenario::outputSpreadPercent,
          Scenario.Builder::outputSpreadPercent),
      new Option<>("intensitySpreadPercent", Form.DECIMAL, Scenario::intensitySpreadPercent,
          Scenario.Builder::intensitySpreadPercent),
      new Option<>("rulebookOverride", Form.OVERRIDE, Scenario::rulebookOverride, Scenario.Builder::rulebookOverride));

  private ScenarioFile() {}

  /**
   * The names of the options a scenario file may hold, in order.
   *
   * @return the names
   */
  public static List<String> options() {
    List<String> names = new ArrayList<>(OPTIONS.size());
    for (Option<?> option : OPTIONS) {
      names.add(option.name);
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file, UTF-8
   * @return the scenario: the file's options over the defaults
   * @throws ScenarioFileException if the file is not UTF-8 or not JSON, or an option is unknown, repeated, of the
   *     wrong form or refused by the scenario
   * @throws UncheckedIOException if the file cannot be read; the message names the path and the reason
   */
  public static Scenario read(Path file) {
    Checks.notNull("file", file);
    byte[] bytes = StudyFiles.readInput("scenario file", file);
    return read(decode(bytes, file.toString()), file.toString());
  }

  /**
   * Reads scenario JSON text.
   *
   * @param json the text; a leading byte-order mark is dropped
   * @param fileName the name used in error messages
   * @return the scenario: the text's options over the defaults
   * @throws ScenarioFileException if the text is not JSON, or an option is unknown, repeated, of the wrong form or
   *     refused by the scenario
   */
  public static Scenario read(String json, String fileName) {
    Checks.notNull("json", json);
    Checks.notNull("fileName", fileName);
    String text = json.startsWith(BOM) ? json.substring(1) : json;
    Node root = parse(text, fileName);
    String prefix = "";
    if (root.members != null && root.members.containsKey("library")) {
      // A run manifest: its scenario object is the scenario that was run.
      root = root.member("scenario").orElseThrow(() -> fail(fileName, rootNode(text), "scenario", "missing",
          "a run manifest (it has \"library\") must hold the scenario object"));
      prefix = "scenario.";
    }
    if (root.members == null) {
      throw fail(fileName, root, prefix.isEmpty() ? "(root)" : "scenario", root.written(),
          "must be a JSON object of scenario options: " + String.join(", ", options()));
    }
    Map<String, Node> byPath = new LinkedHashMap<>();
    Scenario.Builder builder = Scenario.builder();
    for (Map.Entry<String, Node> member : root.members.entrySet()) {
      String path = prefix + member.getKey();
      Option<?> option = find(member.getKey()).orElseThrow(() -> fail(fileName, member.getValue(), path, "(option)",
          "is not a scenario option; the options are " + String.join(", ", options())));
      byPath.put(member.getKey(), member.getValue());
      option.read(builder, member.getValue(), path, fileName);
    }
    try {
      return builder.build();
    } catch (EtsValidationException e) {
      // The scenario's own check: point at the option it names (outputGrowthPercent.POWER, draws, ...).
      @Nullable Node at = byPath.getOrDefault(e.field(), byPath.get(e.field().split("\\.", 2)[0]));
      if (at != null && at.members != null && e.field().contains(".")) {
        at = at.member(e.field().split("\\.", 2)[1]).orElse(at);
      }
      throw fail(fileName, at == null ? root : at, prefix + e.field(), e.value(), e.rule());
    }
  }

  /**
   * The scenario's options as JSON-ready values, in {@link #options()} order: strings for years and decimals,
   * numbers for counts, {@code null} for an empty optional, a map by sector name for per-sector options. What
   * {@code run.json} writes, and {@link #read(String, String)} reads back.
   *
   * @param scenario the scenario
   * @return the values by option name
   */
  public static Map<String, Object> values(Scenario scenario) {
    Checks.notNull("scenario", scenario);
    Map<String, Object> values = new LinkedHashMap<>();
    for (Option<?> option : OPTIONS) {
      values.put(option.name, option.write(scenario));
    }
    return Collections.unmodifiableMap(values);
  }

  private static Optional<Option<?>> find(String name) {
    for (Option<?> option : OPTIONS) {
      if (option.name.equals(name)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }

  /** One option: its JSON name, its form, and how it is read from a scenario and set on a builder. */
  private static final class Option<T> {
    final String name;
    final Form<T> form;
    final Function<Scenario, T> getter;
    final BiConsumer<Scenario.Builder, T> setter;

    Option(String name, Form<T> form, Function<Scenario, T> getter, BiConsumer<Scenario.Builder, T> setter) {
      this.name = name;
      this.form = form;
      this.getter = getter;
      this.setter = setter;
    }

    void read(Scenario.Builder builder, Node node, String path, String file) {
      setter.accept(builder, form.read(node, path, file));
    }

    @Nullable
    Object write(Scenario scenario) {
      return form.write(getter.apply(scenario));
    }
  }

  /** How a value is written in JSON. */
  private interface Form<T> {
    T read(Node node, String path, String file);

    @Nullable
    Object write(T value);

    Form<Year> YEAR = new Form<>() {
      @Override
      public Year read(Node node, String path, String file) {
        String digits = node.kind == JsonToken.VALUE_STRING || node.kind == JsonToken.VALUE_NUMBER_INT
            ? node.text : "";
        if (!FOUR_DIGITS.matcher(digits).matches()) {
          throw fail(file, node, path, node.written(), "must be a year, e.g. \"2030\" or 2030");
        }
        try {
          return PlanYears.checkHasRules(path, Year.of(Integer.parseInt(digits)));
        } catch (EtsValidationException e) {
          throw fail(file, node, path, node.written(), e.rule());
        }
      }

      @Override
      public Object write(Year value) {
        return value.toString();
      }
    };

    Form<Integer> INT = new Form<>() {
      @Override
      public Integer read(Node node, String path, String file) {
        long value = LONG.read(node, path, file);
        if (value != (int) value) {
          throw fail(file, node, path, node.written(), "is too large");
        }
        return (int) value;
      }

      @Override
      public Object write(Integer value) {
        return value;
      }
    };

    Form<Long> LONG = new Form<>() {
      @Override
      public Long read(Node node, String path, String file) {
        if (node.kind != JsonToken.VALUE_NUMBER_INT) {
          throw fail(file, node, path, node.written(), "must be a whole number, e.g. 200");
        }
        try {
          return Long.parseLong(node.text);
        } catch (NumberFormatException e) {
          throw fail(file, node, path, node.written(), "is too large");
        }
      }

      @Override
      public Object write(Long value) {
        return value;
      }
    };

    Form<BigDecimal> DECIMAL = new Form<>() {
      @Override
      public BigDecimal read(Node node, String path, String file) {
        boolean number = node.kind == JsonToken.VALUE_NUMBER_INT || node.kind == JsonToken.VALUE_NUMBER_FLOAT;
        if (number || node.kind == JsonToken.VALUE_STRING) {
          try {
            return new BigDecimal(node.text.strip());
          } catch (NumberFormatException e) {
            // refused below
          }
        }
        throw fail(file, node, path, node.written(), "must be a decimal, e.g. \"2.5\" or 2.5");
      }

      @Override
      public Object write(BigDecimal value) {
        return value.toPlainString();
      }
    };

    Form<Optional<BigDecimal>> OPTIONAL_DECIMAL = new Form<>() {
      @Override
      public Optional<BigDecimal> read(Node node, String path, String file) {
        return node.kind == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(DECIMAL.read(node, path, file));
      }

      @Override
      @Nullable
      public Object write(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
      }
    };

    Form<Map<Sector, BigDecimal>> PER_SECTOR = new Form<>() {
      @Override
      public Map<Sector, BigDecimal> read(Node node, String path, String file) {
        if (node.members == null) {
          throw fail(file, node, path, node.written(), "must be an object of decimals by sector, e.g. {\"POWER\": \"2\"}");
        }
        Map<Sector, BigDecimal> values = new EnumMap<>(Sector.class);
        for (Map.Entry<String, Node> member : node.members.entrySet()) {
          String at = path + "." + member.getKey();
          Sector sector = sector(member.getKey()).orElseThrow(() -> fail(file, member.getValue(), at, "(sector)",
              "is not a sector; the sectors are " + sectors()));
          values.put(sector, DECIMAL.read(member.getValue(), at, file));
        }
        return values;
      }

      @Override
      public Object write(Map<Sector, BigDecimal> value) {
        Map<String, Object> bySector = new LinkedHashMap<>();
        for (Sector sector : Sector.values()) {
          BigDecimal rate = value.get(sector);
          if (rate != null) {
            bySector.put(sector.name(), rate.toPlainString());
          }
        }
        return Collections.unmodifiableMap(bySector);
      }
    };

    Form<RulebookOverride> OVERRIDE = new Form<>() {
      @Override
      public RulebookOverride read(Node node, String path, String file) {
        if (node.kind != JsonToken.VALUE_STRING || !node.text.equals("none")) {
          throw fail(file, node, path, node.written(), "can only be \"none\": a rulebook override is Java code "
              + "(Scenario.rulebookOverride), which a file cannot hold");
        }
        return RulebookOverride.NONE;
      }

      @Override
      public Object write(RulebookOverride value) {
        // A function cannot be written down: the manifest says whether one was applied.
        return value == RulebookOverride.NONE ? "none" : "custom";
      }
    };
  }

  private static Optional<Sector> sector(String name) {
    for (Sector sector : Sector.values()) {
      if (sector.name().equals(name)) {
        return Optional.of(sector);
      }
    }
    return Optional.empty();
  }

  private static String sectors() {
    StringJoiner names = new StringJoiner(", ");
    for (Sector sector : Sector.values()) {
      names.add(sector.name());
    }
    return names.toString();
  }

  /** A parsed JSON value with where it starts: an object's members, or a scalar's text. */
  private static final class Node {
    final JsonToken kind;
    final String text;
    @Nullable final Map<String, Node> members;
    final long line;
    final long column;

    Node(JsonToken kind, String text, @Nullable Map<String, Node> members, long line, long column) {
      this.kind = kind;
      this.text = text;
      this.members = members;
      this.line = Math.max(1, line);
      this.column = Math.max(1, column);
    }

    Optional<Node> member(String name) {
      return members == null ? Optional.empty() : Optional.ofNullable(members.get(name));
    }

    /** The value as written, for messages: strings quoted, objects and arrays by their kind. */
    String written() {
      switch (kind) {
        case VALUE_STRING:
          return "\"" + text + "\"";
        case START_OBJECT:
          return "{...}";
        case START_ARRAY:
          return "[...]";
        default:
          return text;
      }
    }
  }

  private static Node rootNode(String text) {
    return new Node(JsonToken.START_OBJECT, text, null, 1, 1);
  }

  private static Node parse(String text, String file) {
    try (JsonParser parser = Json.FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw fail(file, rootNode(text), "(root)", "(empty)", "a scenario file holds one JSON object");
      }
      Node root = value(parser, first);
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new ScenarioFileException(file, parser.currentTokenLocation().getLineNr(),
            parser.currentTokenLocation().getColumnNr(), "(root)", parser.getText(),
            "a scenario file holds one JSON object: nothing may follow it");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ScenarioFileException(file, at == null ? 1 : Math.max(1, at.getLineNr()),
          at == null ? 1 : Math.max(1, at.getColumnNr()), "(syntax)", "(JSON)",
          "is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      // A parser over a string reads no device; its only failures are syntax errors, caught above.
      throw new UncheckedIOException("cannot read scenario file " + file + ": " + e.getMessage(), e);
    }
  }

  private static Node value(JsonParser parser, JsonToken token) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Node> members = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        members.put(name, value(parser, parser.nextToken()));
      }
      return new Node(token, "{...}", Collections.unmodifiableMap(members), at.getLineNr(), at.getColumnNr());
    }
    if (token == JsonToken.START_ARRAY) {
      // No option is an array: keep its place for the message and skip it.
      parser.skipChildren();
      return new Node(token, "[...]", null, at.getLineNr(), at.getColumnNr());
    }
    return new Node(token, parser.getText(), null, at.getLineNr(), at.getColumnNr());
  }

  private static ScenarioFileException fail(String file, Node at, String path, String value, String rule) {
    return new ScenarioFileException(file, at.line, at.column, path, value, rule);
  }

  /** Decodes strict UTF-8; the first byte that is not UTF-8 is refused with its line. */
  private static String decode(byte[] bytes, String file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int position = in.position();
      long line = 1;
      long column = 1;
      for (int i = 0; i < position; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new ScenarioFileException(file, line, column, "(encoding)",
          String.format(Locale.ROOT, "byte %02X", bytes[position] & 0xFF), "the file must be UTF-8");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
