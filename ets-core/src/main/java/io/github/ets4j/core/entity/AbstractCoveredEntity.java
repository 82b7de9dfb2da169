package io.github.ets4j.core.entity;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An entity (重点排放单位) that may be covered by the ETS: a legal person identified by its unified
 * social credit code, with its name, the province it is registered in, its sector and the ids of
 * the allocation units it runs.
 *
 * <p>The allocation units are the generating units (power), clinker production lines (cement) or
 * aluminum electrolysis processes (aluminum); each needs at least one, with distinct, non-blank ids.
 * In steel the enterprise itself is the allocation unit, so the list may be empty; any ids given
 * (e.g. of its processes) must still be distinct and non-blank. Create with
 * {@code CoveredEntity.of(CreditCode.of("91350100M000100Y43"), "Minjiang Cement", Province.FUJIAN,
 * Sector.CEMENT, List.of("line-1"))}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCoveredEntity {

  /**
   * The unified social credit code.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract CreditCode creditCode();

  /**
   * The registered name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The province the entity is registered in.
   *
   * @return the province
   */
  @Value.Parameter
  public abstract Province province();

  /**
   * The covered sector.
   *
   * @return the sector
   */
  @Value.Parameter
  public abstract Sector sector();

  /**
   * The ids of the entity's allocation units (generating units, clinker lines, electrolysis processes),
   * in the order given.
   *
   * @return the ids, distinct and not blank
   */
  @Value.Parameter
  public abstract List<String> allocationUnitIds();

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    Set<String> seen = new HashSet<>();
    for (String id : allocationUnitIds()) {
      Checks.notBlank("allocationUnitIds", id);
      if (!seen.add(id)) {
        throw new EtsValidationException("allocationUnitIds", id, "an allocation unit id may appear only once per entity");
      }
    }
    if (allocationUnitIds().isEmpty() && sector() != Sector.STEEL) {
      throw new EtsValidationException("allocationUnitIds", "[]",
          "a " + sector() + " entity needs at least one " + sector().allocationUnit());
    }
  }

  /**
   * Renders the entity as {@code "name (credit code)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return name() + " (" + creditCode() + ")";
  }
}
