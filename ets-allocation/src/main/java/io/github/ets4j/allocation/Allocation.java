package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The result of an {@link AllocationPolicy} for one sector (or part of it) and one compliance year:
 * the allocation of every entity and unit, the totals and, for balanced industry methods, the balance value.
 *
 * <p>Figures are {@link BigDecimal}s in whole tonnes; the balance value is kept at high precision
 * ({@link java.math.MathContext#DECIMAL128}) and reported to 4 decimals by {@link #balanceValueReported()}.
 * {@link #explain()} builds the full explanation on demand. Immutable and thread-safe.
 */
public final class Allocation {
  private final Sector sector;
  private final Year year;
  private final AllocationMethod method;
  private final List<EntityAllocation> entities;
  private final Map<String, EntityAllocation> byId;
  private final BigDecimal total;
  private final BigDecimal verifiedTotal;
  @Nullable private final BigDecimal balanceValue;

  private Allocation(Sector sector, Year year, AllocationMethod method, List<EntityAllocation> entities,
      @Nullable BigDecimal balanceValue) {
    this.sector = sector;
    this.year = year;
    this.method = method;
    this.entities = entities;
    Map<String, EntityAllocation> index = new HashMap<>();
    for (EntityAllocation entity : entities) {
      index.put(entity.entityId(), entity);
    }
    this.byId = index;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal verified = BigDecimal.ZERO;
    for (EntityAllocation entity : entities) {
      sum = sum.add(entity.allocation());
      verified = verified.add(entity.verifiedEmissions());
    }
    this.total = sum;
    this.verifiedTotal = verified;
    this.balanceValue = balanceValue;
  }

  /**
   * Creates a result.
   *
   * @param sector the sector
   * @param year the compliance year
   * @param method the method that made it
   * @param entities the entity allocations (copied)
   * @param balanceValue the sector's balance value at high precision, or empty when the method has none
   * @return the result
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null
   */
  public static Allocation of(Sector sector, Year year, AllocationMethod method, List<EntityAllocation> entities,
      Optional<BigDecimal> balanceValue) {
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    Checks.notNull("method", method);
    Checks.notNull("entities", entities);
    Checks.notNull("balanceValue", balanceValue);
    return new Allocation(sector, year, method, List.copyOf(entities), balanceValue.orElse(null));
  }

  /**
   * The sector.
   *
   * @return the sector
   */
  public Sector sector() {
    return sector;
  }

  /**
   * The compliance year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The method that made this allocation.
   *
   * @return the method
   */
  public AllocationMethod method() {
    return method;
  }

  /**
   * The entity allocations, in input order of their first unit.
   *
   * @return an unmodifiable list
   */
  public List<EntityAllocation> entities() {
    return entities;
  }

  /**
   * Every unit allocation, entity by entity.
   *
   * @return a new list
   */
  public List<UnitAllocation> units() {
    List<UnitAllocation> all = new ArrayList<>();
    for (EntityAllocation entity : entities) {
      all.addAll(entity.units());
    }
    return all;
  }

  /**
   * Finds one entity's allocation.
   *
   * @param entityId the entity
   * @return the entity's allocation, or empty when it has none here
   */
  public Optional<EntityAllocation> entity(String entityId) {
    Checks.notNull("entityId", entityId);
    return Optional.ofNullable(byId.get(entityId));
  }

  /**
   * Finds one unit's allocation.
   *
   * @param unitId the unit
   * @return the unit's allocation, or empty when it has none here
   */
  public Optional<UnitAllocation> unit(String unitId) {
    Checks.notNull("unitId", unitId);
    for (EntityAllocation entity : entities) {
      for (UnitAllocation unit : entity.units()) {
        if (unit.unitId().equals(unitId)) {
          return Optional.of(unit);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The total allocation (sum of the entity allocations), t.
   *
   * @return the total
   */
  public BigDecimal total() {
    return total;
  }

  /**
   * The total verified emissions, t.
   *
   * @return the verified total
   */
  public BigDecimal verifiedTotal() {
    return verifiedTotal;
  }

  /**
   * The balance value (or, in Phase 2, the advanced level) used, at high precision.
   *
   * @return the value, tCO2e per t product, or empty when the method has none
   */
  public Optional<BigDecimal> balanceValue() {
    return Optional.ofNullable(balanceValue);
  }

  /**
   * The balance value as reported: half up to 4 decimals [A: the published precision is not stated].
   *
   * @return the value, 4 decimals, or empty when the method has none
   */
  public Optional<BigDecimal> balanceValueReported() {
    return balanceValue == null ? Optional.empty() : Optional.of(balanceValue.setScale(4, RoundingMode.HALF_UP));
  }

  /**
   * Tells whether the allocation is of a projected year: a year after the last published allocation plan
   * ({@link PlanYears#LAST_PLAN_YEAR}), whose rules are carried forward with ASSUMED parameters.
   *
   * @return true after 2026
   */
  public boolean isProjected() {
    return PlanYears.isProjected(year);
  }

  /**
   * Explains the allocation entity by entity; an allocation of a {@linkplain #isProjected() projected} year
   * says so on its second line.
   *
   * @return a multi-line text
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append(sector).append(' ').append(year).append(", ").append(method).append('\n');
    if (isProjected()) {
      text.append(PlanYears.projectionNote(year)).append('\n');
    }
    if (balanceValue != null) {
      text.append("balance value BP = ").append(balanceValue.toPlainString())
          .append(" (reported ").append(balanceValue.setScale(4, RoundingMode.HALF_UP).toPlainString()).append(")\n");
    }
    for (EntityAllocation entity : entities) {
      text.append(entity.explain()).append('\n');
    }
    text.append("total allocation = ").append(total.toPlainString()).append(" t; verified = ")
        .append(verifiedTotal.toPlainString()).append(" t");
    return text.toString();
  }

  @Override
  public String toString() {
    return "Allocation[" + sector + " " + year + " " + method + ": " + total.toPlainString() + " t]";
  }
}
