package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The adjustment of REG-2024 Art 31: entities that consume non-fossil electricity get their allowances and
 * emissions adjusted (相应调整) "under national rules" [V]. No such rule is published, so the library exposes it
 * as one named figure, an allowance adjustment per MWh of non-fossil electricity consumed, zero by default
 * [A: coverage.md, "expose it as a named adjustment, zero by default"]. A user who has the national rule sets the
 * figure with its source ({@link Rulebook#withNonFossilElectricityAdjustment(BigDecimal, Source)}); the amount of
 * an entity is then {@code floor(figure × MWh)} whole tonnes [A: allowances are whole tonnes], added to its
 * allocation ({@link Allocation#withNonFossilElectricityConsumption(java.util.Map)}). Immutable and thread-safe.
 */
public final class NonFossilElectricityAdjustment {
  /** The name of the figure in the rule values and in {@code explain()}. */
  public static final String NAME = "REG-2024 Art 31 non-fossil electricity adjustment, allowances per MWh consumed";
  private static final String UNIT = "t/MWh";
  private static final NonFossilElectricityAdjustment CHINA_NATIONAL = new NonFossilElectricityAdjustment(
      RuleValue.of(NAME, BigDecimal.ZERO, UNIT, Source.of("REG-2024",
          "Art 31: adjusted under national rules, none published; zero until they are", Confidence.ASSUMED)));

  private final RuleValue factor;

  private NonFossilElectricityAdjustment(RuleValue factor) {
    this.factor = factor;
  }

  /**
   * The national default: zero, ASSUMED (no national rule published).
   *
   * <p>From the national rows; the rulebook of a year ({@link Rulebook#chinaNational(java.time.Year)})
   * is the door to the rules of a year and assembles this with any replacement rows.
   *
   * @return the adjustment
   */
  public static NonFossilElectricityAdjustment chinaNational() {
    return CHINA_NATIONAL;
  }

  /**
   * An adjustment of the given size.
   *
   * @param perMwh allowances per MWh of non-fossil electricity consumed, zero or more
   * @param source the national rule it comes from, or an ASSUMPTION source for a what-if
   * @return the adjustment
   * @throws io.github.ets4j.core.EtsValidationException if the figure is null or negative, or the source is null
   */
  public static NonFossilElectricityAdjustment of(BigDecimal perMwh, Source source) {
    Checks.nonNegative("perMwh", perMwh);
    Checks.notNull("source", source);
    return new NonFossilElectricityAdjustment(RuleValue.of(NAME, perMwh, UNIT, source));
  }

  /**
   * The figure, allowances per MWh, with its source.
   *
   * @return the rule value
   */
  public RuleValue factor() {
    return factor;
  }

  /**
   * The adjustment of an entity: {@code floor(figure × consumed MWh)}.
   *
   * @param consumedMwh the non-fossil electricity the entity consumed in the year, MWh
   * @return the allowances added, whole tonnes
   * @throws io.github.ets4j.core.EtsValidationException if the consumption is null or negative
   */
  public BigDecimal amount(BigDecimal consumedMwh) {
    Checks.nonNegative("consumedMwh", consumedMwh);
    return factor.value().multiply(consumedMwh).setScale(0, RoundingMode.FLOOR);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NonFossilElectricityAdjustment
        && ((NonFossilElectricityAdjustment) other).factor.equals(factor);
  }

  @Override
  public int hashCode() {
    return factor.hashCode();
  }

  @Override
  public String toString() {
    return factor.toString();
  }
}
