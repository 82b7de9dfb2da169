package io.github.ets4j.sectors.internal;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.util.List;

/**
 * Renders numbers and provenance in the explanation strings of calculated lines, e.g.
 * {@code 12,345.67 t × 23.736 GJ/t × 0.02618 tC/GJ × 99 % × 44/12 = 27,848.29 tCO2}.
 *
 * <p>Numbers keep their scale (a reported value shows its reporting decimals) and use a comma as the
 * thousands separator, independent of the default locale. Holds no state. Immutable and thread-safe.
 */
public final class Explanations {
  private Explanations() {}

  /**
   * Formats a number with thousands separators and its own scale, e.g. {@code 12,345.67}.
   *
   * @param value the number
   * @return the text
   */
  public static String number(BigDecimal value) {
    Checks.notNull("value", value);
    // The same text as String.format(Locale.ROOT, "%,.<scale>f", value) with scale = max(0, scale), without
    // a Formatter (a regex parse and locale symbols per call): the plain digits, grouped by three.
    String plain = (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    int start = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    int digits = end - start;
    StringBuilder text = new StringBuilder(plain.length() + digits / 3);
    text.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        text.append(',');
      }
      text.append(plain.charAt(i));
    }
    return text.append(plain, end, plain.length()).toString();
  }

  /**
   * Lists the provenance of the parameters that are defaults or were converted from another unit, e.g.
   * {@code " (NCV default AG-STEEL-2024 Table A.1 [V]; CC default AG-STEEL-2024 Table A.1 [V])"}.
   *
   * @param parameters the parameters of a line
   * @return the suffix, starting with a space, or the empty text when no default or converted value was used
   */
  public static String defaultsSuffix(List<Parameter> parameters) {
    StringBuilder text = new StringBuilder();
    for (Parameter parameter : Checks.notNull("parameters", parameters)) {
      // Defaults say where they come from; a value given in another unit says how it was converted.
      if (parameter.isDefault() || parameter.conversion().isPresent()) {
        text.append(text.length() == 0 ? " (" : "; ").append(parameter.provenance());
      }
    }
    return text.length() == 0 ? "" : text.append(')').toString();
  }
}
