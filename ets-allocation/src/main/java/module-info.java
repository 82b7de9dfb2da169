/**
 * Allowance allocation under the national rulebooks: power benchmarks and corrections, industrial
 * intensity allocation, and compliance accounts.
 *
 * <p>Exports its API packages and reads {@code io.github.ets4j.sectors} (and so core) transitively. The
 * policy-study packages are not exported: they are run as the shaded study jar, on the class path.
 */
module io.github.ets4j.allocation {
  requires transitive io.github.ets4j.sectors;
  requires org.apache.commons.csv;
  requires static info.picocli;
  requires static jsr305;
  requires static org.immutables.value.annotations;

  exports io.github.ets4j.allocation;
  exports io.github.ets4j.allocation.compliance;
  exports io.github.ets4j.allocation.industry;
  exports io.github.ets4j.allocation.power;

  // picocli (compile-time here; bundled in the study jar) reads the command's annotated fields reflectively.
  opens io.github.ets4j.allocation.study.cli to info.picocli;
}
