package io.github.ets4j.allocation;

import io.github.ets4j.sectors.mrv.ReportOnlyYear;
import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit that reports its verified emissions but is not allocated in the year (a producer not on the sector's
 * list, e.g. a non-Portland clinker line for 2024–2026 data): not an error and not a zero allocation. It stands
 * beside the allocation ({@link Allocation#reportOnly()}) and enters none of its totals. An entity of an announced,
 * not covered sector (flat glass, paper, ...) has this status every year ({@link #of(ReportOnlyYear)}, {@link
 * Rulebook#reportOnly(ReportOnlyYear)}). Immutable and thread-safe.
 */
public final class ReportOnlyUnit {
  private final String unitId;
  private final String entityId;
  private final BigDecimal verifiedEmissions;
  private final String reason;

  private ReportOnlyUnit(String unitId, String entityId, BigDecimal verifiedEmissions, String reason) {
    this.unitId = unitId;
    this.entityId = entityId;
    this.verifiedEmissions = verifiedEmissions;
    this.reason = reason;
  }

  /**
   * Creates the status of a report-only unit.
   *
   * @param unit the unit
   * @param reason why it is not allocated, with the source
   * @return the status
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null or the reason blank
   */
  public static ReportOnlyUnit of(AllocationUnit unit, String reason) {
    Checks.notNull("unit", unit);
    return new ReportOnlyUnit(unit.id(), unit.entityId(), unit.verifiedEmissions(), Checks.notBlank("reason", reason));
  }

  /**
   * The status of an entity of an announced, not covered sector (N26 §四 [V]): the entity is its own unit (its
   * credit code is both ids), its reported annual direct emissions stand beside every allocation and enter none.
   *
   * @param report the entity's annual report
   * @return the status
   * @throws io.github.ets4j.core.EtsValidationException if the report is null
   */
  public static ReportOnlyUnit of(ReportOnlyYear report) {
    Checks.notNull("report", report);
    String code = report.entity().creditCode().toString();
    return new ReportOnlyUnit(code, code, report.reportedEmissions(), report.reportOnlyReason());
  }

  /**
   * The unit's id.
   *
   * @return the id
   */
  public String unitId() {
    return unitId;
  }

  /**
   * The entity's id.
   *
   * @return the entity id
   */
  public String entityId() {
    return entityId;
  }

  /**
   * The verified emissions it reported, tCO2e (in no allocation total).
   *
   * @return the emissions
   */
  public BigDecimal verifiedEmissions() {
    return verifiedEmissions;
  }

  /**
   * Why the unit is not allocated.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportOnlyUnit && ((ReportOnlyUnit) other).unitId.equals(unitId)
        && ((ReportOnlyUnit) other).entityId.equals(entityId)
        && ((ReportOnlyUnit) other).verifiedEmissions.compareTo(verifiedEmissions) == 0
        && ((ReportOnlyUnit) other).reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitId, entityId, verifiedEmissions.stripTrailingZeros(), reason);
  }

  /**
   * Renders the status, e.g. {@code "L5 (entity D): report only, verified 90000 t: non-Portland clinker line ..."}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return unitId + " (entity " + entityId + "): report only, verified " + verifiedEmissions.toPlainString() + " t: "
        + reason;
  }
}
