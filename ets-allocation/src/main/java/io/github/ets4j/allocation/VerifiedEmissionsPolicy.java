package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Allocation equal to verified emissions (等量分配): cement, steel and aluminum in 2024
 * (PLAN-IND-2425 [V/S]); also usable for any group of special units.
 *
 * <p>Each unit gets its verified emissions floored to whole tonnes [A: allowances are whole]; there is
 * no entity-level relief. Immutable and thread-safe.
 *
 * @param <U> the kind of unit
 */
public final class VerifiedEmissionsPolicy<U extends AllocationUnit> implements AllocationPolicy<U> {
  private final Sector sector;
  private final Year year;

  private VerifiedEmissionsPolicy(Sector sector, Year year) {
    this.sector = sector;
    this.year = year;
  }

  /**
   * Creates the policy.
   *
   * @param sector the sector
   * @param year the compliance year
   * @param <U> the kind of unit
   * @return the policy
   */
  public static <U extends AllocationUnit> VerifiedEmissionsPolicy<U> of(Sector sector, Year year) {
    return new VerifiedEmissionsPolicy<>(Checks.notNull("sector", sector), Checks.notNull("year", year));
  }

  @Override
  public AllocationMethod method() {
    return AllocationMethod.VERIFIED_EMISSIONS;
  }

  @Override
  public Sector sector() {
    return sector;
  }

  @Override
  public Year year() {
    return year;
  }

  @Override
  public Allocation allocate(List<? extends U> units) {
    Map<String, List<U>> groups = AllocationUnits.byEntity(units);
    List<EntityAllocation> entities = new ArrayList<>(groups.size());
    String reason = sector + " " + year + ": allocation = verified emissions";
    for (Map.Entry<String, List<U>> group : groups.entrySet()) {
      List<UnitAllocation> results = new ArrayList<>(group.getValue().size());
      BigDecimal verified = BigDecimal.ZERO;
      BigDecimal sum = BigDecimal.ZERO;
      for (U unit : group.getValue()) {
        VerifiedUnitAllocation result = VerifiedUnitAllocation.of(unit, reason);
        results.add(result);
        verified = verified.add(unit.verifiedEmissions());
        sum = sum.add(result.allocation());
      }
      entities.add(EntityAllocation.of(group.getKey(), verified, sum, BigDecimal.ZERO, results));
    }
    return Allocation.of(sector, year, method(), entities, Optional.empty());
  }

  @Override
  public List<RuleValue> ruleValues() {
    return List.of();
  }

  @Override
  public String toString() {
    return "VerifiedEmissionsPolicy[" + sector + " " + year + "]";
  }
}
