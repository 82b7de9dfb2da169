package io.github.ets4j.allocation.industry;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Solves the balance value BP of a sector: the intensity at which the sector's total allocation
 * {@code Σ E_i (1 + α_i)} equals its total verified emissions {@code Σ E_i}.
 *
 * <p>Method (O(n log n), no iteration): with {@code X_i = 1 − I_i / BP}, a unit is saturated low for
 * {@code BP ≤ I_i / (1 + band)}, proportional between the two breakpoints and saturated high for
 * {@code BP ≥ I_i / (1 − band)}. Between consecutive breakpoints the total is {@code S(BP) = a − B / BP}
 * with {@code a = Σ_low (1 − cap) E + Σ_prop (1 + slope) E + Σ_high (1 + cap) E} and
 * {@code B = slope × Σ_prop E_i I_i}. The breakpoints are sorted once; a sweep keeps a and B up to date
 * and, in the first piece whose right end reaches the target ({@code (a − T) × p ≥ B}, a test without
 * division), solves {@code BP = B / (a − T)} in closed form. S is continuous and non-decreasing when
 * {@code slope × band = cap}, so the root is unique where S increases.
 *
 * <p>Precision: {@code I = N / Q} and {@code E × I} are not terminating decimals in general, so they and BP
 * are kept with {@link MathContext#DECIMAL128} (34 significant digits); sums of them are exact. The
 * resulting allocations differ from the exact rational ones by less than 1e-20 t, far below the floor to
 * whole tonnes. Immutable and thread-safe (holds no state).
 */
public final class BalanceValue {
  /** 34 significant digits: intensities, breakpoints and BP (see the class comment). */
  public static final MathContext CONTEXT = MathContext.DECIMAL128;

  /** Sectors up to this many units are solved with the double screen ({@link BalanceSweep}); its error bound holds there. */
  static final int SCREENED_UNITS = 1_000_000;

  private BalanceValue() {}

  static final class Breakpoint {
    final BigDecimal at;
    final int unit;
    final boolean enters;

    Breakpoint(BigDecimal at, int unit, boolean enters) {
      this.at = at;
      this.unit = unit;
      this.enters = enters;
    }
  }

  /**
   * Solves BP for the ordinary (non-special) units of a sector.
   *
   * @param units the ordinary units; not empty, each with positive output and positive emissions
   * @param rule slope, band and cap
   * @return BP at {@link #CONTEXT} precision, tCO2e per t product
   * @throws EtsValidationException if the list is empty or a unit has zero output or zero emissions
   */
  public static BigDecimal solve(List<IndustrialUnit> units, CoefficientRule rule) {
    return solveLevel(units, Checks.notNull("rule", rule)).value;
  }

  static Level solveLevel(List<IndustrialUnit> units, CoefficientRule rule) {
    int n = checked(units);
    BigDecimal[] intensities = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      intensities[i] = intensity(units.get(i));
    }
    return solveLevel(units, intensities, rule);
  }

  /** Solves with the units' intensities already computed (the policy computes them once per unit). */
  static Level solveLevel(List<IndustrialUnit> units, BigDecimal[] intensities, CoefficientRule rule) {
    Level screened = BalanceSweep.solve(units, intensities, rule);
    return screened != null ? screened : solveLevelExact(units, intensities, rule);
  }

  /**
   * The sweep on exact decimals alone: every breakpoint at 34 digits, sorted by {@link BigDecimal#compareTo}, every
   * comparison exact. The reference of {@link #solveLevel(List, BigDecimal[], CoefficientRule)} (which must give
   * the identical level) and its route when the doubles cannot screen (a sector beyond {@value #SCREENED_UNITS}
   * units, or figures outside the doubles' safe range).
   */
  static Level solveLevelExact(List<IndustrialUnit> units, BigDecimal[] intensities, CoefficientRule rule) {
    int n = units.size();
    BigDecimal slope = rule.slope().value();
    BigDecimal band = rule.band().value();
    BigDecimal cap = rule.cap().value();
    BigDecimal low = BigDecimal.ONE.subtract(cap);
    BigDecimal prop = BigDecimal.ONE.add(slope);
    BigDecimal high = BigDecimal.ONE.add(cap);
    // Breakpoints by multiplication with the reciprocals (two divisions per sector instead of two per unit):
    // a breakpoint off by 1e-34 relative could only matter if BP fell exactly on it, where the total is
    // continuous and either side gives the same root.
    BigDecimal lowerFactor = BigDecimal.ONE.divide(BigDecimal.ONE.add(band), CONTEXT);
    BigDecimal upperFactor = BigDecimal.ONE.divide(BigDecimal.ONE.subtract(band), CONTEXT);

    BigDecimal[] e = new BigDecimal[n];
    BigDecimal[] weighted = new BigDecimal[n];
    Breakpoint[] points = new Breakpoint[2 * n];
    BigDecimal target = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      IndustrialUnit unit = units.get(i);
      e[i] = unit.verifiedEmissions();
      target = target.add(e[i]);
      BigDecimal intensity = intensities[i];
      weighted[i] = slope.multiply(e[i]).multiply(intensity, CONTEXT);
      points[2 * i] = new Breakpoint(intensity.multiply(lowerFactor, CONTEXT), i, true);
      points[2 * i + 1] = new Breakpoint(intensity.multiply(upperFactor, CONTEXT), i, false);
    }
    Arrays.sort(points, Comparator.comparing((Breakpoint p) -> p.at));

    // Below every breakpoint all units are saturated low.
    boolean[] proportional = new boolean[n];
    BigDecimal a = low.multiply(target);
    BigDecimal b = BigDecimal.ZERO;
    Breakpoint left = null;
    for (Breakpoint point : points) {
      BigDecimal excess = a.subtract(target);
      if (excess.multiply(point.at).compareTo(b) >= 0) {
        return rootIn(left, excess, b, units, proportional, slope, band);
      }
      if (point.enters) {
        a = a.subtract(low.multiply(e[point.unit])).add(prop.multiply(e[point.unit]));
        b = b.add(weighted[point.unit]);
      } else {
        a = a.subtract(prop.multiply(e[point.unit])).add(high.multiply(e[point.unit]));
        b = b.subtract(weighted[point.unit]);
      }
      proportional[point.unit] = point.enters;
      left = point;
    }
    // Above every breakpoint all units are saturated high: a = (1 + cap) T > T, b = 0.
    return rootIn(left, a.subtract(target), b, units, proportional, slope, band);
  }

  static Level rootIn(@Nullable Breakpoint left, BigDecimal excess, BigDecimal b, List<IndustrialUnit> units,
      boolean[] proportional, BigDecimal slope, BigDecimal band) {
    if (b.signum() > 0 && excess.signum() > 0) {
      BigDecimal root = b.divide(excess, CONTEXT);
      if (left == null || root.compareTo(left.at) >= 0) {
        return new Level(root, () -> exactRoot(units, proportional, slope, excess));
      }
    }
    // A constant piece already at the target, or a what-if rule whose total jumps past the target at the
    // piece's left end: the root is that breakpoint.
    if (left == null) {
      throw new EtsValidationException("cap", "1",
          "the sector cannot balance: the lowest allocation already reaches its emissions");
    }
    Breakpoint at = left;
    IndustrialUnit unit = units.get(at.unit);
    return new Level(at.at, () -> Rational.of(unit.intensityEmissions()).divide(Rational.of(unit.output()))
        .divide(Rational.of(at.enters ? BigDecimal.ONE.add(band) : BigDecimal.ONE.subtract(band))));
  }

  private static Rational exactRoot(List<IndustrialUnit> units, boolean[] proportional, BigDecimal slope,
      BigDecimal excess) {
    Rational sum = Rational.ZERO;
    for (int i = 0; i < proportional.length; i++) {
      if (proportional[i]) {
        IndustrialUnit u = units.get(i);
        sum = sum.add(Rational.of(u.verifiedEmissions().multiply(u.intensityEmissions()))
            .divide(Rational.of(u.output())));
      }
    }
    return Rational.of(slope).multiply(sum).divide(Rational.of(excess));
  }

  /**
   * The output-weighted intensity of the best share of sector output: units sorted by intensity (lowest
   * first) fill the share p of total output; the unit at the boundary counts with the part of its output
   * that fills it. Used by Phase 2 {@code BEST_SHARE}.
   *
   * @param units the ordinary units; not empty, positive outputs
   * @param share p, a fraction in (0, 1]
   * @return {@code Σ I_j q_j / Σ q_j} at {@link #CONTEXT} precision
   * @throws EtsValidationException if the list is empty or a unit has zero output or emissions
   */
  public static BigDecimal bestShareLevel(List<IndustrialUnit> units, BigDecimal share) {
    return bestShare(units, share).value;
  }

  static Level bestShare(List<IndustrialUnit> units, BigDecimal share) {
    int n = checked(units);
    Checks.fraction("share", share);
    IndustrialUnit[] sorted = units.toArray(new IndustrialUnit[0]);
    BigDecimal[] intensities = new BigDecimal[n];
    Integer[] order = new Integer[n];
    BigDecimal totalOutput = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      intensities[i] = intensity(sorted[i]);
      order[i] = i;
      totalOutput = totalOutput.add(sorted[i].output());
    }
    Arrays.sort(order, Comparator.comparing((Integer i) -> intensities[i]));
    BigDecimal wanted = totalOutput.multiply(share);
    BigDecimal filled = BigDecimal.ZERO;
    BigDecimal emissions = BigDecimal.ZERO;
    int boundary = -1;
    BigDecimal boundaryUsed = BigDecimal.ZERO;
    BigDecimal whole = BigDecimal.ZERO;
    for (Integer i : order) {
      BigDecimal q = sorted[i].output();
      BigDecimal rest = wanted.subtract(filled);
      if (rest.signum() <= 0) {
        break;
      }
      BigDecimal used = q.min(rest);
      // For a whole unit I × q is exactly its intensity emissions; for a part, scale them exactly.
      if (used.compareTo(q) == 0) {
        emissions = emissions.add(sorted[i].intensityEmissions());
        whole = whole.add(sorted[i].intensityEmissions());
      } else {
        emissions = emissions.add(intensities[i].multiply(used));
        boundary = i;
        boundaryUsed = used;
      }
      filled = filled.add(used);
    }
    BigDecimal wholeEmissions = whole;
    BigDecimal totalFilled = filled;
    int part = boundary;
    BigDecimal partUsed = boundaryUsed;
    return new Level(emissions.divide(filled, CONTEXT), () -> {
      Rational sum = Rational.of(wholeEmissions);
      if (part >= 0) {
        sum = sum.add(Rational.of(sorted[part].intensityEmissions().multiply(partUsed))
            .divide(Rational.of(sorted[part].output())));
      }
      return sum.divide(Rational.of(totalFilled));
    });
  }

  static BigDecimal intensity(IndustrialUnit unit) {
    return unit.intensityEmissions().divide(unit.output(), CONTEXT);
  }

  static void requireBalanceable(List<IndustrialUnit> units) {
    checked(units);
  }

  private static int checked(List<IndustrialUnit> units) {
    Checks.notNull("units", units);
    if (units.isEmpty()) {
      throw new EtsValidationException("units", "[]",
          "a sector needs at least one ordinary (non-special) unit to solve its balance value");
    }
    for (int i = 0; i < units.size(); i++) {
      IndustrialUnit unit = Checks.element("units", i, units.get(i));
      if (unit.output().signum() <= 0) {
        throw new EtsValidationException("units[" + i + "].output", unit.output().toPlainString(),
            "an ordinary unit needs a positive output to have an intensity (unit " + unit.id() + ")");
      }
      if (unit.verifiedEmissions().signum() <= 0 || unit.intensityEmissions().signum() <= 0) {
        throw new EtsValidationException("units[" + i + "].verifiedEmissions", unit.verifiedEmissions().toPlainString(),
            "an ordinary unit needs positive emissions to take part in the balance (unit " + unit.id() + ")");
      }
    }
    return units.size();
  }
}
