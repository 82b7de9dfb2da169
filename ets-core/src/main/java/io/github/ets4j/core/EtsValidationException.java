package io.github.ets4j.core;

/**
 * Bad input to ets4j: names the field, the value that was refused and the rule it breaks.
 *
 * <p>Every factory and calculation of the library throws this exception (never a silent default,
 * NaN or negative result) when its input breaks a rule of the regulation or of the library's
 * contract. It extends {@link IllegalArgumentException}, so callers that do not care about the
 * details can treat it as such. Immutable and thread-safe.
 */
public class EtsValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String rule;

  /**
   * Creates an exception for one refused value.
   *
   * @param field the name of the field or parameter, e.g. {@code "oxidationRatePercent"}
   * @param value the refused value, rendered as text ({@code "null"} for null)
   * @param rule the rule that was broken, e.g. {@code "must be between 0 and 100 %"}
   */
  public EtsValidationException(String field, Object value, String rule) {
    super(field + " = " + value + ": " + rule);
    this.field = field;
    this.value = String.valueOf(value);
    this.rule = rule;
  }

  /**
   * Creates an exception with a message of its own, for subclasses whose message does not follow
   * the {@code field = value: rule} pattern (such as several missing fields at once).
   *
   * @param message the whole message
   * @param field the name of the field or parameter (several names separated by {@code ", "})
   * @param value the refused value, rendered as text
   * @param rule the rule that was broken
   */
  protected EtsValidationException(String message, String field, String value, String rule) {
    super(message);
    this.field = field;
    this.value = value;
    this.rule = rule;
  }

  /**
   * Returns the name of the field or parameter that was refused.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the refused value as text.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the rule that was broken.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }
}
