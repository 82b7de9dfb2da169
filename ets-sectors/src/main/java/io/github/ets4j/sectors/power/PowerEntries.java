package io.github.ets4j.sectors.power;

import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import io.github.ets4j.sectors.internal.CatalogueMemo;
import java.time.Year;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * What a catalogue holds in one year for a generating unit's month beside its fuels: the load factor's plausibility
 * range, the GJ per MWh of electricity and the two efficiency limits (VG-POWER-2026), as the catalogue's
 * {@code range} and {@code find} return them. Every month's door check and findings read them; the catalogue
 * computes them once per catalogue and year ({@link CatalogueMemo#derived}) instead of four lookups by key a month.
 * An entry not in force is kept as null, so that the month asks the catalogue again at the same place and gets the
 * same refusal. Immutable and thread-safe.
 */
final class PowerEntries {
  /** The derivation, one constant, which the catalogue remembers by identity. */
  static final CatalogueMemo.Derivation<PowerEntries> DERIVATION = PowerEntries::new;

  final Optional<PlausibilityRange> loadFactorRange;
  @Nullable final DefaultValue gjPerMwh;
  @Nullable final DefaultValue chpEfficiencyLimit;
  @Nullable final DefaultValue condensingEfficiencyLimit;

  private PowerEntries(DefaultCatalogue catalogue, Sector sector, Year year) {
    loadFactorRange = catalogue.range(DefaultKeys.LOAD_FACTOR_RANGE, sector, year);
    gjPerMwh = catalogue.find(DefaultKeys.GJ_PER_MWH, sector, year).orElse(null);
    chpEfficiencyLimit = catalogue.find(DefaultKeys.POWER_CHP_EFFICIENCY_LIMIT, sector, year).orElse(null);
    condensingEfficiencyLimit =
        catalogue.find(DefaultKeys.POWER_CONDENSING_EFFICIENCY_LIMIT, sector, year).orElse(null);
  }

  /**
   * The entries of a catalogue for power in a year.
   *
   * @param catalogue the catalogue
   * @param year the compliance year
   * @return the entries
   */
  static PowerEntries of(DefaultCatalogue catalogue, Year year) {
    return CatalogueMemo.derived(catalogue, DERIVATION, Sector.POWER, year);
  }
}
