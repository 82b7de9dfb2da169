package io.github.ets4j.io;

import io.github.ets4j.core.Sector;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a row of a monitoring data file reports: the {@code item} column, written in lower case
 * ({@code fuel}, {@code ncv}, {@code product_output}, ...), with the sectors that report it.
 * {@code docs/formats.md} documents every item with its names and units. Immutable and thread-safe.
 */
enum Item {
  /** A generating unit's type; name a {@code UnitType}, value and unit blank. */
  UNIT_TYPE(EnumSet.of(Sector.POWER), false),
  /** A clinker line's clinker type; name a {@code ClinkerType}, value and unit blank. */
  CLINKER_TYPE(EnumSet.of(Sector.CEMENT), false),
  /** A fuel burnt; name a {@code Fuel}, the quantity in the fuel's unit. */
  FUEL(EnumSet.allOf(Sector.class), false),
  /** The NCV of the fuel row above (a parameter, "NCV"). */
  NCV(EnumSet.allOf(Sector.class), true),
  /** The carbon content per unit heat of the fuel row above (a parameter, "CC"). */
  CARBON_CONTENT(EnumSet.allOf(Sector.class), true),
  /** The as-received element carbon of the fuel row above (a parameter, "C_ar"). */
  ELEMENT_CARBON(EnumSet.allOf(Sector.class), true),
  /** The oxidation rate of the fuel row above (a parameter, "OF"). */
  OXIDATION_RATE(EnumSet.allOf(Sector.class), true),
  /** A product output or supply figure (generation, supply, heat, clinker, crude steel, aluminum liquid). */
  PRODUCT_OUTPUT(EnumSet.allOf(Sector.class), false),
  /** A generating unit's operating hours, h. */
  OPERATING_HOURS(EnumSet.of(Sector.POWER), false),
  /** A generating unit's rated capacity, MW. */
  RATED_CAPACITY(EnumSet.of(Sector.POWER), false),
  /** Purchased electricity, MWh (indirect, not covered). */
  PURCHASED_ELECTRICITY(EnumSet.allOf(Sector.class), false),
  /** A coal-fired generating unit's boiler type (from 2026); name a {@code BoilerType}, value and unit blank. */
  BOILER_TYPE(EnumSet.of(Sector.POWER), false),
  /** A generating unit's site altitude (from 2026), m; may be negative. */
  SITE_ALTITUDE(EnumSet.of(Sector.POWER), false),
  /** The grid factor that prices purchased electricity; name {@code NATIONAL}, {@code REGION/...}, ...; blank value. */
  GRID_FACTOR(EnumSet.of(Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM), false),
  /** A non-carbonate alternative raw material of a clinker line; name an {@code AlternativeMaterial}, t. */
  ALTERNATIVE_MATERIAL(EnumSet.of(Sector.CEMENT), false),
  /** A carbon-bearing material or carbonate entering a steel enterprise; name a {@code SteelMaterial}, t. */
  MATERIAL(EnumSet.of(Sector.STEEL), false),
  /** A carbon-bearing product leaving a steel enterprise; name a {@code SteelMaterial}, t. */
  EXPORTED_PRODUCT(EnumSet.of(Sector.STEEL), false),
  /** An input of a steel process; name {@code PROCESS/FLOW} (a fuel or a material). */
  PROCESS_INPUT(EnumSet.of(Sector.STEEL), false),
  /** An output of a steel process; name {@code PROCESS/FLOW}. */
  PROCESS_OUTPUT(EnumSet.of(Sector.STEEL), false),
  /** The product of a steel process; name a {@code SteelProcess}, t. */
  PROCESS_PRODUCT(EnumSet.of(Sector.STEEL), false),
  /** A fuel burnt in a steel enterprise's co-fired generating unit; name a {@code Fuel}. */
  COFIRED_FUEL(EnumSet.of(Sector.STEEL), false),
  /** A parameter of the anode and of the anode effects of an electrolysis process. */
  ANODE(EnumSet.of(Sector.ALUMINUM), true),
  /** A carbonate used by an electrolysis process; name a {@code Carbonate}, t. */
  CARBONATE(EnumSet.of(Sector.ALUMINUM), false),
  /** The purity of the carbonate row above, %. */
  CARBONATE_PURITY(EnumSet.of(Sector.ALUMINUM), false);

  private final Set<Sector> sectors;
  private final boolean parameter;

  Item(Set<Sector> sectors, boolean parameter) {
    this.sectors = sectors;
    this.parameter = parameter;
  }

  /**
   * The item as written in the file.
   *
   * @return the lower-case name
   */
  String csv() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether the row carries a parameter with provenance (acquisition and evidence kept).
   *
   * @return true for parameter rows
   */
  boolean isParameter() {
    return parameter;
  }

  /**
   * Tells whether a fuel parameter row (one that follows its fuel row).
   *
   * @return true for NCV, carbon content, element carbon and oxidation rate
   */
  boolean isFuelParameter() {
    return this == NCV || this == CARBON_CONTENT || this == ELEMENT_CARBON || this == OXIDATION_RATE;
  }

  /**
   * Tells whether a sector reports the item.
   *
   * @param sector the sector
   * @return true if it does
   */
  boolean isReportedBy(Sector sector) {
    return sectors.contains(sector);
  }

  /**
   * Finds an item by its text in the file.
   *
   * @param text the cell
   * @return the item, or empty
   */
  static Optional<Item> fromCsv(String text) {
    for (Item item : values()) {
      if (item.csv().equals(text)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /**
   * The items a sector reports, as written, for error messages.
   *
   * @param sector the sector
   * @return the items, comma separated
   */
  static String of(Sector sector) {
    StringBuilder text = new StringBuilder();
    for (Item item : values()) {
      if (item.isReportedBy(sector)) {
        text.append(text.length() == 0 ? "" : ", ").append(item.csv());
      }
    }
    return text.toString();
  }
}
