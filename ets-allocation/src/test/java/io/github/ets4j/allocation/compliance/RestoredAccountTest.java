package io.github.ets4j.allocation.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A compliance account restored from its recorded state, checked by the rules its operations keep. */
class RestoredAccountTest {
  private static final ComplianceRules Y2025 = ComplianceRules.chinaNational(Year.of(2025));
  private static final ComplianceRules Y2021 = ComplianceRules.chinaNational(Year.of(2021));

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  static ComplianceAccount restore(ComplianceAccount a) {
    return ComplianceAccount.of(a.entityId(), a.rules(), a.obligation(), a.holdings(), a.carriedOver(), a.surrendered(),
        a.carriedOverSurrendered(), a.ccerSurrendered(), a.borrowed());
  }

  @Test
  void theStateOfAnAccountRestoresTheSameAccount() {
    ComplianceAccount a2025 = ComplianceAccount.open("E1", bd("926002.6"), Y2025.withOffsetLimit(bd("0.08")))
        .withReceived(Year.of(2025), bd("800000")).surrender(Year.of(2025), bd("700000")).withCarriedOver(bd("30000"))
        .surrenderCarriedOver(bd("20000")).surrenderCcer(bd("40000"), LocalDate.of(2024, 6, 1), false);
    ComplianceAccount a2021 = ComplianceAccount.open("E2", bd("1000000"), Y2021).withReceived(Year.of(2021),
        bd("800000")).borrow(bd("50000"), bd("800000"), true);
    for (ComplianceAccount a : new ComplianceAccount[] {a2025, a2021}) {
      assertEquals(a, restore(a));
      assertEquals(a.hashCode(), restore(a).hashCode());
    }
    assertEquals(bd("20000"), a2025.carriedOverSurrendered());
    assertNotEquals(a2025, a2021);
    assertNotEquals(a2025, "E1");
    assertNotEquals(Y2025, Y2025.withOffsetLimit(bd("0.08")));
    assertEquals(Y2025, ComplianceRules.chinaNational(Year.of(2025)));
    assertEquals(Y2025.hashCode(), ComplianceRules.chinaNational(Year.of(2025)).hashCode());
    assertNotEquals(Y2025, "2025");
  }

  static String refused(ComplianceRules rules, String obligation, Map<Year, BigDecimal> holdings, String carried,
      Map<Year, BigDecimal> surrendered, String carriedGiven, String ccer, String borrowed) {
    return assertThrows(EtsValidationException.class, () -> ComplianceAccount.of("E", rules, bd(obligation), holdings,
        bd(carried), surrendered, bd(carriedGiven), bd(ccer), bd(borrowed))).field();
  }

  @Test
  void aStateNoOperationCanReachIsRefused() {
    Map<Year, BigDecimal> none = Map.of();
    assertEquals("obligation", refused(Y2025, "1000.5", none, "0", none, "0", "0", "0"));
    assertEquals("holdings 2025", refused(Y2025, "1000", Map.of(Year.of(2025), bd("0")), "0", none, "0", "0", "0"));
    // 2019-2024 allowances settle 2019-2024 only
    assertEquals("surrendered", refused(Y2025, "1000", none, "0", Map.of(Year.of(2024), bd("10")), "0", "0", "0"));
    assertEquals("carriedOver", refused(Y2021, "1000", none, "10", none, "0", "0", "0"));
    // 5 % of 1,000 = 50 CCERs at most
    assertEquals("ccerSurrendered", refused(Y2025, "1000", none, "0", none, "0", "51", "0"));
    assertEquals("borrowed", refused(Y2025, "1000", none, "0", none, "0", "0", "1"));
    // at most half the shortfall, and the shortfall is at most the obligation: 500 of 1,000
    assertEquals("borrowed", refused(Y2021, "1000", none, "0", none, "0", "0", "501"));
    // 900 + 51 carried over + 50 CCERs = 1,001 surrendered of 1,000
    assertEquals("surrendered", refused(Y2025, "1000", none, "0", Map.of(Year.of(2025), bd("900")), "51", "50", "0"));
  }
}
