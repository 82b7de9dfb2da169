package io.github.ets4j.core.entity;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An entity of a sector that is announced but not covered ({@link AnnouncedSector}, e.g. flat glass): it is
 * registered and reports its verified emissions, and it is never allocated (N26 §四 [V]). A clear status of its
 * own, not a {@link CoveredEntity} with a zero allocation: no allocation or compliance method takes one.
 *
 * <p>Create with {@code ReportOnlyEntity.of(CreditCode.of("91110000600037341L"), "North Glass", Province.HEBEI,
 * AnnouncedSector.FLAT_GLASS, List.of("line-1"))}; the facility ids may be empty, and any given must be distinct
 * and not blank. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractReportOnlyEntity {

  /**
   * The unified social credit code.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract CreditCode creditCode();

  /**
   * The registered name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The province the entity is registered in.
   *
   * @return the province
   */
  @Value.Parameter
  public abstract Province province();

  /**
   * The announced sector.
   *
   * @return the sector
   */
  @Value.Parameter
  public abstract AnnouncedSector sector();

  /**
   * The ids of the facilities it reports, in the order given.
   *
   * @return the ids, distinct and not blank; may be empty
   */
  @Value.Parameter
  public abstract List<String> facilityIds();

  /**
   * Why the entity is not allocated, with the source.
   *
   * @return the reason
   */
  public final String reportOnlyReason() {
    return "report only: " + sector() + " is announced but not covered (" + sector().source()
        + "); its entities report their emissions from " + sector().firstReportYear() + " and are not allocated";
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    Set<String> seen = new HashSet<>();
    for (String id : facilityIds()) {
      Checks.notBlank("facilityIds", id);
      if (!seen.add(id)) {
        throw new EtsValidationException("facilityIds", id, "a facility id may appear only once per entity");
      }
    }
  }

  /**
   * Renders the entity as {@code "name (credit code)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return name() + " (" + creditCode() + ")";
  }
}
