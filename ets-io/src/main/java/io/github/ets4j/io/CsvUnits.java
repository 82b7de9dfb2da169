package io.github.ets4j.io;

import io.github.ets4j.core.unit.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where the CSV format handles units (issue "ets-io": the library's own unit parser of the
 * "Guarded doors" issue replaces it once merged).
 *
 * <p>Plain quantities (fuel consumption, outputs, hours, capacity, purchased electricity) are converted
 * here to the unit the library's builders take, exactly ({@code movePointLeft/Right}, no rounding): a
 * mass in {@code t} or {@code kt}, a gas volume in {@code 10^4 Nm3} or {@code Nm3}, electricity in
 * {@code MWh} or {@code kWh}, heat in {@code GJ}, {@code MJ} or {@code TJ}. The unit of a parameter
 * (NCV, carbon content, ...) is checked against the units the library's formulas use today and passed
 * through as written to {@code Parameter}'s factories, which own its meaning. Immutable and thread-safe.
 */
final class CsvUnits {

  /** What a plain quantity measures, with the unit the library takes first. */
  enum Kind {
    /** Mass, t. */
    MASS("t", Map.of("t", 0, "kt", 3)),
    /** Gaseous fuel, 10^4 Nm3. */
    GAS_VOLUME("10^4 Nm3", Map.of("10^4 Nm3", 0, "Nm3", -4)),
    /** Electricity, MWh. */
    ELECTRICITY("MWh", Map.of("MWh", 0, "kWh", -3)),
    /** Heat, GJ. */
    HEAT("GJ", Map.of("GJ", 0, "MJ", -3, "TJ", 3)),
    /** Time, h. */
    HOURS("h", Map.of("h", 0)),
    /** Electrical capacity, MW. */
    CAPACITY("MW", Map.of("MW", 0)),
    /** Altitude above sea level, m. */
    ALTITUDE("m", Map.of("m", 0));

    private final String canonical;
    private final Map<String, Integer> powersOfTen;

    Kind(String canonical, Map<String, Integer> powersOfTen) {
      this.canonical = canonical;
      this.powersOfTen = powersOfTen;
    }

    /**
     * The unit the library takes, written by the writer.
     *
     * @return the unit
     */
    String canonical() {
      return canonical;
    }
  }

  private static final Map<String, List<String>> PARAMETER_UNITS = Map.of(
      "NCV", List.of("GJ/t", "GJ/10^4 Nm3"),
      "CC", List.of("tC/GJ"),
      "C_ar", List.of("tC/t"),
      "OF", List.of("%"),
      "NC", List.of("t/t Al", "t/t"),
      "S", List.of("%"),
      "Ash", List.of("%"),
      "AEM", List.of("min/cell-day"));

  private CsvUnits() {
  }

  /**
   * Converts a quantity to the library's unit of its kind.
   *
   * @param row the row
   * @param kind what the quantity measures
   * @param value the value as read
   * @return the value in {@link Kind#canonical()}
   * @throws io.github.ets4j.core.EtsValidationException naming the unit cell if the unit is not one of the kind
   */
  static BigDecimal toCanonical(Row row, Kind kind, BigDecimal value) {
    Integer power = kind.powersOfTen.get(row.unit());
    if (power == null) {
      throw row.error(Row.UNIT, "unknown unit for " + row.item() + " " + row.name() + ": use one of "
          + String.join(", ", kind.powersOfTen.keySet().stream().sorted().toList()));
    }
    return power == 0 ? value : value.movePointRight(power);
  }

  /**
   * The kind of a fuel quantity, by the unit of the row: gas volumes for {@code 10^4 Nm3} and {@code Nm3},
   * masses otherwise (the fuel line then checks that the fuel is reported in that unit).
   *
   * @param row the row
   * @return the kind
   */
  static Kind fuelKind(Row row) {
    return GAS_VOLUME_UNITS.contains(row.unit()) ? Kind.GAS_VOLUME : Kind.MASS;
  }

  private static final List<String> GAS_VOLUME_UNITS = List.of("10^4 Nm3", "Nm3");

  /**
   * Checks the unit of a parameter row and returns it as written.
   *
   * @param row the row
   * @param parameter the parameter's name in the library, e.g. {@code "NCV"}
   * @return the unit, unchanged
   * @throws io.github.ets4j.core.EtsValidationException naming the unit cell if the unit is not known
   */
  static String parameterUnit(Row row, String parameter) {
    if (!isKnownParameterUnit(parameter, row.unit())) {
      throw row.error(Row.UNIT, "unknown unit for " + row.item() + " " + row.name() + ": use one of "
          + accepted(parameter));
    }
    return row.unit();
  }

  /**
   * Tells whether the writer can write a parameter's unit so that the reader accepts it.
   *
   * @param parameter the parameter's name in the library
   * @param unit its unit
   * @return true if the unit is one the reader accepts
   */
  static boolean isKnownParameterUnit(String parameter, String unit) {
    // Any spelling the library knows for the quantity of the format's unit: the library converts it exactly
    // (e.g. an NCV in kcal/kg) when the parameter is made.
    Optional<Unit> given = Unit.find(unit);
    if (given.isEmpty()) {
      return false;
    }
    for (String canonical : PARAMETER_UNITS.getOrDefault(parameter, List.of())) {
      if (Unit.parse(parameter, canonical).quantity() == given.get().quantity()) {
        return true;
      }
    }
    return false;
  }

  private static String accepted(String parameter) {
    List<String> spellings = new ArrayList<>();
    for (String canonical : PARAMETER_UNITS.getOrDefault(parameter, List.of())) {
      String all = Unit.parse(parameter, canonical).quantity().acceptedSpellings();
      if (!spellings.contains(all)) {
        spellings.add(all);
      }
    }
    return String.join(", ", spellings);
  }
}
