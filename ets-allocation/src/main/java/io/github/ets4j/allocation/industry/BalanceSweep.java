package io.github.ets4j.allocation.industry;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The balance value's sweep ({@link BalanceValue}) with the breakpoints ordered and the comparisons decided on
 * doubles wherever the doubles' error bound decides them, and on the same exact decimals as
 * {@link BalanceValue#solveLevelExact} everywhere else. The level it returns is identical to that method's, digit
 * and scale (checked on generated sectors by {@code BalanceSweepProperties}).
 *
 * <p>Why the result is identical. The exact sweep (1) sorts the 2n breakpoints {@code round34(I × f)} by value,
 * stably (enter point of unit i at position 2i, leave point at 2i + 1), (2) walks them keeping {@code a} and
 * {@code b} by exact additions, and (3) stops at the first point p with {@code (a − T) × p ≥ b}, where it divides.
 * Here:
 * <ol>
 *   <li>Each breakpoint also has a double {@code d = (N_d / Q_d) × f_d} (N, Q and f each converted once, correctly
 *       rounded). Its relative distance from the exact breakpoint is at most about 8 ulps (8 × 1.1e-16), far inside
 *       {@link #WINDOW} = 1e-9. Positions are sorted by (d, position); where two neighbours lie within the window of
 *       each other, the whole run of such neighbours is re-sorted by (exact breakpoint, position). Across a gap wider
 *       than the window the exact values are in the doubles' order, so the result is the exact stable order.</li>
 *   <li>{@code a − T} is kept exactly, as before (its terms are short decimals), one addition per step. {@code b} is kept as a double with
 *       the sum M of the magnitudes of every term added or subtracted; its exact value is rebuilt only when needed
 *       from the exact sweep's own terms up to that step ({@link #exactB}: their sum, at the largest of their
 *       scales and 0, which is what the exact sweep's chain of additions gives), so it is the same
 *       {@code BigDecimal}, value and scale.</li>
 *   <li>The comparison is decided by the double {@code f = (a − T)_d × d − b_d} when {@code |f|} exceeds
 *       {@code 1e-9 × (|a − T|_d × d + M)}. The error of f is at most about {@code (2n + 13) × 1.1e-16} times that
 *       sum (recursive summation of at most 2n terms, each within 7 ulps, and the product within 5 ulps: (a − T)_d
 *       is its unscaled integer's double divided by an exact power of ten, two roundings), which is
 *       below 1e-9 times it for the {@value BalanceValue#SCREENED_UNITS} units this class accepts. Otherwise the
 *       exact comparison of the exact sweep is made. At the stopping point the exact {@code a − T}, {@code b} and
 *       breakpoint are handed to the same {@link BalanceValue#rootIn}.</li>
 * </ol>
 * A sector whose figures leave the doubles' safe range (an intensity or emission outside 1e-150…1e150, not finite)
 * is not screened: {@link #solve} returns null and the caller runs the exact sweep. Holds no state; thread-safe.
 */
final class BalanceSweep {
  /** Relative window within which doubles are not trusted to decide (see the class comment for the bound). */
  static final double WINDOW = 1e-9;
  /**
   * Low bits of a breakpoint's double that the sort's keys give to its position: 2^21 positions, more than the
   * 2 × {@value BalanceValue#SCREENED_UNITS} breakpoints of the largest sector screened.
   */
  private static final int POSITION_BITS = 21;
  /** 10^0 … 10^22: the powers of ten a double holds exactly. */
  private static final double[] EXACT_TENS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
      1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  private static final double SMALLEST = 1e-150;
  private static final double LARGEST = 1e150;

  private final List<IndustrialUnit> units;
  private final BigDecimal[] intensities;
  private final BigDecimal slope;
  private final BigDecimal lowerFactor;
  private final BigDecimal upperFactor;
  /** Breakpoints as doubles, by position: enter of unit i at 2i, leave at 2i + 1. */
  private final double[] at;
  /** The exact breakpoints, computed when a decision or the root needs one. */
  private final BigDecimal[] exactAt;
  /** slope × E × I at 34 digits, computed when a unit enters. */
  private final BigDecimal[] weighted;
  /** The positions in sweep order. */
  private int[] order = new int[0];
  /**
   * The exact b's terms replayed so far ({@link #replayed} steps), summed per scale: the distinct scales in
   * {@link #scales} (a handful: 34 digits of terms within a few powers of ten of each other), the sums of their
   * unscaled values at the same index in {@link #sums}; {@link #scaleCount} of them used. Arrays searched from the
   * start, not a map: no boxed scale and no entry per merge.
   */
  private int[] scales = new int[4];
  private BigInteger[] sums = new BigInteger[4];
  private int scaleCount;
  /** The scale of the exact b after {@link #replayed} steps: the largest of 0 and its terms' scales. */
  private int bScale;
  private int replayed;
  /** The exact b after {@link #bSteps} steps, as last built. */
  private BigDecimal b = BigDecimal.ZERO;
  private int bSteps;

  private BalanceSweep(List<IndustrialUnit> units, BigDecimal[] intensities, CoefficientRule rule) {
    this.units = units;
    this.intensities = intensities;
    this.slope = rule.slope().value();
    BigDecimal band = rule.band().value();
    // The same two divisions as the exact sweep.
    this.lowerFactor = BigDecimal.ONE.divide(BigDecimal.ONE.add(band), BalanceValue.CONTEXT);
    this.upperFactor = BigDecimal.ONE.divide(BigDecimal.ONE.subtract(band), BalanceValue.CONTEXT);
    this.at = new double[2 * units.size()];
    this.exactAt = new BigDecimal[at.length];
    this.weighted = new BigDecimal[units.size()];
  }

  /**
   * Solves BP as {@link BalanceValue#solveLevelExact} does, or returns null when the sector is not screened.
   *
   * @param units the ordinary units, checked balanceable
   * @param intensities their intensities at 34 digits
   * @param rule slope, band and cap
   * @return the level, identical to the exact sweep's, or null
   */
  @Nullable
  static Level solve(List<IndustrialUnit> units, BigDecimal[] intensities, CoefficientRule rule) {
    if (units.size() > BalanceValue.SCREENED_UNITS) {
      return null;
    }
    return new BalanceSweep(units, intensities, rule).sweep(rule);
  }

  @Nullable
  private Level sweep(CoefficientRule rule) {
    int n = units.size();
    BigDecimal cap = rule.cap().value();
    BigDecimal low = BigDecimal.ONE.subtract(cap);
    BigDecimal prop = BigDecimal.ONE.add(slope);
    BigDecimal high = BigDecimal.ONE.add(cap);
    double dLower = lowerFactor.doubleValue();
    double dUpper = upperFactor.doubleValue();
    double dSlope = slope.doubleValue();
    BigDecimal[] e = new BigDecimal[n];
    double[] dw = new double[n];
    BigDecimal target = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      IndustrialUnit unit = units.get(i);
      e[i] = unit.verifiedEmissions();
      target = target.add(e[i]);
      double intensity = unit.intensityEmissions().doubleValue() / unit.output().doubleValue();
      double emissions = e[i].doubleValue();
      if (!inRange(intensity) || !inRange(emissions)) {
        return null;
      }
      at[2 * i] = intensity * dLower;
      at[2 * i + 1] = intensity * dUpper;
      dw[i] = dSlope * emissions * intensity;
    }
    order = sortedPositions();

    // The exact sweep keeps a = low T, then a − low E + prop E as a unit enters and a − prop E + high E as it leaves,
    // and compares a − T. Here a − T itself is kept, with one addition per step: (prop − low) E on entering,
    // (high − prop) E on leaving. Exact additions and products: the value is the same, and so is the scale (a
    // product's scale is the sum of its factors' scales, a difference's the larger of theirs, and the scale of a
    // chain of additions the largest of its terms': scale((prop − low) E) = max(scale(low E), scale(prop E))).
    BigDecimal entering = prop.subtract(low);
    BigDecimal leaving = high.subtract(prop);
    BigDecimal excess = low.multiply(target).subtract(target);
    double db = 0;
    double magnitudes = 0;
    boolean[] proportional = new boolean[n];
    int left = -1;
    for (int step = 0; step < order.length; step++) {
      int point = order[step];
      if (reached(excess, point, step, db, magnitudes)) {
        return BalanceValue.rootIn(breakpoint(left), excess, exactB(step), units, proportional, slope,
            rule.band().value());
      }
      int unit = point >> 1;
      boolean enters = (point & 1) == 0;
      if (enters) {
        excess = excess.add(entering.multiply(e[unit]));
        db += dw[unit];
      } else {
        excess = excess.add(leaving.multiply(e[unit]));
        db -= dw[unit];
      }
      magnitudes += Math.abs(dw[unit]);
      proportional[unit] = enters;
      left = point;
    }
    return BalanceValue.rootIn(breakpoint(left), excess, exactB(order.length), units, proportional,
        slope, rule.band().value());
  }

  /**
   * A decimal as a double within two roundings (its unscaled integer's double, divided by an exact power of ten):
   * {@link BigDecimal#doubleValue} goes through the decimal string when the unscaled value has more than 52 bits,
   * as a − T has at the rules' scales, and that string was a tenth of the sweep's time.
   */
  static double toDouble(BigDecimal value) {
    int scale = value.scale();
    if (scale < 0 || scale >= EXACT_TENS.length) {
      return value.doubleValue();
    }
    return value.unscaledValue().doubleValue() / EXACT_TENS[scale];
  }

  private static boolean inRange(double value) {
    return value >= SMALLEST && value <= LARGEST;
  }

  /** {@code (a − T) × p ≥ b} before step {@code step}: on doubles when they decide it, else exactly. */
  private boolean reached(BigDecimal excess, int point, int step, double db, double magnitudes) {
    double dExcess = toDouble(excess);
    double f = dExcess * at[point] - db;
    double margin = WINDOW * (Math.abs(dExcess) * at[point] + magnitudes);
    if (f > margin) {
      return true;
    }
    if (f < -margin) {
      return false;
    }
    return excess.multiply(exact(point)).compareTo(exactB(step)) >= 0;
  }

  /**
   * The exact b after {@code steps} steps, the {@code BigDecimal} the exact sweep's additions {@code b = 0 ± w ± w …}
   * give, value and scale. Additions without a context are exact and give the larger scale of their operands, so
   * the chain's value is the sum of the terms in any order and its scale the largest of 0 and the terms' scales. The
   * unscaled values are therefore summed per scale (no rescaling per term, which was the bulk of the replay) and
   * the few per-scale sums are brought to the largest scale once.
   */
  private BigDecimal exactB(int steps) {
    if (steps == bSteps) {
      return b;
    }
    for (; replayed < steps; replayed++) {
      int point = order[replayed];
      BigDecimal w = weighted(point >> 1);
      BigInteger unscaled = (point & 1) == 0 ? w.unscaledValue() : w.unscaledValue().negate();
      addAtScale(w.scale(), unscaled);
      bScale = Math.max(bScale, w.scale());
    }
    BigInteger sum = BigInteger.ZERO;
    for (int k = 0; k < scaleCount; k++) {
      sum = sum.add(sums[k].multiply(BigInteger.TEN.pow(bScale - scales[k])));
    }
    b = new BigDecimal(sum, bScale);
    bSteps = steps;
    return b;
  }

  /** Adds an unscaled term to the sum kept for its scale (a new entry for a scale not seen yet). */
  private void addAtScale(int scale, BigInteger unscaled) {
    for (int k = 0; k < scaleCount; k++) {
      if (scales[k] == scale) {
        sums[k] = sums[k].add(unscaled);
        return;
      }
    }
    if (scaleCount == scales.length) {
      scales = Arrays.copyOf(scales, 2 * scaleCount);
      sums = Arrays.copyOf(sums, 2 * scaleCount);
    }
    scales[scaleCount] = scale;
    sums[scaleCount] = unscaled;
    scaleCount++;
  }

  private BigDecimal weighted(int unit) {
    BigDecimal w = weighted[unit];
    if (w == null) {
      // The exact sweep's term: slope × E exact, times I at 34 digits.
      w = slope.multiply(units.get(unit).verifiedEmissions()).multiply(intensities[unit], BalanceValue.CONTEXT);
      weighted[unit] = w;
    }
    return w;
  }

  private BigDecimal exact(int point) {
    BigDecimal value = exactAt[point];
    if (value == null) {
      value = intensities[point >> 1].multiply((point & 1) == 0 ? lowerFactor : upperFactor, BalanceValue.CONTEXT);
      exactAt[point] = value;
    }
    return value;
  }

  /** (double, position) order by the packed keys (see {@link #sortedPositions}). */
  private int[] byKeys() {
    long positionMask = (1L << POSITION_BITS) - 1;
    long[] keys = new long[at.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (Double.doubleToRawLongBits(at[i]) & ~positionMask) | i;
    }
    Arrays.sort(keys);
    int[] positions = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      positions[i] = (int) (keys[i] & positionMask);
    }
    int start = 0;
    for (int j = 1; j <= keys.length; j++) {
      if (j == keys.length || (keys[j] & ~positionMask) != (keys[j - 1] & ~positionMask)) {
        if (j - start > 1) {
          PositionSort.sortRange(positions, start, j, this::byDouble);
        }
        start = j;
      }
    }
    return positions;
  }

  /** (double, position) order by comparisons: for more positions than the keys can hold. */
  private int[] byComparison() {
    int[] positions = new int[at.length];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i;
    }
    PositionSort.sort(positions, this::byDouble);
    return positions;
  }

  private int byDouble(int x, int y) {
    return at[x] < at[y] ? -1 : at[x] > at[y] ? 1 : Integer.compare(x, y);
  }

  @Nullable
  private BalanceValue.Breakpoint breakpoint(int point) {
    return point < 0 ? null : new BalanceValue.Breakpoint(exact(point), point >> 1, (point & 1) == 0);
  }

  /**
   * The positions in the exact sweep's order: by (double, position), then runs of near neighbours by exact value.
   *
   * <p>The first order is taken with a primitive sort of {@code long}s, not a merge sort calling a comparison: each
   * key is a breakpoint's double bits with the low {@value #POSITION_BITS} bits replaced by its position. Every
   * breakpoint is a positive double ({@link #inRange}), and positive doubles order as their bits do, so the keys
   * order the positions by the doubles' kept bits, then by position. Doubles that differ only in the dropped bits
   * (within 2^-31 of each other, relatively) form one group of equal kept bits; each such group is put in
   * (double, position) order by {@link PositionSort}. Across groups every double of a lower group is below every
   * double of a higher one, so the result is the (double, position) order itself.
   */
  private int[] sortedPositions() {
    int[] positions = at.length <= 1 << POSITION_BITS ? byKeys() : byComparison();
    int start = 0;
    for (int j = 1; j <= positions.length; j++) {
      boolean gap = j == positions.length || at[positions[j]] - at[positions[j - 1]] > WINDOW * at[positions[j]];
      if (gap) {
        if (j - start > 1) {
          PositionSort.sortRange(positions, start, j, (x, y) -> {
            int byValue = exact(x).compareTo(exact(y));
            return byValue != 0 ? byValue : Integer.compare(x, y);
          });
        }
        start = j;
      }
    }
    return positions;
  }
}
