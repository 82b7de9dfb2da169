package io.github.ets4j.allocation.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The compliance examples of allocation.md, expected values typed in from the document. */
class ComplianceExamplesTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void e4CarryOver() {
    ComplianceRules rules = ComplianceRules.chinaNational(Year.of(2025));
    // NS = 250,000 - 60,000 = 190,000; T = 10,000 + 1.5 × 190,000 = 295,000; capped at holdings 200,000.
    same("295000", CarryOver.limit(rules, bd("250000"), bd("60000")));
    same("200000", CarryOver.amount(rules, bd("250000"), bd("60000"), bd("200000"), true));
    same("295000", CarryOver.amount(rules, bd("250000"), bd("60000"), bd("400000"), true));
    // Net buyers still get the base of 10,000; ineligible entities nothing.
    same("10000", CarryOver.amount(rules, bd("0"), bd("60000"), bd("400000"), true));
    same("0", CarryOver.amount(rules, bd("250000"), bd("60000"), bd("200000"), false));
  }

  @Test
  void preAllocation2025() {
    // 50 % of 3,579.40 = 1,789.70 → floored 1,789.
    Rulebook rules = Rulebook.chinaNational(Year.of(2025));
    same("1789", PreAllocation.amount(bd("3579.40"), rules.preAllocationShare(Sector.POWER)));
    // 2023: 70 % of 1,000 = 700.
    same("700", PreAllocation.amount(bd("1000"), Rulebook.chinaNational(Year.of(2023)).preAllocationShare(Sector.POWER)));
    same("0", Rulebook.chinaNational(Year.of(2024)).preAllocationShare(Sector.CEMENT).value());
    // 2019: 70 % of 2018 output x benchmark: 0.7 x 1,000,001 MWh x 0.877 = 613,900.6139 → 613,900.
    same("613900", PreAllocation.amountFromOutput(bd("1000001"), bd("0.877"),
        Rulebook.chinaNational(Year.of(2019)).preAllocationShare(Sector.POWER)));
  }

  @Test
  void differentiatedIssuance() {
    ProvincialSettlement more = ProvincialSettlement.of(bd("1200000"), bd("1000000"));
    same("200000", more.released());
    same("0", more.stillToBuy());
    same("1000000", more.settled());
    ProvincialSettlement less = ProvincialSettlement.of(bd("800000"), bd("1000000"));
    same("0", less.released());
    same("200000", less.stillToBuy());
  }

  @Test
  void overDeductionReturned() {
    TrueUp t = TrueUp.of(bd("50000"), bd("30000"), bd("70000"));
    same("50000", t.deductedAtPreAllocation());
    same("0", t.issuedAtPreAllocation());
    same("20000", t.returnedAtTrueUp());
    same("0", t.issuedAtTrueUp());
    same("40000", t.stillOwed());
    same("0", t.netIssued());
  }

  @Test
  void plainTrueUp() {
    // 多退少补 without deductions: pre 1,789, final 3,000 → 1,211 issued; final 1,500 → 289 taken back.
    same("1211", TrueUp.of(bd("1789"), bd("3000"), bd("0")).issuedAtTrueUp());
    same("-289", TrueUp.of(bd("1789"), bd("1500"), bd("0")).issuedAtTrueUp());
    // Owed 1,000 with pre 500, final 3,000: 500 at pre, 500 more at true-up.
    TrueUp t = TrueUp.of(bd("500"), bd("3000"), bd("1000"));
    same("500", t.deductedAtTrueUp());
    same("2000", t.issuedAtTrueUp());
    same("0", t.stillOwed());
  }
}
