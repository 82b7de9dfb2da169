package io.github.ets4j.allocation;

import java.math.BigDecimal;

/**
 * The allocation of one unit, with the figures that explain it.
 *
 * <p>The numbers are held as plain fields; the explanation text is built only when
 * {@link #explain()} is called, so study loops pay nothing for it. Immutable and thread-safe.
 */
public interface UnitAllocation {

  /**
   * The unit's id.
   *
   * @return the id
   */
  String unitId();

  /**
   * The entity's id.
   *
   * @return the entity id
   */
  String entityId();

  /**
   * The unit's verified emissions, tCO2e.
   *
   * @return the verified emissions
   */
  BigDecimal verifiedEmissions();

  /**
   * The unit's allocation after every unit-level step (floors and unit top-ups), whole tonnes.
   *
   * @return the allocation, t
   */
  BigDecimal allocation();

  /**
   * Tells whether the unit is a special unit allocated at its verified emissions.
   *
   * @return true for special units
   */
  boolean isSpecial();

  /**
   * Explains the allocation: formula, inputs, rule values with their sources and every rounding step.
   *
   * @return a multi-line text
   */
  String explain();
}
