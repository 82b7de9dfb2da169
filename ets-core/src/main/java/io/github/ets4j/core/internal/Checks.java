package io.github.ets4j.core.internal;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import javax.annotation.Nullable;

/**
 * Argument checks shared by the ets4j modules: each returns its argument when it is valid and
 * throws an {@link EtsValidationException} naming the field, the value and the rule otherwise.
 *
 * <p>Exported only to the other ets4j modules (not API), so that they validate in one voice; it
 * holds no state. Immutable and thread-safe.
 */
public final class Checks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Checks() {}

  /**
   * Refuses null.
   *
   * @param field the field name
   * @param value the value
   * @param <T> the value's type
   * @return {@code value}
   * @throws EtsValidationException if {@code value} is null
   */
  public static <T> T notNull(String field, @Nullable T value) {
    if (value == null) {
      throw new EtsValidationException(field, "null", "is required");
    }
    return value;
  }

  /**
   * Refuses a null element of a list, naming it {@code list[index]}; the name is built only when the check fails,
   * so a loop over many elements builds no text.
   *
   * @param list the list's field name
   * @param index the element's place
   * @param value the element
   * @param <T> the element's type
   * @return {@code value}
   * @throws EtsValidationException if {@code value} is null
   */
  public static <T> T element(String list, int index, @Nullable T value) {
    if (value == null) {
      throw new EtsValidationException(list + "[" + index + "]", "null", "is required");
    }
    return value;
  }

  /**
   * Refuses null and blank text.
   *
   * @param field the field name
   * @param value the text
   * @return {@code value}, unchanged
   * @throws EtsValidationException if {@code value} is null or blank
   */
  public static String notBlank(String field, @Nullable String value) {
    String text = notNull(field, value);
    if (text.isBlank()) {
      throw new EtsValidationException(field, "\"" + text + "\"", "must not be blank");
    }
    return text;
  }

  /**
   * Refuses null and negative amounts.
   *
   * @param field the field name
   * @param value the amount
   * @return {@code value}
   * @throws EtsValidationException if {@code value} is null or negative
   */
  public static BigDecimal nonNegative(String field, @Nullable BigDecimal value) {
    BigDecimal amount = notNull(field, value);
    if (amount.signum() < 0) {
      throw new EtsValidationException(field, amount.toPlainString(), "must not be negative");
    }
    return amount;
  }

  /**
   * As {@link #nonNegative(String, BigDecimal)} for the field {@code prefix + name}, concatenated only when the check
   * fails: a check made for every line of every month (the field {@code "quantity of " + fuel}) builds no text, and
   * allocates nothing (a {@code Supplier} of the name would capture the name in a new object on every call), when it
   * passes.
   *
   * @param prefix the start of the field name, e.g. {@code "quantity of "}
   * @param name the rest of the field name, e.g. the fuel's
   * @param value the amount
   * @return {@code value}
   * @throws EtsValidationException if {@code value} is null or negative: the field {@code prefix + name}, the value
   *     and the rule of {@link #nonNegative(String, BigDecimal)}; or if {@code prefix} or {@code name} is null
   */
  public static BigDecimal nonNegative(@Nullable String prefix, @Nullable String name, @Nullable BigDecimal value) {
    if (value == null || value.signum() < 0 || prefix == null || name == null) {
      return nonNegative(notNull("prefix", prefix) + notNull("name", name), value);
    }
    return value;
  }

  /**
   * As {@link #notNull(String, Object)} for the field {@code prefix + name}, concatenated only when the check fails.
   *
   * @param prefix the start of the field name, e.g. {@code "unit of "}
   * @param name the rest of the field name
   * @param value the value
   * @param <T> the value's type
   * @return {@code value}
   * @throws EtsValidationException if {@code value} is null: the field {@code prefix + name}, the value and the rule
   *     of {@link #notNull(String, Object)}; or if {@code prefix} or {@code name} is null
   */
  public static <T> T notNull(@Nullable String prefix, @Nullable String name, @Nullable T value) {
    if (value == null || prefix == null || name == null) {
      return notNull(notNull("prefix", prefix) + notNull("name", name), value);
    }
    return value;
  }

  /**
   * Refuses null, zero and negative amounts.
   *
   * @param field the field name
   * @param value the amount
   * @return {@code value}
   * @throws EtsValidationException if {@code value} is null, zero or negative
   */
  public static BigDecimal positive(String field, @Nullable BigDecimal value) {
    BigDecimal amount = notNull(field, value);
    if (amount.signum() <= 0) {
      throw new EtsValidationException(field, amount.toPlainString(), "must be greater than zero");
    }
    return amount;
  }

  /**
   * Refuses a fraction outside [0, 1].
   *
   * @param field the field name
   * @param value the fraction
   * @return {@code value}
   * @throws EtsValidationException if {@code value} is null or outside [0, 1]
   */
  public static BigDecimal fraction(String field, @Nullable BigDecimal value) {
    BigDecimal amount = notNull(field, value);
    if (amount.signum() < 0 || amount.compareTo(BigDecimal.ONE) > 0) {
      throw new EtsValidationException(field, amount.toPlainString(), "must be a fraction between 0 and 1");
    }
    return amount;
  }

  /**
   * Refuses a percentage outside [0, 100].
   *
   * @param field the field name
   * @param value the percentage
   * @return {@code value}
   * @throws EtsValidationException if {@code value} is null or outside [0, 100]
   */
  public static BigDecimal percent(String field, @Nullable BigDecimal value) {
    BigDecimal amount = notNull(field, value);
    if (amount.signum() < 0 || amount.compareTo(HUNDRED) > 0) {
      throw new EtsValidationException(field, amount.toPlainString(), "must be a percentage between 0 and 100");
    }
    return amount;
  }

  /**
   * Strips trailing zeros so that equal amounts have one representation ({@code 1.50} and
   * {@code 1.5} become the same value, {@code 1000.0} becomes {@code 1000}; zero becomes
   * {@link BigDecimal#ZERO}). The scale is never negative, so {@code toString()} stays plain.
   *
   * @param value the amount
   * @return the normalised amount
   */
  public static BigDecimal normalise(BigDecimal value) {
    if (notNull("value", value).signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal onLong = normaliseOnLong(value);
    if (onLong != null) {
      return onLong;
    }
    return stripped(value);
  }

  /** The rule's own route: strip every trailing zero, then give a negative scale back to 0. */
  static BigDecimal stripped(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * {@link #normalise(BigDecimal)} of a non-zero amount without {@link BigDecimal#stripTrailingZeros()}, which
   * divides by ten until a remainder appears and then, for a whole number, multiplies back to scale 0: a scale of 0
   * is already the normal form (stripping, then giving back the scale, yields the same digits at the same scale),
   * and an amount of at most 18 digits at a positive scale loses its trailing zeros from its unscaled {@code long},
   * down to scale 0 at most. Every amount in a line of a monthly report is such (2 decimals).
   *
   * @return the normalised amount, or null where the rule's own route must decide (negative scale, more digits)
   */
  @Nullable
  static BigDecimal normaliseOnLong(BigDecimal value) {
    int scale = value.scale();
    if (scale == 0) {
      return value;
    }
    if (scale < 0 || value.precision() > 18) {
      return null;
    }
    // The unscaled digits at scale 0, as a long (at most 18 digits).
    long unscaled = value.scaleByPowerOfTen(scale).longValueExact();
    int kept = scale;
    while (kept > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      kept--;
    }
    return kept == scale ? value : BigDecimal.valueOf(unscaled, kept);
  }
}
