package io.github.ets4j.sectors.cems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each field of the CEMS values takes part in equality; the tolerance is a strict bound. */
class CemsEqualityTest {
  static final LocalDate D5 = LocalDate.of(2025, 3, 5);
  static final BigDecimal TEN = new BigDecimal("0.10");

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static CemsDeviation dev(String period, String cems, String accounted, List<LocalDate> missing, BigDecimal tol) {
    return CemsDeviation.of(period, bd(cems), bd(accounted), missing, tol);
  }

  @Test
  void deviationFields() {
    CemsDeviation d = dev("2025-03", "110", "100", List.of(D5), TEN);
    assertEquals(d, dev("2025-03", "110", "100", List.of(D5), TEN));
    assertEquals(d.hashCode(), dev("2025-03", "110", "100", List.of(D5), TEN).hashCode());
    assertNotEquals(d, dev("2025-04", "110", "100", List.of(D5), TEN));
    assertNotEquals(d, dev("2025-03", "111", "100", List.of(D5), TEN));
    assertNotEquals(d, dev("2025-03", "110", "101", List.of(D5), TEN));
    assertNotEquals(d, dev("2025-03", "110", "100", List.of(), TEN));
    assertNotEquals(d, dev("2025-03", "110", "100", List.of(D5), bd("0.05")));
    assertNotEquals(d.hashCode(), dev("2025-03", "110", "100", List.of(D5), bd("0.05")).hashCode());
    assertNotEquals(d, (Object) "2025-03");
    assertEquals(TEN, d.tolerance());
    assertEquals(bd("100"), d.accountedTonnes());
  }

  @Test
  void exactlyAtTheToleranceIsNotBeyondIt() {
    // (110 − 100) / 100 = 0.10 = the tolerance: not beyond it; 110.01 → 0.1001 is beyond
    CemsDeviation at = dev("2025-03", "110", "100", List.of(), TEN);
    assertFalse(at.exceedsTolerance());
    assertFalse(at.isFlagged());
    assertEquals(List.of(), at.flags());
    assertEquals("2025-03: CEMS 110, accounted 100, deviation 10.00 %, flags []", at.toString());
    CemsDeviation beyond = dev("2025-03", "110.01", "100", List.of(), TEN);
    assertTrue(beyond.exceedsTolerance());
    assertEquals(List.of("deviation 10.01 % beyond the tolerance of 10.00 %"), beyond.flags());
    // below by exactly the tolerance: |90 − 100| / 100 = 0.10, not beyond
    assertFalse(dev("2025-03", "90", "100", List.of(), TEN).exceedsTolerance());
    // nothing accounted and nothing measured: no deviation, nothing to flag
    CemsDeviation idle = dev("2025-03", "0", "0", List.of(), TEN);
    assertFalse(idle.exceedsTolerance());
    assertEquals("2025-03: CEMS 0, accounted 0, deviation n/a, flags []", idle.toString());
    // missing days alone flag the month
    CemsDeviation gaps = dev("2025-03", "100", "100", List.of(D5), TEN);
    assertFalse(gaps.exceedsTolerance());
    assertTrue(gaps.isFlagged());
    assertEquals(List.of("1 days without CEMS record (not filled): [2025-03-05]"), gaps.flags());
  }

  @Test
  void comparisonAndMonthFields() {
    CemsDeviation march = dev("2025-03", "110", "100", List.of(), TEN);
    CemsDeviation year = dev("2025", "110", "100", List.of(), TEN);
    CemsComparison c = new CemsComparison(Year.of(2025), List.of(march), year);
    assertEquals(c, new CemsComparison(Year.of(2025), List.of(march), year));
    assertEquals(c.hashCode(), new CemsComparison(Year.of(2025), List.of(march), year).hashCode());
    assertNotEquals(c, new CemsComparison(Year.of(2024), List.of(march), year));
    assertNotEquals(c, new CemsComparison(Year.of(2025), List.of(), year));
    assertNotEquals(c, new CemsComparison(Year.of(2025), List.of(march), dev("2025", "111", "100", List.of(), TEN)));
    assertNotEquals(c, (Object) year);
    assertNotEquals(c.hashCode(), new CemsComparison(Year.of(2024), List.of(march), year).hashCode());
    assertTrue(c.toString().startsWith("2025: CEMS 110, accounted 100, deviation 10.00 %, flags []; CEMS is on trial"),
        c.toString());

    YearMonth m = YearMonth.of(2025, 3);
    CemsDailyRecord first = CemsCrossCheckTest.day(m.atDay(1), "120");
    CemsMonth month = CemsMonth.of(m, List.of(first));
    assertEquals(month, CemsMonth.of(m, List.of(first)));
    assertEquals(month.hashCode(), CemsMonth.of(m, List.of(first)).hashCode());
    assertNotEquals(month, CemsMonth.of(m, List.of(CemsCrossCheckTest.day(m.atDay(1), "121"))));
    assertNotEquals(month, CemsMonth.of(YearMonth.of(2025, 4), List.of()));
    assertNotEquals(month, CemsMonth.of(m, List.of()));
    assertNotEquals(month, (Object) m);
    // 31 days of March, one recorded: 30 missing
    assertEquals(30, month.missingDays().size());
    assertEquals(1, month.recordedDays());

    CemsCrossCheck check = CemsCrossCheck.withDefaultTolerance();
    assertNotEquals(check, CemsCrossCheck.withTolerance(bd("0.11")));
  }
}
