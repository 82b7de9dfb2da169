package io.github.ets4j.sectors.power;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * Heat supplied as steam or hot water, in GJ (AG-STEEL-2024 Appendix E [V]; the same in power):
 * steam {@code t × (enthalpy kJ/kg − 83.74) × 10^-3}, hot water {@code t × (T °C − 20) × 4.1868 × 10^-3}.
 * Results are exact; report them with {@link io.github.ets4j.sectors.internal.ReportingPrecision#heat}.
 * The constants come from the default-value catalogue. Immutable and thread-safe.
 */
public final class HeatConversion {
  private final BigDecimal steamReferenceEnthalpy;
  private final BigDecimal waterReferenceTemperature;
  private final BigDecimal waterSpecificHeat;

  private HeatConversion(BigDecimal steamReferenceEnthalpy, BigDecimal waterReferenceTemperature,
      BigDecimal waterSpecificHeat) {
    this.steamReferenceEnthalpy = steamReferenceEnthalpy;
    this.waterReferenceTemperature = waterReferenceTemperature;
    this.waterSpecificHeat = waterSpecificHeat;
  }

  /**
   * The conversion with the constants of a catalogue in force for a sector and year.
   *
   * @param catalogue the catalogue
   * @param sector the sector
   * @param year the compliance year
   * @return the conversion
   * @throws EtsValidationException if a constant is not in the catalogue
   */
  public static HeatConversion from(DefaultCatalogue catalogue, Sector sector, Year year) {
    Checks.notNull("catalogue", catalogue);
    return new HeatConversion(catalogue.get(DefaultKeys.STEAM_REFERENCE_ENTHALPY, sector, year).value(),
        catalogue.get(DefaultKeys.WATER_REFERENCE_TEMPERATURE, sector, year).value(),
        catalogue.get(DefaultKeys.WATER_SPECIFIC_HEAT, sector, year).value());
  }

  /**
   * Heat of steam.
   *
   * @param tonnes the steam, t, zero or more
   * @param enthalpyKjPerKg its enthalpy, kJ/kg, at least the reference enthalpy (83.74)
   * @return the heat, GJ, exact
   * @throws EtsValidationException if the mass is negative or the enthalpy below the reference
   */
  public BigDecimal steamGj(BigDecimal tonnes, BigDecimal enthalpyKjPerKg) {
    Checks.nonNegative("steam tonnes", tonnes);
    BigDecimal difference = Checks.notNull("enthalpyKjPerKg", enthalpyKjPerKg).subtract(steamReferenceEnthalpy);
    if (difference.signum() < 0) {
      throw new EtsValidationException("enthalpyKjPerKg", enthalpyKjPerKg.toPlainString(),
          "must be at least the reference enthalpy " + steamReferenceEnthalpy.toPlainString() + " kJ/kg");
    }
    return tonnes.multiply(difference).movePointLeft(3);
  }

  /**
   * Heat of hot water.
   *
   * @param tonnes the water, t, zero or more
   * @param temperatureCelsius its temperature, °C, at least the reference temperature (20)
   * @return the heat, GJ, exact
   * @throws EtsValidationException if the mass is negative or the temperature below the reference
   */
  public BigDecimal hotWaterGj(BigDecimal tonnes, BigDecimal temperatureCelsius) {
    Checks.nonNegative("hot-water tonnes", tonnes);
    BigDecimal difference = Checks.notNull("temperatureCelsius", temperatureCelsius).subtract(waterReferenceTemperature);
    if (difference.signum() < 0) {
      throw new EtsValidationException("temperatureCelsius", temperatureCelsius.toPlainString(),
          "must be at least the reference temperature " + waterReferenceTemperature.toPlainString() + " °C");
    }
    return tonnes.multiply(difference).multiply(waterSpecificHeat).movePointLeft(3);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HeatConversion
        && ((HeatConversion) other).steamReferenceEnthalpy.equals(steamReferenceEnthalpy)
        && ((HeatConversion) other).waterReferenceTemperature.equals(waterReferenceTemperature)
        && ((HeatConversion) other).waterSpecificHeat.equals(waterSpecificHeat);
  }

  @Override
  public int hashCode() {
    return Objects.hash(steamReferenceEnthalpy, waterReferenceTemperature, waterSpecificHeat);
  }

  /**
   * Renders the constants.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "HeatConversion[steam − " + steamReferenceEnthalpy + " kJ/kg; water (T − " + waterReferenceTemperature
        + ") × " + waterSpecificHeat + "]";
  }
}
