package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.unit.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The allocation of one entity in one compliance year: the sum of its units, the entity-level top-up
 * and the shortfall rate.
 *
 * <p>{@link #initialAllocation()} is the sum of the unit allocations (after unit-level relief such as
 * the gas-unit top-up); {@link #topUp()} is what entity-level relief adds (power: up to 80 % of verified
 * emissions; zero in the other sectors); {@link #allocation()} is their sum. The shortfall rate is
 * {@code (verified − initial) / verified} in percent, rounded half up to 2 decimals (PLAN-POWER-2324 [V]);
 * it is zero when verified emissions are zero. Immutable and thread-safe.
 */
public final class EntityAllocation {
  private final String entityId;
  private final BigDecimal verifiedEmissions;
  private final BigDecimal initialAllocation;
  private final BigDecimal topUp;
  private final List<UnitAllocation> units;

  private EntityAllocation(String entityId, BigDecimal verified, BigDecimal initial, BigDecimal topUp,
      List<UnitAllocation> units) {
    this.entityId = entityId;
    this.verifiedEmissions = verified;
    this.initialAllocation = initial;
    this.topUp = topUp;
    this.units = units;
  }

  /**
   * Creates an entity allocation.
   *
   * @param entityId the entity
   * @param verifiedEmissions the entity's verified emissions, t; zero or more
   * @param initialAllocation the sum of its unit allocations, t; zero or more
   * @param topUp the entity-level top-up, t; zero or more
   * @param units the unit allocations (copied)
   * @return the entity allocation
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null, blank or negative
   */
  public static EntityAllocation of(String entityId, BigDecimal verifiedEmissions, BigDecimal initialAllocation,
      BigDecimal topUp, List<? extends UnitAllocation> units) {
    Checks.notBlank("entityId", entityId);
    Checks.nonNegative("verifiedEmissions", verifiedEmissions);
    Checks.nonNegative("initialAllocation", initialAllocation);
    Checks.nonNegative("topUp", topUp);
    Checks.notNull("units", units);
    return new EntityAllocation(entityId, verifiedEmissions, initialAllocation, topUp, List.copyOf(units));
  }

  /**
   * The shortfall rate in percent, half up to 2 decimals, of a given allocation against verified emissions.
   *
   * @param verified verified emissions, t
   * @param allocation the allocation, t
   * @return {@code (verified − allocation) / verified × 100}, 2 decimals; zero when verified is zero;
   *     negative for a surplus
   */
  public static BigDecimal shortfallRatePercent(BigDecimal verified, BigDecimal allocation) {
    Checks.notNull("verified", verified);
    Checks.notNull("allocation", allocation);
    if (verified.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    // Exact up to the division, which is rounded once, at the precision the plan names.
    return Percent.ofRatio(verified.subtract(allocation), verified, 2, RoundingMode.HALF_UP);
  }

  /**
   * The entity's id.
   *
   * @return the id
   */
  public String entityId() {
    return entityId;
  }

  /**
   * The entity's verified emissions (sum of its units), t.
   *
   * @return verified emissions
   */
  public BigDecimal verifiedEmissions() {
    return verifiedEmissions;
  }

  /**
   * The initial allocation: the sum of the unit allocations, whole tonnes.
   *
   * @return the initial allocation
   */
  public BigDecimal initialAllocation() {
    return initialAllocation;
  }

  /**
   * The entity-level top-up, whole tonnes (zero when none applies).
   *
   * @return the top-up
   */
  public BigDecimal topUp() {
    return topUp;
  }

  /**
   * The final allocation: initial allocation plus top-up, whole tonnes.
   *
   * @return the allocation
   */
  public BigDecimal allocation() {
    return AllocationUnits.plus(initialAllocation, topUp);
  }

  /**
   * The shortfall rate of the initial allocation, percent, half up to 2 decimals.
   *
   * @return the shortfall rate, e.g. {@code 9.30}
   */
  public BigDecimal shortfallRatePercent() {
    return shortfallRatePercent(verifiedEmissions, initialAllocation);
  }

  /**
   * The unit allocations.
   *
   * @return an unmodifiable list
   */
  public List<UnitAllocation> units() {
    return units;
  }

  /**
   * Explains the entity's allocation, unit by unit.
   *
   * @return a multi-line text
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append("entity ").append(entityId).append('\n');
    for (UnitAllocation unit : units) {
      text.append(unit.explain()).append('\n');
    }
    text.append("  initial allocation = sum of units = ").append(initialAllocation.toPlainString()).append(" t\n")
        .append("  verified emissions = ").append(verifiedEmissions.toPlainString()).append(" t\n")
        .append("  shortfall rate = (verified - initial) / verified = ")
        .append(shortfallRatePercent().toPlainString()).append(" % (half up, 2 decimals)\n")
        .append("  entity top-up = ").append(topUp.toPlainString()).append(" t\n")
        .append("  allocation = ").append(allocation().toPlainString()).append(" t");
    return text.toString();
  }

  /**
   * Compares the id, the figures (by value, not scale) and the unit allocations.
   *
   * @param other the other object
   * @return true for an equal entity allocation
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EntityAllocation && ((EntityAllocation) other).key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  private List<Object> key() {
    return List.of(entityId, Checks.normalise(verifiedEmissions), Checks.normalise(initialAllocation),
        Checks.normalise(topUp), units);
  }

  @Override
  public String toString() {
    return "EntityAllocation[" + entityId + ": " + allocation().toPlainString() + " t]";
  }
}
