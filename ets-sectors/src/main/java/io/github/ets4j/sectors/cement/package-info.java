/**
 * Cement clinker (AG-CEMENT-2024): a clinker production line's fuel and process emissions,
 * alternative-material deductions, the carbide-slag substitution rate and the intensity per tonne of
 * clinker.
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.cement;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
