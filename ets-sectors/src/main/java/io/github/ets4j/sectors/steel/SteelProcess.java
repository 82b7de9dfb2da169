package io.github.ets4j.sectors.steel;

import io.github.ets4j.sectors.fuel.Fuel;
import java.util.EnumSet;
import java.util.Set;

/**
 * The six main processes of AG-STEEL-2024 whose emissions are reported at process level
 * ({@code E_j = Σ inputs − Σ outputs}), with their product and the secondary energy that may leave them
 * as an output (coke and coke-oven gas from coking, blast-furnace gas from ironmaking, converter gas from
 * the BOF [V]). Immutable and thread-safe.
 */
public enum SteelProcess {
  /** Coking (炼焦); product coke. */
  COKING("coke", EnumSet.of(Fuel.COKE, Fuel.COKE_OVEN_GAS)),
  /** Sintering (烧结); product sinter. */
  SINTERING("sinter", EnumSet.noneOf(Fuel.class)),
  /** Pelletizing (球团); product pellets. */
  PELLETIZING("pellets", EnumSet.noneOf(Fuel.class)),
  /** Ironmaking (炼铁); product pig iron, DRI, smelting-reduction iron or nickel pig iron. */
  IRONMAKING("ironmaking product", EnumSet.of(Fuel.BLAST_FURNACE_GAS)),
  /** Basic oxygen furnace steelmaking (转炉炼钢); product crude steel. */
  BOF("crude steel (BOF)", EnumSet.of(Fuel.CONVERTER_GAS)),
  /** Electric arc furnace steelmaking (电炉炼钢); product crude steel. */
  EAF("crude steel (EAF)", EnumSet.noneOf(Fuel.class));

  private final String product;
  private final Set<Fuel> outputFuels;

  SteelProcess(String product, Set<Fuel> outputFuels) {
    this.product = product;
    this.outputFuels = Set.copyOf(outputFuels);
  }

  /**
   * The process's product, in words.
   *
   * @return the product
   */
  public String product() {
    return product;
  }

  /**
   * The fuels that may leave the process as outputs.
   *
   * @return an unmodifiable set
   */
  public Set<Fuel> outputFuels() {
    return outputFuels;
  }
}
