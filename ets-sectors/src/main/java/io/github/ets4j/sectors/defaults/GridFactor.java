package io.github.ets4j.sectors.defaults;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.entity.Province;
import io.github.ets4j.core.internal.Checks;
import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Which grid emission factor prices purchased electricity (an indirect, uncovered item): the national average,
 * the national average without market-traded non-fossil power, the fossil-power factor, a regional grid's or a
 * province's factor. mrv.md: "the user chooses national, regional or provincial" [V GRID23].
 *
 * <p>Each choice names one catalogue key ({@link #key()}); the national average is the historical key
 * {@link DefaultKeys#GRID_EMISSION_FACTOR}, so a report that chooses nothing keeps using it. Look the factor up
 * with {@link #find(DefaultCatalogue, Sector, Year)}, which says, when nothing is in force, the reason that
 * really applies. Immutable and thread-safe.
 */
public final class GridFactor {
  private static final String PREFIX = DefaultKeys.GRID_EMISSION_FACTOR + "/";
  private static final GridFactor NATIONAL = new GridFactor(DefaultKeys.GRID_EMISSION_FACTOR,
      "national average grid factor", null, null);
  private static final GridFactor NATIONAL_EXCLUDING_MARKET_NON_FOSSIL = new GridFactor(
      PREFIX + "national-excluding-market-non-fossil",
      "national grid factor excluding market-traded non-fossil power", null, null);
  private static final GridFactor FOSSIL = new GridFactor(PREFIX + "fossil", "fossil-power grid factor", null, null);

  private final String key;
  private final String description;
  @Nullable private final GridRegion region;
  @Nullable private final Province province;

  private GridFactor(String key, String description, @Nullable GridRegion region, @Nullable Province province) {
    this.key = key;
    this.description = description;
    this.region = region;
    this.province = province;
  }

  /**
   * The national average factor (GRID23: 0.5306 tCO2/MWh for 2023 data; before, 0.5703 [S]).
   *
   * @return the choice
   */
  public static GridFactor national() {
    return NATIONAL;
  }

  /**
   * The national average without market-traded non-fossil power (GRID23: 0.6096 tCO2/MWh).
   *
   * @return the choice
   */
  public static GridFactor nationalExcludingMarketNonFossil() {
    return NATIONAL_EXCLUDING_MARKET_NON_FOSSIL;
  }

  /**
   * The factor of fossil power (GRID23: 0.8273 tCO2/MWh).
   *
   * @return the choice
   */
  public static GridFactor fossil() {
    return FOSSIL;
  }

  /**
   * A regional grid's factor.
   *
   * @param region the regional grid
   * @return the choice
   * @throws EtsValidationException if the region is null
   */
  public static GridFactor region(GridRegion region) {
    Checks.notNull("region", region);
    return new GridFactor(regionKey(region), "grid factor of the " + region.code() + " regional grid", region, null);
  }

  /**
   * A province's factor (GRID23 annex; the built-in catalogue holds the two the domain reference quotes, Yunnan
   * and Tianjin: supply the others with {@link DefaultCatalogue#with(DefaultValue)} and key {@link #key()}).
   *
   * @param province the province
   * @return the choice
   * @throws EtsValidationException if the province is null
   */
  public static GridFactor province(Province province) {
    Checks.notNull("province", province);
    return new GridFactor(provinceKey(province), "grid factor of " + province.chineseName() + " (" + province + ")",
        null, province);
  }

  static String regionKey(GridRegion region) {
    return PREFIX + "region/" + region.code();
  }

  static String provinceKey(Province province) {
    return PREFIX + "province/" + province.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The catalogue key of the factor, e.g. {@code "indirect/grid-emission-factor/region/north"}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * What the factor is, in words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The regional grid, for a regional choice.
   *
   * @return the region, or empty
   */
  public Optional<GridRegion> gridRegion() {
    return Optional.ofNullable(region);
  }

  /**
   * The province, for a provincial choice.
   *
   * @return the province, or empty
   */
  public Optional<Province> gridProvince() {
    return Optional.ofNullable(province);
  }

  /**
   * Finds the factor in force for a sector and reporting year.
   *
   * @param catalogue the catalogue
   * @param sector the sector
   * @param year the reporting year
   * @return the entry, tCO2/MWh
   * @throws EtsValidationException if an argument is null or no such factor is in force; the message gives the
   *     reason that applies: for power from 2026 the removal of the item from the power guideline
   *     (UPD-POWER-2026 [V]); for power before, its single national factor; for industry a provincial value the
   *     built-in catalogue does not hold, or a regional or provincial factor before GRID23 is in use (2025)
   */
  public DefaultValue find(DefaultCatalogue catalogue, Sector sector, Year year) {
    Checks.notNull("catalogue", catalogue);
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    Optional<DefaultValue> entry = catalogue.find(key, sector, year);
    if (entry.isPresent()) {
      return entry.get();
    }
    throw new EtsValidationException("gridFactor", description + ", " + sector + " " + year, reason(sector, year)
        + "; supply one with DefaultCatalogue.with(...) under key \"" + key + "\"");
  }

  private String reason(Sector sector, Year year) {
    if (sector == Sector.POWER) {
      return PowerUpdate2026.appliesTo(year)
          ? "purchased electricity was removed from the power guideline from reporting year 2026 (UPD-POWER-2026 [V])"
          : "the power guideline prices purchased electricity with one national factor (AG-POWER-2022 [S]);"
              + " choose GridFactor.national()";
    }
    if (year.getValue() < GridFactorTable.FIRST_INDUSTRY_YEAR.getValue()) {
      return this == NATIONAL
          ? "no grid factor is in force for " + sector + " data of " + year
          : "regional, provincial and fossil factors are published from GRID23 (2023 data, MEE and NBS announcement"
              + " 2025 No. 47), used here from data year " + GridFactorTable.FIRST_INDUSTRY_YEAR + " [A];"
              + " choose GridFactor.national() for " + year;
    }
    if (province != null) {
      return "the GRID23 annex value of " + province + " is not in the built-in catalogue (the domain reference"
          + " quotes Yunnan and Tianjin only): take it from the annex of MEE and NBS announcement 2025 No. 47,"
          + " or choose the regional or national factor";
    }
    return "no " + description + " is in force for " + sector + " in " + year;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GridFactor && ((GridFactor) other).key.equals(key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key);
  }

  /**
   * Renders the choice as its description.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return description;
  }
}
