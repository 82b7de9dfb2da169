/**
 * The file and JSON formats of ets4j, the only code that depends on a format library.
 *
 * <ul>
 *   <li>{@link io.github.ets4j.io.MonitoringCsv}: monitoring data in CSV files, one row one reported value
 *       of one facility-month (the long format of {@code docs/formats.md}), read into the library's
 *       {@code MonthlyReport}s and {@code AnnualReport}s through its own factories and builders, and written
 *       back.</li>
 *   <li>{@link io.github.ets4j.io.Ets4jModule}: a Jackson module for services (emissions, CO2e, monthly and
 *       annual reports, allocations, compliance accounts), found by {@code findAndRegisterModules()}.</li>
 *   <li>{@link io.github.ets4j.io.AllocationCsv}: allocations and compliance balances as CSV for
 *       embedders.</li>
 * </ul>
 *
 * <p>A value a reader does not understand stops the read with an
 * {@link io.github.ets4j.core.EtsValidationException} naming where it stands (file, line and column, or
 * the JSON path) and the value as written; nothing is half read. Every type in this package is immutable
 * and thread-safe, and no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.io;

import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
