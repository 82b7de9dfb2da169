package io.github.ets4j.allocation.power;

/**
 * How a unit's condenser is cooled; used only by the 2019–2022 supply-basis cooling factor. Immutable and thread-safe.
 */
public enum Cooling {
  /** Water-cooled: cooling factor 1. */
  WATER,
  /** Air-cooled: cooling factor 1.05 [S, recalled — ASSUMED]. */
  AIR
}
