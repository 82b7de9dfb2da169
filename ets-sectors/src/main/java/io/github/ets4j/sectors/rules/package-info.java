/**
 * The monitoring (MRV) rules of one compliance year as one view: the default catalogue, the plausibility ranges,
 * the fuel rules and the evidence deadline in force, each figure an entry of the library's one entry type. The
 * allocation module's {@code Rulebook} carries this view ({@code rulebook.monitoring()}), so the arrows still point
 * down.
 *
 * <p>Every type in this package is immutable and thread-safe, and no method accepts or returns {@code null}.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.rules;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
