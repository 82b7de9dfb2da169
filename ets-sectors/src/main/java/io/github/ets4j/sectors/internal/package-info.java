/**
 * Helpers shared by the sector packages and not part of the API: the one component that applies
 * reporting precision and the rendering of numbers in explanations.
 *
 * <p>The module descriptor does not export this package; on the module path no other module can read
 * it, and on the class path it may change or disappear in any release. Every
 * type in this package is immutable and thread-safe.
 */
@ParametersAreNonnullByDefault
@ReturnValuesAreNonnullByDefault
package io.github.ets4j.sectors.internal;

import io.github.ets4j.core.ReturnValuesAreNonnullByDefault;
import javax.annotation.ParametersAreNonnullByDefault;
