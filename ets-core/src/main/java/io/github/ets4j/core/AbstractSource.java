package io.github.ets4j.core;

import io.github.ets4j.core.internal.Checks;

import org.immutables.value.Value;

/**
 * Where a regulatory figure comes from: the document (by the short name of the domain reference,
 * e.g. {@code AG-STEEL-2024}), the place in it (table, clause, annex) and how sure we are of it.
 *
 * <p>Create with {@code Source.of("AG-STEEL-2024", "Table A.1", Confidence.OFFICIAL)}; it renders
 * as {@code AG-STEEL-2024 Table A.1 [V]}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractSource {

  /**
   * The document's short name, e.g. {@code "AG-STEEL-2024"} or {@code "PLAN-2526-DRAFT"}.
   *
   * @return the document
   */
  @Value.Parameter
  public abstract String document();

  /**
   * The place in the document, e.g. {@code "Table A.1"}, {@code "§6.2.2.2"}, {@code "Annex 1"}.
   *
   * @return the place
   */
  @Value.Parameter
  public abstract String place();

  /**
   * How sure the project is of the figure.
   *
   * @return the confidence
   */
  @Value.Parameter
  public abstract Confidence confidence();

  @Value.Check
  void check() {
    Checks.notBlank("document", document());
    Checks.notNull("place", place());
  }

  /**
   * Renders the source as {@code DOCUMENT place [tag]}.
   *
   * @return the citation
   */
  @Override
  public String toString() {
    return document() + (place().isBlank() ? "" : " " + place()) + " [" + confidence().tag() + "]";
  }
}
