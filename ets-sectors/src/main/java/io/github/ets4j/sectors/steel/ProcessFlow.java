package io.github.ets4j.sectors.steel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.fuel.FuelLine;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One carbon flow into or out of a steel process: a fuel (accounted {@code FC × NCV × CC × 44/12}) or a
 * material of Table A.2 (accounted {@code t × EF}). Immutable and thread-safe.
 */
public final class ProcessFlow {
  @Nullable private final FuelLine fuel;
  @Nullable private final SteelMaterial material;
  private final BigDecimal tonnes;

  private ProcessFlow(@Nullable FuelLine fuel, @Nullable SteelMaterial material, BigDecimal tonnes) {
    this.fuel = fuel;
    this.material = material;
    this.tonnes = tonnes;
  }

  /**
   * A fuel flow.
   *
   * @param fuel the fuel line (its OF is ignored: process balances use no OF)
   * @return the flow
   * @throws EtsValidationException if the line is null
   */
  public static ProcessFlow fuel(FuelLine fuel) {
    Checks.notNull("fuel", fuel);
    return new ProcessFlow(fuel, null, fuel.quantity());
  }

  /**
   * A material flow.
   *
   * @param material the material
   * @param tonnes the mass, t, zero or more
   * @return the flow
   * @throws EtsValidationException if the mass is negative
   */
  public static ProcessFlow material(SteelMaterial material, BigDecimal tonnes) {
    Checks.notNull("material", material);
    return new ProcessFlow(null, material, Checks.nonNegative("tonnes of " + material.displayName(), tonnes));
  }

  /**
   * The fuel line, for a fuel flow.
   *
   * @return the fuel line, or empty
   */
  public Optional<FuelLine> fuel() {
    return Optional.ofNullable(fuel);
  }

  /**
   * The material, for a material flow.
   *
   * @return the material, or empty
   */
  public Optional<SteelMaterial> material() {
    return Optional.ofNullable(material);
  }

  /**
   * The quantity (t, or 10^4 Nm3 for gaseous fuels).
   *
   * @return the quantity
   */
  public BigDecimal quantity() {
    return tonnes;
  }

  /**
   * The flow's label.
   *
   * @return the fuel line's label or the material's name
   */
  public String label() {
    return fuel != null ? fuel.label() : Objects.requireNonNull(material).displayName();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessFlow && Objects.equals(((ProcessFlow) other).fuel, fuel)
        && ((ProcessFlow) other).material == material && ((ProcessFlow) other).tonnes.compareTo(tonnes) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fuel, material);
  }

  /**
   * Renders the flow.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return label() + " " + tonnes.toPlainString();
  }
}
