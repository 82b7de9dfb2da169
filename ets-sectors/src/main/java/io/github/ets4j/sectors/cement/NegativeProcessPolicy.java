package io.github.ets4j.sectors.cement;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;

/**
 * What to do when a clinker line's process emissions {@code Q_clinker × EF − Σ Q_alt × D} come out
 * negative, i.e. the alternative-material deductions exceed the clinker's process CO2.
 *
 * <p>The guideline text seen says that a negative result is not allowed but not what follows. The
 * domain reference assumes "floor at 0 and warn" [A]; the issue that specified this module lists a
 * negative result as bad input. The default is {@link #REFUSE}: a deduction larger than the clinker's
 * own process CO2 is physically impossible for carbonate-substitution materials, so it signals wrong
 * data (a unit or quantity error), and the library fails loudly at the door rather than report a
 * floored figure nobody checked. {@link #FLOOR_AT_ZERO_AND_WARN} reproduces the domain reference's
 * assumption. Both are assumptions ({@link #SOURCE}). Immutable and thread-safe.
 */
public enum NegativeProcessPolicy {
  /** Refuse the month with an {@link io.github.ets4j.core.EtsValidationException} (the default). */
  REFUSE,
  /** [A] Report zero process emissions and a finding {@code cement.negative-process-emissions}. */
  FLOOR_AT_ZERO_AND_WARN;

  /** Both behaviours are assumptions of this project: the rulebook says only "not allowed". */
  public static final Source SOURCE =
      Source.of("AG-CEMENT-2024", "negative process emissions not allowed; handling assumed", Confidence.ASSUMED);
}
