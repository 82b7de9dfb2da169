/**
 * Fuel combustion (all sectors): the fuel table of AG-STEEL-2024 Table A.1, unit checks, the
 * combustion formula {@code FC × NCV × CC × OF × 44/12} and its variants (as-received element carbon,
 * mass balance without OF), and the rules on how each fuel parameter may be obtained.
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
