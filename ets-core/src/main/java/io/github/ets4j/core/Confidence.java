package io.github.ets4j.core;

/**
 * How sure the project is of a regulatory figure, by the kind of text it was read in.
 *
 * <p>The tags are those of the project's domain reference ({@code [V] [D] [S] [C] [A]}). Every
 * catalogue entry carries one, so that a user can list every figure that is not yet official.
 * Immutable and thread-safe.
 */
public enum Confidence {
  /** [V] read in the official text, or a verbatim copy of it. */
  OFFICIAL("V"),
  /** [D] read in an official draft (consultation) text; the final text may differ. */
  DRAFT("D"),
  /** [S] secondary source: ICAP, reported press conferences, reputable summaries. */
  SECONDARY("S"),
  /** [C] seen only in third-party code implementing the guideline: plausible, not authoritative. */
  THIRD_PARTY("C"),
  /** [A] an assumption of this project where no rule was found; always a named, overridable parameter. */
  ASSUMED("A");

  private final String tag;

  Confidence(String tag) {
    this.tag = tag;
  }

  /**
   * Returns the one-letter tag used in the domain reference, e.g. {@code "V"}.
   *
   * @return the tag
   */
  public String tag() {
    return tag;
  }

  /**
   * Tells whether a figure of this confidence is read in an official, final text.
   *
   * @return true only for {@link #OFFICIAL}
   */
  public boolean isOfficial() {
    return this == OFFICIAL;
  }
}
