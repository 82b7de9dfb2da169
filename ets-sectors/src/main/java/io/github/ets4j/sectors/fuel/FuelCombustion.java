package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.unit.Share;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;

/**
 * The fuel-combustion formulas, exact (no rounding: the caller rounds the line with
 * {@link ReportingPrecision#sourceLine(BigDecimal)}).
 *
 * <ul>
 *   <li>{@code E = FC × NCV × CC × OF × 44/12} (AG-STEEL-2024 formula (3) [V]; power the same);</li>
 *   <li>{@code E = FC × C_ar × OF × 44/12} with as-received element carbon (VG-POWER-2026 Table C.3 [V]);</li>
 *   <li>{@code E = FC × NCV × CC × 44/12}, the steel mass balance without OF (AG-STEEL-2024 [V]).</li>
 * </ul>
 * OF is in percent (99 means 0.99). Holds no state. Immutable and thread-safe.
 */
public final class FuelCombustion {
  private FuelCombustion() {}

  /**
   * Fuel combustion with carbon content per unit heat.
   *
   * @param consumption FC, t or 10^4 Nm3
   * @param ncv NCV, GJ per unit of FC
   * @param carbonContent CC, tC/GJ
   * @param oxidationRatePercent OF, %
   * @return the emission, tCO2, unrounded
   * @throws EtsValidationException if a value is negative or OF exceeds 100 %
   */
  public static BigDecimal co2(BigDecimal consumption, BigDecimal ncv, BigDecimal carbonContent,
      BigDecimal oxidationRatePercent) {
    return ReportingPrecision.carbonToCo2(carbon(consumption, ncv, carbonContent, oxidationRatePercent));
  }

  /**
   * Fuel combustion with carbon content per unit heat, as the reported line: {@link #co2(BigDecimal,
   * BigDecimal, BigDecimal, BigDecimal)} rounded to 2 decimals half up, by
   * {@link ReportingPrecision#carbonToCo2Line(BigDecimal)} (one short division, the same value).
   *
   * @param consumption FC, t or 10^4 Nm3
   * @param ncv NCV, GJ per unit of FC
   * @param carbonContent CC, tC/GJ
   * @param oxidationRatePercent OF, %
   * @return the emission, tCO2, 2 decimals
   * @throws EtsValidationException if a value is negative or OF exceeds 100 %
   */
  public static BigDecimal co2Line(BigDecimal consumption, BigDecimal ncv, BigDecimal carbonContent,
      BigDecimal oxidationRatePercent) {
    return ReportingPrecision.carbonToCo2Line(carbon(consumption, ncv, carbonContent, oxidationRatePercent));
  }

  /**
   * The carbon oxidised by fuel combustion with carbon content per unit heat, {@code FC × NCV × CC × OF}.
   *
   * @param consumption FC, t or 10^4 Nm3
   * @param ncv NCV, GJ per unit of FC
   * @param carbonContent CC, tC/GJ
   * @param oxidationRatePercent OF, %
   * @return the carbon, tC, exact
   * @throws EtsValidationException if a value is negative or OF exceeds 100 %
   */
  public static BigDecimal carbon(BigDecimal consumption, BigDecimal ncv, BigDecimal carbonContent,
      BigDecimal oxidationRatePercent) {
    Checks.nonNegative("consumption", consumption);
    Checks.nonNegative("ncv", ncv);
    Checks.nonNegative("carbonContent", carbonContent);
    BigDecimal oxidationRate = Share.ofPercent("oxidationRatePercent", oxidationRatePercent).fraction();
    return consumption.multiply(ncv).multiply(carbonContent).multiply(oxidationRate);
  }

  /**
   * Fuel combustion with as-received element carbon (power).
   *
   * @param consumption FC, t
   * @param elementCarbon C_ar, tC/t
   * @param oxidationRatePercent OF, %
   * @return the emission, tCO2, unrounded
   * @throws EtsValidationException if a value is negative, C_ar exceeds 1 or OF exceeds 100 %
   */
  public static BigDecimal co2FromElementCarbon(BigDecimal consumption, BigDecimal elementCarbon,
      BigDecimal oxidationRatePercent) {
    return ReportingPrecision.carbonToCo2(carbonFromElementCarbon(consumption, elementCarbon, oxidationRatePercent));
  }

  /**
   * The carbon oxidised by fuel combustion with as-received element carbon, {@code FC × C_ar × OF}.
   *
   * @param consumption FC, t
   * @param elementCarbon C_ar, tC/t
   * @param oxidationRatePercent OF, %
   * @return the carbon, tC, exact
   * @throws EtsValidationException if a value is negative, C_ar exceeds 1 or OF exceeds 100 %
   */
  public static BigDecimal carbonFromElementCarbon(BigDecimal consumption, BigDecimal elementCarbon,
      BigDecimal oxidationRatePercent) {
    Checks.nonNegative("consumption", consumption);
    Checks.fraction("elementCarbon", elementCarbon);
    BigDecimal oxidationRate = Share.ofPercent("oxidationRatePercent", oxidationRatePercent).fraction();
    return consumption.multiply(elementCarbon).multiply(oxidationRate);
  }

  /**
   * The steel mass-balance term of a fuel, without OF.
   *
   * @param consumption FC, t or 10^4 Nm3
   * @param ncv NCV, GJ per unit of FC
   * @param carbonContent CC, tC/GJ
   * @return the CO2 of the carbon in the fuel, tCO2, unrounded
   * @throws EtsValidationException if a value is negative
   */
  public static BigDecimal co2MassBalance(BigDecimal consumption, BigDecimal ncv, BigDecimal carbonContent) {
    return ReportingPrecision.carbonToCo2(carbonMassBalance(consumption, ncv, carbonContent));
  }

  /**
   * The carbon of the steel mass-balance term of a fuel, {@code FC × NCV × CC}.
   *
   * @param consumption FC, t or 10^4 Nm3
   * @param ncv NCV, GJ per unit of FC
   * @param carbonContent CC, tC/GJ
   * @return the carbon, tC, exact
   * @throws EtsValidationException if a value is negative
   */
  public static BigDecimal carbonMassBalance(BigDecimal consumption, BigDecimal ncv, BigDecimal carbonContent) {
    Checks.nonNegative("consumption", consumption);
    Checks.nonNegative("ncv", ncv);
    Checks.nonNegative("carbonContent", carbonContent);
    return consumption.multiply(ncv).multiply(carbonContent);
  }
}
