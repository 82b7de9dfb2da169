package io.github.ets4j.core.unit;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * What a number of the monitoring data measures, with its guideline unit (mrv.md "Units"). Each
 * {@link Unit} belongs to exactly one quantity. Immutable and thread-safe.
 */
public enum Quantity {
  /** Energy per mass: the NCV of a solid or liquid fuel, an enthalpy; guideline unit GJ/t. */
  ENERGY_PER_MASS("net calorific value (solid or liquid fuel)", "GJ/t"),
  /** Energy per volume of gas: the NCV of a gaseous fuel; guideline unit GJ/10^4 Nm3. */
  ENERGY_PER_GAS_VOLUME("net calorific value (gaseous fuel)", "GJ/10^4 Nm3"),
  /** Carbon content per unit heat (CC); guideline unit tC/GJ. */
  CARBON_PER_HEAT("carbon content per unit heat", "tC/GJ"),
  /** Element carbon per mass of fuel (C_ar, as received); guideline unit tC/t. */
  CARBON_PER_MASS("element carbon per mass of fuel", "tC/t"),
  /** A share (oxidation rate, load factor, sulfur, ash); guideline unit %. */
  SHARE("share", "%"),
  /** A mass of fuel, material or product; guideline unit t. */
  MASS("mass", "t"),
  /** A volume of gaseous fuel at normal conditions; guideline unit 10^4 Nm3. */
  GAS_VOLUME("volume of gas", "10^4 Nm3"),
  /** Electricity; guideline unit MWh. */
  ELECTRICITY("electricity", "MWh"),
  /** Heat; guideline unit GJ. */
  HEAT("heat", "GJ"),
  /** A mass per mass of product (e.g. net anode consumption per t aluminum); unit t/t Al. */
  MASS_PER_PRODUCT("mass per mass of product", "t/t Al"),
  /** Anode-effect minutes per cell-day; unit min/cell-day. */
  ANODE_EFFECT_MINUTES("anode-effect minutes", "min/cell-day"),
  /** An emission factor per mass (steel, cement, carbonate factors, intensities); unit tCO2/t. */
  EMISSIONS_PER_MASS("emissions per mass", "tCO2/t"),
  /** An emission factor per electricity (grid factor); unit tCO2/MWh. */
  EMISSIONS_PER_ELECTRICITY("emissions per electricity", "tCO2/MWh"),
  /** A PFC emission factor per t aluminum; unit kg/t Al. */
  PFC_PER_PRODUCT("PFC per t aluminum", "kg/t Al"),
  /** The slope of the PFC factor on anode-effect minutes; unit (kg/t Al)/AEM. */
  PFC_SLOPE("PFC slope", "(kg/t Al)/AEM"),
  /** A pure number (a ratio, a limit of an efficiency ratio); unit 1. */
  RATIO("ratio", "1"),
  /** A conversion constant between energy units (GJ/MWh, kJ/kgce, kJ/kcal). */
  ENERGY_CONVERSION("energy conversion constant", "GJ/MWh"),
  /** A temperature; unit °C. */
  TEMPERATURE("temperature", "°C"),
  /** A specific heat; unit kJ/(kg·°C). */
  SPECIFIC_HEAT("specific heat", "kJ/(kg·°C)"),
  /** A duration; unit h. */
  DURATION("duration", "h"),
  /** A power (rated capacity); unit MW. */
  POWER("power", "MW");

  private final String description;
  private final String guidelineSymbol;

  Quantity(String description, String guidelineSymbol) {
    this.description = description;
    this.guidelineSymbol = guidelineSymbol;
  }

  /**
   * What the quantity is, in words, e.g. {@code "carbon content per unit heat"}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The symbol of the guideline unit, as declared.
   *
   * @return the symbol, e.g. {@code "GJ/t"}
   */
  String guidelineSymbol() {
    return guidelineSymbol;
  }

  /**
   * The guideline unit every value of the quantity is converted to.
   *
   * @return the unit, e.g. {@link Unit#GJ_PER_T}
   */
  public Unit guidelineUnit() {
    return Unit.guidelineOf(this);
  }

  /**
   * The units of the quantity, guideline unit first.
   *
   * @return an unmodifiable list
   */
  public List<Unit> units() {
    List<Unit> units = new ArrayList<>();
    units.add(guidelineUnit());
    for (Unit unit : Unit.values()) {
      if (unit.quantity() == this && unit != guidelineUnit()) {
        units.add(unit);
      }
    }
    return List.copyOf(units);
  }

  /**
   * The accepted spellings of the quantity's units, e.g. {@code "GJ/t, MJ/kg, kJ/kg, kcal/kg"}.
   *
   * @return the text
   */
  public String acceptedSpellings() {
    StringJoiner text = new StringJoiner(", ");
    for (Unit unit : units()) {
      for (String spelling : unit.spellings()) {
        text.add(spelling);
      }
    }
    return text.toString();
  }

  /**
   * Refuses a unit of another quantity.
   *
   * @param field what the value is, e.g. {@code "ncv of bituminous coal"}
   * @param unit the unit given
   * @return {@code unit}
   * @throws EtsValidationException if the unit measures another quantity
   */
  public Unit require(String field, Unit unit) {
    Checks.notNull("unit of " + field, unit);
    if (unit.quantity() != this) {
      throw new EtsValidationException("unit of " + field, unit.symbol(), "a unit of " + unit.quantity().description
          + " where a " + description + " is expected; accepted units: " + acceptedSpellings());
    }
    return unit;
  }
}
