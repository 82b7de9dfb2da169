package io.github.ets4j.core;

/**
 * The kind of source an emission line comes from, and whether the ETS covers it.
 *
 * <p>Only direct emissions are covered: fuel combustion, industrial processes and (aluminum) anode
 * effects, less the carbon embedded in products (steel). Emissions from purchased electricity and
 * heat are indirect: they may be reported as auxiliary items but are kept out of every covered total
 * (PLAN-POWER-2324 [V] for power from 2023; WORKPLAN-2025 [V] for industry). Immutable and
 * thread-safe.
 */
public enum EmissionSource {
  /** Combustion of fossil fuels (energy-related CO2). Direct. */
  FUEL_COMBUSTION(true, false),
  /** Industrial processes: carbonates, clinker, electrodes, anode carbon, reducing agents. Direct. */
  INDUSTRIAL_PROCESS(true, false),
  /** Anode effects in aluminum electrolysis (CF4 and C2F6). Direct. */
  ANODE_EFFECT(true, false),
  /** Carbon that leaves in products (crude steel, pig iron, tar, crude benzol): a deduction. Direct. */
  CARBON_IN_PRODUCTS(true, true),
  /** Purchased electricity: indirect, reported only as an auxiliary item. */
  PURCHASED_ELECTRICITY(false, false),
  /** Purchased heat: indirect, reported only as an auxiliary item. */
  PURCHASED_HEAT(false, false);

  private final boolean direct;
  private final boolean deduction;

  EmissionSource(boolean direct, boolean deduction) {
    this.direct = direct;
    this.deduction = deduction;
  }

  /**
   * Tells whether emissions of this source are direct, and so covered by the ETS.
   *
   * @return true for direct sources
   */
  public boolean isDirect() {
    return direct;
  }

  /**
   * Tells whether lines of this source are deductions (they carry a mass of zero or less).
   *
   * @return true only for {@link #CARBON_IN_PRODUCTS}
   */
  public boolean isDeduction() {
    return deduction;
  }
}
