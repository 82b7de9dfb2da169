/**
 * Power generation (AG-POWER-2022, UPD-POWER-2026, VG-POWER-2026): a generating unit's monthly
 * data, its fuel lines, heat conversions, plausibility checks and the annual figures the
 * allocation needs (gross generation, heat supplied, load factor, intensities).
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.power;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
