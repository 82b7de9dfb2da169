package io.github.ets4j.allocation;

import io.github.ets4j.core.Sector;
import java.time.Year;
import java.util.List;

/**
 * An allocation method with the rule values of one compliance year: turns the units of a sector (or of
 * some entities) into an {@link Allocation}.
 *
 * <p>Implementations: {@link VerifiedEmissionsPolicy} (allocation = verified emissions),
 * {@code PowerBenchmarkPolicy} (package {@code allocation.power}) and
 * {@code IntensityCoefficientPolicy} (package {@code allocation.industry}, also used for Phase 2).
 * Policies are pure functions of their input: the same units in any order give the same allocation.
 * Immutable and thread-safe.
 *
 * @param <U> the kind of unit the policy allocates to
 */
public interface AllocationPolicy<U extends AllocationUnit> {

  /**
   * The method.
   *
   * @return the method
   */
  AllocationMethod method();

  /**
   * The sector the policy applies to.
   *
   * @return the sector
   */
  Sector sector();

  /**
   * The compliance year whose rules the policy applies.
   *
   * @return the year
   */
  Year year();

  /**
   * Allocates to the given units. Sector-balanced methods need the whole sector in one call.
   *
   * @param units the units; not empty, ids unique
   * @return the allocation
   * @throws io.github.ets4j.core.EtsValidationException if the input is empty, a unit id repeats, or a
   *     unit's data does not fit the method
   */
  Allocation allocate(List<? extends U> units);

  /**
   * Every rule value the policy uses, with its source.
   *
   * @return the rule values
   */
  List<RuleValue> ruleValues();

  /**
   * The rule values that are project assumptions (confidence ASSUMED).
   *
   * @return the assumed rule values
   */
  default List<RuleValue> assumptions() {
    return ruleValues().stream().filter(RuleValue::isAssumed).collect(java.util.stream.Collectors.toUnmodifiableList());
  }
}
