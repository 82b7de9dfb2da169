package io.github.ets4j.sectors.power;

/**
 * The kind of generating unit, which selects the plausibility check of VG-POWER-2026 [V].
 * Immutable and thread-safe.
 */
public enum UnitType {
  /** Combined heat and power: {@code (generation × 3.6 + heat) / fuel heat < 1}. */
  CHP,
  /** Condensing (electricity only): {@code generation × 3.6 / fuel heat < 0.46}. */
  CONDENSING
}
