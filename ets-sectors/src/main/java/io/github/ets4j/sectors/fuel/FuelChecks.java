package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Quantity;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.internal.CatalogueMemo;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The checks a fuel's parameters pass where they attach to a fuel line: the quantity each must measure
 * (the NCV of a solid or liquid fuel per t, of a gaseous fuel per 10^4 Nm3, CC per GJ, C_ar per t, OF in
 * percent), the share convention and the physical and plausible ranges of the catalogue. Holds no state.
 */
final class FuelChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FuelChecks() {}

  /**
   * The quantity of a fuel's NCV.
   *
   * @param fuel the fuel
   * @return energy per mass for solid and liquid fuels, per gas volume for gaseous fuels
   */
  static Quantity ncvQuantity(Fuel fuel) {
    return fuel.fuelClass() == FuelClass.GAS ? Quantity.ENERGY_PER_GAS_VOLUME : Quantity.ENERGY_PER_MASS;
  }

  /**
   * Refuses a parameter of another quantity than the one its place needs.
   *
   * @param field what the parameter is, e.g. {@code "ncv of bituminous coal"}
   * @param quantity the quantity needed
   * @param parameter the parameter
   * @throws EtsValidationException naming the parameter, its unit as given and the accepted units
   */
  static void requireQuantity(String field, Quantity quantity, Parameter parameter) {
    parameter.require(field, quantity);
  }

  /**
   * Refuses an oxidation rate that is not a percentage, or that looks like a fraction (at most 1 %: no
   * fuel burns that badly, while 0.99 is the fraction of 99 %).
   *
   * @param field what the rate is
   * @param rate the rate
   * @throws EtsValidationException if the rate is not in percent, is above 100 % or at most 1 %
   */
  static void requireOxidationPercent(String field, Parameter rate) {
    requireQuantity(field, Quantity.SHARE, rate);
    BigDecimal value = Checks.percent(field + " (%)", rate.value());
    if (value.compareTo(BigDecimal.ONE) <= 0) {
      throw new EtsValidationException(field + " (%)", value.toPlainString() + " %",
          "looks like a fraction: an oxidation rate is given in percent (99 for 99 %, not 0.99)");
    }
  }

  /**
   * Whether {@link #requireOxidationPercent(String, Parameter)} accepts a rate's value (above 1 %, at most 100 %),
   * so that the caller builds the field's name only for a rate that it refuses.
   *
   * @param value the rate's value, in percent
   * @return true if the value is a plausible percentage
   */
  static boolean isOxidationPercent(BigDecimal value) {
    return value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(HUNDRED) <= 0;
  }

  /**
   * Refuses a value outside its physical range and says whether it lies outside its plausible range.
   *
   * @param field what the value is
   * @param parameter the parameter
   * @param catalogue the catalogue with the ranges
   * @param sector the sector
   * @param year the compliance year
   * @param keys the range keys to try, most specific first
   * @return the finding's message, or empty
   * @throws EtsValidationException if the value lies outside the physical range
   */
  static Optional<String> checkRange(String field, Parameter parameter, DefaultCatalogue catalogue, Sector sector,
      Year year, List<String> keys) {
    for (String key : keys) {
      Optional<PlausibilityRange> range = catalogue.range(key, sector, year);
      if (range.isPresent()) {
        range.get().requirePhysical(field, parameter.value());
        return range.get().implausibility(field, parameter.value());
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #checkRange(String, Parameter, DefaultCatalogue, Sector, Year, List)} for the field
   * {@code what + " of " + label}, concatenated only when the value is outside a range: fuel lines are resolved by
   * the thousand and nearly all of them pass.
   *
   * @param what the parameter, e.g. {@code "ncv"}
   * @param label the fuel line's label
   * @param parameter the parameter
   * @param catalogue the catalogue with the ranges
   * @param sector the sector
   * @param year the compliance year
   * @param keys the range keys to try, most specific first
   * @return the finding's message, or empty
   * @throws EtsValidationException if the value lies outside the physical range
   */
  static Optional<String> checkRange(String what, String label, Parameter parameter, DefaultCatalogue catalogue,
      Sector sector, Year year, List<String> keys) {
    for (String key : keys) {
      Optional<PlausibilityRange> found = catalogue.range(key, sector, year);
      if (found.isPresent()) {
        return checkRange(what, label, parameter, found.get());
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #checkRange(String, String, Parameter, DefaultCatalogue, Sector, Year, List)} with the range already
   * found ({@link FuelDefaults}).
   *
   * @param what the parameter, e.g. {@code "ncv"}
   * @param label the fuel line's label
   * @param parameter the parameter
   * @param range the range in force, or null when none is
   * @return the finding's message, or empty
   * @throws EtsValidationException if the value lies outside the physical range
   */
  static Optional<String> checkRange(String what, String label, Parameter parameter, @Nullable PlausibilityRange range) {
    if (range == null) {
      return Optional.empty();
    }
    BigDecimal value = parameter.value();
    if (withinRange(value, range)) {
      return Optional.empty();
    }
    String field = what + " of " + label;
    range.requirePhysical(field, value);
    return range.implausibility(field, value);
  }

  /**
   * Tells whether a value lies within a range's plausible and physical bounds, where
   * {@link #checkRange(String, String, Parameter, PlausibilityRange)} finds nothing.
   *
   * @param value the value
   * @param range the range in force, or null when none is (then every value is within)
   * @return true when the value is within every bound
   */
  static boolean withinRange(BigDecimal value, @Nullable PlausibilityRange range) {
    return range == null || value.compareTo(range.plausibleMin()) >= 0 && value.compareTo(range.plausibleMax()) <= 0
        && value.compareTo(range.physicalMin()) >= 0 && value.compareTo(range.physicalMax()) <= 0;
  }

  /**
   * The range keys of a fuel's NCV: the fuel's own, then its class's.
   *
   * @param fuel the fuel
   * @return the keys
   */
  static List<String> ncvKeys(Fuel fuel) {
    return FuelKeys.of(fuel).ncvRanges;
  }

  /**
   * The range keys of a fuel's CC: the fuel's own, then its class's.
   *
   * @param fuel the fuel
   * @return the keys
   */
  static List<String> carbonContentKeys(Fuel fuel) {
    return FuelKeys.of(fuel).carbonContentRanges;
  }

  /**
   * The catalogue key of a fuel's default NCV, {@link DefaultKeys#fuelNcv(String)}.
   *
   * @param fuel the fuel
   * @return the key
   */
  static String ncvKey(Fuel fuel) {
    return FuelKeys.of(fuel).ncv;
  }

  /**
   * The catalogue key of a fuel's default CC, {@link DefaultKeys#fuelCarbonContent(String)}.
   *
   * @param fuel the fuel
   * @return the key
   */
  static String carbonContentKey(Fuel fuel) {
    return FuelKeys.of(fuel).carbonContent;
  }

  /**
   * The catalogue key of a fuel's default OF, {@link DefaultKeys#fuelOxidationRate(String)}.
   *
   * @param fuel the fuel
   * @return the key
   */
  static String oxidationRateKey(Fuel fuel) {
    return FuelKeys.of(fuel).oxidationRate;
  }

  /**
   * The names of a fuel's default NCV, CC, OF and high-default CC parameters on a line of the given label ({@code "NCV of " + label},
   * ...), built once per fuel for the fuel's own name, the label of nearly every line.
   *
   * @param fuel the fuel
   * @param label the line's label
   * @return the four names, in the order NCV, CC, OF, and CC as power's high default for coal
   */
  static String[] defaultNames(Fuel fuel, String label) {
    FuelKeys keys = FuelKeys.of(fuel);
    if (label.equals(fuel.englishName())) {
      return keys.defaultNames;
    }
    return names(label);
  }

  /**
   * The derivation of a fuel's defaults and ranges in a catalogue, one constant per fuel.
   *
   * @param fuel the fuel
   * @return the derivation
   */
  static CatalogueMemo.Derivation<FuelDefaults> defaults(Fuel fuel) {
    return FuelKeys.of(fuel).defaults;
  }

  private static String[] names(String label) {
    return new String[] {"NCV of " + label, "CC of " + label, "OF of " + label,
        "CC of " + label + " (high default, no valid measurement)"};
  }

  private static String classCode(Fuel fuel) {
    return fuel.fuelClass().name().toLowerCase(Locale.ROOT);
  }

  /**
   * A fuel's catalogue and range keys, built once per fuel: they were concatenated on every line resolved. The
   * keys are those of {@link DefaultKeys}, so a user's catalogue is looked up exactly as before.
   */
  private static final class FuelKeys {
    private static final FuelKeys[] BY_FUEL = index();

    final String ncv;
    final String carbonContent;
    final String oxidationRate;
    final List<String> ncvRanges;
    final List<String> carbonContentRanges;
    // Shared, never written: read only by FuelRules.resolveLine.
    final String[] defaultNames;
    // One constant per fuel: the catalogue remembers a derivation by identity.
    final CatalogueMemo.Derivation<FuelDefaults> defaults;

    private FuelKeys(Fuel fuel) {
      defaults = FuelDefaults.of(fuel);
      defaultNames = names(fuel.englishName());
      ncv = DefaultKeys.fuelNcv(fuel.code());
      carbonContent = DefaultKeys.fuelCarbonContent(fuel.code());
      oxidationRate = DefaultKeys.fuelOxidationRate(fuel.code());
      ncvRanges = List.of(DefaultKeys.ncvRange(fuel.code()), DefaultKeys.ncvRange(classCode(fuel)));
      carbonContentRanges = List.of(DefaultKeys.carbonContentRange(fuel.code()),
          DefaultKeys.carbonContentRange(classCode(fuel)));
    }

    static FuelKeys of(Fuel fuel) {
      return BY_FUEL[fuel.ordinal()];
    }

    private static FuelKeys[] index() {
      Fuel[] fuels = Fuel.values();
      FuelKeys[] keys = new FuelKeys[fuels.length];
      for (Fuel fuel : fuels) {
        keys[fuel.ordinal()] = new FuelKeys(fuel);
      }
      return keys;
    }
  }
}
