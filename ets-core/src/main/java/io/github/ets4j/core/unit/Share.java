package io.github.ets4j.core.unit;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A share between 0 and 100 % (a load factor, an oxidation rate, a substitution rate), typed so that a
 * percentage and a fraction cannot be mistaken for each other: {@link #ofPercent(BigDecimal)} and
 * {@link #ofFraction(BigDecimal)} say which one they are given, {@link #percent()} and {@link #fraction()}
 * which one they return. The conversion moves the decimal point only, so it is exact (62.39 % = 0.6239); it is
 * {@link Percent}'s, the one place where percentages and fractions meet. A door that takes a share under a name of
 * its own ({@code oxidationRatePercent}, {@code accuracyPercent}) passes that name ({@link #ofPercent(String,
 * BigDecimal)}), so that a share in the wrong scale is refused naming the door's field. Immutable and thread-safe.
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
    return ofPercent("share (%)", percent);
  }

  /**
   * A share given in percent under the caller's field name, which a refusal names (e.g. {@code
   * oxidationRatePercent = 512.82: must be a percentage between 0 and 100}).
   *
   * @param field the name of the field the share was given in
   * @param percent the share, 0 to 100
   * @return the share
   * @throws EtsValidationException if an argument is null or the share is outside [0, 100]
   */
  public static Share ofPercent(String field, BigDecimal percent) {
    return new Share(Checks.percent(Checks.notNull("field", field), percent));
  }

  /**
   * A share given as a fraction, the form in which the allocation formulas use it.
   *
   * @param fraction the share, 0 to 1
   * @return the share
   * @throws EtsValidationException if the value is null or outside [0, 1]
   */
  public static Share ofFraction(BigDecimal fraction) {
    return ofFraction("share (fraction)", fraction);
  }

  /**
   * A share given as a fraction under the caller's field name, which a refusal names (e.g. {@code loadFactor =
   * 62.39: must be a fraction between 0 and 1}).
   *
   * @param field the name of the field the share was given in
   * @param fraction the share, 0 to 1
   * @return the share
   * @throws EtsValidationException if an argument is null or the share is outside [0, 1]
   */
  public static Share ofFraction(String field, BigDecimal fraction) {
    return new Share(Percent.fromFraction(Checks.fraction(Checks.notNull("field", field), fraction)));
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
    return Percent.toFraction(percent);
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
