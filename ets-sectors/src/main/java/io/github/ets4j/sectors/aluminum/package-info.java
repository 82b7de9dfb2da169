/**
 * Aluminum smelting (AG-ALU-2024): anode CO2, PFC emissions by the slope method or defaults
 * (converted with a GWP set, AR5 by default), carbonate decomposition, the electrolysis-process total
 * and the intensity per tonne of aluminum liquid.
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.aluminum;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
