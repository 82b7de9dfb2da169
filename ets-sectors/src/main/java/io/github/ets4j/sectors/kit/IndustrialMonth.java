package io.github.ets4j.sectors.kit;

import io.github.ets4j.sectors.defaults.GridFactor;
import io.github.ets4j.sectors.indirect.PurchasedElectricity;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fuelled month of an industrial sector (cement, steel, aluminum), whose report chooses the grid factor that
 * prices its purchased electricity: national, regional or provincial (GRID23 [V], in use from data year 2025 [A],
 * see {@link GridFactor}). Implementations are immutable and thread-safe.
 */
public interface IndustrialMonth extends FuelledMonth {

  /**
   * Which grid factor prices the purchased electricity; the national average unless given.
   *
   * @return the choice
   */
  @Value.Default
  default GridFactor gridFactor() {
    return GridFactor.national();
  }

  /**
   * The purchased-electricity line priced with {@link #gridFactor()}, when the month reports purchased
   * electricity.
   *
   * @return the indirect line, or empty
   * @throws io.github.ets4j.core.EtsValidationException if the chosen factor is not in force for the sector and
   *     year, with the reason
   */
  @Override
  default Optional<CalculatedLine> purchasedElectricityLine() {
    return purchasedElectricityMwh().map(
        mwh -> PurchasedElectricity.line(mwh, sector(), year(), catalogue(), gridFactor()));
  }
}
