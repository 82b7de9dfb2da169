package io.github.ets4j.sectors.mrv;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EmissionLine;
import io.github.ets4j.core.Emissions;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The monthly report of one facility (generating unit, clinker line, steel enterprise, electrolysis
 * process) of one entity: the month's calculated data with every parameter's provenance and evidence
 * (AG-STEEL-2024 §10.2 [V]: key parameters uploaded with evidence within 40 days of the month's end).
 *
 * <p>The entity is named by its identifier (e.g. the unified social credit code) as text. Immutable
 * and thread-safe.
 */
public final class MonthlyReport {
  private final String entityId;
  private final String facilityId;
  private final MonthlyData data;

  private MonthlyReport(String entityId, String facilityId, MonthlyData data) {
    this.entityId = entityId;
    this.facilityId = facilityId;
    this.data = data;
  }

  /**
   * Creates a monthly report.
   *
   * @param entityId the entity's identifier, e.g. {@code "91350100M000100Y43"}
   * @param facilityId the facility's identifier within the entity, e.g. {@code "unit-1"}
   * @param data the calculated month
   * @return the report
   * @throws EtsValidationException if an identifier is blank
   */
  public static MonthlyReport of(String entityId, String facilityId, MonthlyData data) {
    return new MonthlyReport(Checks.notBlank("entityId", entityId), Checks.notBlank("facilityId", facilityId),
        Checks.notNull("data", data));
  }

  /**
   * The entity's identifier.
   *
   * @return the identifier
   */
  public String entityId() {
    return entityId;
  }

  /**
   * The facility's identifier.
   *
   * @return the identifier
   */
  public String facilityId() {
    return facilityId;
  }

  /**
   * The calculated month.
   *
   * @return the data
   */
  public MonthlyData data() {
    return data;
  }

  /**
   * The month.
   *
   * @return the month
   */
  public YearMonth month() {
    return data.month();
  }

  /**
   * The sector.
   *
   * @return the sector
   */
  public Sector sector() {
    return data.sector();
  }

  /**
   * The month's inventory (covered and indirect lines).
   *
   * @return the emissions
   */
  public Emissions emissions() {
    List<EmissionLine> lines = new ArrayList<>();
    for (CalculatedLine line : data.calculatedLines()) {
      lines.addAll(line.lines());
    }
    return Emissions.of(lines);
  }

  /**
   * The month's covered emissions: Σ reported covered lines, 2 decimals, tCO2(e).
   *
   * @return the covered total
   */
  public BigDecimal coveredCo2e() {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (CalculatedLine line : data.calculatedLines()) {
      if (line.isCovered()) {
        total = total.add(line.reportedCo2e());
      }
    }
    return total;
  }

  /**
   * A figure of the month, zero when the month does not report it.
   *
   * @param figure the figure
   * @return the value at its reporting precision
   */
  public BigDecimal figure(Figure figure) {
    Checks.notNull("figure", figure);
    Map<Figure, BigDecimal> figures = data.figures();
    BigDecimal value = figures.get(figure);
    return value == null ? figure.precision().round(BigDecimal.ZERO) : value;
  }

  /**
   * The defaults the month used.
   *
   * @return the default parameters, in order of use
   */
  public List<Parameter> defaultsUsed() {
    List<Parameter> defaults = new ArrayList<>();
    for (Parameter parameter : data.parameters()) {
      if (parameter.isDefault()) {
        defaults.add(parameter);
      }
    }
    return defaults;
  }

  /**
   * How every line of the month was obtained, one line each.
   *
   * @return the explanation
   */
  public String explain() {
    StringJoiner text = new StringJoiner("\n");
    for (CalculatedLine line : data.calculatedLines()) {
      text.add(line.explanation());
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MonthlyReport && ((MonthlyReport) other).entityId.equals(entityId)
        && ((MonthlyReport) other).facilityId.equals(facilityId) && ((MonthlyReport) other).data.equals(data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entityId, facilityId, data);
  }

  /**
   * Renders the report's identity, e.g. {@code "MonthlyReport[91350100M000100Y43/unit-1 2025-03 POWER]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "MonthlyReport[" + entityId + "/" + facilityId + " " + month() + " " + sector() + "]";
  }
}
