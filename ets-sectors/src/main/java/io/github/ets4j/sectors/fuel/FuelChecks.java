package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Quantity;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks a fuel's parameters pass where they attach to a fuel line: the quantity each must measure
 * (the NCV of a solid or liquid fuel per t, of a gaseous fuel per 10^4 Nm3, CC per GJ, C_ar per t, OF in
 * percent), the share convention and the physical and plausible ranges of the catalogue. Holds no state.
 */
final class FuelChecks {
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
   * The range keys of a fuel's NCV: the fuel's own, then its class's.
   *
   * @param fuel the fuel
   * @return the keys
   */
  static List<String> ncvKeys(Fuel fuel) {
    return List.of(DefaultKeys.ncvRange(fuel.code()), DefaultKeys.ncvRange(classCode(fuel)));
  }

  /**
   * The range keys of a fuel's CC: the fuel's own, then its class's.
   *
   * @param fuel the fuel
   * @return the keys
   */
  static List<String> carbonContentKeys(Fuel fuel) {
    return List.of(DefaultKeys.carbonContentRange(fuel.code()), DefaultKeys.carbonContentRange(classCode(fuel)));
  }

  private static String classCode(Fuel fuel) {
    return fuel.fuelClass().name().toLowerCase(Locale.ROOT);
  }
}
