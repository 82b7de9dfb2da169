package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The parameters of the intensity-coefficient method of one sector and year, as read from the exact
 * rules: {@code α = slope × X} inside ±band, {@code ±cap} outside, where {@code X = (B − I) / B}, and how
 * the benchmark B is found.
 *
 * <p>B is the balance value (the intensity at which the sector's allocation equals its verified
 * emissions) times {@link #benchmarkFactor()} when {@link #bestOutputPercent()} is 100; otherwise it is
 * the output-weighted intensity of the cleanest {@code bestOutputPercent} % of sector output (Phase 2).
 * There is no builder: the five numbers are the rule. Immutable and thread-safe.
 */
public final class IndustryRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal slope;
  private final BigDecimal band;
  private final BigDecimal cap;
  private final BigDecimal bestOutputPercent;
  private final BigDecimal benchmarkFactor;

  private IndustryRule(BigDecimal slope, BigDecimal band, BigDecimal cap, BigDecimal bestOutputPercent,
      BigDecimal benchmarkFactor) {
    this.slope = slope;
    this.band = band;
    this.cap = cap;
    this.bestOutputPercent = bestOutputPercent;
    this.benchmarkFactor = benchmarkFactor;
  }

  /**
   * Creates the rule.
   *
   * @param slope α per unit of X (0.15 in 2025–2026)
   * @param band the |X| at which α saturates, a fraction (0.20)
   * @param cap the saturated |α|, a fraction (0.03)
   * @param bestOutputPercent 100 for the balance value, else the share of cleanest output defining B, %
   * @param benchmarkFactor the factor applied to the balance value (1 unless a Phase 2 tightening applies)
   * @return the rule
   * @throws EtsValidationException if slope, band or factor is not positive, cap or band not a fraction,
   *     or the percentile is outside (0, 100]
   */
  public static IndustryRule of(BigDecimal slope, BigDecimal band, BigDecimal cap, BigDecimal bestOutputPercent,
      BigDecimal benchmarkFactor) {
    Checks.positive("slope", slope);
    Checks.positive("band", Checks.fraction("band", band));
    Checks.fraction("cap", cap);
    Checks.positive("bestOutputPercent", Checks.percent("bestOutputPercent", bestOutputPercent));
    Checks.positive("benchmarkFactor", benchmarkFactor);
    return new IndustryRule(slope, band, cap, bestOutputPercent, benchmarkFactor);
  }

  /**
   * α per unit of deviation X.
   *
   * @return the slope
   */
  public BigDecimal slope() {
    return slope;
  }

  /**
   * The deviation, a fraction, beyond which α is capped.
   *
   * @return the band
   */
  public BigDecimal band() {
    return band;
  }

  /**
   * The largest |α|, a fraction.
   *
   * @return the cap
   */
  public BigDecimal cap() {
    return cap;
  }

  /**
   * The share of cleanest sector output defining the benchmark, %; 100 means the balance value.
   *
   * @return the percentile
   */
  public BigDecimal bestOutputPercent() {
    return bestOutputPercent;
  }

  /**
   * The factor applied to the balance value (Phase 2 tightening); 1 otherwise.
   *
   * @return the factor
   */
  public BigDecimal benchmarkFactor() {
    return benchmarkFactor;
  }

  /**
   * Tells whether the benchmark is the (possibly tightened) balance value rather than a percentile.
   *
   * @return true if {@link #bestOutputPercent()} is 100
   */
  public boolean usesBalanceValue() {
    return bestOutputPercent.compareTo(HUNDRED) == 0;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof IndustryRule)) {
      return false;
    }
    IndustryRule o = (IndustryRule) other;
    return slope.compareTo(o.slope) == 0 && band.compareTo(o.band) == 0 && cap.compareTo(o.cap) == 0
        && bestOutputPercent.compareTo(o.bestOutputPercent) == 0 && benchmarkFactor.compareTo(o.benchmarkFactor) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Checks.normalise(slope), Checks.normalise(band), Checks.normalise(cap),
        Checks.normalise(bestOutputPercent), Checks.normalise(benchmarkFactor));
  }

  @Override
  public String toString() {
    return "IndustryRule{slope " + slope + ", band " + band + ", cap " + cap + ", best " + bestOutputPercent
        + " %, factor " + benchmarkFactor + "}";
  }
}
