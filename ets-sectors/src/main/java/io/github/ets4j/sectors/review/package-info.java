/**
 * The three-tier review of monthly reports: an immutable, auditable state machine per facility and
 * month, and the collection of twelve accepted months from which alone an annual figure may come.
 *
 * <p>A report passes a review by the municipal, the provincial and the national tier, in that order
 * (three-tier review as described in the domain reference [S]; annual verification by the provincial
 * authority, MEASURES-2021 [V]). Any tier may return it with findings; the corrected report is a new
 * revision that keeps the old one, and it passes all three tiers again. Every step records who, when
 * (a time passed in, never read from the clock), at which tier and with which findings. The review is
 * generic over the report type, so any immutable monthly report can be wrapped.
 *
 * <p>Every type in this package is immutable and thread-safe (when the wrapped report is), and no
 * method accepts or returns {@code null} unless it says so.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.review;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
