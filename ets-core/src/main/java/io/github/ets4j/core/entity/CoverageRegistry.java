package io.github.ets4j.core.entity;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The coverage histories of many entities, keyed by credit code: who is on the national list in a
 * year, who is in which pilot, and which system covers an entity's year.
 *
 * <p>Each entity's history refuses double coverage by itself (see {@link EntityCoverage}); the
 * registry adds that one credit code has one history. Grow it with {@link #plus(EntityCoverage)} or
 * replace a history with {@link #with(EntityCoverage)}.
 *
 * <p>Entities of announced, not covered sectors ({@link ReportOnlyEntity}, N26 §四 [V]) are registered with
 * {@link #plusReportOnly(ReportOnlyEntity)}: one credit code is either a covered entity's history or a
 * report-only entity. No system covers a report-only entity's years ({@link #coveredBy} is empty, not an
 * error), and {@link #reportOnlyEntities(java.time.Year)} lists who reports in a year. Immutable and
 * thread-safe.
 */
public final class CoverageRegistry {

  private static final CoverageRegistry EMPTY = new CoverageRegistry(new TreeMap<>(), new TreeMap<>());

  private final SortedMap<CreditCode, EntityCoverage> histories;
  private final SortedMap<CreditCode, ReportOnlyEntity> reportOnly;

  private CoverageRegistry(SortedMap<CreditCode, EntityCoverage> histories,
      SortedMap<CreditCode, ReportOnlyEntity> reportOnly) {
    this.histories = histories;
    this.reportOnly = reportOnly;
  }

  /**
   * Returns the empty registry.
   *
   * @return a registry without entities
   */
  public static CoverageRegistry empty() {
    return EMPTY;
  }

  /**
   * Creates a registry of histories.
   *
   * @param histories the histories, one per credit code
   * @return the registry
   * @throws EtsValidationException if a history is null or two share a credit code
   */
  public static CoverageRegistry of(Collection<EntityCoverage> histories) {
    CoverageRegistry registry = EMPTY;
    for (EntityCoverage history : Checks.notNull("histories", histories)) {
      registry = registry.plus(history);
    }
    return registry;
  }

  /**
   * Adds the history of an entity not yet registered.
   *
   * @param history the history
   * @return the new registry
   * @throws EtsValidationException if the history is null or its credit code is already registered
   */
  public CoverageRegistry plus(EntityCoverage history) {
    CreditCode code = Checks.notNull("history", history).entity().creditCode();
    EntityCoverage existing = histories.get(code);
    if (existing != null) {
      throw new EtsValidationException("creditCode", code,
          "already registered for " + existing.entity() + "; one credit code has one coverage history");
    }
    return with(history);
  }

  /**
   * Registers an entity of an announced, not covered sector: it reports and is never allocated.
   *
   * @param entity the entity
   * @return the new registry
   * @throws EtsValidationException if the entity is null or its credit code is already registered
   */
  public CoverageRegistry plusReportOnly(ReportOnlyEntity entity) {
    CreditCode code = Checks.notNull("entity", entity).creditCode();
    EntityCoverage history = histories.get(code);
    ReportOnlyEntity other = reportOnly.get(code);
    if (history != null || other != null) {
      throw new EtsValidationException("creditCode", code, "already registered for "
          + (history != null ? history.entity() : other) + "; one credit code is registered once");
    }
    SortedMap<CreditCode, ReportOnlyEntity> copy = new TreeMap<>(reportOnly);
    copy.put(code, entity);
    return new CoverageRegistry(histories, copy);
  }

  /**
   * The report-only entity registered under a credit code.
   *
   * @param code the credit code
   * @return the entity, or empty
   */
  public Optional<ReportOnlyEntity> reportOnly(CreditCode code) {
    Checks.notNull("code", code);
    return Optional.ofNullable(reportOnly.get(code));
  }

  /**
   * The report-only entities whose sector reports a data year, in credit-code order.
   *
   * @param year the data year
   * @return the entities
   */
  public List<ReportOnlyEntity> reportOnlyEntities(Year year) {
    Checks.notNull("year", year);
    List<ReportOnlyEntity> result = new ArrayList<>();
    for (ReportOnlyEntity entity : reportOnly.values()) {
      if (entity.sector().reportsIn(year)) {
        result.add(entity);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Adds a history or replaces the history registered under the same credit code.
   *
   * @param history the history
   * @return the new registry
   * @throws EtsValidationException if the history is null
   */
  public CoverageRegistry with(EntityCoverage history) {
    Checks.notNull("history", history);
    ReportOnlyEntity other = reportOnly.get(history.entity().creditCode());
    if (other != null) {
      throw new EtsValidationException("creditCode", history.entity().creditCode(),
          "registered as the report-only entity " + other + "; one credit code is registered once");
    }
    SortedMap<CreditCode, EntityCoverage> copy = new TreeMap<>(histories);
    copy.put(history.entity().creditCode(), history);
    return new CoverageRegistry(copy, reportOnly);
  }

  /**
   * The history registered under a credit code.
   *
   * @param code the credit code
   * @return the history, or empty
   */
  public Optional<EntityCoverage> history(CreditCode code) {
    Checks.notNull("code", code);
    return Optional.ofNullable(histories.get(code));
  }

  /**
   * The system that covers an entity's emissions of a year.
   *
   * @param code the entity's credit code
   * @param year the year
   * @return the system, or empty when no system covers the year (always empty for a report-only entity)
   * @throws EtsValidationException if no entity is registered under the code
   */
  public Optional<CoverageSystem> coveredBy(CreditCode code, Year year) {
    Checks.notNull("code", code);
    Checks.notNull("year", year);
    EntityCoverage history = histories.get(code);
    if (history == null && reportOnly.containsKey(code)) {
      return Optional.empty();
    }
    if (history == null) {
      throw new EtsValidationException("creditCode", code, "no entity is registered under this code");
    }
    return history.coveredBy(year);
  }

  /**
   * The entities a system covers in a year, in credit-code order.
   *
   * @param system the national ETS or a pilot
   * @param year the year
   * @return the entities
   */
  public List<CoveredEntity> coveredEntities(CoverageSystem system, Year year) {
    Checks.notNull("system", system);
    Checks.notNull("year", year);
    List<CoveredEntity> result = new ArrayList<>();
    for (EntityCoverage history : histories.values()) {
      if (history.coveredBy(year).filter(system::equals).isPresent()) {
        result.add(history.entity());
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * All registered histories, in credit-code order.
   *
   * @return an unmodifiable list
   */
  public List<EntityCoverage> histories() {
    return List.copyOf(histories.values());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CoverageRegistry && ((CoverageRegistry) other).histories.equals(histories)
        && ((CoverageRegistry) other).reportOnly.equals(reportOnly);
  }

  @Override
  public int hashCode() {
    return 31 * histories.hashCode() + reportOnly.hashCode();
  }

  /**
   * Describes the registry by its size.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CoverageRegistry{" + histories.size() + " entities"
        + (reportOnly.isEmpty() ? "" : ", " + reportOnly.size() + " report-only") + "}";
  }
}
