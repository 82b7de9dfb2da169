package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The exact allocation of one unit in one year (a row of {@code units.csv}).
 *
 * <p>{@code allocation = initial allocation + relief}; relief is the power gas-unit top-up (entity relief
 * is on {@link EntityResult}). Intensity, balance value, deviation and coefficient are present where the
 * method uses them (industry). Whole tonnes for allocations. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractUnitResult {

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
   * The unit.
   *
   * @return the unit id
   */
  public abstract String unitId();

  /**
   * Verified emissions, t.
   *
   * @return the tonnes
   */
  public abstract BigDecimal verifiedTonnes();

  /**
   * The unit's intensity, t per t (or MWh) of output, as the method computes it.
   *
   * @return the intensity, if the method uses one
   */
  public abstract Optional<BigDecimal> intensity();

  /**
   * The benchmark intensity the unit was compared with (balance value or Phase 2 benchmark).
   *
   * @return the balance value, if the method uses one
   */
  public abstract Optional<BigDecimal> balanceValue();

  /**
   * The deviation X in percent.
   *
   * @return the deviation, if the method uses one
   */
  public abstract Optional<BigDecimal> deviationPercent();

  /**
   * The coefficient α, a fraction.
   *
   * @return α, if the method uses one
   */
  public abstract Optional<BigDecimal> coefficient();

  /**
   * The allocation by the formula, t.
   *
   * @return the tonnes
   */
  public abstract BigDecimal initialAllocationTonnes();

  /**
   * The unit-level relief (gas top-up), t.
   *
   * @return the tonnes, default 0
   */
  @Value.Default
  public BigDecimal reliefTonnes() {
    return BigDecimal.ZERO;
  }

  /**
   * The unit's allocation: initial allocation plus relief, t.
   *
   * @return the tonnes
   */
  public BigDecimal allocationTonnes() {
    return initialAllocationTonnes().add(reliefTonnes());
  }

  @Value.Check
  void check() {
    Checks.nonNegative("verifiedTonnes", verifiedTonnes());
    Checks.nonNegative("initialAllocationTonnes", initialAllocationTonnes());
    Checks.nonNegative("reliefTonnes", reliefTonnes());
  }
}
