package io.github.ets4j.sectors.mrv;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much of one fuel a month used and at which net calorific value, as reported: the input of the
 * annual weighted NCV and of the rule that fixes a solid fuel's NCV choice for the year.
 *
 * <p>Annual NCV = Σ (monthly consumption × monthly NCV) / Σ monthly consumption
 * (AG-STEEL-2024 §6.2.2.3 [V]). Immutable and thread-safe.
 */
public final class FuelUse {
  private final String fuel;
  private final BigDecimal quantity;
  private final Parameter ncv;
  private final boolean choiceFixedForYear;

  private FuelUse(String fuel, BigDecimal quantity, Parameter ncv, boolean choiceFixedForYear) {
    this.fuel = fuel;
    this.quantity = quantity;
    this.ncv = ncv;
    this.choiceFixedForYear = choiceFixedForYear;
  }

  /**
   * Creates a fuel use.
   *
   * @param fuel the fuel's name, the key of the annual NCV
   * @param quantity the reported consumption, t or 10^4 Nm3, zero or more
   * @param ncv the reported NCV
   * @param choiceFixedForYear true when the choice between measured and default NCV is fixed for the year
   *     (solid fuels, AG-STEEL-2024 §6.2.2.2 [V])
   * @return the use
   * @throws EtsValidationException if the fuel is blank or the quantity negative
   */
  public static FuelUse of(String fuel, BigDecimal quantity, Parameter ncv, boolean choiceFixedForYear) {
    Checks.notBlank("fuel", fuel);
    // The field's name is concatenated only when the check fails: a fuel use is made for every line of every month.
    BigDecimal checked = Checks.nonNegative("quantity of ", fuel, quantity);
    return new FuelUse(fuel, checked, Checks.notNull("ncv", ncv), choiceFixedForYear);
  }

  /**
   * The fuel's name.
   *
   * @return the name
   */
  public String fuel() {
    return fuel;
  }

  /**
   * The reported consumption.
   *
   * @return the quantity, t or 10^4 Nm3
   */
  public BigDecimal quantity() {
    return quantity;
  }

  /**
   * The reported NCV.
   *
   * @return the NCV parameter
   */
  public Parameter ncv() {
    return ncv;
  }

  /**
   * Tells whether the NCV choice (measured or default) is fixed for the year.
   *
   * @return true for solid fuels
   */
  public boolean isChoiceFixedForYear() {
    return choiceFixedForYear;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FuelUse && ((FuelUse) other).fuel.equals(fuel)
        && ((FuelUse) other).quantity.compareTo(quantity) == 0 && ((FuelUse) other).ncv.equals(ncv)
        && ((FuelUse) other).choiceFixedForYear == choiceFixedForYear;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fuel, ncv);
  }

  /**
   * Renders the use.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return fuel + " " + quantity.toPlainString() + " at " + ncv;
  }
}
