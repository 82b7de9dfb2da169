package io.github.ets4j.sectors.cems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CemsCrossCheckTest {
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final YearMonth APRIL = YearMonth.of(2025, 4);

  static CemsDailyRecord day(LocalDate date, String co2Tonnes) {
    return CemsDailyRecord.builder().date(date).co2ConcentrationPercent(new BigDecimal("21.5"))
        .flowNm3PerHour(new BigDecimal("250000")).co2MassTonnes(new BigDecimal(co2Tonnes))
        .o2Percent(new BigDecimal("9.8")).temperatureCelsius(new BigDecimal("135.0"))
        .humidityPercent(new BigDecimal("8.2")).loadPercent(new BigDecimal("96.5")).build();
  }

  /** March 2025 without the 5th, 17th and 30th: 28 days of 120 t. */
  private static List<CemsDailyRecord> marchWithThreeMissingDays() {
    List<CemsDailyRecord> records = new ArrayList<>();
    for (int d = 1; d <= 31; d++) {
      if (!Set.of(5, 17, 30).contains(d)) {
        records.add(day(MARCH.atDay(d), "120"));
      }
    }
    return records;
  }

  @Test
  void aMonthWithThreeMissingDaysAndTwelvePercentDeviationIsFlaggedWithBothFacts() {
    // CEMS: 28 days × 120 t = 3,360 t; accounted 3,000 t; (3,360 − 3,000) / 3,000 = 0.12 = 12 % > 10 %.
    CemsComparison result = CemsCrossCheck.withDefaultTolerance()
        .compare(marchWithThreeMissingDays(), Map.of(MARCH, new BigDecimal("3000")));
    CemsDeviation march = result.months().get(0);
    assertEquals("2025-03", march.period());
    assertEquals(0, new BigDecimal("3360").compareTo(march.cemsTonnes()));
    assertEquals(0, new BigDecimal("0.12").compareTo(march.deviation().orElseThrow()));
    assertEquals(List.of(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 30)), march.missingDays());
    assertTrue(march.exceedsTolerance());
    assertTrue(march.isFlagged());
    assertEquals(List.of("deviation 12.00 % beyond the tolerance of 10.00 %",
        "3 days without CEMS record (not filled): [2025-03-05, 2025-03-17, 2025-03-30]"), march.flags());
    assertEquals(List.of(march), result.flaggedMonths());
    // Accounted data prevail while CEMS is on trial.
    assertTrue(result.accountedDataPrevail());
    assertEquals(0, new BigDecimal("3000").compareTo(result.prevailingTonnes()));
    assertTrue(result.note().contains("accounted data prevail (AG-STEEL-2024 §9.2 f) [V])"), result.note());
  }

  @Test
  void theYearSumsTheMonthsAndKeepsTheMissingDays() {
    List<CemsDailyRecord> records = marchWithThreeMissingDays();
    for (int d = 1; d <= 30; d++) {
      records.add(day(APRIL.atDay(d), "100"));
    }
    CemsComparison result = CemsCrossCheck.withDefaultTolerance()
        .compare(records, Map.of(MARCH, new BigDecimal("3000"), APRIL, new BigDecimal("3000")));
    CemsDeviation april = result.months().get(1);
    // April: 30 × 100 = 3,000 t against 3,000 t: deviation 0, nothing missing.
    assertEquals(0, BigDecimal.ZERO.compareTo(april.deviation().orElseThrow()));
    assertFalse(april.isFlagged());
    assertEquals(List.of(), april.flags());
    // Year: (6,360 − 6,000) / 6,000 = 0.06, within 10 %, but 3 days missing.
    CemsDeviation year = result.wholeYear();
    assertEquals("2025", year.period());
    assertEquals(0, new BigDecimal("0.06").compareTo(year.deviation().orElseThrow()));
    assertFalse(year.exceedsTolerance());
    assertTrue(year.isFlagged());
    assertEquals(3, year.missingDays().size());
    assertEquals(0, new BigDecimal("6000").compareTo(result.prevailingTonnes()));
    assertEquals(java.time.Year.of(2025), result.year());
    assertEquals(1, result.flaggedMonths().size());
  }

  @Test
  void toleranceIsANamedAssumedParameterAndItsEdgeIsNotFlagged() {
    assertEquals(new BigDecimal("0.10"), CemsCrossCheck.DEFAULT_TOLERANCE);
    assertEquals(Confidence.ASSUMED, CemsCrossCheck.withDefaultTolerance().toleranceSource().confidence());
    assertEquals(0, new BigDecimal("0.10").compareTo(CemsCrossCheck.withDefaultTolerance().tolerance()));
    List<CemsDailyRecord> full = new ArrayList<>();
    for (int d = 1; d <= 30; d++) {
      full.add(day(APRIL.atDay(d), "110"));
    }
    // 3,300 against 3,000: exactly +10 %, not beyond the default tolerance; beyond a 5 % tolerance.
    assertFalse(CemsCrossCheck.withDefaultTolerance().compare(full, Map.of(APRIL, new BigDecimal("3000")))
        .months().get(0).isFlagged());
    CemsCrossCheck five = CemsCrossCheck.withTolerance(new BigDecimal("0.05"));
    assertEquals(Confidence.ASSUMED, five.toleranceSource().confidence());
    CemsDeviation april = five.compare(full, Map.of(APRIL, new BigDecimal("3000"))).months().get(0);
    assertEquals(List.of("deviation 10.00 % beyond the tolerance of 5.00 %"), april.flags());
    // Below accounted: 3,300 against 4,000 = −17.5 %.
    CemsDeviation below = CemsCrossCheck.withDefaultTolerance().compare(full, Map.of(APRIL, new BigDecimal("4000"))).months().get(0);
    assertEquals(0, new BigDecimal("-0.175").compareTo(below.deviation().orElseThrow()));
    assertTrue(below.exceedsTolerance());
    assertThrows(EtsValidationException.class, () -> CemsCrossCheck.withTolerance(new BigDecimal("1.5")));
    assertThrows(EtsValidationException.class, () -> CemsCrossCheck.withTolerance(new BigDecimal("-0.1")));
    assertEquals(CemsCrossCheck.withTolerance(new BigDecimal("0.05")), five);
    assertEquals(CemsCrossCheck.withTolerance(new BigDecimal("0.050")).hashCode(), five.hashCode());
    assertNotEquals(five, CemsCrossCheck.withDefaultTolerance());
    assertNotEquals(five.hashCode(), CemsCrossCheck.withDefaultTolerance().hashCode());
    assertNotEquals(five, (Object) "x");
    assertTrue(CemsCrossCheck.withDefaultTolerance().toString().contains("[A]"));
  }

  @Test
  void zeroAccountedEmissions() {
    List<CemsDailyRecord> records = List.of(day(APRIL.atDay(1), "5"));
    CemsDeviation d = CemsCrossCheck.withDefaultTolerance().compare(records, Map.of(APRIL, BigDecimal.ZERO)).months().get(0);
    assertEquals(Optional.empty(), d.deviation());
    assertTrue(d.exceedsTolerance());
    assertEquals("CEMS shows 5 tCO2 where 0 tCO2 were accounted", d.flags().get(0));
    assertTrue(d.toString().contains("deviation n/a"));
    CemsDeviation none = CemsCrossCheck.withDefaultTolerance()
        .compare(List.of(day(APRIL.atDay(1), "0")), Map.of(APRIL, BigDecimal.ZERO)).months().get(0);
    assertFalse(none.exceedsTolerance());
  }

  @Test
  void badInputIsRefused() {
    CemsCrossCheck check = CemsCrossCheck.withDefaultTolerance();
    assertThrows(EtsValidationException.class, () -> check.compare(List.of(), Map.of()));
    assertThrows(EtsValidationException.class,
        () -> check.compare(List.of(), Map.of(MARCH, new BigDecimal("-1"))));
    assertThrows(EtsValidationException.class,
        () -> check.compare(List.of(), Map.of(MARCH, BigDecimal.ONE, YearMonth.of(2026, 1), BigDecimal.ONE)));
    EtsValidationException stray = assertThrows(EtsValidationException.class,
        () -> check.compare(List.of(day(APRIL.atDay(2), "1")), Map.of(MARCH, BigDecimal.ONE)));
    assertEquals("2025-04-02", stray.value());
    assertThrows(EtsValidationException.class,
        () -> check.compare(List.of(day(MARCH.atDay(2), "1"), day(MARCH.atDay(2), "2")), Map.of(MARCH, BigDecimal.ONE)));
    Map<YearMonth, BigDecimal> nullValue = new HashMap<>();
    nullValue.put(MARCH, null);
    assertThrows(EtsValidationException.class, () -> check.compare(List.of(), nullValue));
  }

  @Test
  void dailyRecordsAreValidated() {
    assertEquals("co2ConcentrationPercent", assertThrows(EtsValidationException.class, () -> CemsDailyRecord
        .copyOf(day(MARCH.atDay(1), "1")).withCo2ConcentrationPercent(new BigDecimal("101"))).field());
    assertEquals("flowNm3PerHour", assertThrows(EtsValidationException.class, () -> CemsDailyRecord
        .copyOf(day(MARCH.atDay(1), "1")).withFlowNm3PerHour(new BigDecimal("-1"))).field());
    assertEquals("co2MassTonnes", assertThrows(EtsValidationException.class, () -> day(MARCH.atDay(1), "-0.1")).field());
    assertEquals("o2Percent", assertThrows(EtsValidationException.class, () -> CemsDailyRecord
        .copyOf(day(MARCH.atDay(1), "1")).withO2Percent(new BigDecimal("-2"))).field());
    assertEquals("temperatureCelsius", assertThrows(EtsValidationException.class, () -> CemsDailyRecord
        .copyOf(day(MARCH.atDay(1), "1")).withTemperatureCelsius(new BigDecimal("-273.15"))).field());
    assertEquals("humidityPercent", assertThrows(EtsValidationException.class, () -> CemsDailyRecord
        .copyOf(day(MARCH.atDay(1), "1")).withHumidityPercent(new BigDecimal("100.1"))).field());
    assertEquals("loadPercent", assertThrows(EtsValidationException.class, () -> CemsDailyRecord
        .copyOf(day(MARCH.atDay(1), "1")).withLoadPercent(new BigDecimal("-5"))).field());
    // Load may exceed 100 %; a temperature just above absolute zero passes.
    assertEquals(new BigDecimal("104"), CemsDailyRecord.copyOf(day(MARCH.atDay(1), "1"))
        .withLoadPercent(new BigDecimal("104")).loadPercent());
    assertEquals(new BigDecimal("-273.14"), CemsDailyRecord.copyOf(day(MARCH.atDay(1), "1"))
        .withTemperatureCelsius(new BigDecimal("-273.14")).temperatureCelsius());
  }

  @Test
  void monthAggregate() {
    CemsMonth march = CemsMonth.of(MARCH, marchWithThreeMissingDays());
    assertEquals(28, march.recordedDays());
    assertEquals(28, march.records().size());
    assertEquals(MARCH, march.month());
    assertEquals("2025-03: 28 days, 3 missing, 3360 tCO2", march.toString());
    assertEquals(march, CemsMonth.of(MARCH, marchWithThreeMissingDays()));
    assertEquals(march.hashCode(), CemsMonth.of(MARCH, marchWithThreeMissingDays()).hashCode());
    assertNotEquals(march, CemsMonth.of(MARCH, List.of()));
    assertNotEquals(march.hashCode(), CemsMonth.of(MARCH, List.of()).hashCode());
    assertNotEquals(march, (Object) "x");
    CemsMonth empty = CemsMonth.of(MARCH, List.of());
    assertEquals(31, empty.missingDays().size());
    assertEquals(0, BigDecimal.ZERO.compareTo(empty.co2MassTonnes()));
    assertThrows(EtsValidationException.class, () -> CemsMonth.of(MARCH, List.of(day(APRIL.atDay(1), "1"))));
  }

  @Test
  void comparisonValueSemantics() {
    CemsComparison a = CemsCrossCheck.withDefaultTolerance().compare(marchWithThreeMissingDays(), Map.of(MARCH, new BigDecimal("3000")));
    CemsComparison b = CemsCrossCheck.withDefaultTolerance().compare(marchWithThreeMissingDays(), Map.of(MARCH, new BigDecimal("3000")));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    CemsComparison c = CemsCrossCheck.withDefaultTolerance().compare(marchWithThreeMissingDays(), Map.of(MARCH, new BigDecimal("3001")));
    assertNotEquals(a, c);
    assertNotEquals(a.hashCode(), c.hashCode());
    assertNotEquals(a.months().get(0), c.months().get(0));
    assertNotEquals(a.months().get(0).hashCode(), c.months().get(0).hashCode());
    assertNotEquals(a, (Object) "x");
    assertEquals(a.months().get(0).hashCode(), b.months().get(0).hashCode());
    assertNotEquals(a.months().get(0), (Object) "x");
    assertEquals(0, new BigDecimal("0.10").compareTo(a.months().get(0).tolerance()));
    assertEquals(0, new BigDecimal("3000").compareTo(a.months().get(0).accountedTonnes()));
    assertTrue(a.toString().startsWith("2025: CEMS 3360, accounted 3000, deviation 12.00 %"), a.toString());
  }
}
