/**
 * Files in and out of ets4j: monthly monitoring data and allocations as CSV, and a Jackson module for
 * JSON.
 *
 * <p>Exports {@code io.github.ets4j.io} and reads {@code io.github.ets4j.allocation} and Jackson databind
 * transitively (its API is made of their types). Provides {@link io.github.ets4j.io.Ets4jModule} to
 * Jackson's {@code ObjectMapper.findModules()}, as the {@code META-INF/services} file does on the class
 * path.
 */
module io.github.ets4j.io {
  requires transitive io.github.ets4j.allocation;
  requires transitive com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;
  requires static jsr305;
  requires static org.immutables.value.annotations;

  exports io.github.ets4j.io;

  provides com.fasterxml.jackson.databind.Module with
      io.github.ets4j.io.Ets4jModule;
}
