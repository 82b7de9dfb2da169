package io.github.ets4j.benchmarks;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IndustrySpecialUnit;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.PowerSpecialUnit;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Share;
import io.github.ets4j.study.MarketUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The market's units as the allocation module's own unit types (generating units, industrial units), built once
 * in {@code @Setup}, so that a benchmark can time the rulebook's allocation alone, without the study's conversion of
 * its market rows and of the results. The same mapping as the study's rules (category, load factor percent as a
 * {@link Share}, gross generation, heat; verified and intensity emissions, output; the special kind). Immutable
 * after construction.
 */
final class PreparedSectors {
  final List<GeneratingUnit> power;
  final Map<Sector, List<IndustrialUnit>> industry;

  PreparedSectors(Map<Sector, List<MarketUnit>> bySector) {
    List<GeneratingUnit> generating = new ArrayList<>();
    Map<Sector, List<IndustrialUnit>> industrial = new EnumMap<>(Sector.class);
    for (Map.Entry<Sector, List<MarketUnit>> sector : bySector.entrySet()) {
      for (MarketUnit u : sector.getValue()) {
        if (sector.getKey() == Sector.POWER) {
          GeneratingUnit.Builder b = GeneratingUnit.builder().id(u.unitId()).entityId(u.entityId())
              .category(u.powerCategory().orElseThrow()).verifiedEmissions(u.verifiedTonnes())
              .grossGenerationMwh(u.output()).heatSuppliedGj(u.heatGj())
              .loadFactor(u.loadFactorPercent().map(p -> Share.ofPercent(p).fraction()));
          u.special().ifPresent(kind -> b.special(PowerSpecialUnit.valueOf(kind)));
          generating.add(b.build());
        } else {
          IndustrialUnit.Builder b = IndustrialUnit.builder().id(u.unitId()).entityId(u.entityId())
              .sector(u.sector()).verifiedEmissions(u.verifiedTonnes()).intensityEmissions(u.intensityEmissions())
              .output(u.output());
          u.special().ifPresent(kind -> b.special(IndustrySpecialUnit.valueOf(kind)));
          industrial.computeIfAbsent(sector.getKey(), s -> new ArrayList<>()).add(b.build());
        }
      }
    }
    power = List.copyOf(generating);
    industry = industrial;
  }
}
