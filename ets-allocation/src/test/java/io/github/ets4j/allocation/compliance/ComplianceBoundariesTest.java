package io.github.ets4j.allocation.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The edges of the compliance rules: exact thresholds, the remaining obligation, and the texts. */
class ComplianceBoundariesTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void carriedOverAllowancesCannotSettleMoreThanRemains() {
    // obligation 1,000; 990 of vintage 2025 surrendered → 10 remain; 300 carried over held
    ComplianceAccount a = ComplianceAccount.open("E1", bd("1000"), ComplianceRules.chinaNational(Year.of(2025)))
        .withReceived(Year.of(2025), bd("990")).surrender(Year.of(2025), bd("990")).withCarriedOver(bd("300"));
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> a.surrenderCarriedOver(bd("11")));
    assertTrue(e.getMessage().contains("only 10 t of the obligation remain"), e.getMessage());
    same("0", a.surrenderCarriedOver(bd("10")).remaining());
  }

  @Test
  void ccerWithinTheCapCannotSettleMoreThanRemains() {
    // obligation 1,000: CCER cap floor(5 % × 1,000) = 50; after 980 allowances only 20 remain
    ComplianceAccount a = ComplianceAccount.open("E1", bd("1000"), ComplianceRules.chinaNational(Year.of(2024)))
        .withReceived(Year.of(2024), bd("980")).surrender(Year.of(2024), bd("980"));
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> a.surrenderCcer(bd("30"), LocalDate.of(2023, 6, 1), false));
    assertTrue(e.getMessage().contains("only 20 t of the obligation remain"), e.getMessage());
    assertTrue(a.surrenderCcer(bd("20"), LocalDate.of(2023, 6, 1), false).isSettled());
  }

  @Test
  void borrowingAtExactlyTenPercentShortfall() {
    // 2021: obligation 1,000, allocation 900 → shortfall rate 100 / 1,000 = 10.00 % ≥ 10 %: may borrow
    //   up to floor(50 % × 100) = 50
    ComplianceAccount a = ComplianceAccount.open("E1", bd("1000"), ComplianceRules.chinaNational(Year.of(2021)));
    ComplianceAccount b = a.borrow(bd("50"), bd("900"), true);
    same("50", b.borrowed());
    same("50", b.holdings().get(Year.of(2023)));
    // allocation 901 → 9.90 % < 10 %: refused
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> a.borrow(bd("1"), bd("901"), true));
    assertTrue(e.getMessage().contains("9.90 %"), e.getMessage());
  }

  @Test
  void accountTexts() {
    ComplianceAccount a = ComplianceAccount.open("E7", bd("1000"), ComplianceRules.chinaNational(Year.of(2024)));
    assertEquals("E7", a.entityId());
    assertFalse(a.isSettled());
    assertEquals("ComplianceAccount[E7 2024: obligation 1000 t, remaining 1000 t]", a.toString());
    assertEquals("ComplianceRules[2024]", a.rules().toString());
    assertEquals("ProvincialSettlement[released 200000, to buy 0]",
        ProvincialSettlement.of(bd("1200000"), bd("1000000")).toString());
    assertEquals("TrueUp[pre 50000, final 30000, owed 70000]",
        TrueUp.of(bd("50000"), bd("30000"), bd("70000")).toString());
  }

  @Test
  void rulesOfTheFirstYearAndBorrowingYears() {
    ComplianceRules first = ComplianceRules.chinaNational(Year.of(2019));
    same("0.05", first.offsetLimit().value());
    // 2021–2022 list the two borrowing figures besides the five others; other years do not
    assertEquals(7, ComplianceRules.chinaNational(Year.of(2021)).ruleValues().size());
    assertEquals(7, ComplianceRules.chinaNational(Year.of(2022)).ruleValues().size());
    assertEquals(5, ComplianceRules.chinaNational(Year.of(2023)).ruleValues().size());
    assertEquals(5, first.ruleValues().size());
    // the 5 % CCER limit is MEASURES-2021 Art 29 [V] up to 2026 and assumed to stay in force after
    assertEquals(Confidence.OFFICIAL, ComplianceRules.chinaNational(Year.of(2026)).offsetLimit().source().confidence());
    assertEquals(Confidence.ASSUMED, ComplianceRules.chinaNational(Year.of(2027)).offsetLimit().source().confidence());
  }
}
