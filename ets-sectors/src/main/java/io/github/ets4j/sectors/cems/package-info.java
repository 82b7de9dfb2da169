/**
 * Cross-check of accounted emissions against flue-gas CO2 continuous emission monitoring (CEMS).
 *
 * <p>Plants with CO2 CEMS report daily averages (CO2 concentration, flow, CO2 mass, O2, temperature,
 * humidity, load) and compare them with accounted emissions; while CEMS is on trial, accounted data
 * prevail (AG-STEEL-2024 §9.2 f) [V]). The deviation {@code (CEMS − accounted) / accounted} is reported per
 * month and for the year and flagged beyond a tolerance the caller sets (default 10 %, an assumption: no
 * tolerance is published). Days without a CEMS record are counted and reported, never filled.
 *
 * <p>Every type in this package is immutable and thread-safe, and no method accepts or returns
 * {@code null} unless it says so.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.cems;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
