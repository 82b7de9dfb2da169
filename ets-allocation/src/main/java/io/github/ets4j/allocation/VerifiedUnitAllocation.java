package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The allocation of a unit allocated at its verified emissions (等量分配), floored to whole tonnes.
 *
 * <p>Immutable and thread-safe.
 */
public final class VerifiedUnitAllocation implements UnitAllocation {
  private final String unitId;
  private final String entityId;
  private final BigDecimal verified;
  private final BigDecimal allocation;
  private final String reason;

  private VerifiedUnitAllocation(String unitId, String entityId, BigDecimal verified, String reason) {
    this.unitId = unitId;
    this.entityId = entityId;
    this.verified = verified;
    this.allocation = AllocationUnits.WHOLE_TONNES_FLOOR.round(verified);
    this.reason = reason;
  }

  /**
   * Allocates a unit at its verified emissions.
   *
   * @param unit the unit
   * @param reason why, e.g. {@code "industry 2024: allocation = verified emissions"}
   * @return the allocation
   */
  public static VerifiedUnitAllocation of(AllocationUnit unit, String reason) {
    Checks.notNull("unit", unit);
    return new VerifiedUnitAllocation(unit.id(), unit.entityId(), unit.verifiedEmissions(),
        Checks.notNull("reason", reason));
  }

  @Override
  public String unitId() {
    return unitId;
  }

  @Override
  public String entityId() {
    return entityId;
  }

  @Override
  public BigDecimal verifiedEmissions() {
    return verified;
  }

  @Override
  public BigDecimal allocation() {
    return allocation;
  }

  @Override
  public boolean isSpecial() {
    return true;
  }

  /**
   * Why the unit is allocated at its verified emissions.
   *
   * @return the reason, e.g. {@code "industry 2024: allocation = verified emissions"}
   */
  public String reason() {
    return reason;
  }

  @Override
  public String explain() {
    return "  unit " + unitId + ": " + reason + "; allocation = floor(verified "
        + verified.toPlainString() + ") = " + allocation.toPlainString() + " t";
  }

  /**
   * Compares the ids, the verified emissions (by value) and the reason.
   *
   * @param other the other object
   * @return true for an equal unit allocation
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof VerifiedUnitAllocation && ((VerifiedUnitAllocation) other).key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  private List<Object> key() {
    return List.of(unitId, entityId, Checks.normalise(verified), reason);
  }

  @Override
  public String toString() {
    return "VerifiedUnitAllocation[" + unitId + ": " + allocation.toPlainString() + " t]";
  }
}
