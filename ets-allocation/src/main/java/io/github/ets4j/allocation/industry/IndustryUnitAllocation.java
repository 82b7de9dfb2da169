package io.github.ets4j.allocation.industry;

import io.github.ets4j.allocation.AllocationUnits;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.unit.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
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
  /** X, α and E × (1 + α): computed when first read for a unit whose floor the doubles decided. */
  private final UnitFigures figures;
  private final BigDecimal allocation;

  IndustryUnitAllocation(IndustrialUnit unit, @Nullable IndustrySpecialUnit special, BigDecimal intensity,
      BigDecimal level, UnitFigures figures, BigDecimal allocation) {
    this(unit.id(), unit.entityId(), unit.verifiedEmissions(), special, intensity, level, figures, allocation);
  }

  private IndustryUnitAllocation(String unitId, String entityId, BigDecimal verified,
      @Nullable IndustrySpecialUnit special, BigDecimal intensity, BigDecimal level, UnitFigures figures,
      BigDecimal allocation) {
    this.unitId = unitId;
    this.entityId = entityId;
    this.verified = verified;
    this.special = special;
    this.intensity = intensity;
    this.level = level;
    this.figures = figures;
    this.allocation = allocation;
  }

  /**
   * Restores a unit's allocation from its recorded figures (a stored result, e.g. a JSON document), checking them
   * as {@link IntensityCoefficientPolicy} makes them: {@code X = 1 − I × (1 / BP)} at {@link BalanceValue#CONTEXT},
   * {@code E × (1 + α)} exact and its floor the allocation (or the whole tonne beside it when {@code E × (1 + α)}
   * lies within 1e-12 of a whole tonne, where the policy decides the floor with exact fractions); a special unit
   * has {@code I = BP = X = α = 0} and is allocated {@code floor(E)}. α itself is not rechecked: the year's
   * coefficient rule is not part of the record. There is no builder: the figures are the record of one computation,
   * all required.
   *
   * @param unitId the unit
   * @param entityId the entity
   * @param verifiedEmissions E, tCO2e; zero or more
   * @param special why the unit is special, or empty
   * @param intensity I, tCO2e per t product; zero or more
   * @param level the balance value (or advanced level) BP compared with; positive unless special
   * @param deviation X, a fraction
   * @param alpha α, a fraction
   * @param unroundedAllocation {@code E × (1 + α)}, t
   * @param allocation the allocation, whole tonnes
   * @return the unit's allocation
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null, blank or negative where it may not
   *     be, or a figure is not the one the recorded figures give
   */
  public static IndustryUnitAllocation of(String unitId, String entityId, BigDecimal verifiedEmissions,
      Optional<IndustrySpecialUnit> special, BigDecimal intensity, BigDecimal level, BigDecimal deviation,
      BigDecimal alpha, BigDecimal unroundedAllocation, BigDecimal allocation) {
    Checks.notBlank("unitId", unitId);
    Checks.notBlank("entityId", entityId);
    Checks.nonNegative("verifiedEmissions", verifiedEmissions);
    Checks.notNull("special", special);
    Checks.nonNegative("intensity", intensity);
    Checks.nonNegative("level", level);
    Checks.notNull("deviation", deviation);
    Checks.notNull("alpha", alpha);
    Checks.notNull("unroundedAllocation", unroundedAllocation);
    Checks.nonNegative("allocation", allocation);
    if (allocation.stripTrailingZeros().scale() > 0) {
      throw new EtsValidationException("allocation", allocation.toPlainString(), "allowances are whole tonnes");
    }
    BigDecimal floored = AllocationUnits.WHOLE_TONNES_FLOOR.round(unroundedAllocation);
    if (special.isPresent()) {
      if (intensity.signum() != 0 || level.signum() != 0 || deviation.signum() != 0 || alpha.signum() != 0
          || unroundedAllocation.compareTo(verifiedEmissions) != 0 || allocation.compareTo(floored) != 0) {
        throw new EtsValidationException("special", special.get(), "a special unit is allocated floor(verified "
            + verifiedEmissions.toPlainString() + ") with I, BP, X and alpha zero");
      }
      return new IndustryUnitAllocation(unitId, entityId, verifiedEmissions, special.get(), intensity, level,
          UnitFigures.known(deviation, alpha, unroundedAllocation), allocation);
    }
    Checks.positive("level", level);
    BigDecimal x = BigDecimal.ONE.subtract(intensity.multiply(BigDecimal.ONE.divide(level, BalanceValue.CONTEXT),
        BalanceValue.CONTEXT));
    if (x.compareTo(deviation) != 0) {
      throw new EtsValidationException("deviation", deviation.toPlainString(), "X = 1 - I x (1 / BP) = "
          + x.toPlainString());
    }
    BigDecimal e = verifiedEmissions.multiply(BigDecimal.ONE.add(alpha));
    if (e.compareTo(unroundedAllocation) != 0) {
      throw new EtsValidationException("unroundedAllocation", unroundedAllocation.toPlainString(),
          "E x (1 + alpha) = " + e.toPlainString());
    }
    BigDecimal gap = allocation.subtract(floored);
    boolean exactFloor = gap.signum() == 0
        || gap.compareTo(BigDecimal.ONE) == 0 && allocation.subtract(e).compareTo(IntensityCoefficientPolicy.NEAR_WHOLE) < 0
        || gap.compareTo(BigDecimal.ONE.negate()) == 0 && e.subtract(floored).compareTo(IntensityCoefficientPolicy.NEAR_WHOLE) < 0;
    if (!exactFloor) {
      throw new EtsValidationException("allocation", allocation.toPlainString(), "A = floor(E x (1 + alpha)) = floor("
          + e.toPlainString() + ")");
    }
    return new IndustryUnitAllocation(unitId, entityId, verifiedEmissions, null, intensity, level,
        UnitFigures.known(deviation, alpha, unroundedAllocation), allocation);
  }

  /**
   * The balance value (or advanced level) BP the unit was compared with, tCO2e per t product (zero for special
   * units).
   *
   * @return BP at {@link BalanceValue#CONTEXT} precision
   */
  public BigDecimal level() {
    return level;
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
    return figures.deviation();
  }

  /**
   * X in percent, half up to 2 decimals, e.g. {@code 1.99}.
   *
   * @return X in %
   */
  public BigDecimal deviationPercentReported() {
    return Percent.fromFraction(deviation()).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The coefficient α, a fraction within ± the cap (zero for special units).
   *
   * @return α
   */
  public BigDecimal alpha() {
    return figures.alpha();
  }

  /**
   * {@code E × (1 + α)} before the floor (verified emissions for special units).
   *
   * @return the unfloored allocation, t
   */
  public BigDecimal unroundedAllocation() {
    return figures.unrounded();
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
        + " - I) / BP = " + deviation().toPlainString() + " (" + deviationPercentReported().toPlainString()
        + " %); alpha = " + alpha().toPlainString() + "; A = floor(E " + verified.toPlainString() + " x (1 + alpha)) = floor("
        + unroundedAllocation().toPlainString() + ") = " + allocation.toPlainString() + " t";
  }

  /**
   * Compares every recorded figure (decimals by value, not scale).
   *
   * @param other the other object
   * @return true for an equal unit allocation
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof IndustryUnitAllocation && ((IndustryUnitAllocation) other).key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  private List<Object> key() {
    return Arrays.asList(unitId, entityId, special, Checks.normalise(verified), Checks.normalise(intensity),
        Checks.normalise(level), Checks.normalise(deviation()), Checks.normalise(alpha()), Checks.normalise(unroundedAllocation()),
        Checks.normalise(allocation));
  }

  @Override
  public String toString() {
    return "IndustryUnitAllocation[" + unitId + ": " + allocation.toPlainString() + " t]";
  }
}
