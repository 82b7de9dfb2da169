/**
 * Monthly and annual monitoring reports: parameters with their provenance and evidence, calculated
 * source lines with their explanation, and the annual report built from exactly twelve months (mrv.md
 * "Monthly reports"; AG-STEEL-2024 §10.2 [V]). Reporting precision is applied by one internal component
 * of the module, at the points the rulebook names.
 *
 * <p>Every type in this package is immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.mrv;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
