package io.github.ets4j.core.unit;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A share between 0 and 100 % (a load factor, an oxidation rate, a substitution rate), typed so that a
 * percentage and a fraction cannot be mistaken for each other: {@link #ofPercent(BigDecimal)} and
 * {@link #ofFraction(BigDecimal)} say which one they are given, {@link #percent()} and {@link #fraction()}
 * which one they return. The conversion moves the decimal point only, so it is exact (62.39 % = 0.6239).
 * Immutable and thread-safe.
 */
public final class Share {
  private final BigDecimal percent;

  private Share(BigDecimal percent) {
    this.percent = percent;
  }

  /**
   * A share given in percent, the unit in which the guidelines print shares.
   *
   * @param percent the share, 0 to 100
   * @return the share
   * @throws EtsValidationException if the value is null or outside [0, 100]
   */
  public static Share ofPercent(BigDecimal percent) {
    return new Share(Checks.percent("share (%)", percent));
  }

  /**
   * A share given as a fraction, the form in which the allocation formulas use it.
   *
   * @param fraction the share, 0 to 1
   * @return the share
   * @throws EtsValidationException if the value is null or outside [0, 1]
   */
  public static Share ofFraction(BigDecimal fraction) {
    return new Share(Checks.fraction("share (fraction)", fraction).movePointRight(2));
  }

  /**
   * The share in percent.
   *
   * @return 0 to 100
   */
  public BigDecimal percent() {
    return percent;
  }

  /**
   * The share as a fraction, exactly {@code percent / 100}.
   *
   * @return 0 to 1
   */
  public BigDecimal fraction() {
    return percent.movePointLeft(2);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Share && ((Share) other).percent.compareTo(percent) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Checks.normalise(percent));
  }

  /**
   * Renders the share in percent, e.g. {@code "62.39 %"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return percent.toPlainString() + " %";
  }
}
