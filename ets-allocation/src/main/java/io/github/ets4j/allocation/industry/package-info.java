/**
 * Cement, steel and aluminum allocation: the intensity-coefficient method (碳排放强度系数法) of 2025–2026
 * with its exact balance-value solver, special units, and the Phase 2 (2027 on) advanced-level variants.
 *
 * <p>Inputs are plain values ({@link io.github.ets4j.allocation.industry.IndustrialUnit}): the allocation
 * basis E (verified emissions of the line, process or enterprise), the intensity numerator and the
 * product output. Sources: PLAN-IND-2425 [V/S], PLAN-2526-DRAFT [D], WORKPLAN-2025 [V]. Every type is
 * immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.allocation.industry;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
