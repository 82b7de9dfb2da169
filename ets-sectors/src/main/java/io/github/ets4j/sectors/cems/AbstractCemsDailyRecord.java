package io.github.ets4j.sectors.cems;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One day's averages from a flue-gas CO2 CEMS (the fields of the domain reference, AG-STEEL-2024 §9.2 [V]).
 *
 * <p>Units: CO2 concentration and O2 in volume percent (0–100); flue-gas flow in Nm3/h (daily average,
 * zero or more); CO2 mass in t per day (zero or more), the figure compared with accounted emissions;
 * temperature in °C (above absolute zero); humidity in percent (0–100); load in percent of rated load
 * (zero or more; it may exceed 100). Build with {@code CemsDailyRecord.builder()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractCemsDailyRecord {
  private static final BigDecimal ABSOLUTE_ZERO_CELSIUS = new BigDecimal("-273.15");

  /**
   * The day.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Daily average CO2 concentration, volume %.
   *
   * @return the concentration, 0–100
   */
  public abstract BigDecimal co2ConcentrationPercent();

  /**
   * Daily average flue-gas flow, Nm3/h.
   *
   * @return the flow, zero or more
   */
  public abstract BigDecimal flowNm3PerHour();

  /**
   * CO2 mass emitted that day, t.
   *
   * @return the mass, zero or more
   */
  public abstract BigDecimal co2MassTonnes();

  /**
   * Daily average O2 concentration, volume %.
   *
   * @return the concentration, 0–100
   */
  public abstract BigDecimal o2Percent();

  /**
   * Daily average flue-gas temperature, °C.
   *
   * @return the temperature, above −273.15
   */
  public abstract BigDecimal temperatureCelsius();

  /**
   * Daily average flue-gas humidity, %.
   *
   * @return the humidity, 0–100
   */
  public abstract BigDecimal humidityPercent();

  /**
   * Daily average load, % of rated load.
   *
   * @return the load, zero or more
   */
  public abstract BigDecimal loadPercent();

  @Value.Check
  void check() {
    Checks.percent("co2ConcentrationPercent", co2ConcentrationPercent());
    Checks.nonNegative("flowNm3PerHour", flowNm3PerHour());
    Checks.nonNegative("co2MassTonnes", co2MassTonnes());
    Checks.percent("o2Percent", o2Percent());
    if (temperatureCelsius().compareTo(ABSOLUTE_ZERO_CELSIUS) <= 0) {
      throw new EtsValidationException("temperatureCelsius", temperatureCelsius().toPlainString(),
          "must be above absolute zero (-273.15 °C)");
    }
    Checks.percent("humidityPercent", humidityPercent());
    Checks.nonNegative("loadPercent", loadPercent());
  }
}
