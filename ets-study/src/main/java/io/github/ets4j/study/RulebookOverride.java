package io.github.ets4j.study;

import io.github.ets4j.allocation.Rulebook;

/**
 * A what-if change to the rulebook of each study year, e.g. {@code rb -> rb.withPowerEntityCap(new
 * BigDecimal("0.85"))}. Applied after the scenario's own Phase 2 and power-benchmark parameters.
 * Implementations should be stateless.
 */
@FunctionalInterface
public interface RulebookOverride {

  /** Leaves the rulebook unchanged. */
  RulebookOverride NONE = rulebook -> rulebook;

  /**
   * Derives the rulebook of a study year.
   *
   * @param rulebook the rulebook in force (with the scenario's parameters applied)
   * @return the rulebook to use
   */
  Rulebook apply(Rulebook rulebook);
}
