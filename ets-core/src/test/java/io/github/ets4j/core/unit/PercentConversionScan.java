package io.github.ets4j.core.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the literal conversions between a percentage and a fraction in Java source: a decimal point moved by two
 * places, a multiplication or division by a hundred (or by 0.01), in BigDecimal or primitive arithmetic.
 *
 * <p>What counts, on the code with its comments removed and its text literals blanked (a literal that is only a
 * number, such as {@code "100"} in {@code new BigDecimal("100")}, is kept):
 * <ul>
 *   <li>{@code movePointLeft(2)}, {@code movePointRight(2)}, {@code scaleByPowerOfTen(2)} or {@code (-2)};
 *   <li>{@code .multiply(h)} or {@code .divide(h ...)} where {@code h} is a hundred or a hundredth:
 *       {@code BigDecimal.valueOf(100)}, {@code new BigDecimal("100")}, {@code 0.01} in either form, or a constant
 *       named {@code HUNDRED}, {@code ONE_HUNDRED}, {@code hundred} or {@code PERCENT_PER_UNIT};
 *   <li>a primitive {@code * 100}, {@code / 100}, {@code 100 *}, {@code 100 /} (also {@code 100.0}, {@code 100L},
 *       {@code 100d}), {@code * 0.01} or {@code 0.01 *}.
 * </ul>
 * A comparison with a hundred (a range check such as {@code rate.compareTo(hundred) >= 0}) is not a conversion and
 * is not found. Holds no state.
 */
final class PercentConversionScan {
  private static final String HUNDREDTH = "(?:0?\\.01[dDfF]?)";
  private static final String HUNDRED = "(?:100(?:\\.0*)?[dDfFlL]?)";
  private static final Pattern[] CONVERSIONS = {
      Pattern.compile("\\.movePoint(?:Left|Right)\\(\\s*2\\s*\\)"),
      Pattern.compile("\\.scaleByPowerOfTen\\(\\s*-?\\s*2\\s*\\)"),
      Pattern.compile("\\.(?:multiply|divide)\\(\\s*(?:BigDecimal\\.valueOf\\(\\s*(?:" + HUNDRED + "|" + HUNDREDTH
          + ")\\s*\\)|new\\s+BigDecimal\\(\\s*\"?(?:" + HUNDRED + "|" + HUNDREDTH
          + ")\"?\\s*\\)|HUNDRED\\b|ONE_HUNDRED\\b|hundred\\b|PERCENT_PER_UNIT\\b)"),
      Pattern.compile("[*/]\\s*(?:" + HUNDRED + "|" + HUNDREDTH + ")(?![\\w.])"),
      Pattern.compile("(?<![\\w.])(?:" + HUNDRED + "|" + HUNDREDTH + ")\\s*[*/](?![*/])"),
  };
  private static final Pattern NUMERIC_TEXT = Pattern.compile("-?[0-9.]+");

  /** One conversion found: the file (relative to the scanned root, with {@code /}), its line and the code. */
  record Hit(String file, int line, String code) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + code;
    }
  }

  private PercentConversionScan() {}

  /**
   * The main Java sources of every module under a root: {@code <module>/src/main/java/**.java}.
   *
   * @param root the repository root
   * @return the files, sorted
   */
  static List<Path> mainSources(Path root) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.sorted().collect(Collectors.toList())) {
        Path main = module.resolve("src").resolve("main").resolve("java");
        if (Files.isDirectory(main)) {
          try (Stream<Path> walk = Files.walk(main)) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * The conversions of the files.
   *
   * @param root the root the hits' file names are relative to
   * @param files the files
   * @return the hits, in file and line order
   */
  static List<Hit> scan(Path root, List<Path> files) {
    List<Hit> hits = new ArrayList<>();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      try {
        hits.addAll(scan(name, Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return hits;
  }

  /**
   * The conversions of one source text.
   *
   * @param name the file's name, for the hits
   * @param source the Java source
   * @return the hits, one per line that converts (the line's code as written, trimmed)
   */
  static List<Hit> scan(String name, String source) {
    String[] code = codeOnly(source).split("\n", -1);
    String[] written = source.split("\n", -1);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < code.length; i++) {
      for (Pattern conversion : CONVERSIONS) {
        if (conversion.matcher(code[i]).find()) {
          hits.add(new Hit(name, i + 1, written[i].trim()));
          break;
        }
      }
    }
    return hits;
  }

  /**
   * The source with comments removed and text and character literals blanked (a text literal that is only a number
   * is kept), line breaks kept so that line numbers stay.
   */
  static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        for (int k = i; k < end; k++) {
          if (source.charAt(k) == '\n') {
            out.append('\n');
          }
        }
        i = end;
      } else if (c == '"' && source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end + 3;
        out.append("\"\"");
        for (int k = i; k < end; k++) {
          if (source.charAt(k) == '\n') {
            out.append('\n');
          }
        }
        i = end;
      } else if (c == '"' || c == '\'') {
        int k = i + 1;
        while (k < n && source.charAt(k) != c && source.charAt(k) != '\n') {
          k += source.charAt(k) == '\\' ? 2 : 1;
        }
        String text = source.substring(i + 1, Math.min(k, n));
        out.append(c).append(c == '"' && NUMERIC_TEXT.matcher(text).matches() ? text : "").append(c);
        i = Math.min(k + 1, n);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Tells whether a line of code converts, for the scanner's own tests.
   *
   * @param line one line of Java code
   * @return true when one of the patterns is found in it
   */
  static boolean converts(String line) {
    String code = codeOnly(line);
    for (Pattern conversion : CONVERSIONS) {
      Matcher m = conversion.matcher(code);
      if (m.find()) {
        return true;
      }
    }
    return false;
  }
}
