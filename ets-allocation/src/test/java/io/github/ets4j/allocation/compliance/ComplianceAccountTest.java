package io.github.ets4j.allocation.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Surrender, offsets, vintages, borrowing and penalties; every refused operation changes nothing. */
class ComplianceAccountTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  private static ComplianceAccount account(int year, String verified) {
    return ComplianceAccount.open("E1", bd(verified), ComplianceRules.chinaNational(Year.of(year)));
  }

  @Test
  void obligationIsVerifiedEmissionsInWholeTonnes() {
    same("1000000", account(2024, "999999.5").obligation());
    same("1000000", account(2024, "1000000").remaining());
    assertEquals(LocalDate.of(2025, 12, 31), account(2024, "1").rules().surrenderDeadline());
  }

  @Test
  void surrenderByVintage() {
    ComplianceAccount a = account(2024, "1000000").withReceived(Year.of(2023), bd("600000"))
        .withReceived(Year.of(2024), bd("500000"));
    ComplianceAccount b = a.surrender(Year.of(2023), bd("600000")).surrender(Year.of(2024), bd("400000"));
    assertTrue(b.isSettled());
    same("100000", b.holdings().get(Year.of(2024)));
    assertFalse(b.holdings().containsKey(Year.of(2023)));
    same("600000", b.surrendered().get(Year.of(2023)));
    same("1000000", b.settled());
    // The original is unchanged.
    same("1000000", a.remaining());
  }

  @Test
  void vintageRules() {
    ComplianceRules y2024 = ComplianceRules.chinaNational(Year.of(2024));
    ComplianceRules y2025 = ComplianceRules.chinaNational(Year.of(2025));
    ComplianceRules y2026 = ComplianceRules.chinaNational(Year.of(2026));
    assertTrue(y2024.vintageValid(Year.of(2019)));
    assertTrue(y2024.vintageValid(Year.of(2024)));
    assertFalse(y2024.vintageValid(Year.of(2025)));
    assertFalse(y2024.vintageValid(Year.of(2018)));
    assertFalse(y2025.vintageValid(Year.of(2024)));
    assertTrue(y2025.vintageValid(Year.of(2025)));
    assertFalse(y2025.vintageValid(Year.of(2026)));
    assertTrue(y2026.vintageValid(Year.of(2025)));
    assertTrue(ComplianceRules.chinaNational(Year.of(2021)).vintageValid(Year.of(2023)));
  }

  @Test
  void surrenderingAVintageNotValidForTheYearIsRefused() {
    ComplianceAccount a = account(2025, "1000").withReceived(Year.of(2024), bd("1000"));
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> a.surrender(Year.of(2024), bd("10")));
    assertEquals("vintage", e.field());
    assertTrue(e.getMessage().contains("cannot settle the 2025 obligation"));
    same("1000", a.remaining());
    same("1000", a.holdings().get(Year.of(2024)));
  }

  @Test
  void carriedOverAllowancesSettle2025() {
    ComplianceAccount a = account(2025, "1000").withCarriedOver(bd("300"));
    ComplianceAccount b = a.surrenderCarriedOver(bd("300"));
    same("700", b.remaining());
    same("0", b.carriedOver());
    assertThrows(EtsValidationException.class, () -> a.surrenderCarriedOver(bd("301")));
    assertThrows(EtsValidationException.class, () -> account(2024, "1000").withCarriedOver(bd("1")));
  }

  @Test
  void overSurrenderAndMoreThanHeldAreRefused() {
    ComplianceAccount a = account(2024, "1000").withReceived(Year.of(2024), bd("2000"));
    EtsValidationException owed = assertThrows(EtsValidationException.class, () -> a.surrender(Year.of(2024), bd("1001")));
    assertTrue(owed.getMessage().contains("remain to be settled"));
    EtsValidationException held = assertThrows(EtsValidationException.class, () -> a.surrender(Year.of(2023), bd("1")));
    assertTrue(held.getMessage().contains("are held"));
    assertThrows(EtsValidationException.class, () -> a.surrender(Year.of(2024), bd("0.5")));
    assertThrows(EtsValidationException.class, () -> a.surrender(Year.of(2024), bd("0")));
    assertThrows(EtsValidationException.class, () -> a.withReceived(Year.of(2024), bd("-1")));
  }

  @Test
  void ccerCappedAtFivePercent() {
    // Obligation 1,000,000: cap 50,000.
    ComplianceAccount a = account(2024, "1000000");
    ComplianceAccount b = a.surrenderCcer(bd("30000"), LocalDate.of(2020, 1, 1), false);
    ComplianceAccount c = b.surrenderCcer(bd("20000"), LocalDate.of(2020, 1, 1), false);
    same("50000", c.ccerSurrendered());
    same("950000", c.remaining());
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> c.surrenderCcer(bd("1"), LocalDate.of(2020, 1, 1), false));
    assertEquals("tonnes", e.field());
    assertTrue(e.getMessage().contains("above the cap of 50000"));
    same("50000", c.ccerSurrendered());
    assertThrows(EtsValidationException.class, () -> a.surrenderCcer(bd("50001"), LocalDate.of(2020, 1, 1), false));
    assertThrows(EtsValidationException.class, () -> a.surrenderCcer(bd("1"), LocalDate.of(2020, 1, 1), true));
  }

  @Test
  void ccerEligibilityDateFrom2025() {
    ComplianceAccount a = account(2025, "1000000");
    assertThrows(EtsValidationException.class, () -> a.surrenderCcer(bd("100"), LocalDate.of(2024, 1, 22), false));
    same("100", a.surrenderCcer(bd("100"), LocalDate.of(2024, 1, 23), false).ccerSurrendered());
    assertEquals(LocalDate.of(2024, 1, 22), ComplianceRules.chinaNational(Year.of(2026)).ccerRegisteredAfter().get());
    assertTrue(ComplianceRules.chinaNational(Year.of(2024)).ccerRegisteredAfter().isEmpty());
  }

  @Test
  void borrowingOnlyIn2021And2022() {
    // Obligation 1,000,000, allocation 850,000: shortfall 150,000 (15 %), limit 75,000.
    ComplianceAccount a = account(2021, "1000000");
    ComplianceAccount b = a.borrow(bd("75000"), bd("850000"), true);
    same("75000", b.borrowed());
    same("75000", b.holdings().get(Year.of(2023)));
    assertTrue(b.surrender(Year.of(2023), bd("75000")).remaining().compareTo(bd("925000")) == 0);
    assertThrows(EtsValidationException.class, () -> b.borrow(bd("1"), bd("850000"), true));
    assertThrows(EtsValidationException.class, () -> a.borrow(bd("1"), bd("850000"), false));
    // Shortfall 9 % < 10 %.
    assertThrows(EtsValidationException.class, () -> a.borrow(bd("1"), bd("910000"), true));
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> account(2023, "1000000").borrow(bd("1"), bd("500000"), true));
    assertEquals("year", e.field());
    assertTrue(ComplianceRules.chinaNational(Year.of(2022)).borrowingAllowed());
    assertFalse(ComplianceRules.chinaNational(Year.of(2024)).borrowingAllowed());
  }

  @Test
  void penaltyRangeFiveToTenTimesThePrice() {
    ComplianceAccount a = account(2024, "1000").withReceived(Year.of(2024), bd("900")).surrender(Year.of(2024), bd("900"));
    PenaltyRange p = a.penalty(bd("92.5"));
    // 100 missing × 92.5 = 9,250 → 46,250 to 92,500.
    same("100", p.missingAllowances());
    same("46250", p.minimum());
    same("92500", p.maximum());
    assertThrows(EtsValidationException.class, () -> a.penalty(bd("0")));
    assertTrue(p.toString().contains("46250"));
  }

  @Test
  void offsetLimitWhatIf() {
    ComplianceRules r = ComplianceRules.chinaNational(Year.of(2025)).withOffsetLimit(bd("0.1"));
    same("100000", r.offsetCap(bd("1000000")));
    assertTrue(r.offsetLimit().isAssumed());
    assertThrows(EtsValidationException.class, () -> ComplianceRules.chinaNational(Year.of(2018)));
  }
}
