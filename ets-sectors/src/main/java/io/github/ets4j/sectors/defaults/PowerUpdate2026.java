package io.github.ets4j.sectors.defaults;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;
import java.time.Year;

/**
 * The power guideline's 2026 technical update (UPD-POWER-2026, CETS-AG-01.01-V04-2026, with VG-POWER-2026 [V]):
 * the one place of the year it applies from. From that reporting year power takes its oxidation rates and oil
 * and gas factors from the national emission-factor database, reports each coal-fired unit's boiler type and
 * site altitude, and no longer reports purchased electricity. Holds no state. Immutable and thread-safe.
 */
public final class PowerUpdate2026 {
  /** The first reporting year the update applies to: 2026 [V]. */
  public static final Year FIRST_REPORTING_YEAR = Year.of(2026);
  /** Where the year is read. */
  public static final Source SOURCE = Source.of("UPD-POWER-2026", "applies from reporting year 2026",
      Confidence.OFFICIAL);

  private PowerUpdate2026() {}

  /**
   * Tells whether the update applies to a reporting year.
   *
   * @param year the reporting year
   * @return true from 2026 on
   */
  public static boolean appliesTo(Year year) {
    return !io.github.ets4j.core.internal.Checks.notNull("year", year).isBefore(FIRST_REPORTING_YEAR);
  }
}
