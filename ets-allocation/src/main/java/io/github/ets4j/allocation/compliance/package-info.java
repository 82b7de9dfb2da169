/**
 * Compliance accounting: the compliance parameters of a year, an entity's account (obligation, surrender by
 * vintage, CCER offsets, borrowing, carry-over, shortfall and penalty range), pre-allocation and the final
 * true-up (多退少补), and differentiated issuance through the provincial account.
 *
 * <p>Accounts are immutable: every operation returns a new account, and an operation that would break a
 * rule throws an {@link io.github.ets4j.core.EtsValidationException} and changes nothing. Sources:
 * MEASURES-2021 [V], REG-2024 [V], PLAN-POWER-2324 [V], PLAN-2526-DRAFT [D]. Every type is immutable and
 * thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.allocation.compliance;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
