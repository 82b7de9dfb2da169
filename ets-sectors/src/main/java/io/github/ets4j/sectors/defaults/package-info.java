/**
 * The default-value catalogue: every regulatory figure of the monitoring rules (fuel NCV, carbon
 * content and oxidation rate, power's high default coal carbon content, steel process factors, cement
 * clinker and deduction factors, aluminum anode and PFC factors, carbonate factors, heat-conversion
 * constants) as data, each with its source, confidence tag and the compliance years and sectors it
 * applies to. Users can list every non-official figure and supply their own entries.
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.defaults;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
