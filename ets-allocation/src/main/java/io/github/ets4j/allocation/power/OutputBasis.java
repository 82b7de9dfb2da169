package io.github.ets4j.allocation.power;

/**
 * What the electricity benchmark multiplies. Immutable and thread-safe.
 */
public enum OutputBasis {
  /** Electricity supplied (供电量), 2019–2022, with cooling, heat and load factors. */
  SUPPLIED,
  /** Gross generation (发电量), from 2023, with the peak-shaving factor Ff. */
  GROSS_GENERATION
}
