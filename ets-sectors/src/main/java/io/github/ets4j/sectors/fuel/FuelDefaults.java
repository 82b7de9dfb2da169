package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.internal.CatalogueMemo;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import io.github.ets4j.sectors.mrv.Parameter;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * What a catalogue holds for one fuel in one sector and year: the entries in force of its default NCV, CC and OF
 * (and power's high-default CC of coal), each as a parameter named for a line of the fuel's own name, and the
 * plausibility ranges of its NCV, CC, C_ar and OF. {@link FuelRules#resolveLine} resolves every fuel line of every
 * month; these are the same for all the lines of a fuel, so the catalogue computes them once
 * ({@link CatalogueMemo#derived}) instead of about thirty lookups by
 * key per line. Immutable and thread-safe.
 */
final class FuelDefaults {
  final Default ncv;
  final Default carbonContent;
  final Default oxidationRate;
  final Default powerCoalHighCarbonContent;
  @Nullable final PlausibilityRange ncvRange;
  @Nullable final PlausibilityRange carbonContentRange;
  @Nullable final PlausibilityRange elementCarbonRange;
  @Nullable final PlausibilityRange oxidationRateRange;

  private FuelDefaults(Fuel fuel, DefaultCatalogue catalogue, Sector sector, Year year) {
    ncvRange = firstRange(catalogue, sector, year, FuelChecks.ncvKeys(fuel));
    carbonContentRange = firstRange(catalogue, sector, year, FuelChecks.carbonContentKeys(fuel));
    elementCarbonRange = firstRange(catalogue, sector, year, List.of(DefaultKeys.ELEMENT_CARBON_RANGE));
    oxidationRateRange = firstRange(catalogue, sector, year, List.of(DefaultKeys.OXIDATION_RATE_RANGE));
    String[] names = FuelChecks.defaultNames(fuel, fuel.englishName());
    ncv = new Default(catalogue.find(FuelChecks.ncvKey(fuel), sector, year), names[0], ncvRange);
    carbonContent =
        new Default(catalogue.find(FuelChecks.carbonContentKey(fuel), sector, year), names[1], carbonContentRange);
    oxidationRate =
        new Default(catalogue.find(FuelChecks.oxidationRateKey(fuel), sector, year), names[2], oxidationRateRange);
    powerCoalHighCarbonContent = new Default(catalogue.find(DefaultKeys.POWER_COAL_CC_HIGH_DEFAULT, sector, year),
        names[3], carbonContentRange);
  }

  /**
   * The derivation of one fuel's defaults; one constant per fuel, so that the catalogue remembers it by identity.
   *
   * @param fuel the fuel
   * @return the derivation
   */
  static CatalogueMemo.Derivation<FuelDefaults> of(Fuel fuel) {
    return (catalogue, sector, year) -> new FuelDefaults(fuel, catalogue, sector, year);
  }

  // The first range of the keys that is in force, as FuelChecks.checkRange looked them up, most specific first.
  @Nullable
  private static PlausibilityRange firstRange(DefaultCatalogue catalogue, Sector sector, Year year, List<String> keys) {
    for (String key : keys) {
      Optional<PlausibilityRange> range = catalogue.range(key, sector, year);
      if (range.isPresent()) {
        return range.get();
      }
    }
    return null;
  }

  /**
   * One default: the entry in force, if any, its parameter under the name of a line of the fuel's own name, and
   * whether that parameter's value lies within the plausible and physical bounds of the range the fuel's lines check
   * it against (the range of its place: NCV, CC or OF).
   */
  static final class Default {
    @Nullable final DefaultValue entry;
    @Nullable private final Parameter ownNamed;
    private final boolean ownInRange;

    Default(Optional<DefaultValue> entry, String ownName, @Nullable PlausibilityRange range) {
      this.entry = entry.orElse(null);
      this.ownNamed = entry.map(e -> e.toParameter(ownName)).orElse(null);
      Parameter own = ownNamed;
      this.ownInRange = own != null && FuelChecks.withinRange(own.value(), range);
    }

    /**
     * Tells whether a parameter is this default's own parameter and lies within its range: then
     * {@link FuelChecks#checkRange(String, String, Parameter, PlausibilityRange)} with that range finds nothing, for
     * every line (the value and the range are the same), and need not compare again.
     *
     * @param parameter the parameter a line resolved to
     * @return true when the range check of the parameter is known to pass
     */
    boolean knownInRange(Parameter parameter) {
      return ownInRange && parameter == ownNamed;
    }

    /**
     * The entry's parameter under a name: the one made for the fuel's own name, or a new one for another label.
     *
     * @param name the parameter's name
     * @return the parameter, or null when no entry is in force
     */
    @Nullable
    Parameter parameter(String name) {
      DefaultValue found = entry;
      if (found == null) {
        return null;
      }
      Parameter made = ownNamed;
      return made != null && made.name().equals(name) ? made : found.toParameter(name);
    }
  }
}
