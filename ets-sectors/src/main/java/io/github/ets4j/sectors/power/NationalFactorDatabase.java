package io.github.ets4j.sectors.power;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.defaults.PowerUpdate2026;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;

/**
 * A version of the national greenhouse-gas emission-factor database, the source of power's oxidation rates and
 * oil and gas factors from reporting year 2026 (UPD-POWER-2026 [V]; the second edition, EFDB2, of 2026-03-01
 * holds 576 factors [V]). The library ships none of its numbers (the database was not readable when the
 * reference was written): the user types each factor in, and this type turns it into a catalogue entry whose
 * source names the database version, for {@code DefaultCatalogue.with(...)}.
 *
 * <p>Which version applies: the one in force on 31 October of the year before the reporting year, since the
 * data-quality plan is drafted from 1 November (UPD-POWER-2026, VG-POWER-2026 [V]). A version published after
 * that day is refused for the year, so EFDB2 (2026-03-01) serves reporting year 2027 on, not 2026. A newer
 * version published before the cut-off is not known here: the caller picks the latest one. The coal oxidation
 * rate is the one the national management platform generates from the unit's {@link BoilerType} and site
 * altitude; give it with {@link #oxidationRate(Fuel, BigDecimal, Year)} or on the fuel line. Immutable and
 * thread-safe.
 */
public final class NationalFactorDatabase {
  /** The day of the year before the reporting year on which the version in force is taken (UPD-POWER-2026 [V]). */
  public static final MonthDay VERSION_CUT_OFF = MonthDay.of(10, 31);
  /** Source of the cut-off rule. */
  public static final Source VERSION_RULE = Source.of("UPD-POWER-2026",
      "database version in force on 31 October of the year before (data-quality plan from 1 November)",
      Confidence.OFFICIAL);

  private final String version;
  private final LocalDate published;

  private NationalFactorDatabase(String version, LocalDate published) {
    this.version = version;
    this.published = published;
  }

  /**
   * A database version.
   *
   * @param version its name, e.g. {@code "EFDB2, second edition"}
   * @param published the day it was published (EFDB2: 2026-03-01)
   * @return the version
   * @throws EtsValidationException if the name is blank or an argument is null
   */
  public static NationalFactorDatabase of(String version, LocalDate published) {
    return new NationalFactorDatabase(Checks.notBlank("version", version), Checks.notNull("published", published));
  }

  /**
   * Tells whether this version may serve a reporting year: published on or before 31 October of the year before.
   *
   * @param reportingYear the reporting year
   * @return true when the version was out by the cut-off
   */
  public boolean servesYear(Year reportingYear) {
    Checks.notNull("reportingYear", reportingYear);
    return !published.isAfter(VERSION_CUT_OFF.atYear(reportingYear.getValue() - 1));
  }

  /**
   * The oxidation rate of a fuel for power, as the database (or, for coal, the national management platform from
   * the unit's boiler type and site altitude) gives it.
   *
   * @param fuel the fuel
   * @param percent the oxidation rate, %, 0 to 100
   * @param reportingYear the reporting year, 2026 or later
   * @return the catalogue entry, for that year only
   * @throws EtsValidationException if an argument is null, the rate is outside 0 to 100 %, the year is before
   *     2026 or this version does not serve the year
   */
  public DefaultValue oxidationRate(Fuel fuel, BigDecimal percent, Year reportingYear) {
    Checks.notNull("fuel", fuel);
    if (Checks.nonNegative("percent", percent).compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new EtsValidationException("percent", percent.toPlainString(), "an oxidation rate is at most 100 %");
    }
    return entry(DefaultKeys.fuelOxidationRate(fuel.code()), percent, "%", fuel, reportingYear, "oxidation rate");
  }

  /**
   * The NCV of an oil or gas fuel for power.
   *
   * @param fuel a liquid or gaseous fuel (coal NCV is measured in power)
   * @param ncv the NCV, GJ/t (liquid) or GJ/10^4 Nm3 (gas), greater than zero
   * @param reportingYear the reporting year, 2026 or later
   * @return the catalogue entry, for that year only
   * @throws EtsValidationException if an argument is null, the fuel is solid, the NCV not positive, the year
   *     before 2026 or this version does not serve the year
   */
  public DefaultValue ncv(Fuel fuel, BigDecimal ncv, Year reportingYear) {
    requireOilOrGas(fuel);
    return entry(DefaultKeys.fuelNcv(fuel.code()), Checks.positive("ncv", ncv), "GJ/" + fuel.unit().symbol(), fuel,
        reportingYear, "NCV");
  }

  /**
   * The carbon content per unit heat of an oil or gas fuel for power.
   *
   * @param fuel a liquid or gaseous fuel
   * @param tonnesCarbonPerGj the carbon content, tC/GJ, greater than zero
   * @param reportingYear the reporting year, 2026 or later
   * @return the catalogue entry, for that year only
   * @throws EtsValidationException as {@link #ncv(Fuel, BigDecimal, Year)}
   */
  public DefaultValue carbonContent(Fuel fuel, BigDecimal tonnesCarbonPerGj, Year reportingYear) {
    requireOilOrGas(fuel);
    return entry(DefaultKeys.fuelCarbonContent(fuel.code()), Checks.positive("tonnesCarbonPerGj", tonnesCarbonPerGj),
        "tC/GJ", fuel, reportingYear, "carbon content");
  }

  private static void requireOilOrGas(Fuel fuel) {
    Checks.notNull("fuel", fuel);
    if (fuel.fuelClass() == FuelClass.SOLID) {
      throw new EtsValidationException("fuel", fuel, "the database supplies oil and gas factors to power; solid-fuel"
          + " NCV and carbon content are measured or take the power defaults");
    }
  }

  private DefaultValue entry(String key, BigDecimal value, String unit, Fuel fuel, Year year, String what) {
    Checks.notNull("reportingYear", year);
    if (!PowerUpdate2026.appliesTo(year)) {
      throw new EtsValidationException("reportingYear", year, "power takes factors from the national database from"
          + " reporting year 2026 (UPD-POWER-2026); earlier years use the guideline's defaults");
    }
    if (!servesYear(year)) {
      throw new EtsValidationException("version", this, "published after " + VERSION_CUT_OFF.atYear(year.getValue() - 1)
          + ": reporting year " + year + " uses the version in force on that day (" + VERSION_RULE + ")");
    }
    return DefaultValue.builder().key(key).value(value).unit(unit)
        .source(Source.of(version, what + " of " + fuel.code() + " for power, reporting year " + year,
            Confidence.OFFICIAL))
        .addSectors(Sector.POWER).firstYear(year).lastYear(year)
        .description(what + " of " + fuel.code() + " (national emission-factor database " + version + ")").build();
  }

  /**
   * The version's name.
   *
   * @return the name
   */
  public String version() {
    return version;
  }

  /**
   * The day the version was published.
   *
   * @return the date
   */
  public LocalDate published() {
    return published;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NationalFactorDatabase && ((NationalFactorDatabase) other).version.equals(version)
        && ((NationalFactorDatabase) other).published.equals(published);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, published);
  }

  /**
   * Renders the version, e.g. {@code "EFDB2 (2026-03-01)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return version + " (" + published + ")";
  }
}
