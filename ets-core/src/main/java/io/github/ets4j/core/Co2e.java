package io.github.ets4j.core;

import io.github.ets4j.core.internal.Checks;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of tonnes of CO2 equivalent, together with the GWP set that made it.
 *
 * <p>A CO2e figure is meaningless without its GWP set, so two amounts made with different sets cannot
 * be added or compared: that is an error, not a silent mix. The amount is signed (a deduction is
 * negative); scale is normalised, so {@code 1.50} and {@code 1.5} are equal. Immutable and thread-safe.
 */
public final class Co2e implements Comparable<Co2e> {
  private final BigDecimal tonnes;
  private final GwpSet gwpSet;

  private Co2e(BigDecimal tonnes, GwpSet gwpSet) {
    this.tonnes = tonnes;
    this.gwpSet = gwpSet;
  }

  /**
   * Creates an amount.
   *
   * @param tonnes the amount, tCO2e
   * @param gwpSet the GWP set that made it
   * @return the amount
   * @throws EtsValidationException if an argument is null
   */
  public static Co2e of(BigDecimal tonnes, GwpSet gwpSet) {
    Checks.notNull("tonnes", tonnes);
    Checks.notNull("gwpSet", gwpSet);
    return new Co2e(Checks.normalise(tonnes), gwpSet);
  }

  /**
   * Returns zero tonnes in a GWP set.
   *
   * @param gwpSet the set
   * @return zero tCO2e
   */
  public static Co2e zero(GwpSet gwpSet) {
    return of(BigDecimal.ZERO, gwpSet);
  }

  /**
   * Adds another amount of the same GWP set.
   *
   * @param other the amount to add
   * @return the sum
   * @throws EtsValidationException if the sets differ
   */
  public Co2e plus(Co2e other) {
    Checks.notNull("other", other);
    requireSameSet(other);
    return of(tonnes.add(other.tonnes), gwpSet);
  }

  /**
   * Subtracts another amount of the same GWP set.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws EtsValidationException if the sets differ
   */
  public Co2e minus(Co2e other) {
    Checks.notNull("other", other);
    requireSameSet(other);
    return of(tonnes.subtract(other.tonnes), gwpSet);
  }

  /**
   * Rounds the amount with a named precision.
   *
   * @param precision the rounding step
   * @return the rounded amount, same set
   */
  public Co2e rounded(Precision precision) {
    Checks.notNull("precision", precision);
    return of(precision.round(tonnes), gwpSet);
  }

  private void requireSameSet(Co2e other) {
    if (!other.gwpSet.equals(gwpSet)) {
      throw new EtsValidationException("gwpSet", other.gwpSet.name(),
          "cannot combine CO2e made with " + other.gwpSet.name() + " and " + gwpSet.name());
    }
  }

  /**
   * The amount, tCO2e.
   *
   * @return the tonnes
   */
  public BigDecimal tonnes() {
    return tonnes;
  }

  /**
   * The GWP set that made the amount.
   *
   * @return the set
   */
  public GwpSet gwpSet() {
    return gwpSet;
  }

  /**
   * Compares two amounts of the same GWP set.
   *
   * @throws EtsValidationException if the sets differ
   */
  @Override
  public int compareTo(Co2e other) {
    requireSameSet(other);
    return tonnes.compareTo(other.tonnes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Co2e
        && ((Co2e) other).tonnes.equals(tonnes)
        && ((Co2e) other).gwpSet.equals(gwpSet);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tonnes, gwpSet);
  }

  /**
   * Renders the amount, e.g. {@code "26316 tCO2e (AR5)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return tonnes.toPlainString() + " tCO2e (" + gwpSet.name() + ")";
  }
}
