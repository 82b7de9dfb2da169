package io.github.ets4j.study;

import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One sector in one year of a study (a row of {@code sectors.csv}): the exact central case — entities,
 * verified emissions, allocation, net position, balance value, short and long entities, the value of the
 * net position at the scenario's carbon price, the compliance position summed over the entities — and, if the
 * scenario has draws, their distribution.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractSectorYearResult {

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
   * The number of entities.
   *
   * @return the count
   */
  public abstract int entities();

  /**
   * Verified emissions, t.
   *
   * @return the tonnes
   */
  public abstract BigDecimal verifiedTonnes();

  /**
   * Final allocation, t.
   *
   * @return the tonnes
   */
  public abstract BigDecimal allocationTonnes();

  /**
   * The benchmark intensity of the intensity-coefficient method, exact.
   *
   * @return the value, if the method uses one
   */
  public abstract Optional<BigDecimal> balanceValue();

  /**
   * Power: the benchmarks of each unit category the year's allocation used ({@link StudyRules#powerBenchmarks(Year)},
   * the scenario's tightening applied), which {@code benchmarks.svg} draws.
   *
   * @return the benchmarks; present on every power sector-year of a {@link PolicyStudy}, empty for other sectors
   */
  public abstract Optional<PowerBenchmarkValues> powerBenchmarks();

  /**
   * Entities whose allocation is below their verified emissions.
   *
   * @return the count
   */
  public abstract int shortEntities();

  /**
   * Entities whose allocation is above their verified emissions.
   *
   * @return the count
   */
  public abstract int longEntities();

  /**
   * The net position valued at the scenario's carbon price, CNY.
   *
   * @return the value
   */
  public abstract BigDecimal netPositionValueCny();

  /**
   * The sector's compliance position: the sum of its entities' ({@link EntityResult#compliance()}).
   *
   * @return the position; present on every sector-year of a {@link PolicyStudy}
   */
  public abstract Optional<CompliancePosition> compliance();

  /**
   * The Monte Carlo distribution, if the scenario has draws.
   *
   * @return the summary
   */
  public abstract Optional<DrawSummary> draws();

  /**
   * Tells whether the year's rules are projected: the year is after the last published allocation plan
   * (2026), so the allocation rests on rules carried forward with ASSUMED parameters.
   *
   * @return true for a projected year; default false
   */
  @Value.Default
  public boolean projected() {
    return false;
  }

  /**
   * The net position: allocation minus verified emissions, t.
   *
   * @return the tonnes
   */
  public BigDecimal netPositionTonnes() {
    return allocationTonnes().subtract(verifiedTonnes());
  }
}
