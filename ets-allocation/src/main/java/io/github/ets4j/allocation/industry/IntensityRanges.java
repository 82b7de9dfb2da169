package io.github.ets4j.allocation.industry;

import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The physical intensity range of each sector's units (ets-sectors {@code range/intensity/<sector>}, [A]), looked up
 * once in the national catalogue instead of once per unit built: the unit carries no year, and the national
 * intensity ranges hold for every year, so the first range that names the key and the sector applies. Immutable
 * (built at class initialisation) and thread-safe.
 */
final class IntensityRanges {
  private static final Map<Sector, Optional<PlausibilityRange>> BY_SECTOR = build();

  private IntensityRanges() {}

  /** The range of a sector's intensities, or empty if the catalogue has none. */
  static Optional<PlausibilityRange> of(Sector sector) {
    return BY_SECTOR.getOrDefault(sector, Optional.empty());
  }

  private static Map<Sector, Optional<PlausibilityRange>> build() {
    Map<Sector, Optional<PlausibilityRange>> ranges = new EnumMap<>(Sector.class);
    for (Sector sector : Sector.values()) {
      String key = DefaultKeys.intensityRange(sector.name().toLowerCase(Locale.ROOT));
      ranges.put(sector, DefaultCatalogue.chinaNational().ranges(key).stream()
          .filter(r -> r.sectors().contains(sector)).findFirst());
    }
    return ranges;
  }
}
