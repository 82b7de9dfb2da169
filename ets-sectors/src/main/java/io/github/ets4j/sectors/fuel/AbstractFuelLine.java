package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.unit.Quantity;
import io.github.ets4j.core.unit.Unit;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One fuel consumed in one month, as the entity reports it: the fuel, the consumption in the fuel's
 * unit and the parameters it measured. Parameters left empty are taken from the default-value
 * catalogue when the line is resolved for a sector and year ({@link FuelRules#resolve}), which also
 * enforces the rules on how each parameter may be obtained.
 *
 * <p>Create with {@code FuelLine.of(Fuel.NATURAL_GAS, new BigDecimal("250.50"), FuelUnit.TEN_THOUSAND_NM3)}
 * and add measured values with {@code withNcv(Parameter.measured(...))}. Give either a carbon content
 * per unit heat (CC, tC/GJ) or an as-received element carbon (C_ar, tC/t, power only), not both.
 *
 * <p>Units are checked here: the NCV of a solid or liquid fuel must be an energy per mass (GJ/t, MJ/kg, kJ/kg,
 * kcal/kg), of a gaseous fuel an energy per gas volume (GJ/10^4 Nm3, MJ/Nm3, kJ/Nm3); CC a carbon per heat
 * (tC/GJ, tC/TJ, kgC/GJ); C_ar tC/t; OF a percentage above 1 % (a value of at most 1 % looks like a fraction
 * and is refused). {@link #of(Fuel, BigDecimal, String)} takes the consumption in t or kt, 10^4 Nm3 or Nm3.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractFuelLine {

  /**
   * The fuel.
   *
   * @return the fuel
   */
  @Value.Parameter
  public abstract Fuel fuel();

  /**
   * The consumption FC in {@link #unit()}, zero or more.
   *
   * @return the consumption
   */
  @Value.Parameter
  public abstract BigDecimal quantity();

  /**
   * The unit of the consumption; must be the fuel's unit.
   *
   * @return the unit
   */
  @Value.Parameter
  public abstract FuelUnit unit();

  /**
   * The NCV (GJ/t or GJ/10^4 Nm3) when reported; empty for the catalogue default.
   *
   * @return the NCV, or empty
   */
  public abstract Optional<Parameter> ncv();

  /**
   * The carbon content per unit heat (tC/GJ) when reported; empty for the catalogue default.
   *
   * @return the CC, or empty
   */
  public abstract Optional<Parameter> carbonContent();

  /**
   * The as-received element carbon (tC/t, power only) when measured.
   *
   * @return C_ar, or empty
   */
  public abstract Optional<Parameter> elementCarbon();

  /**
   * The oxidation rate in percent when reported; empty for the catalogue default.
   *
   * @return OF, or empty
   */
  public abstract Optional<Parameter> oxidationRate();

  /**
   * What the line is called in the report; the fuel's English name unless given (give distinct labels
   * to two lines of one fuel).
   *
   * @return the label
   */
  @Value.Default
  public String label() {
    return fuel().englishName();
  }

  /**
   * Creates a line from a consumption in any known unit of the fuel's class, converted exactly to the
   * fuel's unit: t or kt for solid and liquid fuels, 10^4 Nm3 or Nm3 for gaseous fuels.
   *
   * @param fuel the fuel
   * @param quantity the consumption in {@code unit}, zero or more
   * @param unit the unit's spelling, e.g. {@code "kt"} or {@code "Nm3"}
   * @return the line, its consumption in {@code fuel.unit()}
   * @throws EtsValidationException if the unit is unknown or not a unit of the fuel's consumption
   */
  public static FuelLine of(Fuel fuel, BigDecimal quantity, String unit) {
    Checks.notNull("fuel", fuel);
    Checks.notNull("consumption of " + fuel.englishName(), quantity);
    Quantity needed = fuel.fuelClass() == FuelClass.GAS ? Quantity.GAS_VOLUME : Quantity.MASS;
    Unit given = Unit.parse("consumption of " + fuel.englishName(), unit, needed);
    return FuelLine.of(fuel, given.toGuidelineUnit(quantity), fuel.unit());
  }

  @Value.Check
  void check() {
    // The fields' names are concatenated only when a check fails: lines are built by the thousand.
    Checks.nonNegative("consumption of ", label(), quantity());
    if (unit() != fuel().unit()) {
      throw new EtsValidationException("unit of " + label(), unit().symbol(),
          "wrong unit for the fuel: " + fuel().fuelClass().name().toLowerCase(java.util.Locale.ROOT)
              + " fuels are reported in " + fuel().unit().symbol() + " (mrv.md units)");
    }
    Checks.notBlank("label", label());
    if (carbonContent().isPresent() && elementCarbon().isPresent()) {
      throw new EtsValidationException("elementCarbon of " + label(), elementCarbon().get().value(),
          "give either the carbon content per unit heat or the as-received element carbon, not both");
    }
    Quantity ncvQuantity = FuelChecks.ncvQuantity(fuel());
    ncv().ifPresent(p -> {
      if (p.quantity() != ncvQuantity) {
        String fuelClass = fuel().fuelClass().name().toLowerCase(java.util.Locale.ROOT);
        FuelChecks.requireQuantity("ncv of " + label() + " (" + fuelClass + " fuel)", ncvQuantity, p);
      }
    });
    carbonContent().ifPresent(p -> {
      if (p.quantity() != Quantity.CARBON_PER_HEAT) {
        FuelChecks.requireQuantity("carbonContent of " + label(), Quantity.CARBON_PER_HEAT, p);
      }
    });
    if (elementCarbon().isPresent()) {
      Parameter carbon = elementCarbon().get();
      if (carbon.quantity() != Quantity.CARBON_PER_MASS) {
        FuelChecks.requireQuantity("elementCarbon of " + label(), Quantity.CARBON_PER_MASS, carbon);
      }
      if (carbon.value().signum() < 0 || carbon.value().compareTo(BigDecimal.ONE) > 0) {
        Checks.fraction("elementCarbon of " + label() + " (tC/t)", carbon.value());
      }
    }
    oxidationRate().ifPresent(p -> {
      if (p.quantity() != Quantity.SHARE || !FuelChecks.isOxidationPercent(p.value())) {
        FuelChecks.requireOxidationPercent("oxidationRate of " + label(), p);
      }
    });
  }
}
