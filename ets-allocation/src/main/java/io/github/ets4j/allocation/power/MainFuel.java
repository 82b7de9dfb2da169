package io.github.ets4j.allocation.power;

/**
 * The main fuel of a generating unit, as used to classify it. Immutable and thread-safe.
 */
public enum MainFuel {
  /** Coal (conventional or unconventional). */
  COAL,
  /** Natural gas. */
  NATURAL_GAS
}
