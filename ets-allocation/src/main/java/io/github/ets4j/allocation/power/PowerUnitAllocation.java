package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.AllocationUnits;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The allocation of one generating unit: electricity part Ae, heat part Ah, the unit's initial
 * allocation Ae + Ah and the gas-unit top-up, with the factors used.
 *
 * <p>All amounts are whole tonnes (floored); the electricity factor is the product of the factors applied
 * to the electricity part (Ff from 2023; cooling × heat × load for 2019–2022). Immutable and thread-safe.
 */
public final class PowerUnitAllocation implements UnitAllocation {
  private final String unitId;
  private final String entityId;
  private final UnitCategory category;
  @Nullable private final PowerSpecialUnit special;
  private final BigDecimal verified;
  private final OutputBasis basis;
  private final BigDecimal electricityOutput;
  private final BigDecimal electricityBenchmark;
  private final BigDecimal electricityFactor;
  private final BigDecimal electricityPart;
  private final BigDecimal heatOutput;
  private final BigDecimal heatBenchmark;
  private final BigDecimal heatPart;
  private final BigDecimal topUp;

  PowerUnitAllocation(GeneratingUnit unit, OutputBasis basis, BigDecimal electricityOutput,
      BigDecimal electricityBenchmark, BigDecimal electricityFactor, BigDecimal electricityPart,
      BigDecimal heatBenchmark, BigDecimal heatPart, BigDecimal topUp) {
    this(unit.id(), unit.entityId(), unit.category(), unit.special().orElse(null), unit.verifiedEmissions(), basis,
        electricityOutput, electricityBenchmark, electricityFactor, electricityPart, unit.heatSuppliedGj(),
        heatBenchmark, heatPart, topUp);
  }

  private PowerUnitAllocation(String unitId, String entityId, UnitCategory category, @Nullable PowerSpecialUnit special,
      BigDecimal verified, OutputBasis basis, BigDecimal electricityOutput, BigDecimal electricityBenchmark,
      BigDecimal electricityFactor, BigDecimal electricityPart, BigDecimal heatOutput, BigDecimal heatBenchmark,
      BigDecimal heatPart, BigDecimal topUp) {
    this.unitId = unitId;
    this.entityId = entityId;
    this.category = category;
    this.special = special;
    this.verified = verified;
    this.basis = basis;
    this.electricityOutput = electricityOutput;
    this.electricityBenchmark = electricityBenchmark;
    this.electricityFactor = electricityFactor;
    this.electricityPart = electricityPart;
    this.heatOutput = heatOutput;
    this.heatBenchmark = heatBenchmark;
    this.heatPart = heatPart;
    this.topUp = topUp;
  }

  /**
   * Restores a unit's allocation from its recorded figures (a stored result, e.g. a JSON document), computing
   * the floored parts as {@link PowerBenchmarkPolicy#allocateUnit} does: {@code Ae = floor(output × Be × factor)},
   * {@code Ah = floor(Qh × Bh)}; a special unit gets {@code Ae = Ah = 0} and its floored verified emissions as
   * top-up. There is no builder: the figures are the record of one computation, all required.
   *
   * @param unitId the unit
   * @param entityId the entity
   * @param category the unit's category
   * @param special why the unit is special, or empty
   * @param verifiedEmissions verified emissions, tCO2e; zero or more
   * @param basis what the electricity benchmark multiplied
   * @param electricityOutput Qe (gross generation) or electricity supplied, MWh; zero or more (zero for special)
   * @param electricityBenchmark Be, tCO2/MWh; zero or more
   * @param electricityFactor the factor applied to Ae; zero or more (1 for special)
   * @param heatOutput heat supplied Qh, GJ; zero or more
   * @param heatBenchmark Bh, tCO2/GJ; zero or more
   * @param topUp the gas-unit top-up (for a special unit, its floored verified emissions), whole tonnes
   * @return the unit's allocation
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null, blank or negative, the top-up is
   *     not whole, a special unit has output, a factor other than 1 or a top-up other than its floored verified
   *     emissions, or a top-up is given to a unit other than a gas unit (category IV) or does not bring it to its
   *     floored verified emissions
   */
  public static PowerUnitAllocation of(String unitId, String entityId, UnitCategory category,
      Optional<PowerSpecialUnit> special, BigDecimal verifiedEmissions, OutputBasis basis,
      BigDecimal electricityOutput, BigDecimal electricityBenchmark, BigDecimal electricityFactor,
      BigDecimal heatOutput, BigDecimal heatBenchmark, BigDecimal topUp) {
    Checks.notBlank("unitId", unitId);
    Checks.notBlank("entityId", entityId);
    Checks.notNull("category", category);
    Checks.notNull("special", special);
    Checks.nonNegative("verifiedEmissions", verifiedEmissions);
    Checks.notNull("basis", basis);
    Checks.nonNegative("electricityOutput", electricityOutput);
    Checks.nonNegative("electricityBenchmark", electricityBenchmark);
    Checks.nonNegative("electricityFactor", electricityFactor);
    Checks.nonNegative("heatOutput", heatOutput);
    Checks.nonNegative("heatBenchmark", heatBenchmark);
    Checks.nonNegative("topUp", topUp);
    if (topUp.stripTrailingZeros().scale() > 0) {
      throw new EtsValidationException("topUp", topUp.toPlainString(), "allowances are whole tonnes");
    }
    BigDecimal floorVerified = AllocationUnits.WHOLE_TONNES_FLOOR.round(verifiedEmissions);
    if (special.isPresent()) {
      if (electricityOutput.signum() != 0 || electricityFactor.compareTo(BigDecimal.ONE) != 0
          || topUp.compareTo(floorVerified) != 0) {
        throw new EtsValidationException("special", special.get(), "a special unit is allocated at its verified"
            + " emissions: output 0, factor 1, top-up floor(verified) = " + floorVerified.toPlainString() + " t");
      }
      return new PowerUnitAllocation(unitId, entityId, category, special.get(), verifiedEmissions, basis,
          electricityOutput, electricityBenchmark, electricityFactor, BigDecimal.ZERO, heatOutput, heatBenchmark,
          BigDecimal.ZERO, topUp);
    }
    BigDecimal ae = AllocationUnits.WHOLE_TONNES_FLOOR.round(
        electricityOutput.multiply(electricityBenchmark).multiply(electricityFactor));
    BigDecimal ah = AllocationUnits.WHOLE_TONNES_FLOOR.round(heatOutput.multiply(heatBenchmark));
    if (topUp.signum() > 0 && (category != UnitCategory.IV || ae.add(ah).add(topUp).compareTo(floorVerified) != 0)) {
      throw new EtsValidationException("topUp", topUp.toPlainString(), "only a gas unit (category IV) is topped up,"
          + " to its floored verified emissions " + floorVerified.toPlainString() + " t (Ae + Ah = "
          + ae.add(ah).toPlainString() + " t)");
    }
    return new PowerUnitAllocation(unitId, entityId, category, null, verifiedEmissions, basis, electricityOutput,
        electricityBenchmark, electricityFactor, ae, heatOutput, heatBenchmark, ah, topUp);
  }

  @Override
  public String unitId() {
    return unitId;
  }

  @Override
  public String entityId() {
    return entityId;
  }

  /**
   * The unit's category.
   *
   * @return the category
   */
  public UnitCategory category() {
    return category;
  }

  /**
   * Why the unit is special, if it is.
   *
   * @return the reason, or empty
   */
  public Optional<PowerSpecialUnit> special() {
    return Optional.ofNullable(special);
  }

  @Override
  public boolean isSpecial() {
    return special != null;
  }

  @Override
  public BigDecimal verifiedEmissions() {
    return verified;
  }

  /**
   * What the electricity benchmark multiplied: electricity supplied (2019–2022) or gross generation.
   *
   * @return the basis
   */
  public OutputBasis basis() {
    return basis;
  }

  /**
   * The electricity output the benchmark multiplied (gross generation or electricity supplied, per
   * {@link #basis()}), MWh; zero for special units.
   *
   * @return the output, MWh
   */
  public BigDecimal electricityOutput() {
    return electricityOutput;
  }

  /**
   * The electricity benchmark Be of the unit's category, tCO2/MWh.
   *
   * @return Be
   */
  public BigDecimal electricityBenchmark() {
    return electricityBenchmark;
  }

  /**
   * The heat supplied Qh, GJ.
   *
   * @return Qh
   */
  public BigDecimal heatOutput() {
    return heatOutput;
  }

  /**
   * The heat benchmark Bh of the unit's category, tCO2/GJ.
   *
   * @return Bh
   */
  public BigDecimal heatBenchmark() {
    return heatBenchmark;
  }

  /**
   * The factor applied to the electricity part: Ff (6 decimals) from 2023, the product of the cooling,
   * heat and load factors for 2019–2022; 1 for special units.
   *
   * @return the factor
   */
  public BigDecimal electricityFactor() {
    return electricityFactor;
  }

  /**
   * The electricity part Ae, floored, t.
   *
   * @return Ae
   */
  public BigDecimal electricityPart() {
    return electricityPart;
  }

  /**
   * The heat part Ah, floored, t.
   *
   * @return Ah
   */
  public BigDecimal heatPart() {
    return heatPart;
  }

  /**
   * The initial allocation Ae + Ah (verified emissions, floored, for special units), t.
   *
   * @return the initial allocation
   */
  public BigDecimal initialAllocation() {
    return AllocationUnits.plus(electricityPart, heatPart);
  }

  /**
   * The gas-unit top-up to verified emissions, t; zero for other units.
   *
   * @return the top-up
   */
  public BigDecimal topUp() {
    return topUp;
  }

  @Override
  public BigDecimal allocation() {
    return AllocationUnits.plus(AllocationUnits.plus(electricityPart, heatPart), topUp);
  }

  @Override
  public String explain() {
    StringBuilder text = new StringBuilder("  unit ").append(unitId).append(" (category ").append(category);
    if (special != null) {
      return text.append(", special: ").append(special).append("): allocation = floor(verified ")
          .append(verified.toPlainString()).append(") = ").append(allocation().toPlainString()).append(" t").toString();
    }
    text.append("): Ae = floor(")
        .append(basis == OutputBasis.SUPPLIED ? "Q_supplied " : "Qe ").append(electricityOutput.toPlainString())
        .append(" MWh x Be ").append(electricityBenchmark.toPlainString())
        .append(basis == OutputBasis.SUPPLIED ? " x F_cool*F_heat*F_load " : " x Ff ")
        .append(electricityFactor.toPlainString()).append(") = ").append(electricityPart.toPlainString())
        .append(" t; Ah = floor(Qh ").append(heatOutput.toPlainString()).append(" GJ x Bh ")
        .append(heatBenchmark.toPlainString()).append(") = ").append(heatPart.toPlainString())
        .append(" t; A = ").append(initialAllocation().toPlainString()).append(" t");
    if (topUp.signum() > 0) {
      text.append("; gas top-up to verified ").append(verified.toPlainString()).append(": +")
          .append(topUp.toPlainString()).append(" = ").append(allocation().toPlainString()).append(" t");
    }
    return text.toString();
  }

  /**
   * Compares every recorded figure (decimals by value, not scale).
   *
   * @param other the other object
   * @return true for an equal unit allocation
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PowerUnitAllocation && ((PowerUnitAllocation) other).key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  private List<Object> key() {
    return Arrays.asList(unitId, entityId, category, special, basis, Checks.normalise(verified),
        Checks.normalise(electricityOutput), Checks.normalise(electricityBenchmark), Checks.normalise(electricityFactor),
        Checks.normalise(electricityPart), Checks.normalise(heatOutput), Checks.normalise(heatBenchmark),
        Checks.normalise(heatPart), Checks.normalise(topUp));
  }

  @Override
  public String toString() {
    return "PowerUnitAllocation[" + unitId + ": " + allocation().toPlainString() + " t]";
  }
}
