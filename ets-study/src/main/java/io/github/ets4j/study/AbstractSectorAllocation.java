package io.github.ets4j.study;

import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The exact allocation of one sector in one year: its units, its entities and, for the
 * intensity-coefficient method, the benchmark intensity used (exact, not rounded). Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractSectorAllocation {

  /**
   * The compliance year.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The sector.
   *
   * @return the sector
   */
  public abstract Sector sector();

  /**
   * The unit results, in market order.
   *
   * @return the units
   */
  public abstract List<UnitResult> units();

  /**
   * The entity results, in order of first appearance.
   *
   * @return the entities
   */
  public abstract List<EntityResult> entities();

  /**
   * The balance value (or Phase 2 benchmark), exact.
   *
   * @return the value, if the method uses one
   */
  public abstract Optional<BigDecimal> balanceValue();
}
