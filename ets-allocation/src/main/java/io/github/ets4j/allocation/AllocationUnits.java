package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.internal.WholeSum;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Precision;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.Confidence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    // Sized for the list, so the table is not rehashed while it fills.
    int capacity = units.size() * 4 / 3 + 1;
    Map<String, List<U>> groups = new LinkedHashMap<>(capacity);
    IdSet ids = new IdSet(units.size());
    // An entity's units usually come together: look the group up once per run of one entity, not once per unit.
    // The groups are the same (each entity in the order it first appears, its units in the list's order).
    String runEntity = null;
    List<U> run = null;
    for (int i = 0; i < units.size(); i++) {
      U unit = Checks.element("units", i, units.get(i));
      if (!ids.add(unit.id())) {
        throw new EtsValidationException("units[" + i + "].id", unit.id(),
            "a unit may appear only once (and so in one category only) in an allocation");
      }
      String entityId = unit.entityId();
      if (run == null || !entityId.equals(runEntity)) {
        run = groups.computeIfAbsent(entityId, k -> new ArrayList<>());
        runEntity = entityId;
      }
      run.add(unit);
    }
    return groups;
  }

  /**
   * {@code a.add(b)}, the same value and scale, returning {@code a} (or {@code b}) itself when the other is a zero of
   * no larger scale: most units have no heat part and no top-up, and most entities no relief, so their sums need no
   * new object.
   *
   * @param a a decimal
   * @param b another
   * @return {@code a + b} at the larger of their scales
   * @throws EtsValidationException if an argument is null
   */
  public static BigDecimal plus(BigDecimal a, BigDecimal b) {
    Checks.notNull("a", a);
    Checks.notNull("b", b);
    if (b.signum() == 0 && b.scale() <= a.scale()) {
      return a;
    }
    if (a.signum() == 0 && a.scale() <= b.scale()) {
      return b;
    }
    return a.add(b);
  }

  /**
   * The sum of the units' allocations ({@code allocated}) or of their verified emissions, t: the value and scale of
   * {@code BigDecimal.ZERO.add(x1).add(x2)...}, summed in a {@code long} while the terms are whole numbers of scale 0.
   *
   * @param units the unit allocations
   * @param allocated true for the allocations, false for the verified emissions
   * @return the sum
   * @throws EtsValidationException if the list is null
   */
  public static BigDecimal sum(List<? extends UnitAllocation> units, boolean allocated) {
    Checks.notNull("units", units);
    WholeSum sum = WholeSum.empty();
    for (UnitAllocation unit : units) {
      sum.add(allocated ? unit.allocation() : unit.verifiedEmissions());
    }
    return sum.value();
  }

  /**
   * The unit ids seen, for the check that none repeats: an open-addressing table of the strings themselves (linear
   * probing), without the entry object per id a {@code HashSet} allocates. Each slot also keeps the id's hash code,
   * so a probe past another id compares two ints and reads neither string (a unit's id string and its characters are
   * scattered over the heap: reading them was most of this check's time). The slot is taken from the high bits of
   * the hash times the golden ratio, which spreads ids that differ in their last character (consecutive hashes)
   * instead of filling neighbouring slots. Confined to one call; not thread-safe.
   */
  private static final class IdSet {
    /** 2^32 / φ, odd: Fibonacci hashing. */
    private static final int GOLDEN = 0x9E3779B9;
    private final String[] table;
    private final int[] hashes;
    private final int mask;
    private final int shift;

    IdSet(int expected) {
      // A power of two at least twice the ids expected: the table is never more than half full.
      int size = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
      table = new String[size];
      hashes = new int[size];
      mask = size - 1;
      shift = Integer.numberOfLeadingZeros(mask);
    }

    /** Adds an id; false if it was there already. */
    boolean add(String id) {
      int h = id.hashCode();
      int slot = (h * GOLDEN) >>> shift;
      while (true) {
        String present = table[slot];
        if (present == null) {
          table[slot] = id;
          hashes[slot] = h;
          return true;
        }
        if (hashes[slot] == h && present.equals(id)) {
          return false;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
}
