package io.github.ets4j.allocation.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An industrial unit's allocation restored from its recorded figures, checked as the policy makes it. */
class RestoredIndustryUnitTest {
  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  static IndustryUnitAllocation restore(IndustryUnitAllocation a) {
    return IndustryUnitAllocation.of(a.unitId(), a.entityId(), a.verifiedEmissions(), a.special(), a.intensity(),
        a.level(), a.deviation(), a.alpha(), a.unroundedAllocation(), a.allocation());
  }

  @Test
  void theRecordOfEveryUnitRestoresTheSameAllocation() {
    List<IndustrialUnit> units = new ArrayList<>(IndustryExamplesTest.cementExample());
    units.add(IndustrialUnit.builder().from(IndustrialUnit.cementLine("W", "D", bd("90000.6"), bd("50000")))
        .special(IndustrySpecialUnit.WHITE_CLINKER).build());
    for (int year : List.of(2025, 2026, 2027)) {
      for (UnitAllocation unit : Rulebook.chinaNational(Year.of(year)).allocateIndustry(Sector.CEMENT, units).units()) {
        IndustryUnitAllocation a = (IndustryUnitAllocation) unit;
        IndustryUnitAllocation restored = restore(a);
        assertEquals(a, restored);
        assertEquals(a.hashCode(), restored.hashCode());
        assertEquals(a.explain(), restored.explain());
      }
    }
  }

  @Test
  void theFloorMayBeTheWholeTonneBesideANearWholeProduct() {
    Optional<IndustrySpecialUnit> none = Optional.empty();
    // X = 1 - 0.9 x (1 / 1) = 0.1; 100 x (1 + 0.009999999999999) = 100.9999999999999, 1e-13 below 101
    BigDecimal below = bd("100.9999999999999");
    assertEquals(bd("101"), IndustryUnitAllocation.of("L", "D", bd("100"), none, bd("0.9"), bd("1"), bd("0.1"),
        bd("0.009999999999999"), below, bd("101")).allocation());
    assertEquals(bd("100"), IndustryUnitAllocation.of("L", "D", bd("100"), none, bd("0.9"), bd("1"), bd("0.1"),
        bd("0.009999999999999"), below, bd("100")).allocation());
    // 100 x (1 + 0.010000000000001) = 101.0000000000001, 1e-13 above 101: 100 or 101
    BigDecimal above = bd("101.0000000000001");
    assertEquals(bd("100"), IndustryUnitAllocation.of("L", "D", bd("100"), none, bd("0.9"), bd("1"), bd("0.1"),
        bd("0.010000000000001"), above, bd("100")).allocation());
    // 100 x 1.015 = 101.500, half a tonne from a whole: only floor(101.5) = 101
    for (String allocation : List.of("100", "102")) {
      EtsValidationException far = assertThrows(EtsValidationException.class, () -> IndustryUnitAllocation.of("L",
          "D", bd("100"), none, bd("0.9"), bd("1"), bd("0.1"), bd("0.015"), bd("101.500"), bd(allocation)));
      assertEquals("allocation", far.field());
    }
    assertEquals(bd("101"), IndustryUnitAllocation.of("L", "D", bd("100"), none, bd("0.9"), bd("1"), bd("0.1"),
        bd("0.015"), bd("101.500"), bd("101")).allocation());
    assertNotEquals(IndustryUnitAllocation.of("L", "D", bd("100"), none, bd("0.9"), bd("1"), bd("0.1"),
        bd("0.01"), bd("101.00"), bd("101")), "L");
  }

  @Test
  void aRecordThePolicyCannotMakeIsRefused() {
    Optional<IndustrySpecialUnit> none = Optional.empty();
    assertEquals("deviation", assertThrows(EtsValidationException.class, () -> IndustryUnitAllocation.of("L", "D",
        bd("100"), none, bd("0.9"), bd("1"), bd("0.2"), bd("0.01"), bd("101.00"), bd("101"))).field());
    assertEquals("unroundedAllocation", assertThrows(EtsValidationException.class, () -> IndustryUnitAllocation.of("L",
        "D", bd("100"), none, bd("0.9"), bd("1"), bd("0.1"), bd("0.01"), bd("102"), bd("102"))).field());
    assertEquals("allocation", assertThrows(EtsValidationException.class, () -> IndustryUnitAllocation.of("L", "D",
        bd("100"), none, bd("0.9"), bd("1"), bd("0.1"), bd("0.01"), bd("101.00"), bd("101.5"))).field());
    assertEquals("level", assertThrows(EtsValidationException.class, () -> IndustryUnitAllocation.of("L", "D",
        bd("100"), none, bd("0.9"), bd("0"), bd("0.1"), bd("0.01"), bd("101.00"), bd("101"))).field());
    Optional<IndustrySpecialUnit> white = Optional.of(IndustrySpecialUnit.WHITE_CLINKER);
    // a special line is allocated floor(verified 90.6) = 90 with I, BP, X and alpha zero
    assertEquals(bd("90"), IndustryUnitAllocation.of("W", "D", bd("90.6"), white, bd("0"), bd("0"), bd("0"), bd("0"),
        bd("90.6"), bd("90")).allocation());
    for (String intensity : List.of("0.5", "0")) {
      String allocation = intensity.equals("0") ? "91" : "90";
      assertEquals("special", assertThrows(EtsValidationException.class, () -> IndustryUnitAllocation.of("W", "D",
          bd("90.6"), white, bd(intensity), bd("0"), bd("0"), bd("0"), bd("90.6"), bd(allocation))).field());
    }
  }
}
