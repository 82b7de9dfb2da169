/**
 * Allowance allocation under the national rulebooks: power benchmarks and corrections, industrial
 * intensity allocation, and compliance accounts.
 *
 * <p>Exports its API packages and reads {@code io.github.ets4j.sectors} (and so core) transitively. It reads no
 * format or command-line library: the policy study lives in {@code ets-study}.
 */
module io.github.ets4j.allocation {
  requires transitive io.github.ets4j.sectors;
  requires static jsr305;
  requires static org.immutables.value.annotations;

  exports io.github.ets4j.allocation;
  exports io.github.ets4j.allocation.compliance;
  exports io.github.ets4j.allocation.industry;
  exports io.github.ets4j.allocation.power;
}
