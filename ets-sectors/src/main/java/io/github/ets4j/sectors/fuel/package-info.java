/**
 * Fuel combustion (all sectors): the fuel table of AG-STEEL-2024 Table A.1, unit checks, the
 * combustion formula {@code FC × NCV × CC × OF × 44/12} and its variants (as-received element carbon,
 * mass balance without OF), and the rules on how each fuel parameter may be obtained.
 *
 * <p>Doors: a fuel line accepts an NCV only in a unit of energy per mass (solid and liquid fuels) or per gas
 * volume (gaseous fuels), a CC only per unit heat, C_ar only in tC/t and OF only in percent, above 1 % (a
 * share of at most 1 % looks like a fraction and is refused). Resolving a line refuses a parameter outside
 * its physical range and reports one outside its plausible range as a finding (the catalogue's ranges).
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
