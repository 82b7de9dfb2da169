/**
 * Power-sector allocation: unit categories I–IV and special units, the benchmark catalogue of every
 * year (electricity and heat), the peak-shaving factor Ff and the 2019–2022 supply-basis factors, unit
 * allocation with its rounding, the gas-unit top-up and the entity 80 % top-up with its shortfall rate.
 *
 * <p>Inputs are plain values ({@link io.github.ets4j.allocation.power.GeneratingUnit}); results are
 * {@link io.github.ets4j.allocation.Allocation}s. Sources: PLAN-POWER-2324 [V], PLAN-2526-DRAFT [D],
 * secondary sources for 2019–2022 [S]. Every type is immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.allocation.power;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
