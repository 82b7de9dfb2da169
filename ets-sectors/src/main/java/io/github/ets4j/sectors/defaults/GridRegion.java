package io.github.ets4j.sectors.defaults;

/**
 * A regional power grid of mainland China, as the 2023 electricity CO2 emission factors name them (GRID23,
 * MEE and NBS announcement 2025 No. 47 [V]; mrv.md "Purchased electricity and heat in the industrial sectors").
 *
 * <p>Which provinces belong to which regional grid is not in the domain reference, so the library asks for the
 * region itself and maps no province to it. Immutable and thread-safe.
 */
public enum GridRegion {
  /** The North China grid (华北). */
  NORTH("north", "华北"),
  /** The North-East China grid (东北). */
  NORTH_EAST("north-east", "东北"),
  /** The East China grid (华东). */
  EAST("east", "华东"),
  /** The Central China grid (华中). */
  CENTRAL("central", "华中"),
  /** The North-West China grid (西北). */
  NORTH_WEST("north-west", "西北"),
  /** The South China grid (南方). */
  SOUTH("south", "南方"),
  /** The South-West China grid (西南). */
  SOUTH_WEST("south-west", "西南");

  private final String code;
  private final String chineseName;

  GridRegion(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /**
   * The code used in catalogue keys, e.g. {@code "north-east"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The Chinese name, e.g. {@code "华北"}.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }
}
