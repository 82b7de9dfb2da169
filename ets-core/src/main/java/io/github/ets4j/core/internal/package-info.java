/**
 * Helpers shared by the ets4j modules and not part of the API: the argument checks that make every
 * module validate in one voice.
 *
 * <p>The module descriptor exports this package only to the other ets4j modules; on the module path an
 * application cannot read it, and on the class path it may change or disappear in any release. Every
 * type in this package is immutable and thread-safe.
 */
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.core.internal;

import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
