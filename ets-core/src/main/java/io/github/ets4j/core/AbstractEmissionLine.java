package io.github.ets4j.core;

import io.github.ets4j.core.internal.Checks;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One line of an emission inventory: a mass of one gas from one kind of source.
 *
 * <p>The mass is in tonnes of the gas itself (not CO2e). Lines of a deduction source
 * ({@link EmissionSource#CARBON_IN_PRODUCTS}) carry a mass of zero or less, every other line a mass of
 * zero or more, so that an inventory's total is the plain sum of its lines. Use
 * {@link EmissionLine#deduction(EmissionSource, Gas, BigDecimal)} to state a deduction by its positive
 * size. An {@link EmissionSource#ANODE_EFFECT} line is of CF4 or C2F6, never of another gas. The factory
 * strips trailing zeros so that equal masses have one representation. An optional
 * label says what the line is (a fuel, a material, a process).
 *
 * <p>Create with {@code EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, new BigDecimal("27848.29"))}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractEmissionLine {

  /**
   * The kind of source.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract EmissionSource source();

  /**
   * The gas emitted.
   *
   * @return the gas
   */
  @Value.Parameter
  public abstract Gas gas();

  /**
   * The mass in tonnes of {@link #gas()}; zero or less for deductions, zero or more otherwise.
   *
   * @return the mass, t
   */
  @Value.Parameter
  public abstract BigDecimal tonnes();

  /**
   * What the line is, e.g. {@code "bituminous coal"}; empty when not given.
   *
   * @return the label
   */
  @Value.Default
  public String label() {
    return "";
  }

  /**
   * Creates a deduction line from the size of the deduction.
   *
   * @param source a deduction source
   * @param gas the gas
   * @param deductedTonnes the mass deducted, zero or more
   * @return a line with mass {@code -deductedTonnes}
   * @throws EtsValidationException if {@code source} is not a deduction or the mass is negative
   */
  public static EmissionLine deduction(EmissionSource source, Gas gas, BigDecimal deductedTonnes) {
    Checks.nonNegative("deductedTonnes", deductedTonnes);
    return EmissionLine.of(source, gas, deductedTonnes.negate());
  }

  /**
   * Tells whether the ETS covers this line (direct sources only).
   *
   * @return true for direct lines
   */
  public final boolean isCovered() {
    return source().isDirect();
  }

  /**
   * This line's mass in tonnes of CO2 equivalent, exact (no rounding).
   *
   * @param gwpSet the GWP set
   * @return mass × GWP, tCO2e
   * @throws EtsValidationException if the set does not define the line's gas
   */
  public final BigDecimal co2eTonnes(GwpSet gwpSet) {
    return tonnes().multiply(gwpSet.gwp(gas()));
  }

  @Value.Check
  AbstractEmissionLine normalise() {
    // The style leaves null checks to us, so that a missing value is a named validation error.
    Checks.notNull("source", source());
    Checks.notNull("gas", gas());
    BigDecimal mass = Checks.notNull("tonnes", tonnes());
    Checks.notNull("label", label());
    if (source().isDeduction() && mass.signum() > 0) {
      throw new EtsValidationException("tonnes", mass.toPlainString(),
          source() + " is a deduction: its mass must be zero or negative (use EmissionLine.deduction)");
    }
    if (!source().isDeduction() && mass.signum() < 0) {
      throw new EtsValidationException("tonnes", mass.toPlainString(),
          "an emission of " + gas() + " from " + source() + " must not be negative");
    }
    if (source() == EmissionSource.ANODE_EFFECT && gas() != Gas.CF4 && gas() != Gas.C2F6) {
      throw new EtsValidationException("gas", gas(), "an anode-effect line is a perfluorocarbon, CF4 or C2F6"
          + " (AG-ALU-2024); the anode's CO2 is an industrial-process line");
    }
    BigDecimal normal = Checks.normalise(mass);
    return normal.equals(mass) ? this : EmissionLine.copyOf(this).withTonnes(normal);
  }
}
