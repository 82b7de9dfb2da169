package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.UnitAllocation;
import java.math.BigDecimal;
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
    this.unitId = unit.id();
    this.entityId = unit.entityId();
    this.category = unit.category();
    this.special = unit.special().orElse(null);
    this.verified = unit.verifiedEmissions();
    this.basis = basis;
    this.electricityOutput = electricityOutput;
    this.electricityBenchmark = electricityBenchmark;
    this.electricityFactor = electricityFactor;
    this.electricityPart = electricityPart;
    this.heatOutput = unit.heatSuppliedGj();
    this.heatBenchmark = heatBenchmark;
    this.heatPart = heatPart;
    this.topUp = topUp;
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
    return electricityPart.add(heatPart);
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
    return electricityPart.add(heatPart).add(topUp);
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

  @Override
  public String toString() {
    return "PowerUnitAllocation[" + unitId + ": " + allocation().toPlainString() + " t]";
  }
}
