/**
 * The runnable policy study ({@code java -jar ets-study.jar}): the only place of ets4j that parses
 * command-line arguments and prints tables. It depends on picocli, which the library declares optional.
 */
@EtsStyle
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.study.cli;

import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
