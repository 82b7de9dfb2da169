/**
 * The monthly evidence deposit (月度信息化存证): key parameters of each month are uploaded with
 * supporting documents within 40 calendar days after the month ends (AG-STEEL-2024 §10.2 [V]).
 *
 * <p>Late or missing evidence for a key parameter is a {@link io.github.ets4j.sectors.evidence.EvidenceFinding}
 * that a reviewer can act on, never an exception: a report with late evidence still exists and is
 * reviewed. Every type in this package is immutable and thread-safe, and no method accepts or returns
 * {@code null} unless it says so.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.evidence;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
