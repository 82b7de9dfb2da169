package io.github.ets4j.core;

import io.github.ets4j.core.internal.Checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * An immutable inventory of emission lines: what a facility, an entity or a report emitted.
 *
 * <p>An inventory is a multiset of {@link EmissionLine}s kept in one canonical order, so that
 * {@code a.plus(b).equals(b.plus(a))}. Totals are exact: {@link #totalCo2e(GwpSet)} multiplies each mass
 * by its GWP and adds without rounding; rounding to a reporting precision is the caller's named step.
 * Deduction lines (carbon in products) carry negative masses and so lower the total.
 * {@link #covered()} keeps direct lines only: indirect lines (purchased electricity and heat) may be
 * held as auxiliary items but never enter a covered total.
 *
 * <p>There is no builder: an inventory is built with {@link #of(EmissionLine...)} or grown with
 * {@link #plus(Emissions)}. Immutable and thread-safe.
 */
public final class Emissions {

  private static final Comparator<EmissionLine> CANONICAL =
      Comparator.comparing(EmissionLine::source)
          .thenComparing(EmissionLine::gas)
          .thenComparing(EmissionLine::label)
          .thenComparing(EmissionLine::tonnes);

  private static final Emissions EMPTY = new Emissions(new EmissionLine[0]);

  private final EmissionLine[] lines;

  private Emissions(EmissionLine[] sortedLines) {
    this.lines = sortedLines;
  }

  /**
   * Returns the empty inventory.
   *
   * @return an inventory with no lines
   */
  public static Emissions empty() {
    return EMPTY;
  }

  /**
   * Creates an inventory of the given lines.
   *
   * @param lines the lines
   * @return the inventory
   * @throws EtsValidationException if a line is null
   */
  public static Emissions of(EmissionLine... lines) {
    Checks.notNull("lines", lines);
    return of(Arrays.asList(lines));
  }

  /**
   * Creates an inventory of the given lines.
   *
   * @param lines the lines
   * @return the inventory
   * @throws EtsValidationException if a line is null
   */
  public static Emissions of(Collection<EmissionLine> lines) {
    Checks.notNull("lines", lines);
    EmissionLine[] copy = new EmissionLine[lines.size()];
    int i = 0;
    for (EmissionLine line : lines) {
      copy[i] = Checks.notNull("lines[" + i + "]", line);
      i++;
    }
    return sorted(copy);
  }

  private static Emissions sorted(EmissionLine[] lines) {
    if (lines.length == 0) {
      return EMPTY;
    }
    Arrays.sort(lines, CANONICAL);
    return new Emissions(lines);
  }

  /**
   * Returns an inventory holding the lines of both.
   *
   * @param other the other inventory
   * @return the union of the lines
   */
  public Emissions plus(Emissions other) {
    Checks.notNull("other", other);
    if (other.lines.length == 0) {
      return this;
    }
    if (lines.length == 0) {
      return other;
    }
    EmissionLine[] joined = Arrays.copyOf(lines, lines.length + other.lines.length);
    System.arraycopy(other.lines, 0, joined, lines.length, other.lines.length);
    return sorted(joined);
  }

  /**
   * Returns an inventory with one more line.
   *
   * @param line the line to add
   * @return the larger inventory
   */
  public Emissions plus(EmissionLine line) {
    return plus(of(line));
  }

  /**
   * Keeps the lines that match a condition.
   *
   * @param condition the condition
   * @return the matching lines
   */
  public Emissions filter(Predicate<? super EmissionLine> condition) {
    Checks.notNull("condition", condition);
    List<EmissionLine> kept = new ArrayList<>();
    for (EmissionLine line : lines) {
      if (condition.test(line)) {
        kept.add(line);
      }
    }
    // Already in canonical order: no need to sort again.
    return kept.isEmpty() ? EMPTY : new Emissions(kept.toArray(new EmissionLine[0]));
  }

  /**
   * Keeps the lines of one source.
   *
   * @param source the source
   * @return the lines of that source
   */
  public Emissions bySource(EmissionSource source) {
    Checks.notNull("source", source);
    return filter(line -> line.source() == source);
  }

  /**
   * Keeps the lines of one gas.
   *
   * @param gas the gas
   * @return the lines of that gas
   */
  public Emissions byGas(Gas gas) {
    Checks.notNull("gas", gas);
    return filter(line -> line.gas() == gas);
  }

  /**
   * Keeps the lines the ETS covers: direct sources only.
   *
   * @return the covered lines
   */
  public Emissions covered() {
    return filter(EmissionLine::isCovered);
  }

  /**
   * Keeps the indirect lines (purchased electricity and heat), which are reported but not covered.
   *
   * @return the indirect lines
   */
  public Emissions indirect() {
    return filter(line -> !line.isCovered());
  }

  /**
   * The exact total in tonnes of CO2 equivalent of all lines held, indirect ones included; call
   * {@code covered().totalCo2e(set)} for the covered total.
   *
   * @param gwpSet the GWP set
   * @return Σ mass × GWP, tCO2e, unrounded
   * @throws EtsValidationException if the set lacks a gas of the inventory
   */
  public BigDecimal totalCo2e(GwpSet gwpSet) {
    Checks.notNull("gwpSet", gwpSet);
    BigDecimal total = BigDecimal.ZERO;
    for (EmissionLine line : lines) {
      total = total.add(line.co2eTonnes(gwpSet));
    }
    return total;
  }

  /**
   * The total as a {@link Co2e} that remembers its GWP set.
   *
   * @param gwpSet the GWP set
   * @return the total
   * @throws EtsValidationException if the set lacks a gas of the inventory
   */
  public Co2e co2e(GwpSet gwpSet) {
    return Co2e.of(totalCo2e(gwpSet), gwpSet);
  }

  /**
   * The total mass of one gas, in tonnes of that gas.
   *
   * @param gas the gas
   * @return Σ mass of the gas, t
   */
  public BigDecimal tonnesOf(Gas gas) {
    Checks.notNull("gas", gas);
    BigDecimal total = BigDecimal.ZERO;
    for (EmissionLine line : lines) {
      if (line.gas() == gas) {
        total = total.add(line.tonnes());
      }
    }
    return total;
  }

  /**
   * The lines, in canonical order (source, gas, label, mass).
   *
   * @return an unmodifiable list
   */
  public List<EmissionLine> lines() {
    return List.of(lines);
  }

  /**
   * The number of lines.
   *
   * @return the size
   */
  public int size() {
    return lines.length;
  }

  /**
   * Tells whether the inventory holds no line.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return lines.length == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Emissions && Arrays.equals(((Emissions) other).lines, lines);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(lines);
  }

  /**
   * Renders the lines.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Emissions" + Arrays.toString(lines);
  }
}
