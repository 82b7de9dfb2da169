package io.github.ets4j.allocation;

import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.internal.WholeSum;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  /** The entities by id, built on the first lookup and shared by this allocation's copies. */
  private final EntityIndex byId;
  private final BigDecimal total;
  private final BigDecimal verifiedTotal;
  @Nullable private final BigDecimal balanceValue;
  @Nullable private final RuleValue publishedBalanceValue;
  @Nullable private final BigDecimal solvedBalanceValue;
  @Nullable private final NonFossilElectricityAdjustment nonFossil;
  /** Non-fossil electricity consumed per entity, MWh, in the order given (empty until given). */
  private final Map<String, BigDecimal> nonFossilConsumption;
  private final List<ReportOnlyUnit> reportOnly;
  /** The figures of the policy read from replacement rows ({@link Rulebook#withFigures}), for {@link #explain()}. */
  private final List<RuleValue> replacedFigures;

  private Allocation(Sector sector, Year year, AllocationMethod method, List<EntityAllocation> entities,
      @Nullable BigDecimal balanceValue, @Nullable RuleValue publishedBalanceValue,
      @Nullable BigDecimal solvedBalanceValue) {
    this(sector, year, method, entities, balanceValue, publishedBalanceValue, solvedBalanceValue, null, Map.of(),
        List.of(), List.of());
  }

  private Allocation(Sector sector, Year year, AllocationMethod method, List<EntityAllocation> entities,
      @Nullable BigDecimal balanceValue, @Nullable RuleValue publishedBalanceValue,
      @Nullable BigDecimal solvedBalanceValue, @Nullable NonFossilElectricityAdjustment nonFossil,
      Map<String, BigDecimal> nonFossilConsumption, List<ReportOnlyUnit> reportOnly, List<RuleValue> replacedFigures) {
    this(sector, year, method, entities, new EntityIndex(entities), sum(entities, true), sum(entities, false),
        balanceValue,
        publishedBalanceValue, solvedBalanceValue, nonFossil, nonFossilConsumption, reportOnly, replacedFigures);
  }

  /** A copy of {@code source} with other attachments: its entities, index and totals are shared, not recomputed. */
  private Allocation(Allocation source, @Nullable NonFossilElectricityAdjustment nonFossil,
      Map<String, BigDecimal> nonFossilConsumption, List<ReportOnlyUnit> reportOnly, List<RuleValue> replacedFigures) {
    this(source.sector, source.year, source.method, source.entities, source.byId, source.total, source.verifiedTotal,
        source.balanceValue, source.publishedBalanceValue, source.solvedBalanceValue, nonFossil, nonFossilConsumption, reportOnly,
        replacedFigures);
  }

  private Allocation(Sector sector, Year year, AllocationMethod method, List<EntityAllocation> entities,
      EntityIndex byId, BigDecimal total, BigDecimal verifiedTotal, @Nullable BigDecimal balanceValue,
      @Nullable RuleValue publishedBalanceValue,
      @Nullable BigDecimal solvedBalanceValue, @Nullable NonFossilElectricityAdjustment nonFossil,
      Map<String, BigDecimal> nonFossilConsumption, List<ReportOnlyUnit> reportOnly, List<RuleValue> replacedFigures) {
    this.replacedFigures = replacedFigures;
    this.sector = sector;
    this.year = year;
    this.method = method;
    this.entities = entities;
    this.byId = byId;
    this.total = total;
    this.verifiedTotal = verifiedTotal;
    this.balanceValue = balanceValue;
    this.publishedBalanceValue = publishedBalanceValue;
    this.solvedBalanceValue = solvedBalanceValue;
    this.nonFossil = nonFossil;
    this.nonFossilConsumption = nonFossilConsumption;
    this.reportOnly = reportOnly;
  }

  /** The sum of the entities' allocations ({@code allocated}) or of their verified emissions, t. */
  private static BigDecimal sum(List<EntityAllocation> entities, boolean allocated) {
    WholeSum sum = WholeSum.empty();
    for (EntityAllocation entity : entities) {
      sum.add(allocated ? entity.allocation() : entity.verifiedEmissions());
    }
    return sum.value();
  }

  /**
   * The entities by id. Most allocations are never searched by id (a study reads them in order), so the table is
   * built on the first lookup, not with the allocation. Thread-safe: the table is built from the immutable list and
   * published through a volatile field; two threads looking up at once may both build it, and get equal tables.
   */
  private static final class EntityIndex {
    private final List<EntityAllocation> entities;
    @Nullable private volatile Map<String, EntityAllocation> table;

    EntityIndex(List<EntityAllocation> entities) {
      this.entities = entities;
    }

    @Nullable
    EntityAllocation get(String entityId) {
      return table().get(entityId);
    }

    boolean containsKey(String entityId) {
      return table().containsKey(entityId);
    }

    private Map<String, EntityAllocation> table() {
      Map<String, EntityAllocation> index = table;
      if (index == null) {
        Map<String, EntityAllocation> built = new HashMap<>(Math.max(16, entities.size() * 4 / 3 + 1));
        for (EntityAllocation entity : entities) {
          built.put(entity.entityId(), entity);
        }
        index = Collections.unmodifiableMap(built);
        table = index;
      }
      return index;
    }
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
    return of(sector, year, method, entities, balanceValue, Optional.empty(), Optional.empty());
  }

  /**
   * Creates a result of a method that compares units with a balance value, reporting the published BP (when one
   * was given) beside the BP solved from the units.
   *
   * @param sector the sector
   * @param year the compliance year
   * @param method the method that made it
   * @param entities the entity allocations (copied)
   * @param balanceValue the level the units were compared with, or empty when the method has none
   * @param publishedBalanceValue the BP the authority published, with its source, or empty
   * @param solvedBalanceValue the BP solved from the units at high precision, or empty when not solved
   * @return the result
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null
   */
  public static Allocation of(Sector sector, Year year, AllocationMethod method, List<EntityAllocation> entities,
      Optional<BigDecimal> balanceValue, Optional<RuleValue> publishedBalanceValue,
      Optional<BigDecimal> solvedBalanceValue) {
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    Checks.notNull("method", method);
    Checks.notNull("entities", entities);
    Checks.notNull("balanceValue", balanceValue);
    Checks.notNull("publishedBalanceValue", publishedBalanceValue);
    Checks.notNull("solvedBalanceValue", solvedBalanceValue);
    return new Allocation(sector, year, method, List.copyOf(entities), balanceValue.orElse(null),
        publishedBalanceValue.orElse(null), solvedBalanceValue.orElse(null));
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
    return balanceValue == null ? Optional.empty() : Optional.of(reported(balanceValue));
  }

  /**
   * The balance value the authority published for the sector, when the rulebook was given one
   * ({@link Rulebook#withPublishedBalanceValue(Sector, BigDecimal, io.github.ets4j.core.Source)}).
   *
   * @return the figure with its source, or empty
   */
  public Optional<RuleValue> publishedBalanceValue() {
    return Optional.ofNullable(publishedBalanceValue);
  }

  /**
   * The balance value solved from the units of this allocation (the BP at which their total allocation equals
   * their verified emissions), at high precision. Without a published BP it is the value used; with one it is
   * the check of the published figure.
   *
   * @return the solved BP, tCO2e per t product, or empty when the method solves none (power, verified
   *     emissions, Phase 2 best share without a published BP)
   */
  public Optional<BigDecimal> solvedBalanceValue() {
    return Optional.ofNullable(solvedBalanceValue);
  }

  /**
   * How far the published balance value lies from the one the data give: published − solved.
   *
   * @return the difference, tCO2e per t product, at high precision, or empty without both figures
   */
  public Optional<BigDecimal> balanceValueDifference() {
    return publishedBalanceValue == null || solvedBalanceValue == null ? Optional.empty()
        : Optional.of(publishedBalanceValue.value().subtract(solvedBalanceValue));
  }

  /**
   * Returns this allocation carrying a REG-2024 Art 31 adjustment. The rulebook that makes an allocation sets its
   * year's adjustment; a reader of a stored allocation (a JSON document) sets the one it records.
   *
   * @param adjustment the adjustment of the rulebook that made the allocation
   * @return the new allocation, without any non-fossil electricity consumption given so far
   * @throws EtsValidationException if the adjustment is null or the year is before 2024 (REG-2024 in force from
   *     2024-05-01, its Art 31 taken from compliance year 2024 on, as {@code ComplianceRules.chinaNational})
   */
  public Allocation withNonFossilElectricityAdjustment(NonFossilElectricityAdjustment adjustment) {
    Checks.notNull("adjustment", adjustment);
    if (year.getValue() < 2024) {
      throw new EtsValidationException("year", year, "REG-2024 Art 31 applies from compliance year 2024");
    }
    return new Allocation(this, adjustment, Map.of(), reportOnly, replacedFigures);
  }

  /**
   * Returns this allocation naming the figures its policy read from replacement rows. The rulebook that makes an
   * allocation sets them ({@link Rulebook#withFigures}); a reader of a stored allocation (a JSON document) sets the
   * ones it records.
   *
   * @param figures the replaced figures, each with the row's value and source
   * @return the new allocation
   * @throws EtsValidationException if the list or one of its figures is null
   */
  public Allocation withReplacedFigures(List<RuleValue> figures) {
    Checks.notNull("figures", figures);
    for (RuleValue figure : figures) {
      Checks.notNull("figure of figures", figure);
    }
    return new Allocation(this, nonFossil, nonFossilConsumption, reportOnly, List.copyOf(figures));
  }

  /**
   * The figures of the policy that were read from replacement rows ({@link Rulebook#withFigures}), each with the
   * row's value and source.
   *
   * @return an unmodifiable list, empty when the national rows were used
   */
  public List<RuleValue> replacedFigures() {
    return replacedFigures;
  }

  /**
   * The REG-2024 Art 31 adjustment for non-fossil electricity consumption of the rulebook that made this
   * allocation (zero by default, ASSUMED).
   *
   * @return the adjustment, or empty when the allocation was not made by a rulebook of 2024 or later
   */
  public Optional<NonFossilElectricityAdjustment> nonFossilElectricityAdjustment() {
    return Optional.ofNullable(nonFossil);
  }

  /**
   * Applies the REG-2024 Art 31 adjustment to the entities' non-fossil electricity consumption: each entity given
   * gets {@code floor(figure × MWh)} allowances on top of its allocation ({@link #nonFossilAdjustment(String)},
   * {@link #adjustedTotal()}, {@link #explain()}). The entity allocations themselves are unchanged.
   *
   * @param consumedMwhByEntity non-fossil electricity consumed in the year per entity id, MWh (copied)
   * @return the new allocation
   * @throws io.github.ets4j.core.EtsValidationException if the allocation carries no adjustment, the map or a
   *     value is null, a value is negative, or an id is not an entity of this allocation
   */
  public Allocation withNonFossilElectricityConsumption(Map<String, BigDecimal> consumedMwhByEntity) {
    Checks.notNull("consumedMwhByEntity", consumedMwhByEntity);
    if (nonFossil == null) {
      throw new EtsValidationException("allocation", this,
          "carries no REG-2024 Art 31 adjustment: allocate with a rulebook of 2024 or later");
    }
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> entry : consumedMwhByEntity.entrySet()) {
      String id = Checks.notNull("entity id", entry.getKey());
      if (!byId.containsKey(id)) {
        throw new EtsValidationException("entity id", id, "is not an entity of " + this);
      }
      copy.put(id, Checks.nonNegative("consumedMwh of " + id, entry.getValue()));
    }
    return new Allocation(this, nonFossil, Collections.unmodifiableMap(copy), reportOnly, replacedFigures);
  }

  /**
   * The non-fossil electricity consumption given by {@link #withNonFossilElectricityConsumption(Map)}.
   *
   * @return MWh per entity id, in the order given; an unmodifiable map, empty until given
   */
  public Map<String, BigDecimal> nonFossilElectricityConsumption() {
    return nonFossilConsumption;
  }

  /**
   * The REG-2024 Art 31 allowances of one entity: {@code floor(figure × consumed MWh)}.
   *
   * @param entityId the entity
   * @return the allowances added, whole tonnes; zero when no consumption was given for it
   */
  public BigDecimal nonFossilAdjustment(String entityId) {
    BigDecimal consumed = nonFossilConsumption.get(Checks.notNull("entityId", entityId));
    return nonFossil == null || consumed == null ? BigDecimal.ZERO : nonFossil.amount(consumed);
  }

  /**
   * The total allocation with the REG-2024 Art 31 adjustments added, t.
   *
   * @return {@link #total()} plus every entity's {@link #nonFossilAdjustment(String)}
   */
  public BigDecimal adjustedTotal() {
    BigDecimal sum = total;
    for (String id : nonFossilConsumption.keySet()) {
      sum = sum.add(nonFossilAdjustment(id));
    }
    return sum;
  }

  /**
   * Returns this allocation with the units that reported but are not on the year's list (e.g. non-Portland clinker
   * lines for 2024–2026 data). They are a status beside the allocation and enter none of its totals.
   *
   * @param units the report-only units (copied); none of them may be allocated here
   * @return the new allocation
   * @throws EtsValidationException if the list or a unit is null, or a unit is also allocated here
   */
  public Allocation withReportOnly(List<ReportOnlyUnit> units) {
    List<ReportOnlyUnit> copy = List.copyOf(Checks.notNull("units", units));
    // One set of the allocated ids, not a search of every unit per report-only unit.
    java.util.Set<String> allocated = copy.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>();
    if (!copy.isEmpty()) {
      for (EntityAllocation entity : entities) {
        for (UnitAllocation unit : entity.units()) {
          allocated.add(unit.unitId());
        }
      }
    }
    for (ReportOnlyUnit unit : copy) {
      if (allocated.contains(unit.unitId())) {
        throw new EtsValidationException("units", unit.unitId(), "a report-only unit cannot also be allocated");
      }
    }
    return new Allocation(this, nonFossil, nonFossilConsumption, copy, replacedFigures);
  }

  /**
   * The units that reported but are not allocated in the year (not on the sector's list).
   *
   * @return an unmodifiable list, empty when every unit is listed
   */
  public List<ReportOnlyUnit> reportOnly() {
    return reportOnly;
  }

  /**
   * Tells whether the allocation is of a projected year: a year after the last published allocation plan
   * ({@link PlanYears#LAST_PLAN_YEAR}), whose rules are carried forward with ASSUMED parameters. A replacement row
   * of {@link PlanYears#LAST_PLAN_YEAR_KEY} among the {@linkplain #replacedFigures() replaced figures} names a later
   * plan.
   *
   * @return true after 2026, unless a replaced figure names a later last plan year
   */
  public boolean isProjected() {
    return PlanYears.isProjected(year, replacedFigures);
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
          .append(" (reported ").append(reported(balanceValue).toPlainString()).append(")\n");
    }
    if (publishedBalanceValue != null) {
      text.append("published balance value: ").append(publishedBalanceValue).append('\n');
      if (solvedBalanceValue != null) {
        text.append("solved from these units: BP = ").append(solvedBalanceValue.toPlainString()).append(" (reported ")
            .append(reported(solvedBalanceValue).toPlainString())
            .append("); published - solved = ")
            .append(publishedBalanceValue.value().subtract(solvedBalanceValue).toPlainString()).append('\n');
      }
    }
    for (EntityAllocation entity : entities) {
      text.append(entity.explain()).append('\n');
    }
    text.append("total allocation = ").append(total.toPlainString()).append(" t; verified = ")
        .append(verifiedTotal.toPlainString()).append(" t");
    for (ReportOnlyUnit unit : reportOnly) {
      text.append('\n').append(unit).append(" (in no total)");
    }
    if (nonFossil != null) {
      text.append('\n').append(nonFossil);
      for (Map.Entry<String, BigDecimal> entry : nonFossilConsumption.entrySet()) {
        text.append("\n  ").append(entry.getKey()).append(": non-fossil electricity ")
            .append(entry.getValue().toPlainString()).append(" MWh -> +")
            .append(nonFossilAdjustment(entry.getKey()).toPlainString()).append(" t");
      }
      text.append("\ntotal after the REG-2024 Art 31 adjustment = ").append(adjustedTotal().toPlainString())
          .append(" t");
    }
    for (RuleValue figure : replacedFigures) {
      text.append("\nfigure from a replacement row: ").append(figure);
    }
    return text.toString();
  }

  /**
   * Compares every figure: sector, year, method, entities (with their units), the balance values, the Art 31
   * adjustment and consumption, the report-only units and the replaced figures. Decimals compare by value ({@code 1.50} equals
   * {@code 1.5}).
   *
   * @param other the other object
   * @return true for an equal allocation
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Allocation)) {
      return false;
    }
    Allocation that = (Allocation) other;
    return sector == that.sector && year.equals(that.year) && method == that.method && entities.equals(that.entities)
        && Decimals.same(balanceValue, that.balanceValue)
        && java.util.Objects.equals(publishedBalanceValue, that.publishedBalanceValue)
        && Decimals.same(solvedBalanceValue, that.solvedBalanceValue) && java.util.Objects.equals(nonFossil, that.nonFossil)
        && Decimals.key(nonFossilConsumption).equals(Decimals.key(that.nonFossilConsumption))
        && reportOnly.equals(that.reportOnly) && replacedFigures.equals(that.replacedFigures);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(sector, year, method, entities, Decimals.key(balanceValue), publishedBalanceValue,
        Decimals.key(solvedBalanceValue), nonFossil, Decimals.key(nonFossilConsumption), reportOnly,
        replacedFigures);
  }

  /** Rounds a balance value as it is reported: half up to the decimals of the catalogue entry (4, ASSUMED). */
  private static BigDecimal reported(BigDecimal bp) {
    return bp.setScale(IntensityCoefficientPolicy.BP_DECIMALS.value().intValueExact(), RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return "Allocation[" + sector + " " + year + " " + method + ": " + total.toPlainString() + " t]";
  }
}
