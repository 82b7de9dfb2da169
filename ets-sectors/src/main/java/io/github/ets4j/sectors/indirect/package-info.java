/**
 * Indirect items every sector reports: purchased electricity priced with a grid emission factor
 * ({@link io.github.ets4j.sectors.indirect.PurchasedElectricity}, tCO2 from MWh). They are reported, never covered:
 * their lines ({@code EmissionSource.PURCHASED_ELECTRICITY}) never enter a covered total (coverage.md). The grid
 * factors themselves are rows of the default catalogue ({@code sectors.defaults.GridFactor}).
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.indirect;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
