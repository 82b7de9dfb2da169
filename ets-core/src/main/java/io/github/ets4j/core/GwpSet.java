package io.github.ets4j.core;

import io.github.ets4j.core.internal.Checks;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of 100-year global warming potentials (GWP100), the factors that turn a mass of a gas
 * into tonnes of CO2 equivalent.
 *
 * <p>The four IPCC sets are constants. Their values are the catalogue of the domain reference
 * ({@code coverage.md}, table "GWP100 values"), taken from the IPCC assessment reports as tabulated
 * by the GHG Protocol and, for AR6, WG1 Table 7.SM.7 (confidence [S]). The 2024 aluminum guideline
 * converts PFCs with AR5 values (CF4 6630, C2F6 11100) [C]; the 2013 guideline used SAR (AR2).
 *
 * <p>A CO2e figure is meaningless without its set, so every {@link Co2e} carries the set that made
 * it. A custom set (for example a national set) is made with {@link #of(String, Map, Source)}; asking
 * a set for a gas it does not define is an error, never a zero. Two sets are equal when their names,
 * values and sources are equal. Immutable and thread-safe.
 */
public final class GwpSet {

  private static final Source IPCC_TABULATED_AR2 =
      Source.of("IPCC-SAR", "GWP100 as tabulated by the GHG Protocol", Confidence.SECONDARY);
  private static final Source IPCC_TABULATED_AR4 =
      Source.of("IPCC-AR4", "WG1 Table 2.14, as tabulated by the GHG Protocol", Confidence.SECONDARY);
  private static final Source IPCC_TABULATED_AR5 =
      Source.of("IPCC-AR5", "WG1 Table 8.A.1, as tabulated by the GHG Protocol", Confidence.SECONDARY);
  private static final Source IPCC_TABULATED_AR6 =
      Source.of("IPCC-AR6", "WG1 Table 7.SM.7", Confidence.SECONDARY);

  /** IPCC Second Assessment Report (SAR), used by the 2013 aluminum guideline. */
  public static final GwpSet AR2 =
      ipcc("AR2", IPCC_TABULATED_AR2, "1", "21", "310", "6500", "9200", "23900");

  /** IPCC Fourth Assessment Report. */
  public static final GwpSet AR4 =
      ipcc("AR4", IPCC_TABULATED_AR4, "1", "25", "298", "7390", "12200", "22800");

  /** IPCC Fifth Assessment Report; prescribed for PFCs by AG-ALU-2024 [C]. */
  public static final GwpSet AR5 =
      ipcc("AR5", IPCC_TABULATED_AR5, "1", "28", "265", "6630", "11100", "23500");

  /**
   * IPCC Sixth Assessment Report. CH4 is the single value 27.9; AR6 also gives 29.8 for fossil and
   * 27.0 for non-fossil methane, which a custom set can use.
   */
  public static final GwpSet AR6 =
      ipcc("AR6", IPCC_TABULATED_AR6, "1", "27.9", "273", "7380", "12400", "25200");

  /**
   * The GWP set of China's national ETS: AR5, which AG-ALU-2024 prescribes for the PFCs of aluminum electrolysis
   * (CF4 6630, C2F6 11100) [C] (coverage.md "GWP"). The one place this default is kept: the monthly data of every
   * sector and the national rulebook read it from here.
   */
  public static final GwpSet CHINA_NATIONAL = AR5;

  private final String name;
  private final Map<Gas, BigDecimal> values;
  private final Source source;

  private GwpSet(String name, Map<Gas, BigDecimal> values, Source source) {
    this.name = name;
    this.values = values;
    this.source = source;
  }

  private static GwpSet ipcc(String name, Source source, String co2, String ch4, String n2o,
      String cf4, String c2f6, String sf6) {
    Map<Gas, BigDecimal> values = new EnumMap<>(Gas.class);
    values.put(Gas.CO2, new BigDecimal(co2));
    values.put(Gas.CH4, new BigDecimal(ch4));
    values.put(Gas.N2O, new BigDecimal(n2o));
    values.put(Gas.CF4, new BigDecimal(cf4));
    values.put(Gas.C2F6, new BigDecimal(c2f6));
    values.put(Gas.SF6, new BigDecimal(sf6));
    return of(name, values, source);
  }

  /**
   * Creates a custom GWP set.
   *
   * @param name the set's name, e.g. {@code "CN-national-2030"}; not blank
   * @param values the GWP100 of each gas the set defines; each positive
   * @param source where the values come from
   * @return the set
   * @throws EtsValidationException if the name is blank, a value is missing, zero or negative, or the
   *     set gives CO2 a GWP other than 1
   */
  public static GwpSet of(String name, Map<Gas, BigDecimal> values, Source source) {
    Checks.notBlank("name", name);
    Checks.notNull("values", values);
    Checks.notNull("source", source);
    Map<Gas, BigDecimal> copy = new EnumMap<>(Gas.class);
    for (Map.Entry<Gas, BigDecimal> e : values.entrySet()) {
      Gas gas = Checks.notNull("values key", e.getKey());
      BigDecimal gwp = Checks.positive("gwp(" + gas + ") in set " + name, e.getValue());
      copy.put(gas, Checks.normalise(gwp));
    }
    BigDecimal co2 = copy.get(Gas.CO2);
    if (co2 != null && co2.compareTo(BigDecimal.ONE) != 0) {
      throw new EtsValidationException("gwp(CO2) in set " + name, co2, "the GWP of CO2 is 1 by definition");
    }
    return new GwpSet(name, Collections.unmodifiableMap(copy), source);
  }

  /**
   * Returns the GWP100 of a gas in this set.
   *
   * @param gas the gas
   * @return the GWP, dimensionless (tCO2e per tonne of the gas)
   * @throws EtsValidationException if the set does not define the gas
   */
  public BigDecimal gwp(Gas gas) {
    BigDecimal value = values.get(gas);
    if (value == null) {
      throw new EtsValidationException("gas", gas, "GWP set " + name + " defines no GWP for it; defined: " + values.keySet());
    }
    return value;
  }

  /**
   * Tells whether this set defines a GWP for the gas.
   *
   * @param gas the gas
   * @return true when {@link #gwp(Gas)} returns a value
   */
  public boolean defines(Gas gas) {
    Checks.notNull("gas", gas);
    return values.containsKey(gas);
  }

  /**
   * Returns a copy of this set with one value replaced or added, under a new name.
   *
   * @param newName the name of the new set
   * @param gas the gas
   * @param gwp the new GWP100 of the gas
   * @param newSource where the new set's values come from
   * @return the new set
   * @throws EtsValidationException as {@link #of(String, Map, Source)}
   */
  public GwpSet withGwp(String newName, Gas gas, BigDecimal gwp, Source newSource) {
    Checks.notNull("gas", gas);
    Map<Gas, BigDecimal> copy = new EnumMap<>(Gas.class);
    copy.putAll(values);
    copy.put(gas, gwp);
    return of(newName, copy, newSource);
  }

  /**
   * The set's name, e.g. {@code "AR5"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Where the set's values come from.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * All values of the set.
   *
   * @return an unmodifiable map from gas to GWP100
   */
  public Map<Gas, BigDecimal> values() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GwpSet
        && ((GwpSet) other).name.equals(name)
        && ((GwpSet) other).values.equals(values)
        && ((GwpSet) other).source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, values, source);
  }

  /**
   * Returns the set's name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
