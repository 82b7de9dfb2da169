/**
 * Monitoring data in CSV files: one row is one reported value of one facility-month (the long format of
 * {@code docs/formats.md}). {@link io.github.ets4j.io.csv.MonitoringCsv} reads a file into the library's
 * {@code MonthlyReport}s and {@code AnnualReport}s through the library's own factories and builders, so
 * the library's validation applies, and writes the same file back from reports. A cell the reader does
 * not understand stops the read with an {@link io.github.ets4j.core.EtsValidationException} that names
 * the file, the line, the column and the value as written; nothing is half read.
 * {@link io.github.ets4j.io.csv.AllocationCsv} writes allocations and compliance balances for embedders.
 *
 * <p>Every type in this package is immutable and thread-safe, and no method accepts or returns
 * {@code null}.
 */
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.io.csv;

import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
