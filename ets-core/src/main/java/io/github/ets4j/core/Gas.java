package io.github.ets4j.core;

/**
 * A greenhouse gas that an ETS inventory can hold.
 *
 * <p>The national ETS covers CO2 in every sector and, for aluminum smelting, the perfluorocarbons
 * CF4 and C2F6 from anode effects (PLAN-2526-DRAFT §二(二) [V]); the other gases are listed so that
 * inventories and GWP sets can be complete. Immutable and thread-safe.
 */
public enum Gas {
  /** Carbon dioxide. */
  CO2("CO2", "carbon dioxide"),
  /** Methane. */
  CH4("CH4", "methane"),
  /** Nitrous oxide. */
  N2O("N2O", "nitrous oxide"),
  /** Tetrafluoromethane (PFC-14), from aluminum anode effects. */
  CF4("CF4", "tetrafluoromethane"),
  /** Hexafluoroethane (PFC-116), from aluminum anode effects. */
  C2F6("C2F6", "hexafluoroethane"),
  /** Sulphur hexafluoride. */
  SF6("SF6", "sulphur hexafluoride");

  private final String formula;
  private final String commonName;

  Gas(String formula, String commonName) {
    this.formula = formula;
    this.commonName = commonName;
  }

  /**
   * Returns the chemical formula, e.g. {@code "C2F6"}.
   *
   * @return the formula
   */
  public String formula() {
    return formula;
  }

  /**
   * Returns the common English name, e.g. {@code "hexafluoroethane"}.
   *
   * @return the name
   */
  public String commonName() {
    return commonName;
  }
}
