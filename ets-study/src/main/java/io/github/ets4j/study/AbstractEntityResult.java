package io.github.ets4j.study;

import io.github.ets4j.allocation.AllocationUnits;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The exact allocation of one entity in one year (a row of {@code entities.csv}).
 *
 * <p>The initial allocation is the sum of its units' allocations (after any unit relief); relief is the
 * entity-level top-up (power: to 80 % of verified emissions). The shortfall rate is {@code (verified −
 * initial) / verified} in %, 2 decimals half up, as the rules compute it. A {@link PolicyStudy} adds how the
 * entity settles the year ({@link #compliance()}). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractEntityResult {

  /**
   * The compliance year.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The entity.
   *
   * @return the entity id
   */
  public abstract String entityId();

  /**
   * The sector.
   *
   * @return the sector
   */
  public abstract Sector sector();

  /**
   * Verified emissions, t.
   *
   * @return the tonnes
   */
  public abstract BigDecimal verifiedTonnes();

  /**
   * The sum of the unit allocations, t.
   *
   * @return the tonnes
   */
  public abstract BigDecimal initialAllocationTonnes();

  /**
   * The entity-level relief, t.
   *
   * @return the tonnes, default 0
   */
  @Value.Default
  public BigDecimal reliefTonnes() {
    return BigDecimal.ZERO;
  }

  /**
   * The shortfall rate before relief, %.
   *
   * @return the rate, 2 decimals
   */
  public abstract BigDecimal shortfallRatePercent();

  /**
   * The final allocation: initial allocation plus relief, t.
   *
   * @return the tonnes
   */
  public BigDecimal allocationTonnes() {
    // The value and scale of initial.add(relief); without a new object for the usual zero relief (the study's sums
    // and settlement read this once per entity).
    return AllocationUnits.plus(initialAllocationTonnes(), reliefTonnes());
  }

  /**
   * The net position: allocation minus verified emissions, t (negative = short, must buy).
   *
   * @return the tonnes
   */
  public BigDecimal netPositionTonnes() {
    return allocationTonnes().subtract(verifiedTonnes());
  }

  /**
   * How the entity settles the year through its compliance account: obligation, CCERs, shortfall or surplus and
   * their value at the scenario's prices.
   *
   * @return the settlement; present on every entity of a {@link StudyResult}, empty on the bare allocation of
   *     {@link StudyRules#allocate}
   */
  public abstract Optional<CompliancePosition> compliance();

  @Value.Check
  void check() {
    Checks.nonNegative("verifiedTonnes", verifiedTonnes());
    Checks.nonNegative("initialAllocationTonnes", initialAllocationTonnes());
    Checks.nonNegative("reliefTonnes", reliefTonnes());
  }
}
