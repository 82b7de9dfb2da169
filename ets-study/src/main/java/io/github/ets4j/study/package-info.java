/**
 * Policy studies: a {@link io.github.ets4j.study.Market} of allocation units run through a
 * {@link io.github.ets4j.study.Scenario} of compliance years.
 *
 * <p>The exact engine is the allocation module itself (BigDecimal, the rounding of the regulation); the
 * fast engine ({@link io.github.ets4j.study.FastEngine}) replays the same rules on primitive
 * arrays for Monte Carlo draws, with every regulatory parameter taken from the exact rules at setup. The
 * package also reads and writes the market and result CSV files and draws the net-position chart; it is
 * the only place of the library (with its {@code cli} sub-package) that does file I/O.
 *
 * <p>Quantities follow the core conventions: tonnes CO2 for emissions and allocations, MWh for gross
 * generation, GJ for heat, t for clinker, ironmaking product and aluminum liquid, percent for load factors.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.study;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
