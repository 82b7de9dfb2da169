package io.github.ets4j.sectors.power;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;

/**
 * The boiler type of a coal-fired generating unit, reported from reporting year 2026: with the site altitude it
 * is what the national management platform generates the unit's default coal oxidation rate from
 * (UPD-POWER-2026, VG-POWER-2026 [V]; mrv.md "Power").
 *
 * <p>The domain reference names the attribute but not its values, so the constants are an <b>assumption</b> of
 * this project (tag A): the coal-boiler classes of Chinese power practice, with {@link #OTHER} for anything else.
 * The library computes nothing from the type; it is reported, and the oxidation rate the platform generated from
 * it is supplied by the user (see {@link NationalFactorDatabase}). Immutable and thread-safe.
 */
public enum BoilerType {
  /** Pulverized-coal boiler (煤粉炉). */
  PULVERIZED_COAL,
  /** Circulating fluidized-bed boiler (循环流化床锅炉). */
  CIRCULATING_FLUIDIZED_BED,
  /** Grate (stoker) boiler (层燃炉). */
  GRATE,
  /** Any other boiler type. */
  OTHER;

  /** Where the list of types comes from: an assumption of this project, the reference naming the attribute only. */
  public static final Source SOURCE = Source.of("ASSUMPTION", "boiler classes of Chinese power practice: "
      + "UPD-POWER-2026 names the attribute, not its values", Confidence.ASSUMED);
}
