/**
 * The calendar of coverage.md as data, in one place: per sector and data year the dates of the annual report,
 * verification, pre-allocation, final allocation decided and issued, surrender, the monthly evidence of the
 * first industrial year and the next year's list and data-quality plans, each row with its source (N25, N26
 * [V]) and the general rules for other years. The monitoring side ({@code EvidenceDeadline}) and the compliance
 * side ({@code ComplianceCalendar} of ets-allocation) both read it.
 *
 * <p>Every type in this package is immutable and thread-safe, and no method accepts or returns {@code null}
 * unless it says so.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.calendar;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
