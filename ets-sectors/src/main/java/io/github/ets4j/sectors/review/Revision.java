package io.github.ets4j.sectors.review;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * One revision of a monthly report under review: its number (from 1), the report itself, who made it
 * and when.
 *
 * <p>A correction never overwrites a revision: it adds the next one, so every figure a reviewer saw stays
 * on record. Hand-written rather than generated because it is generic over the report type.
 * Immutable and thread-safe when the report is.
 *
 * @param <R> the report type, expected to be immutable
 */
public final class Revision<R> {
  private final int number;
  private final R report;
  private final String authorId;
  private final Instant created;

  private Revision(int number, R report, String authorId, Instant created) {
    this.number = number;
    this.report = report;
    this.authorId = authorId;
    this.created = created;
  }

  /**
   * Creates a revision.
   *
   * @param number the revision number, 1 or more
   * @param report the report
   * @param authorId the id of the person who made it, not blank
   * @param created when it was made
   * @param <R> the report type
   * @return the revision
   * @throws EtsValidationException if an argument is null, the number is below 1 or the author is blank
   */
  public static <R> Revision<R> of(int number, R report, String authorId, Instant created) {
    if (number < 1) {
      throw new EtsValidationException("number", number, "revisions are counted from 1");
    }
    return new Revision<>(number, Checks.notNull("report", report), Checks.notBlank("authorId", authorId),
        Checks.notNull("created", created));
  }

  /**
   * The revision number, counted from 1.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * The report of this revision.
   *
   * @return the report
   */
  public R report() {
    return report;
  }

  /**
   * The id of the person who made the revision.
   *
   * @return the id
   */
  public String authorId() {
    return authorId;
  }

  /**
   * When the revision was made.
   *
   * @return the instant
   */
  public Instant created() {
    return created;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Revision)) {
      return false;
    }
    Revision<?> o = (Revision<?>) other;
    return o.number == number && o.report.equals(report) && o.authorId.equals(authorId) && o.created.equals(created);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, report, authorId, created);
  }

  /**
   * Renders the revision, e.g. {@code "r2 by clerk-1 at 2025-03-01T00:00:00Z: <report>"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "r" + number + " by " + authorId + " at " + created + ": " + report;
  }
}
