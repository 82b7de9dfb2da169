package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EtsValidationException;
import org.junit.jupiter.api.Test;

/** The draws' progress line, on a clock the test sets. */
class DrawProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void rateAndTimeLeftFollowTheClock() {
    long[] now = {5 * SECOND}; // only differences count: the start may be any reading
    DrawProgress progress = DrawProgress.start(10_000, () -> now[0]);
    // No time has passed: no rate to tell.
    assertEquals("draws 0/10000 (0 %)", progress.line(0));
    assertEquals("draws 10/10000 (0 %)", progress.line(10));
    // 2,500 draws in 2 s: 1,250 draws/s; 7,500 left take 6 s.
    now[0] += 2 * SECOND;
    assertEquals("draws 2500/10000 (25 %), 1,250 draws/s, about 6 s left", progress.line(2500));
    // 3,000 draws in 100 s: 30 draws/s; 7,000 left take 233.3 s = 3 min 54 s (rounded up).
    now[0] += 98 * SECOND;
    assertEquals("draws 3000/10000 (30 %), 30 draws/s, about 3 min 54 s left", progress.line(3000));
    // 10 draws in 100 s: 0.1 draws/s; 9,990 left take 99,900 s = 27 h 45 min.
    assertEquals("draws 10/10000 (0 %), 0.1 draws/s, about 27 h 45 min left", progress.line(10));
    // All done in 100 s.
    assertEquals("draws 10000/10000 (100 %), 100 draws/s, done in 1 min 40 s", progress.line(10_000));
  }

  @Test
  void durationsRoundUpToTheWholeSecond() {
    assertEquals("1 s", DrawProgress.duration(0.2));
    assertEquals("59 s", DrawProgress.duration(59));
    assertEquals("1 min 00 s", DrawProgress.duration(59.5));
    assertEquals("59 min 59 s", DrawProgress.duration(3599));
    assertEquals("1 h 00 min", DrawProgress.duration(3600));
  }

  @Test
  void refusesCountsOutsideTheRun() {
    DrawProgress progress = DrawProgress.start(3, () -> 0L);
    assertEquals("done", assertThrows(EtsValidationException.class, () -> progress.line(4)).field());
    assertEquals("done", assertThrows(EtsValidationException.class, () -> progress.line(-1)).field());
    assertEquals("total", assertThrows(EtsValidationException.class, () -> DrawProgress.start(0, () -> 0L)).field());
    assertEquals("DrawProgress{3 draws}", progress.toString());
  }
}
