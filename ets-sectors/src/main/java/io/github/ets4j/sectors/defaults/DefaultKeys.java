package io.github.ets4j.sectors.defaults;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;

/**
 * The keys of the default-value catalogue, so that the code that looks a figure up and the catalogue
 * that defines it spell it the same way. Codes are lower-case words joined by hyphens (e.g. the fuel
 * code {@code "bituminous-coal"}). Holds no state. Immutable and thread-safe.
 */
public final class DefaultKeys {

  /** Power: high default carbon content of coal when element carbon is not validly measured, tC/GJ. */
  public static final String POWER_COAL_CC_HIGH_DEFAULT = "power/coal-cc-high-default";
  /** Grid emission factor of purchased electricity (indirect, auxiliary), tCO2/MWh. */
  public static final String GRID_EMISSION_FACTOR = "indirect/grid-emission-factor";
  /** Power: MWh to GJ conversion, GJ/MWh. */
  public static final String GJ_PER_MWH = "power/gj-per-mwh";
  /** Power plausibility: upper limit of (generation × 3.6 + heat) / fuel heat of a CHP unit. */
  public static final String POWER_CHP_EFFICIENCY_LIMIT = "power/chp-efficiency-limit";
  /** Power plausibility: upper limit of generation × 3.6 / fuel heat of a condensing unit. */
  public static final String POWER_CONDENSING_EFFICIENCY_LIMIT = "power/condensing-efficiency-limit";
  /** Heat from steam: the reference enthalpy subtracted, kJ/kg. */
  public static final String STEAM_REFERENCE_ENTHALPY = "heat/steam-reference-enthalpy";
  /** Heat from hot water: the reference temperature subtracted, °C. */
  public static final String WATER_REFERENCE_TEMPERATURE = "heat/water-reference-temperature";
  /** Heat from hot water: the specific heat of water, kJ/(kg·°C). */
  public static final String WATER_SPECIFIC_HEAT = "heat/water-specific-heat";
  /** Energy: kJ per kilogram of coal equivalent. */
  public static final String KJ_PER_KGCE = "unit/kj-per-kgce";
  /** Energy: kJ per kilocalorie. */
  public static final String KJ_PER_KCAL = "unit/kj-per-kcal";
  /** Cement: IPCC-2006 fallback clinker factor (studies only), tCO2/t clinker. */
  public static final String CEMENT_IPCC_FALLBACK = "cement/ipcc-fallback-clinker-factor";
  /** Aluminum: anode sulfur content default, %. */
  public static final String ALUMINUM_ANODE_SULFUR = "aluminum/anode-sulfur";
  /** Aluminum: anode ash content default, %. */
  public static final String ALUMINUM_ANODE_ASH = "aluminum/anode-ash";
  /** Aluminum: typical net anode consumption, t/t Al (a typical value, not an allowed default). */
  public static final String ALUMINUM_NET_ANODE_TYPICAL = "aluminum/net-anode-consumption-typical";
  /** Aluminum: slope of EF_CF4 on anode-effect minutes, (kg/t Al) per AEM. */
  public static final String ALUMINUM_CF4_SLOPE = "aluminum/cf4-slope";
  /** Aluminum: ratio EF_C2F6 / EF_CF4. */
  public static final String ALUMINUM_C2F6_TO_CF4 = "aluminum/c2f6-to-cf4-ratio";
  /** Aluminum: default EF_CF4 without anode-effect monitoring, kg/t Al. */
  public static final String ALUMINUM_EF_CF4_DEFAULT = "aluminum/ef-cf4-default";
  /** Aluminum: default EF_C2F6 without anode-effect monitoring, kg/t Al. */
  public static final String ALUMINUM_EF_C2F6_DEFAULT = "aluminum/ef-c2f6-default";

  /** Range of the oxidation rate OF, %. */
  public static final String OXIDATION_RATE_RANGE = "range/of";
  /** Range of the as-received element carbon C_ar, tC/t. */
  public static final String ELEMENT_CARBON_RANGE = "range/element-carbon";
  /** Range of a generating unit's load factor, %. */
  public static final String LOAD_FACTOR_RANGE = "range/load-factor";
  /** Range of the aluminum net anode consumption, t/t Al. */
  public static final String NET_ANODE_RANGE = "range/aluminum/net-anode-consumption";
  /** Range of the aluminum anode-effect minutes per cell-day. */
  public static final String ANODE_EFFECT_MINUTES_RANGE = "range/aluminum/anode-effect-minutes";

  private DefaultKeys() {}

  /**
   * The key of the NCV range of a fuel or of a fuel class.
   *
   * @param code a fuel's code (e.g. {@code "coal-gangue"}) or a fuel class in lower case ({@code "solid"},
   *     {@code "liquid"}, {@code "gas"})
   * @return the key
   * @throws EtsValidationException if the code is blank
   */
  public static String ncvRange(String code) {
    return "range/ncv/" + Checks.notBlank("code", code);
  }

  /**
   * The key of the carbon-content range of a fuel or of a fuel class.
   *
   * @param code a fuel's code or a fuel class in lower case
   * @return the key
   * @throws EtsValidationException if the code is blank
   */
  public static String carbonContentRange(String code) {
    return "range/cc/" + Checks.notBlank("code", code);
  }

  /**
   * The key of the range of a sector's allocation intensity (cement: tCO2/t clinker; steel: ironmaking and
   * sintering emissions per t ironmaking product; aluminum: anode and PFC emissions per t aluminum liquid).
   *
   * @param sectorCode the sector in lower case, e.g. {@code "cement"}
   * @return the key
   * @throws EtsValidationException if the code is blank
   */
  public static String intensityRange(String sectorCode) {
    return "range/intensity/" + Checks.notBlank("sectorCode", sectorCode);
  }

  /**
   * The key of a fuel's default NCV.
   *
   * @param fuelCode the fuel's code, e.g. {@code "bituminous-coal"}
   * @return the key
   * @throws EtsValidationException if the code is blank
   */
  public static String fuelNcv(String fuelCode) {
    return "fuel/" + Checks.notBlank("fuelCode", fuelCode) + "/ncv";
  }

  /**
   * The key of a fuel's default carbon content per unit heat.
   *
   * @param fuelCode the fuel's code
   * @return the key
   * @throws EtsValidationException if the code is blank
   */
  public static String fuelCarbonContent(String fuelCode) {
    return "fuel/" + Checks.notBlank("fuelCode", fuelCode) + "/cc";
  }

  /**
   * The key of a fuel's default oxidation rate.
   *
   * @param fuelCode the fuel's code
   * @return the key
   * @throws EtsValidationException if the code is blank
   */
  public static String fuelOxidationRate(String fuelCode) {
    return "fuel/" + Checks.notBlank("fuelCode", fuelCode) + "/of";
  }

  /**
   * The key of a steel process factor (AG-STEEL-2024 Table A.2).
   *
   * @param materialCode the material's code, e.g. {@code "limestone"}
   * @return the key
   * @throws EtsValidationException if the code is blank
   */
  public static String steelFactor(String materialCode) {
    return "steel/factor/" + Checks.notBlank("materialCode", materialCode);
  }

  /**
   * The key of a cement clinker emission factor.
   *
   * @param clinkerCode the clinker type's code, e.g. {@code "portland"}
   * @return the key
   * @throws EtsValidationException if the code is blank
   */
  public static String clinkerFactor(String clinkerCode) {
    return "cement/clinker-factor/" + Checks.notBlank("clinkerCode", clinkerCode);
  }

  /**
   * The key of a cement alternative-material deduction factor.
   *
   * @param materialCode the material's code, e.g. {@code "carbide-slag"}
   * @return the key
   * @throws EtsValidationException if the code is blank
   */
  public static String cementDeduction(String materialCode) {
    return "cement/deduction/" + Checks.notBlank("materialCode", materialCode);
  }

  /**
   * The key of an aluminum carbonate factor.
   *
   * @param carbonateCode the carbonate's code, e.g. {@code "caco3"}
   * @return the key
   * @throws EtsValidationException if the code is blank
   */
  public static String carbonateFactor(String carbonateCode) {
    return "aluminum/carbonate/" + Checks.notBlank("carbonateCode", carbonateCode);
  }
}
