package io.github.ets4j.sectors.mrv;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Precision;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A named monthly figure other than an inventory line: a product output (clinker, crude steel,
 * aluminum liquid), an energy output (gross generation, heat supplied), or an emission figure that is
 * a view of the inventory rather than part of it (a steel process's emissions, aluminum's anode and
 * PFC emissions). Monthly values are reported at the figure's precision and added up over the year.
 *
 * <p>Two figures are equal when their names and units are equal. Each sector package declares its
 * figures as constants. Immutable and thread-safe.
 */
public final class Figure {
  private final String name;
  private final String unit;
  private final Precision precision;
  private final boolean signed;
  // Objects.hash(name, unit), computed once: every month's figures map hashes its keys on every put and get.
  private final int hash;

  private Figure(String name, String unit, Precision precision, boolean signed) {
    this.name = name;
    this.unit = unit;
    this.precision = precision;
    this.signed = signed;
    this.hash = Objects.hash(name, unit);
  }

  /**
   * Creates a figure whose values are zero or more.
   *
   * @param name the name, e.g. {@code "clinker output"}
   * @param unit the unit, e.g. {@code "t"}
   * @param precision the reporting precision of its values
   * @return the figure
   * @throws EtsValidationException if the name or unit is blank
   */
  public static Figure of(String name, String unit, Precision precision) {
    return new Figure(Checks.notBlank("name", name), Checks.notBlank("unit", unit),
        Checks.notNull("precision", precision), false);
  }

  /**
   * Creates a figure whose values may be negative (e.g. a process balance of inputs minus outputs).
   *
   * @param name the name
   * @param unit the unit
   * @param precision the reporting precision of its values
   * @return the figure
   * @throws EtsValidationException if the name or unit is blank
   */
  public static Figure signed(String name, String unit, Precision precision) {
    return new Figure(Checks.notBlank("name", name), Checks.notBlank("unit", unit),
        Checks.notNull("precision", precision), true);
  }

  /**
   * Rounds a value of this figure to its reporting precision, checking its sign.
   *
   * @param value the value
   * @return the reported value
   * @throws EtsValidationException if the value is negative and the figure is not signed
   */
  public BigDecimal report(BigDecimal value) {
    Checks.notNull(name, value);
    if (!signed) {
      Checks.nonNegative(name, value);
    }
    return precision.round(value);
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * The reporting precision of the figure's values.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Tells whether values may be negative.
   *
   * @return true for signed figures
   */
  public boolean isSigned() {
    return signed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Figure && ((Figure) other).name.equals(name) && ((Figure) other).unit.equals(unit);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Renders the figure, e.g. {@code "clinker output [t]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return name + " [" + unit + "]";
  }
}
