package io.github.ets4j.study;

/**
 * How a sector is allocated in a compliance year, as far as the study's engines need to know.
 * Immutable and thread-safe.
 */
public enum StudyMethod {
  /** Allocation equals verified emissions (industry 2024; also every special unit). */
  VERIFIED,
  /** Power benchmark method: {@code A = Qe × Be × Ff + Qh × Bh}, gas top-up, entity relief. */
  POWER_BENCHMARK,
  /** Intensity-coefficient method: {@code A = E × (1 + α)} around a benchmark intensity (balance value or Phase 2). */
  INTENSITY_COEFFICIENT,
  /** The sector is not covered in that year: its units get nothing and are left out of the results. */
  NOT_COVERED
}
