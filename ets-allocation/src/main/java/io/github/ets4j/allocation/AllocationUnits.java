package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Precision;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.Confidence;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shared checks and rounding steps of the allocation policies.
 *
 * <p>Holds no state. Immutable and thread-safe.
 */
public final class AllocationUnits {

  /**
   * Allocations (unit parts, units, entity top-ups) are floored to whole tonnes
   * (PLAN-2526-DRAFT [D]; assumed for the earlier plans too [A]).
   */
  public static final Precision WHOLE_TONNES_FLOOR = Precision.of("allocation, whole tonnes", 0, RoundingMode.FLOOR,
      Source.of("PLAN-2526-DRAFT", "allocation rounding (assumed for 2019-2024 too)", Confidence.DRAFT));

  private AllocationUnits() {}

  /**
   * Groups units by entity, in the order each entity first appears, after checking the list.
   *
   * @param units the units
   * @param <U> the unit type
   * @return a map from entity id to its units
   * @throws EtsValidationException if the list is null or empty, holds a null, or a unit id repeats
   */
  public static <U extends AllocationUnit> Map<String, List<U>> byEntity(List<? extends U> units) {
    Checks.notNull("units", units);
    if (units.isEmpty()) {
      throw new EtsValidationException("units", "[]", "a sector (or entity) to allocate must have at least one unit");
    }
    // Sized for the list, so neither table is rehashed while it fills.
    int capacity = units.size() * 4 / 3 + 1;
    Map<String, List<U>> groups = new LinkedHashMap<>(capacity);
    Set<String> ids = new HashSet<>(capacity);
    for (int i = 0; i < units.size(); i++) {
      U unit = Checks.element("units", i, units.get(i));
      if (!ids.add(unit.id())) {
        throw new EtsValidationException("units[" + i + "].id", unit.id(),
            "a unit may appear only once (and so in one category only) in an allocation");
      }
      groups.computeIfAbsent(unit.entityId(), k -> new ArrayList<>()).add(unit);
    }
    return groups;
  }
}
