package io.github.ets4j.study;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.unit.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line of a run of Monte Carlo draws: how many are done, how fast they go and how long the rest
 * will take, e.g. {@code draws 500/2000 (25 %), 180 draws/s, about 8 s left}. The time comes from an injected
 * nanosecond clock ({@link System#nanoTime()} in a real run), so the line can be tested without waiting. The rate
 * is the average since the start; the time left assumes it holds. The fast engine reports draws as their block of
 * {@link FastEngine#BLOCK_DRAWS} completes, so in a short run several lines come at once and the first rates run low;
 * over a long run the error is below a block per thread. Immutable and thread-safe.
 */
public final class DrawProgress {
  private static final double NANOS_PER_SECOND = 1e9;

  private final int total;
  private final long startNanos;
  private final LongSupplier nanoTime;

  private DrawProgress(int total, long startNanos, LongSupplier nanoTime) {
    this.total = total;
    this.startNanos = startNanos;
    this.nanoTime = nanoTime;
  }

  /**
   * Starts timing a run now.
   *
   * @param total the draws of the run, at least 1
   * @param nanoTime the clock, nanoseconds, as {@link System#nanoTime()} (only differences count)
   * @return the progress, started
   * @throws EtsValidationException if total is below 1
   */
  public static DrawProgress start(int total, LongSupplier nanoTime) {
    Checks.notNull("nanoTime", nanoTime);
    if (total < 1) {
      throw new EtsValidationException("total", total, "must be at least 1");
    }
    return new DrawProgress(total, nanoTime.getAsLong(), nanoTime);
  }

  /**
   * The line after {@code done} draws, read at the clock's present time.
   *
   * @param done the draws done, 0 to the total
   * @return e.g. {@code draws 500/2000 (25 %), 180 draws/s, about 8 s left}; at the end {@code draws 2000/2000
   *     (100 %), 180 draws/s, done in 11 s}; without a rate while no time has passed
   * @throws EtsValidationException if done is negative or above the total
   */
  public String line(int done) {
    if (done < 0 || done > total) {
      throw new EtsValidationException("done", done, "must be between 0 and " + total);
    }
    long elapsed = nanoTime.getAsLong() - startNanos;
    String line = String.format(Locale.ROOT, "draws %d/%d (%d %%)", done, total, wholePercent(done));
    if (elapsed <= 0 || done == 0) {
      return line;
    }
    double seconds = elapsed / NANOS_PER_SECOND;
    double rate = done / seconds;
    String speed = rate >= 10 ? String.format(Locale.ROOT, "%,.0f", rate) : String.format(Locale.ROOT, "%.1f", rate);
    if (done == total) {
      return line + ", " + speed + " draws/s, done in " + duration(seconds);
    }
    return line + ", " + speed + " draws/s, about " + duration((total - done) / rate) + " left";
  }

  /** The share of the draws done, whole percent rounded down (99 % until the last draw is done). */
  private int wholePercent(int done) {
    return Percent.ofRatio(BigDecimal.valueOf(done), BigDecimal.valueOf(total), 0, RoundingMode.DOWN).intValueExact();
  }

  /** Whole seconds below a minute, then minutes and seconds, then hours and minutes. */
  static String duration(double seconds) {
    long s = Math.round(Math.ceil(seconds));
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
  }

  @Override
  public String toString() {
    return "DrawProgress{" + total + " draws}";
  }
}
