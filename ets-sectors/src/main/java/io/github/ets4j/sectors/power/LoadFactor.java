package io.github.ets4j.sectors.power;

import io.github.ets4j.core.Precision;
import io.github.ets4j.core.unit.Percent;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The load factor of a generating unit, {@code generation / (rated capacity × operating hours)} [S] (mrv.md), in
 * percent with 2 decimals: the one place the month ({@code GeneratingUnitMonth}) and the year
 * ({@link PowerUnitYear}) compute it, so that a month never calls a year view. Holds no state; thread-safe.
 */
final class LoadFactor {
  private static final long[] TENS = tens();
  /** Below a half-way point by at most 1/TRILLION of the divisor (10^-15 of a percent): the exact route decides. */
  private static final long TRILLION = 1_000_000_000_000L;
  /** The reported decimals of a percent, read from the rule ({@link Precision#PERCENT}), not typed again here. */
  private static final int DECIMALS = Precision.PERCENT.decimals();
  /** The route on longs rounds half up; under any other rounding of the rule the exact route decides alone. */
  private static final boolean HALF_UP = Precision.PERCENT.mode() == RoundingMode.HALF_UP;

  private LoadFactor() {}

  /**
   * The load factor of reported figures.
   *
   * @param generationMwh the gross generation, MWh, at its reporting precision
   * @param capacityHours the rated capacity × operating hours, MWh, at its reporting precision
   * @return the load factor, %, 2 decimals, or empty when the unit did not operate (no capacity hours)
   */
  static Optional<BigDecimal> percent(BigDecimal generationMwh, BigDecimal capacityHours) {
    if (capacityHours.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal fast = onLongs(generationMwh, capacityHours);
    return Optional.of(fast != null ? fast : exact(generationMwh, capacityHours));
  }

  /**
   * The rule's route: the ratio to 34 significant digits (half even), in percent, then 2 decimals half up.
   *
   * @param generationMwh the gross generation, MWh
   * @param capacityHours the capacity hours, MWh, not zero
   * @return the load factor, %, 2 decimals
   */
  static BigDecimal exact(BigDecimal generationMwh, BigDecimal capacityHours) {
    return ReportingPrecision.percent(Percent.ofRatio(generationMwh, capacityHours, ReportingPrecision.DIVISION));
  }

  /**
   * The same value as {@link #exact} from one division of {@code long}s, or null when the exact route must decide.
   *
   * <p>Written for the rule's 2 decimals ({@code DECIMALS}, read from {@link Precision#PERCENT}). With
   * {@code y = 100 g / c}, the division gives {@code 1000 y = q + r/d} exactly. Rounding y half up to 2
   * decimals goes up exactly when the third decimal (the last digit of q) is 5 or more. The exact route first rounds
   * y to 34 significant digits; that rounding is monotone and keeps every half-way point {@code k.kk5} (a number of
   * few digits), so it can change the result only by lifting a y just below a half-way point onto it: by at most
   * half a unit of the 34th digit, below {@code 5·10^-34 y < 10^-17} for any y here ({@code y < 10^16}). Such a y
   * has the last digit 4 and lies less than {@code (d − r) / 1000d} below the half-way point; this route leaves to
   * the exact one every y within {@code 10^-15} of it, and whatever does not fit in a {@code long}.
   */
  @Nullable
  static BigDecimal onLongs(BigDecimal generationMwh, BigDecimal capacityHours) {
    if (!HALF_UP || generationMwh.signum() < 0 || capacityHours.signum() <= 0 || generationMwh.precision() > 18
        || capacityHours.precision() > 18) {
      return null;
    }
    long g = generationMwh.movePointRight(generationMwh.scale()).longValue();
    long c = capacityHours.movePointRight(capacityHours.scale()).longValue();
    // With D reported decimals (2), 10^(D+1) y = 10^(D+3) g / c = G × 10^(D + 3 − sg + sc) / C: its last digit is
    // the first one rounded away.
    long exponent = DECIMALS + 3L - generationMwh.scale() + capacityHours.scale();
    long n;
    long d;
    if (exponent >= 0) {
      if (exponent >= TENS.length || g > Long.MAX_VALUE / TENS[(int) exponent]) {
        return null;
      }
      n = g * TENS[(int) exponent];
      d = c;
    } else {
      if (-exponent >= TENS.length || c > Long.MAX_VALUE / TENS[(int) -exponent]) {
        return null;
      }
      n = g;
      d = c * TENS[(int) -exponent];
    }
    long q = n / d;
    long r = n % d;
    long last = q % 10;
    if (last == 4 && d - r <= d / TRILLION) {
      return null;
    }
    return BigDecimal.valueOf(q / 10 + (last >= 5 ? 1 : 0), DECIMALS);
  }

  private static long[] tens() {
    long[] tens = new long[19];
    tens[0] = 1;
    for (int i = 1; i < tens.length; i++) {
      tens[i] = tens[i - 1] * 10;
    }
    return tens;
  }
}
