/**
 * The monitoring kit: the skeleton every fuelled facility-month shares ({@link io.github.ets4j.sectors.kit.FuelledMonth}
 * and, for the industrial sectors whose report chooses the grid factor, {@link io.github.ets4j.sectors.kit.IndustrialMonth}).
 * The skeleton resolves the fuel lines with the monitoring rules of the month's year
 * ({@code sectors.rules.MonitoringRules}), adds the indirect purchased-electricity line, and gathers the lines, the
 * fuel uses and the findings; a sector writes only its own process lines, outputs and checks.
 *
 * <p>Every type in this package is an interface whose implementations are immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.kit;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
