package io.github.ets4j.sectors.cems;

import io.github.ets4j.core.unit.Percent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The comparison of CEMS and accounted emissions over one period (a month or the year).
 *
 * <p>The relative deviation is {@code (CEMS − accounted) / accounted}, as a fraction (0.12 = 12 %),
 * computed with {@link MathContext#DECIMAL128} (34 significant digits; no rule names a rounding of this
 * ratio, and 34 digits keep it exact for any realistic input) and not rounded. It is empty when the
 * accounted emissions are zero. The period exceeds the tolerance when the absolute deviation is strictly
 * greater than the tolerance, or when CEMS shows emissions where zero were accounted. It is flagged when it
 * exceeds the tolerance or when days are missing from CEMS; {@link #flags()} states each fact. Made by
 * {@link CemsCrossCheck}. Immutable and thread-safe.
 */
public final class CemsDeviation {
  private final String period;
  private final BigDecimal cemsTonnes;
  private final BigDecimal accountedTonnes;
  @Nullable private final BigDecimal deviation;
  private final List<LocalDate> missingDays;
  private final BigDecimal tolerance;

  private CemsDeviation(String period, BigDecimal cemsTonnes, BigDecimal accountedTonnes,
      @Nullable BigDecimal deviation, List<LocalDate> missingDays, BigDecimal tolerance) {
    this.period = period;
    this.cemsTonnes = cemsTonnes;
    this.accountedTonnes = accountedTonnes;
    this.deviation = deviation;
    this.missingDays = missingDays;
    this.tolerance = tolerance;
  }

  static CemsDeviation of(String period, BigDecimal cemsTonnes, BigDecimal accountedTonnes,
      List<LocalDate> missingDays, BigDecimal tolerance) {
    BigDecimal deviation = accountedTonnes.signum() == 0 ? null
        : cemsTonnes.subtract(accountedTonnes).divide(accountedTonnes, MathContext.DECIMAL128);
    return new CemsDeviation(period, cemsTonnes, accountedTonnes, deviation, List.copyOf(missingDays), tolerance);
  }

  /**
   * The period: a month ({@code "2025-03"}) or a year ({@code "2025"}).
   *
   * @return the period
   */
  public String period() {
    return period;
  }

  /**
   * CEMS CO2 mass over the recorded days of the period, t.
   *
   * @return the mass
   */
  public BigDecimal cemsTonnes() {
    return cemsTonnes;
  }

  /**
   * Accounted emissions of the period, t, as given by the caller.
   *
   * @return the mass
   */
  public BigDecimal accountedTonnes() {
    return accountedTonnes;
  }

  /**
   * The relative deviation {@code (CEMS − accounted) / accounted}, a fraction.
   *
   * @return the deviation, empty when the accounted emissions are zero
   */
  public Optional<BigDecimal> deviation() {
    return Optional.ofNullable(deviation);
  }

  /**
   * The days of the period without a CEMS record, in date order.
   *
   * @return the missing days
   */
  public List<LocalDate> missingDays() {
    return missingDays;
  }

  /**
   * The tolerance applied, a fraction.
   *
   * @return the tolerance
   */
  public BigDecimal tolerance() {
    return tolerance;
  }

  /**
   * Tells whether the deviation is beyond the tolerance.
   *
   * @return true when {@code |deviation| > tolerance}, or when zero was accounted but CEMS shows emissions
   */
  public boolean exceedsTolerance() {
    return deviation == null ? cemsTonnes.signum() > 0 : deviation.abs().compareTo(tolerance) > 0;
  }

  /**
   * Tells whether the period needs attention: beyond the tolerance, or with days missing from CEMS.
   *
   * @return true when flagged
   */
  public boolean isFlagged() {
    return exceedsTolerance() || !missingDays.isEmpty();
  }

  /**
   * Each fact that flags the period, in words; empty when not flagged.
   *
   * @return the facts
   */
  public List<String> flags() {
    List<String> flags = new ArrayList<>();
    if (exceedsTolerance()) {
      flags.add(deviation == null
          ? "CEMS shows " + cemsTonnes.toPlainString() + " tCO2 where 0 tCO2 were accounted"
          : "deviation " + percent(deviation) + " % beyond the tolerance of " + percent(tolerance) + " %");
    }
    if (!missingDays.isEmpty()) {
      flags.add(missingDays.size() + " days without CEMS record (not filled): " + missingDays);
    }
    return List.copyOf(flags);
  }

  private static String percent(BigDecimal fraction) {
    // Two decimals for display only; the deviation itself stays unrounded.
    return Percent.fromFraction(fraction).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CemsDeviation)) {
      return false;
    }
    CemsDeviation o = (CemsDeviation) other;
    return o.period.equals(period) && o.cemsTonnes.equals(cemsTonnes) && o.accountedTonnes.equals(accountedTonnes)
        && o.missingDays.equals(missingDays) && o.tolerance.equals(tolerance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, cemsTonnes, accountedTonnes, missingDays, tolerance);
  }

  /**
   * Renders the comparison, e.g. {@code "2025-03: CEMS 3360, accounted 3000, deviation 12.00 %, flags [...]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return period + ": CEMS " + cemsTonnes.toPlainString() + ", accounted " + accountedTonnes.toPlainString()
        + ", deviation " + (deviation == null ? "n/a" : percent(deviation) + " %") + ", flags " + flags();
  }
}
