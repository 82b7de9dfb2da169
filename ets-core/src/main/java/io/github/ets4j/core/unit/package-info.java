/**
 * Units of the monitoring data, checked and converted at the door.
 *
 * <p>A {@link io.github.ets4j.core.unit.Quantity} is what a number measures (the net calorific value of a
 * solid or liquid fuel, a carbon content per unit heat, a share, a mass of fuel, ...) and has one guideline
 * unit (mrv.md "Units": GJ/t, GJ/10^4 Nm3, tC/GJ, %, t, 10^4 Nm3, MWh, GJ). A
 * {@link io.github.ets4j.core.unit.Unit} is one known spelling of a unit of one quantity, with the exact
 * factor that converts a value in it to the guideline unit (e.g. 1 kcal/kg = 0.0041868 GJ/t, since
 * 1 kcal = 4.1868 kJ, AG-STEEL-2024 [V]). {@link io.github.ets4j.core.unit.Unit#parse(String, String)}
 * accepts known spellings only: an unknown text, or a unit of another quantity than the one expected, is an
 * {@link io.github.ets4j.core.EtsValidationException} naming the field, the unit and the accepted units.
 *
 * <p>Shares: the public API of the monitoring rules gives shares (oxidation rate, load factor, sulfur and
 * ash contents, substitution rates) in percent, as the guidelines print them, in {@link
 * io.github.ets4j.core.unit.Unit#PERCENT}; a share in a percent field that is at most 1 % looks like a
 * fraction and is refused where the quantity cannot be that small (an oxidation rate, a coal unit's load
 * factor).
 *
 * <p>Every type in this package is immutable and thread-safe, and no method accepts or returns
 * {@code null}.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.core.unit;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
