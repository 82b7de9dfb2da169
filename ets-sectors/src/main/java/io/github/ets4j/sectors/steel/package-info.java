/**
 * Steel (AG-STEEL-2024): the enterprise mass balance, process-level emissions of the six main
 * processes, co-fired power units, {@code E_other}, crude steel output and the ironmaking + sintering
 * intensity the allocation needs.
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.steel;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
