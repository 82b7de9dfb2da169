/**
 * The vocabulary of China's national ETS: gases and GWP sets, sectors, emission sources, emission
 * lines and inventories, CO2-equivalent amounts, how a parameter was obtained, where a regulatory
 * figure comes from, and the reporting precisions.
 *
 * <h2>Quantities</h2>
 * Quantities are {@link java.math.BigDecimal}s whose unit is part of the name of the method or
 * parameter that carries them ({@code tonnes}, {@code gj}, {@code mwh}, {@code tenThousandNm3},
 * {@code percent}, {@code fraction}). The units are those of the accounting guidelines: masses of
 * gas and of product in tonnes, heat in GJ, electricity in MWh, gaseous fuel in 10^4 Nm3, oxidation
 * and load rates in percent. Units given as text (a lab report's kcal/kg, a CC in tC/TJ) are read strictly
 * and converted exactly by {@link io.github.ets4j.core.unit.Unit}; shares are percentages where the
 * guidelines print them so, and a name that ends in {@code fraction} (or Javadoc that says "a fraction")
 * marks the allocation inputs that enter their formulas as fractions. No {@code double} enters an exact value type: factories take
 * {@code BigDecimal} (or text) and refuse negative, NaN-like or out-of-range values with an
 * {@link io.github.ets4j.core.EtsValidationException}. Factories normalise scale (trailing zeros
 * stripped), so equal amounts have one representation; reporting precision is applied only at the
 * points the rulebook names, with a {@link io.github.ets4j.core.Precision}.
 *
 * <p>Every type in this package is immutable and thread-safe, and no method accepts or returns
 * {@code null} unless it says so.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.core;

import javax.annotation.ParametersAreNonnullByDefault;
