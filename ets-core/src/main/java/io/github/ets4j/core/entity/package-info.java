/**
 * Who is covered: covered entities identified by their unified social credit code, the provinces
 * and regional pilot ETSs they belong to, and the coverage rules of the national ETS (inclusion
 * threshold, removal, the move from a regional pilot).
 *
 * <p>An entity's emissions of one year are covered by one system only, the national ETS or one
 * regional pilot; {@link io.github.ets4j.core.entity.EntityCoverage} refuses double coverage.
 * Every type in this package is immutable and thread-safe, and no method accepts or returns
 * {@code null} unless it says so.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.core.entity;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
