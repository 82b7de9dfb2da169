package io.github.ets4j.core;

import java.util.List;
import javax.annotation.Nullable;

/**
 * A required value that is null or was never given: {@code fuel = null: is required} for a null
 * argument, {@code month: is required} for a builder that was built without one of its required
 * attributes.
 *
 * <p>The generated value types of ets4j throw it from their own null and completeness checks (the
 * shared {@link EtsStyle} names it), so a missing value is refused in the same voice as any other bad
 * input, naming the field, never as a bare {@link NullPointerException} or {@link
 * IllegalStateException} with internal names. Immutable and thread-safe.
 */
public final class MissingValueException extends EtsValidationException {
  private static final long serialVersionUID = 1L;

  /** The rule every missing value breaks. */
  public static final String RULE = "is required";

  private final List<String> fields;

  /**
   * Creates the exception for one null value.
   *
   * @param field the name of the field or parameter that is null; {@code "value"} when the generated
   *     code names none (the value of a map entry)
   */
  public MissingValueException(@Nullable String field) {
    super(field == null ? "value" : field, "null", RULE);
    this.fields = List.of(field == null ? "value" : field);
  }

  /**
   * Creates the exception for required attributes that a builder was not given.
   *
   * @param fields the names of the missing attributes (at least one)
   */
  public MissingValueException(String... fields) {
    super(
        String.join(", ", fields) + ": " + (fields.length == 1 ? RULE : "are required"),
        String.join(", ", fields),
        "not set",
        RULE);
    this.fields = List.of(fields);
  }

  /**
   * Returns the names of the missing fields, one for a null argument, one or more for a builder.
   *
   * @return the field names, in the order given
   */
  public List<String> fields() {
    return fields;
  }
}
