package io.github.ets4j.io;

import io.github.ets4j.core.entity.Province;
import io.github.ets4j.sectors.defaults.GridFactor;
import io.github.ets4j.sectors.defaults.GridRegion;
import java.util.Optional;

/**
 * The names of the {@code grid_factor} row: {@code NATIONAL}, {@code NATIONAL_EXCLUDING_MARKET_NON_FOSSIL},
 * {@code FOSSIL}, {@code REGION/} a {@code GridRegion} (e.g. {@code REGION/NORTH_EAST}) and {@code PROVINCE/} a
 * {@code Province} (e.g. {@code PROVINCE/YUNNAN}). Holds no state. Immutable and thread-safe.
 */
final class GridNames {
  static final String NATIONAL = "NATIONAL";
  static final String NATIONAL_EXCLUDING_MARKET_NON_FOSSIL = "NATIONAL_EXCLUDING_MARKET_NON_FOSSIL";
  static final String FOSSIL = "FOSSIL";
  static final String REGION = "REGION/";
  static final String PROVINCE = "PROVINCE/";

  private GridNames() {
  }

  static String write(GridFactor factor) {
    Optional<GridRegion> region = factor.gridRegion();
    if (region.isPresent()) {
      return REGION + region.get().name();
    }
    Optional<Province> province = factor.gridProvince();
    if (province.isPresent()) {
      return PROVINCE + province.get().name();
    }
    if (factor.equals(GridFactor.fossil())) {
      return FOSSIL;
    }
    return factor.equals(GridFactor.national()) ? NATIONAL : NATIONAL_EXCLUDING_MARKET_NON_FOSSIL;
  }

  static GridFactor read(Row row) {
    String name = row.name();
    if (name.startsWith(REGION)) {
      return GridFactor.region(Cells.constant(row, Row.NAME, name.substring(REGION.length()), GridRegion.class,
          "regional grid"));
    }
    if (name.startsWith(PROVINCE)) {
      return GridFactor.province(Cells.constant(row, Row.NAME, name.substring(PROVINCE.length()), Province.class,
          "province"));
    }
    switch (name) {
      case NATIONAL:
        return GridFactor.national();
      case NATIONAL_EXCLUDING_MARKET_NON_FOSSIL:
        return GridFactor.nationalExcludingMarketNonFossil();
      case FOSSIL:
        return GridFactor.fossil();
      default:
        throw row.error(Row.NAME, "unknown grid factor: use " + NATIONAL + ", " + NATIONAL_EXCLUDING_MARKET_NON_FOSSIL
            + ", " + FOSSIL + ", " + REGION + "a regional grid (e.g. REGION/NORTH_EAST) or " + PROVINCE
            + "a province (e.g. PROVINCE/YUNNAN)");
    }
  }
}
