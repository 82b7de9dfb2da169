package io.github.ets4j.sectors.defaults;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.entity.Province;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The grid emission factors of purchased electricity (mrv.md, Power and "Purchased electricity and heat in the
 * industrial sectors"), as year-ranged rows of the default catalogue, keyed by {@link GridFactor#key()}.
 *
 * <ul>
 *   <li>0.5703 tCO2/MWh [S], the national factor for data year 2022 on: every sector up to data year 2024, and
 *       power for 2025 as well, its last year with the item (UPD-POWER-2026 [V] removes it from 2026).
 *   <li>GRID23 [V] (2023 data, MEE and NBS announcement 2025 No. 47 of 2025-12-31): national 0.5306, national
 *       without market-traded non-fossil power 0.6096, fossil 0.8273, seven regional grids and the two provincial
 *       values the reference quotes (Yunnan 0.1333, Tianjin 0.6796), for cement, steel and aluminum from data
 *       year 2025 on. The values are [V]; their use is an <b>assumption</b> (tag A): mrv.md says the industrial
 *       reports use "the latest factor the MEE publishes" [A], and GRID23, published on 2025-12-31, is the
 *       latest one when the 2025 reports are due (2026-03-31, N26). The industrial guidelines keep purchased
 *       electricity as an indirect item [A until a newer edition says otherwise].
 * </ul>
 */
final class GridFactorTable {
  /** The first data year in which the industrial reports price purchased electricity with GRID23 [A]. */
  static final Year FIRST_INDUSTRY_YEAR = Year.of(2025);

  private static final Set<Sector> INDUSTRY = EnumSet.of(Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM);
  private static final String UNIT = "tCO2/MWh";

  /** GRID23 regional factors [V], tCO2/MWh. */
  private static final Object[][] REGIONS = {
      {GridRegion.NORTH, "0.6361"}, {GridRegion.NORTH_EAST, "0.5122"}, {GridRegion.EAST, "0.5500"},
      {GridRegion.CENTRAL, "0.5271"}, {GridRegion.NORTH_WEST, "0.5543"}, {GridRegion.SOUTH, "0.4042"},
      {GridRegion.SOUTH_WEST, "0.2472"},
  };

  /** GRID23 provincial factors that the domain reference quotes [V], tCO2/MWh. */
  private static final Object[][] PROVINCES = {{Province.YUNNAN, "0.1333"}, {Province.TIANJIN, "0.6796"}};

  private GridFactorTable() {}

  static List<DefaultValue> entries() {
    List<DefaultValue> all = new ArrayList<>();
    Source older = Source.of("AG-POWER-2022", "grid factor for data year 2022 on", Confidence.SECONDARY);
    all.add(row(DefaultKeys.GRID_EMISSION_FACTOR, "0.5703", older, EnumSet.allOf(Sector.class), Year.of(2022),
        Year.of(2024), "national grid factor of purchased electricity (indirect), data years 2022-2024"));
    all.add(row(DefaultKeys.GRID_EMISSION_FACTOR, "0.5703",
        Source.of("AG-POWER-2022", "grid factor for data year 2022 on; removed by UPD-POWER-2026 from 2026",
            Confidence.SECONDARY),
        EnumSet.of(Sector.POWER), Year.of(2025), PowerUpdate2026.FIRST_REPORTING_YEAR.minusYears(1),
        "national grid factor of purchased electricity (indirect), power's last year with the item"));
    Source grid23 = Source.of("GRID23", "MEE and NBS announcement 2025 No. 47, 2023 data [V]; used from data year"
        + " 2025 as the latest factor published (mrv.md)", Confidence.ASSUMED);
    all.add(row(GridFactor.national().key(), "0.5306", grid23, INDUSTRY, FIRST_INDUSTRY_YEAR, null,
        "GRID23 national average grid factor"));
    all.add(row(GridFactor.nationalExcludingMarketNonFossil().key(), "0.6096", grid23, INDUSTRY,
        FIRST_INDUSTRY_YEAR, null, "GRID23 national grid factor excluding market-traded non-fossil power"));
    all.add(row(GridFactor.fossil().key(), "0.8273", grid23, INDUSTRY, FIRST_INDUSTRY_YEAR, null,
        "GRID23 fossil-power grid factor"));
    for (Object[] region : REGIONS) {
      GridRegion grid = (GridRegion) region[0];
      all.add(row(GridFactor.regionKey(grid), (String) region[1], grid23, INDUSTRY, FIRST_INDUSTRY_YEAR, null,
          "GRID23 grid factor of the " + grid.code() + " regional grid"));
    }
    Source annex = Source.of("GRID23", "annex, provincial factors, 2023 data [V]; used from data year 2025 as the"
        + " latest factor published (mrv.md)", Confidence.ASSUMED);
    for (Object[] province : PROVINCES) {
      Province p = (Province) province[0];
      all.add(row(GridFactor.provinceKey(p), (String) province[1], annex, INDUSTRY, FIRST_INDUSTRY_YEAR, null,
          "GRID23 grid factor of " + p.chineseName()));
    }
    return all;
  }

  private static DefaultValue row(String key, String value, Source source, Set<Sector> sectors, Year first,
      @javax.annotation.Nullable Year last, String description) {
    DefaultValue.Builder builder = DefaultValue.builder().key(key).value(new BigDecimal(value)).unit(UNIT)
        .source(source).sectors(sectors).firstYear(first).description(description);
    if (last != null) {
      builder.lastYear(last);
    }
    return builder.build();
  }
}
