package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nothing non-finite reaches the draws and no summary saturates (issue "Guarded doors", item 6): the issue saw
 * the draw band print -9223372036854.776 Mt, a saturated long, for verified_t=1e30.
 */
class FastEngineRangeTest {
  static final Year Y2025 = Year.of(2025);

  static MarketUnit cement(String id, String verified, String output) {
    return MarketUnit.builder().year(Y2025).entityId(id).sector(Sector.CEMENT).unitId(id).category("general")
        .verifiedTonnes(new BigDecimal(verified)).output(new BigDecimal(output)).build();
  }

  @Test
  void aUnitBeyondTheEnginesRangeIsRefusedAtSetup() {
    // Built through the API, not the file (whose bound is 10^9 t): 10^30 t must not reach the arrays.
    List<MarketUnit> units = List.of(cement("C1", "1e30", "1000"), cement("C2", "850000", "1000000"));
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> FastEngine.setup(Map.of(Y2025, units), new DocumentRules()));
    assertEquals("verified_t of unit C1 in 2025", e.field());
    assertTrue(e.rule().startsWith("beyond the fast engine's range of 10^12 per unit"), e::getMessage);
    assertEquals("output of unit C2 in 2025", assertThrows(EtsValidationException.class,
        () -> FastEngine.setup(Map.of(Y2025, List.of(cement("C2", "850000", "2e12"))), new DocumentRules())).field());
    // At the range: accepted.
    FastEngine.setup(Map.of(Y2025, List.of(cement("C3", "1000000000000", "1000000000000"))), new DocumentRules());
  }

  @Test
  void aSummaryBeyondTwoToThe53IsRefusedNotSaturated() {
    // 2^53 = 9,007,199,254,740,992 is the last integer a double holds exactly.
    assertEquals(9_007_199_254_740_992L, FastEngine.tonnes("2025 CEMENT", 9_007_199_254_740_992.0));
    // Within range the rounding is unchanged: Math.round, half toward positive infinity (−11.5 → −11).
    assertEquals(-11L, FastEngine.tonnes("2025 CEMENT", -11.5));
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> FastEngine.tonnes("2025 CEMENT", 1e30));
    assertEquals("draws of 2025 CEMENT", e.field());
    assertThrows(EtsValidationException.class, () -> FastEngine.tonnes("x", -1e19));
    assertThrows(EtsValidationException.class, () -> FastEngine.tonnes("x", Double.NaN));
    assertThrows(EtsValidationException.class, () -> FastEngine.tonnes("x", Double.POSITIVE_INFINITY));
  }
}
