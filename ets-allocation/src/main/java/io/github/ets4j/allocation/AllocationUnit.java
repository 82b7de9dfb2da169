package io.github.ets4j.allocation;

import java.math.BigDecimal;

/**
 * What receives allowances: a generating unit, a clinker line, an electrolysis process, a steel enterprise.
 *
 * <p>Implementations are immutable input values of the sector packages. Immutable and thread-safe.
 */
public interface AllocationUnit {

  /**
   * The unit's id, unique within its entity (and, for sector-wide calculations, within its sector).
   *
   * @return the id, not blank
   */
  String id();

  /**
   * The id of the entity (the legal person that holds the account) the unit belongs to.
   *
   * @return the entity id, not blank
   */
  String entityId();

  /**
   * The unit's verified emissions of the compliance year, tCO2e (the basis of the obligation).
   *
   * @return the verified emissions, zero or more
   */
  BigDecimal verifiedEmissions();
}
