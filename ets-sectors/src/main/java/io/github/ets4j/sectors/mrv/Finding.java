package io.github.ets4j.sectors.mrv;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Something a verifier should look at: a failed plausibility check, a value floored by a policy.
 *
 * <p>A finding does not stop a report (bad input does, with an exception); it is reported beside the
 * figures. The code identifies the check (e.g. {@code "power.condensing-efficiency"}), the message says
 * what was seen. Immutable and thread-safe.
 */
public final class Finding {
  private final YearMonth month;
  private final String code;
  private final String message;

  private Finding(YearMonth month, String code, String message) {
    this.month = month;
    this.code = code;
    this.message = message;
  }

  /**
   * Creates a finding.
   *
   * @param month the month it concerns
   * @param code the check's code
   * @param message what was seen
   * @return the finding
   * @throws EtsValidationException if the code or message is blank
   */
  public static Finding of(YearMonth month, String code, String message) {
    return new Finding(Checks.notNull("month", month), Checks.notBlank("code", code),
        Checks.notBlank("message", message));
  }

  /**
   * The month the finding concerns.
   *
   * @return the month
   */
  public YearMonth month() {
    return month;
  }

  /**
   * The code of the check.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * What was seen.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Finding && ((Finding) other).month.equals(month)
        && ((Finding) other).code.equals(code) && ((Finding) other).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(month, code, message);
  }

  /**
   * Renders the finding, e.g. {@code "2025-03 power.condensing-efficiency: …"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return month + " " + code + ": " + message;
  }
}
