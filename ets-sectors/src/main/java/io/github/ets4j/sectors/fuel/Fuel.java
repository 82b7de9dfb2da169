package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;

/**
 * The 25 fuels of the fuel table (AG-STEEL-2024 Table A.1 [V]), with their class and unit. Their
 * default NCV, carbon content and oxidation rate are entries of the default-value catalogue, keyed by
 * {@link #code()}. Immutable and thread-safe.
 */
public enum Fuel {
  /** 无烟煤. */
  ANTHRACITE("anthracite", "anthracite", "无烟煤", FuelClass.SOLID, true),
  /** 烟煤. */
  BITUMINOUS_COAL("bituminous-coal", "bituminous coal", "烟煤", FuelClass.SOLID, true),
  /** 褐煤. */
  LIGNITE("lignite", "lignite", "褐煤", FuelClass.SOLID, true),
  /** 洗精煤. */
  WASHED_COKING_COAL("washed-coking-coal", "washed coking coal", "洗精煤", FuelClass.SOLID, true),
  /** 其他洗煤. */
  OTHER_WASHED_COAL("other-washed-coal", "other washed coal", "其他洗煤", FuelClass.SOLID, true),
  /** 煤矸石. */
  COAL_GANGUE("coal-gangue", "coal gangue", "煤矸石", FuelClass.SOLID, true),
  /** 煤泥. */
  COAL_SLIME("coal-slime", "coal slime", "煤泥", FuelClass.SOLID, true),
  /** 焦炭, also semi-coke (兰炭) burnt as fuel; its NCV is always the default in industry. */
  COKE("coke", "coke", "焦炭", FuelClass.SOLID, false),
  /** 石油焦. */
  PETROLEUM_COKE("petroleum-coke", "petroleum coke", "石油焦", FuelClass.SOLID, false),
  /** 其他煤制品. */
  OTHER_COAL_PRODUCTS("other-coal-products", "other coal products", "其他煤制品", FuelClass.SOLID, false),
  /** 原油. */
  CRUDE_OIL("crude-oil", "crude oil", "原油", FuelClass.LIQUID, false),
  /** 燃料油. */
  FUEL_OIL("fuel-oil", "fuel oil", "燃料油", FuelClass.LIQUID, false),
  /** 汽油. */
  GASOLINE("gasoline", "gasoline", "汽油", FuelClass.LIQUID, false),
  /** 柴油. */
  DIESEL("diesel", "diesel", "柴油", FuelClass.LIQUID, false),
  /** 煤油. */
  KEROSENE("kerosene", "kerosene", "煤油", FuelClass.LIQUID, false),
  /** 其他石油制品. */
  OTHER_PETROLEUM_PRODUCTS("other-petroleum-products", "other petroleum products", "其他石油制品", FuelClass.LIQUID, false),
  /** 液化天然气. */
  LNG("lng", "LNG", "液化天然气", FuelClass.LIQUID, false),
  /** 液化石油气. */
  LPG("lpg", "LPG", "液化石油气", FuelClass.LIQUID, false),
  /** 煤焦油. */
  COAL_TAR("coal-tar", "coal tar", "煤焦油", FuelClass.LIQUID, false),
  /** 炼厂干气, reported in tonnes with the liquid fuels' oxidation rate. */
  REFINERY_DRY_GAS("refinery-dry-gas", "refinery dry gas", "炼厂干气", FuelClass.LIQUID, false),
  /** 天然气. */
  NATURAL_GAS("natural-gas", "natural gas", "天然气", FuelClass.GAS, false),
  /** 高炉煤气. */
  BLAST_FURNACE_GAS("blast-furnace-gas", "blast furnace gas", "高炉煤气", FuelClass.GAS, false),
  /** 转炉煤气. */
  CONVERTER_GAS("converter-gas", "converter gas", "转炉煤气", FuelClass.GAS, false),
  /** 焦炉煤气. */
  COKE_OVEN_GAS("coke-oven-gas", "coke oven gas", "焦炉煤气", FuelClass.GAS, false),
  /** 其它煤气. */
  OTHER_GAS("other-gas", "other gas", "其它煤气", FuelClass.GAS, false);

  private final String code;
  private final String englishName;
  private final String chineseName;
  private final FuelClass fuelClass;
  private final boolean coal;

  Fuel(String code, String englishName, String chineseName, FuelClass fuelClass, boolean coal) {
    this.code = code;
    this.englishName = englishName;
    this.chineseName = chineseName;
    this.fuelClass = fuelClass;
    this.coal = coal;
  }

  /**
   * Finds a fuel by its code, English name or Chinese name.
   *
   * @param name e.g. {@code "bituminous-coal"}, {@code "bituminous coal"} or {@code "烟煤"}
   * @return the fuel
   * @throws EtsValidationException if the fuel is not in the table
   */
  public static Fuel fromName(String name) {
    Checks.notBlank("fuel", name);
    for (Fuel fuel : values()) {
      if (fuel.code.equalsIgnoreCase(name.strip()) || fuel.englishName.equalsIgnoreCase(name.strip())
          || fuel.chineseName.equals(name.strip())) {
        return fuel;
      }
    }
    throw new EtsValidationException("fuel", name,
        "unknown fuel: not in the fuel table (AG-STEEL-2024 Table A.1); report it as one of " + java.util.Arrays.toString(values()));
  }

  /**
   * The catalogue code, e.g. {@code "bituminous-coal"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The English name, e.g. {@code "bituminous coal"}.
   *
   * @return the name
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The Chinese name of the guideline, e.g. {@code "烟煤"}.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The fuel's class.
   *
   * @return the class
   */
  public FuelClass fuelClass() {
    return fuelClass;
  }

  /**
   * The unit in which the fuel is reported.
   *
   * @return the unit
   */
  public FuelUnit unit() {
    return fuelClass.unit();
  }

  /**
   * Tells whether the fuel is a coal type for power's rules (measured NCV, high default carbon content).
   *
   * @return true for the seven coal types
   */
  public boolean isCoal() {
    return coal;
  }
}
