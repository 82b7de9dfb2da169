package io.github.ets4j.sectors.fuel;

/**
 * The class of a fuel in the fuel table (AG-STEEL-2024 Table A.1 [V]), which fixes its unit, its default
 * oxidation rate (99 % solid, 98 % liquid, 99 % gas) and how its NCV is measured (solid: per batch,
 * choice fixed for the year; liquid and gas: at least monthly). Immutable and thread-safe.
 */
public enum FuelClass {
  /** Solid fuels, in tonnes. */
  SOLID(FuelUnit.TONNE),
  /** Liquid fuels (and refinery dry gas, which the table reports in tonnes), in tonnes. */
  LIQUID(FuelUnit.TONNE),
  /** Gaseous fuels, in 10^4 Nm3. */
  GAS(FuelUnit.TEN_THOUSAND_NM3);

  private final FuelUnit unit;

  FuelClass(FuelUnit unit) {
    this.unit = unit;
  }

  /**
   * The unit in which fuels of this class are reported.
   *
   * @return the unit
   */
  public FuelUnit unit() {
    return unit;
  }
}
