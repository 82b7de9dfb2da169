/**
 * The vocabulary of China's national ETS: gases and GWP sets, sectors, emission lines and inventories,
 * CO2-equivalent amounts, provenance, reporting precisions, covered entities, units of measure and regulatory figures as year-ranged rows.
 *
 * <p>Exports its API packages; {@code io.github.ets4j.core.internal} (the shared argument checks) is
 * exported only to the other ets4j modules. The annotations of JSR-305 and Immutables are needed at
 * compile time only ({@code requires static}).
 */
module io.github.ets4j.core {
  requires static jsr305;
  requires static org.immutables.value.annotations;

  exports io.github.ets4j.core;
  exports io.github.ets4j.core.entity;
  exports io.github.ets4j.core.rules;
  exports io.github.ets4j.core.unit;
  exports io.github.ets4j.core.internal to
      io.github.ets4j.sectors,
      io.github.ets4j.allocation,
      io.github.ets4j.io;
}
