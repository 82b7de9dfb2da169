package io.github.ets4j.core.unit;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import javax.annotation.Nullable;

/**
 * A unit the library knows, with its accepted spellings, the {@link Quantity} it measures and the exact
 * factor that converts a value in it to the quantity's guideline unit (mrv.md "Units").
 *
 * <p>Spellings are matched exactly (case matters: {@code MJ} is not {@code mJ}) after stripping surrounding
 * blanks; nothing else is guessed. The conversions are exact decimal factors: the SI prefixes, 10^4 for the
 * guideline's "10^4 Nm3" and "10^4 kWh", and {@link #KJ_PER_KCAL} (1 kcal = 4.1868 kJ, AG-STEEL-2024 Table A.1
 * notes [V]). A few units are constants that convert to nothing else (GJ/MWh, kJ/kgce, kJ/kcal): they are
 * their own guideline unit. Immutable and thread-safe.
 */
public enum Unit {
  /** GJ per tonne: the guideline unit of solid and liquid fuel NCV. */
  GJ_PER_T(Quantity.ENERGY_PER_MASS, new BigDecimal("1"), "GJ/t"),
  /** MJ per kilogram: 1 MJ/kg = 1 GJ/t. */
  MJ_PER_KG(Quantity.ENERGY_PER_MASS, new BigDecimal("1"), "MJ/kg"),
  /** kJ per kilogram: 1 kJ/kg = 0.001 GJ/t. */
  KJ_PER_KG(Quantity.ENERGY_PER_MASS, new BigDecimal("0.001"), "kJ/kg"),
  /** Kilocalories per kilogram: 1 kcal/kg = 4.1868 kJ/kg = 0.0041868 GJ/t. */
  KCAL_PER_KG(Quantity.ENERGY_PER_MASS, Figures.KJ_PER_KCAL.movePointLeft(3), "kcal/kg"),
  /** GJ per 10^4 Nm3: the guideline unit of gaseous fuel NCV. */
  GJ_PER_TEN_THOUSAND_NM3(Quantity.ENERGY_PER_GAS_VOLUME, new BigDecimal("1"), "GJ/10^4 Nm3", "GJ/10^4Nm3"),
  /** MJ per Nm3: 1 MJ/Nm3 = 10 GJ/10^4 Nm3. */
  MJ_PER_NM3(Quantity.ENERGY_PER_GAS_VOLUME, new BigDecimal("10"), "MJ/Nm3"),
  /** kJ per Nm3: 1 kJ/Nm3 = 0.01 GJ/10^4 Nm3. */
  KJ_PER_NM3(Quantity.ENERGY_PER_GAS_VOLUME, new BigDecimal("0.01"), "kJ/Nm3"),
  /** Tonnes of carbon per GJ: the guideline unit of CC. */
  TC_PER_GJ(Quantity.CARBON_PER_HEAT, new BigDecimal("1"), "tC/GJ"),
  /** Tonnes of carbon per TJ: 1 tC/TJ = 0.001 tC/GJ (the unit of the VG-POWER-2026 reference values). */
  TC_PER_TJ(Quantity.CARBON_PER_HEAT, new BigDecimal("0.001"), "tC/TJ"),
  /** Kilograms of carbon per GJ: 1 kgC/GJ = 0.001 tC/GJ. */
  KGC_PER_GJ(Quantity.CARBON_PER_HEAT, new BigDecimal("0.001"), "kgC/GJ"),
  /** Tonnes of carbon per tonne of fuel: the unit of as-received element carbon C_ar. */
  TC_PER_T(Quantity.CARBON_PER_MASS, new BigDecimal("1"), "tC/t"),
  /** Percent: the unit of every share of the public API. */
  PERCENT(Quantity.SHARE, new BigDecimal("1"), "%"),
  /** Tonnes. */
  TONNE(Quantity.MASS, new BigDecimal("1"), "t"),
  /** Kilotonnes: 1 kt = 1,000 t. */
  KILOTONNE(Quantity.MASS, new BigDecimal("1000"), "kt"),
  /** 10^4 normal cubic metres: the guideline unit of gaseous fuel. */
  TEN_THOUSAND_NM3(Quantity.GAS_VOLUME, new BigDecimal("1"), "10^4 Nm3", "10^4Nm3"),
  /** Normal cubic metres: 1 Nm3 = 0.0001 × 10^4 Nm3. */
  NM3(Quantity.GAS_VOLUME, new BigDecimal("0.0001"), "Nm3"),
  /** Megawatt-hours. */
  MWH(Quantity.ELECTRICITY, new BigDecimal("1"), "MWh"),
  /** Kilowatt-hours: 1 kWh = 0.001 MWh. */
  KWH(Quantity.ELECTRICITY, new BigDecimal("0.001"), "kWh"),
  /** 10^4 kilowatt-hours (万千瓦时): 1 × 10^4 kWh = 10 MWh. */
  TEN_THOUSAND_KWH(Quantity.ELECTRICITY, new BigDecimal("10"), "10^4 kWh", "10^4kWh"),
  /** Gigajoules. */
  GJ(Quantity.HEAT, new BigDecimal("1"), "GJ"),
  /** Megajoules: 1 MJ = 0.001 GJ. */
  MJ(Quantity.HEAT, new BigDecimal("0.001"), "MJ"),
  /** Terajoules: 1 TJ = 1,000 GJ. */
  TJ(Quantity.HEAT, new BigDecimal("1000"), "TJ"),
  /** Tonnes per tonne of aluminum (net anode consumption); {@code "t/t"} is accepted for it. */
  T_PER_T_ALUMINUM(Quantity.MASS_PER_PRODUCT, new BigDecimal("1"), "t/t Al", "t/t"),
  /** Anode-effect minutes per cell-day. */
  MIN_PER_CELL_DAY(Quantity.ANODE_EFFECT_MINUTES, new BigDecimal("1"), "min/cell-day"),
  /** Tonnes of CO2 per tonne. */
  TCO2_PER_T(Quantity.EMISSIONS_PER_MASS, new BigDecimal("1"), "tCO2/t"),
  /** Tonnes of CO2 per MWh. */
  TCO2_PER_MWH(Quantity.EMISSIONS_PER_ELECTRICITY, new BigDecimal("1"), "tCO2/MWh"),
  /** Kilograms of PFC per tonne of aluminum. */
  KG_PER_T_ALUMINUM(Quantity.PFC_PER_PRODUCT, new BigDecimal("1"), "kg/t Al"),
  /** (kg/t Al) per anode-effect minute per cell-day. */
  KG_PER_T_ALUMINUM_PER_AEM(Quantity.PFC_SLOPE, new BigDecimal("1"), "(kg/t Al)/AEM"),
  /** A pure number. */
  ONE(Quantity.RATIO, new BigDecimal("1"), "1"),
  /** GJ per MWh (a constant: 3.6). */
  GJ_PER_MWH(Quantity.ENERGY_CONVERSION, null, "GJ/MWh"),
  /** kJ per kilogram of coal equivalent (a constant). */
  KJ_PER_KGCE_UNIT(Quantity.ENERGY_CONVERSION, null, "kJ/kgce"),
  /** kJ per kilocalorie (a constant). */
  KJ_PER_KCAL_UNIT(Quantity.ENERGY_CONVERSION, null, "kJ/kcal"),
  /** Degrees Celsius. */
  CELSIUS(Quantity.TEMPERATURE, new BigDecimal("1"), "°C"),
  /** kJ per kilogram and degree Celsius. */
  KJ_PER_KG_CELSIUS(Quantity.SPECIFIC_HEAT, new BigDecimal("1"), "kJ/(kg·°C)"),
  /** Hours. */
  HOUR(Quantity.DURATION, new BigDecimal("1"), "h"),
  /** Megawatts. */
  MW(Quantity.POWER, new BigDecimal("1"), "MW");

  /** 1 kcal = 4.1868 kJ (AG-STEEL-2024 Table A.1 notes [V]; mrv.md): the one place this figure is written. */
  public static final BigDecimal KJ_PER_KCAL = Figures.KJ_PER_KCAL;

  private final Quantity quantity;
  @Nullable private final BigDecimal factor;
  private final List<String> spellings;

  Unit(Quantity quantity, @Nullable BigDecimal factor, String... spellings) {
    this.quantity = quantity;
    this.factor = factor;
    this.spellings = List.of(spellings);
  }

  /**
   * Looks a spelling up without refusing it: for readers that report an unknown unit in their own words (a
   * file's line and column).
   *
   * @param text the spelling, e.g. {@code "kcal/kg"}; surrounding white space is ignored
   * @return the unit, or empty when the spelling is not known
   * @throws EtsValidationException if the text is null
   */
  public static Optional<Unit> find(String text) {
    String given = Checks.notNull("unit", text).strip();
    return Optional.ofNullable(BySpelling.UNITS.get(given));
  }

  /**
   * Every spelling to its unit, built once: units are read on every parameter made (catalogue defaults by the
   * thousand in a facility year), and a scan of all spellings per read was a visible share of that.
   */
  private static final class BySpelling {
    /** The first unit in declaration order that has the spelling, as the scan it replaces found it. */
    static final Map<String, Unit> UNITS = index();

    private BySpelling() {}

    private static Map<String, Unit> index() {
      Map<String, Unit> index = new HashMap<>();
      for (Unit unit : values()) {
        for (String spelling : unit.spellings) {
          index.putIfAbsent(spelling, unit);
        }
      }
      return Map.copyOf(index);
    }
  }

  /**
   * Reads a unit from one of its known spellings.
   *
   * @param field what the value is, e.g. {@code "NCV"}, named in the message
   * @param text the spelling, e.g. {@code "kcal/kg"}
   * @return the unit
   * @throws EtsValidationException if the text is null, blank or not a known spelling
   */
  public static Unit parse(String field, String text) {
    Checks.notNull("field", field);
    if (text == null || text.isBlank()) {
      // The field's name is concatenated only when the check fails: every parameter made parses its unit.
      Checks.notBlank("unit of " + field, text);
    }
    return find(text).orElseThrow(() ->
        new EtsValidationException("unit of " + field, text, "unknown unit; accepted units: " + allSpellings()));
  }

  /**
   * Reads a unit of an expected quantity.
   *
   * @param field what the value is, named in the message
   * @param text the spelling
   * @param quantity the quantity the value must measure
   * @return the unit
   * @throws EtsValidationException if the text is not a known spelling of a unit of {@code quantity}
   */
  public static Unit parse(String field, String text, Quantity quantity) {
    Checks.notNull("field", field);
    Checks.notNull("quantity", quantity);
    Checks.notBlank("unit of " + field, text);
    Unit unit = find(text).orElseThrow(() -> new EtsValidationException("unit of " + field, text,
        "unknown unit for a " + quantity.description() + "; accepted units: " + quantity.acceptedSpellings()));
    return quantity.require(field, unit);
  }

  /** Holds the figures the constants need before the enum's own static fields exist. */
  private static final class Figures {
    static final BigDecimal KJ_PER_KCAL = new BigDecimal("4.1868");

    private Figures() {}
  }

  /**
   * The guideline unit of a quantity, {@link Quantity#guidelineUnit()}: looked up once per quantity, because every
   * parameter made asks for it (a scan of {@code values()} per call copied the array each time).
   *
   * @param quantity the quantity
   * @return its guideline unit
   */
  static Unit guidelineOf(Quantity quantity) {
    Unit unit = Guidelines.BY_QUANTITY[quantity.ordinal()];
    return unit != null ? unit : bySymbol(quantity.guidelineSymbol());
  }

  /** The guideline unit of each quantity, by the quantity's ordinal (null where a symbol has no unit). */
  private static final class Guidelines {
    static final Unit[] BY_QUANTITY = index();

    private Guidelines() {}

    private static Unit[] index() {
      Quantity[] quantities = Quantity.values();
      Unit[] units = new Unit[quantities.length];
      for (Quantity quantity : quantities) {
        for (Unit unit : values()) {
          if (unit.symbol().equals(quantity.guidelineSymbol())) {
            units[quantity.ordinal()] = unit;
            break;
          }
        }
      }
      return units;
    }
  }

  static Unit bySymbol(String symbol) {
    for (Unit unit : values()) {
      if (unit.symbol().equals(symbol)) {
        return unit;
      }
    }
    throw new IllegalStateException("no unit " + symbol);
  }

  private static String allSpellings() {
    StringJoiner text = new StringJoiner(", ");
    for (Unit unit : values()) {
      for (String spelling : unit.spellings) {
        text.add(spelling);
      }
    }
    return text.toString();
  }

  /**
   * The unit's symbol (its first spelling), e.g. {@code "kcal/kg"}.
   *
   * @return the symbol
   */
  public String symbol() {
    return spellings.get(0);
  }

  /**
   * Every accepted spelling, symbol first.
   *
   * @return an unmodifiable list
   */
  public List<String> spellings() {
    return spellings;
  }

  /**
   * The quantity the unit measures.
   *
   * @return the quantity
   */
  public Quantity quantity() {
    return quantity;
  }

  /**
   * The unit values are converted to: the quantity's guideline unit, or this unit for a constant that
   * converts to nothing else.
   *
   * @return the guideline unit
   */
  public Unit guidelineUnit() {
    return factor == null ? this : quantity.guidelineUnit();
  }

  /**
   * Tells whether a value in this unit is already in its guideline unit.
   *
   * @return true for the guideline unit itself
   */
  public boolean isGuidelineUnit() {
    return guidelineUnit() == this;
  }

  /**
   * Converts a value in this unit to the guideline unit, exactly.
   *
   * @param value the value in this unit
   * @return the value in {@link #guidelineUnit()}; {@code value} itself, scale kept, when no conversion is
   *     needed, else the exact product with trailing zeros stripped
   * @throws EtsValidationException if the value is null
   */
  public BigDecimal toGuidelineUnit(BigDecimal value) {
    Checks.notNull("value", value);
    BigDecimal exact = factor;
    if (exact == null || isGuidelineUnit()) {
      return value;
    }
    return Checks.normalise(value.multiply(exact));
  }

  /**
   * Returns the symbol.
   *
   * @return the symbol
   */
  @Override
  public String toString() {
    return symbol();
  }
}
