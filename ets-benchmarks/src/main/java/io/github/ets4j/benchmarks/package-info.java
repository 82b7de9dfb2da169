/**
 * JMH benchmarks of ets4j's hot paths, each beside a hand-written primitive baseline in the same class.
 * Build with {@code mvn -B verify}; list with {@code java -jar ets-benchmarks/target/benchmarks.jar -l}.
 */
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.benchmarks;

import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
