/**
 * Regulatory figures as data: one entry type for every figure of the library and year-ranged tables of them.
 *
 * <p>A {@link io.github.ets4j.core.rules.RuleEntry} is one regulatory figure (a default factor, a benchmark, a
 * share, a threshold, a bound of a range): its key, exact value, unit, {@link io.github.ets4j.core.Source} with
 * confidence, the compliance years it is in force and the sectors it applies to. A
 * {@link io.github.ets4j.core.rules.RuleTable} holds the rows of many keys and finds the row of a key in force in
 * a year, so a new plan year is new rows; replacement rows (for example the final text of a draft plan) take
 * precedence over the rows they cover. A {@link io.github.ets4j.core.rules.YearTable} chooses anything else that
 * changes by year (a formula, the list of documents) by rows of years instead of {@code if} chains.
 *
 * <p>Every type in this package is immutable and thread-safe, and no method accepts or returns {@code null}.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.core.rules;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
