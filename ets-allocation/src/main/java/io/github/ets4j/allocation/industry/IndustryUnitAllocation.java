package io.github.ets4j.allocation.industry;

import io.github.ets4j.allocation.UnitAllocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The allocation of one industrial unit by the intensity-coefficient method: intensity I, deviation X,
 * coefficient α and {@code A = floor(E × (1 + α))}; or, for a special unit, its verified emissions.
 *
 * <p>I, X and α are kept at {@link BalanceValue#CONTEXT} precision; {@link #deviationPercentReported()}
 * gives X in percent, half up to 2 decimals (as allocation.md quotes it). Immutable and thread-safe.
 */
public final class IndustryUnitAllocation implements UnitAllocation {
  private final String unitId;
  private final String entityId;
  private final BigDecimal verified;
  @Nullable private final IndustrySpecialUnit special;
  private final BigDecimal intensity;
  private final BigDecimal level;
  private final BigDecimal deviation;
  private final BigDecimal alpha;
  private final BigDecimal unrounded;
  private final BigDecimal allocation;

  IndustryUnitAllocation(IndustrialUnit unit, @Nullable IndustrySpecialUnit special, BigDecimal intensity,
      BigDecimal level, BigDecimal deviation, BigDecimal alpha, BigDecimal unrounded, BigDecimal allocation) {
    this.unitId = unit.id();
    this.entityId = unit.entityId();
    this.verified = unit.verifiedEmissions();
    this.special = special;
    this.intensity = intensity;
    this.level = level;
    this.deviation = deviation;
    this.alpha = alpha;
    this.unrounded = unrounded;
    this.allocation = allocation;
  }

  @Override
  public String unitId() {
    return unitId;
  }

  @Override
  public String entityId() {
    return entityId;
  }

  @Override
  public BigDecimal verifiedEmissions() {
    return verified;
  }

  @Override
  public boolean isSpecial() {
    return special != null;
  }

  /**
   * Why the unit is special, if it is.
   *
   * @return the reason, or empty
   */
  public Optional<IndustrySpecialUnit> special() {
    return Optional.ofNullable(special);
  }

  /**
   * The unit's intensity I, tCO2e per t product (zero for special units).
   *
   * @return I
   */
  public BigDecimal intensity() {
    return intensity;
  }

  /**
   * The deviation X = (BP − I) / BP, a fraction (zero for special units).
   *
   * @return X
   */
  public BigDecimal deviation() {
    return deviation;
  }

  /**
   * X in percent, half up to 2 decimals, e.g. {@code 1.99}.
   *
   * @return X in %
   */
  public BigDecimal deviationPercentReported() {
    return deviation.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The coefficient α, a fraction within ± the cap (zero for special units).
   *
   * @return α
   */
  public BigDecimal alpha() {
    return alpha;
  }

  /**
   * {@code E × (1 + α)} before the floor (verified emissions for special units).
   *
   * @return the unfloored allocation, t
   */
  public BigDecimal unroundedAllocation() {
    return unrounded;
  }

  @Override
  public BigDecimal allocation() {
    return allocation;
  }

  @Override
  public String explain() {
    if (special != null) {
      return "  unit " + unitId + " (special: " + special + "): allocation = floor(verified "
          + verified.toPlainString() + ") = " + allocation.toPlainString() + " t; left out of the balance value";
    }
    return "  unit " + unitId + ": I = " + intensity.toPlainString() + "; X = (BP " + level.toPlainString()
        + " - I) / BP = " + deviation.toPlainString() + " (" + deviationPercentReported().toPlainString()
        + " %); alpha = " + alpha.toPlainString() + "; A = floor(E " + verified.toPlainString() + " x (1 + alpha)) = floor("
        + unrounded.toPlainString() + ") = " + allocation.toPlainString() + " t";
  }

  @Override
  public String toString() {
    return "IndustryUnitAllocation[" + unitId + ": " + allocation.toPlainString() + " t]";
  }
}
