package io.github.ets4j.core.entity;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character identity of a
 * legal person in China, and so of every entity covered by the ETS.
 *
 * <p>The code uses the 31 symbols {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z). The
 * 18th character is a check character: with the values 0–30 of the first 17 characters and the
 * weights 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28, the check value is
 * {@code 31 − (Σ value × weight mod 31)}, where 31 becomes 0. The factory is strict: lower-case
 * letters and surrounding spaces are refused rather than repaired, because a code is an identity
 * and a silently changed identity is worse than an error. Only the alphabet and the check
 * character are verified, not the meaning of the first eight characters (registration authority,
 * entity type, administrative division).
 *
 * <p>Create with {@code CreditCode.of("91350100M000100Y43")}. Immutable and thread-safe.
 */
public final class CreditCode implements Comparable<CreditCode> {

  /** Where the alphabet, the weights and the check formula come from. */
  public static final Source SOURCE = Source.of("GB 32100-2015", "check character, as given in the domain reference",
      Confidence.SECONDARY);

  /** The number of characters of a code. */
  public static final int LENGTH = 18;

  /** The 31 symbols of a code, in the order of their values 0 to 30. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int MODULUS = ALPHABET.length();

  private final String value;

  private CreditCode(String value) {
    this.value = value;
  }

  /**
   * Parses and validates a code.
   *
   * @param code the 18 characters, upper case, no spaces
   * @return the code
   * @throws EtsValidationException naming the code and the rule if the code is null, does not have 18
   *     characters, holds a character outside the alphabet (the message names the character and its
   *     1-based position), or ends in a wrong check character (the message names the expected one)
   */
  public static CreditCode of(String code) {
    String text = Checks.notNull("creditCode", code);
    if (text.length() != LENGTH) {
      throw new EtsValidationException("creditCode", text,
          "must have " + LENGTH + " characters, has " + text.length());
    }
    int sum = 0;
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      int symbol = ALPHABET.indexOf(c);
      if (symbol < 0) {
        throw new EtsValidationException("creditCode", text,
            "illegal character '" + c + "' at position " + (i + 1) + "; allowed: " + ALPHABET);
      }
      if (i < WEIGHTS.length) {
        sum += symbol * WEIGHTS[i];
      }
    }
    char expected = checkCharacter(sum);
    if (text.charAt(LENGTH - 1) != expected) {
      throw new EtsValidationException("creditCode", text,
          "wrong check character '" + text.charAt(LENGTH - 1) + "' at position 18, expected '" + expected + "'");
    }
    return new CreditCode(text);
  }

  /**
   * Tells whether a text is a valid code, without throwing.
   *
   * @param code the text
   * @return true when {@link #of(String)} would accept it
   */
  public static boolean isValid(String code) {
    try {
      of(code);
      return true;
    } catch (EtsValidationException e) {
      return false;
    }
  }

  /**
   * Computes the check character of the first 17 characters of a code.
   *
   * @param first17 the first 17 characters, each from {@link #ALPHABET}
   * @return the 18th character that makes the code valid
   * @throws EtsValidationException if the text is not 17 characters of the alphabet
   */
  public static char checkCharacterOf(String first17) {
    String text = Checks.notNull("first17", first17);
    if (text.length() != WEIGHTS.length) {
      throw new EtsValidationException("first17", text, "must have " + WEIGHTS.length + " characters, has " + text.length());
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      int symbol = ALPHABET.indexOf(text.charAt(i));
      if (symbol < 0) {
        throw new EtsValidationException("first17", text,
            "illegal character '" + text.charAt(i) + "' at position " + (i + 1) + "; allowed: " + ALPHABET);
      }
      sum += symbol * WEIGHTS[i];
    }
    return checkCharacter(sum);
  }

  private static char checkCharacter(int weightedSum) {
    // 31 − (sum mod 31) lies in 1..31; the standard maps 31 to the symbol of value 0.
    int check = (MODULUS - weightedSum % MODULUS) % MODULUS;
    return ALPHABET.charAt(check);
  }

  /**
   * The code as text.
   *
   * @return the 18 characters
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CreditCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreditCode && ((CreditCode) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the code as text.
   *
   * @return the 18 characters
   */
  @Override
  public String toString() {
    return value;
  }
}
