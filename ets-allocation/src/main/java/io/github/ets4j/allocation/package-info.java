/**
 * Allocation in China's national ETS: the {@link io.github.ets4j.allocation.Rulebook} of a compliance year,
 * the {@link io.github.ets4j.allocation.AllocationPolicy} interface with its methods (verified emissions,
 * power benchmark, industry intensity coefficient, Phase 2), the
 * {@link io.github.ets4j.allocation.Allocation} result with entity and unit figures and their explanation,
 * and the {@link io.github.ets4j.allocation.RuleValue} catalogue entries that carry every regulatory figure
 * with its source and confidence.
 *
 * <p>Start with {@code Rulebook.chinaNational(Year.of(2025))}; allocate with
 * {@code rulebook.allocatePower(units)} or {@code rulebook.allocateIndustry(Sector.CEMENT, lines)}; derive
 * what-if rulebooks with {@code withXxx(...)}; list the assumptions in use with
 * {@code rulebook.assumptions()}. Sector details live in {@code allocation.power},
 * {@code allocation.industry} and {@code allocation.compliance}.
 *
 * <p>Figures are {@link java.math.BigDecimal}s: allowances in whole tonnes (floored where the plans say so),
 * rates and factors at the precision the rule names. Every type is immutable and thread-safe.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.allocation;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
