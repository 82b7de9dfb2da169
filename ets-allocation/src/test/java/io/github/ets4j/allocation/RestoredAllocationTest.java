package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Allocations compare by value, and a stored one can carry the Art 31 adjustment it was made with. */
class RestoredAllocationTest {
  private static final Source WHAT_IF = Source.of("WHAT-IF", "Art 31 figure", Confidence.ASSUMED);

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  static Allocation power(int year) {
    return Rulebook.chinaNational(Year.of(year)).allocatePower(List.of(GeneratingUnit.builder().id("U1").entityId("E1")
        .category(UnitCategory.I).verifiedEmissions(bd("1300000")).grossGenerationMwh(bd("1500000"))
        .suppliedElectricityMwh(bd("1400000")).loadFactor(bd("0.70")).build()));
  }

  @Test
  void allocationsCompareByValue() {
    Allocation a = power(2025);
    assertEquals(a, power(2025));
    assertEquals(a.hashCode(), power(2025).hashCode());
    assertEquals(a, a);
    assertNotEquals(a, power(2024));
    assertNotEquals(a, a.withNonFossilElectricityConsumption(Map.of("E1", bd("10"))));
    assertNotEquals(a, "E1");
    assertEquals(a.entities().get(0), power(2025).entities().get(0));
    assertEquals(a.entities().get(0).hashCode(), power(2025).entities().get(0).hashCode());
    assertNotEquals(a.entities().get(0), power(2024).entities().get(0));
    assertNotEquals(a.entities().get(0), "E1");
    // 2024 industry: allocation = verified emissions, VerifiedUnitAllocation
    Allocation verified = Rulebook.chinaNational(Year.of(2024)).allocateIndustry(Sector.CEMENT,
        List.of(io.github.ets4j.allocation.industry.IndustrialUnit.cementLine("L1", "D", bd("850000.5"), bd("1000000"))));
    VerifiedUnitAllocation unit = (VerifiedUnitAllocation) verified.units().get(0);
    assertTrue(unit.explain().contains(unit.reason()), unit.explain());
    assertEquals(unit, VerifiedUnitAllocation.of(new AllocationUnit() {
      @Override
      public String id() {
        return "L1";
      }

      @Override
      public String entityId() {
        return "D";
      }

      @Override
      public BigDecimal verifiedEmissions() {
        return bd("850000.50");
      }
    }, unit.reason()));
    assertEquals(unit.hashCode(), verified.units().get(0).hashCode());
    assertNotEquals(unit, "L1");
  }

  @Test
  void theArt31AdjustmentCanBeSetOnAStoredAllocationFrom2024() {
    NonFossilElectricityAdjustment half = NonFossilElectricityAdjustment.of(bd("0.5"), WHAT_IF);
    Allocation a = power(2025).withNonFossilElectricityConsumption(Map.of("E1", bd("1001")));
    assertEquals(Map.of("E1", bd("1001")), a.nonFossilElectricityConsumption());
    Allocation adjusted = a.withNonFossilElectricityAdjustment(half);
    // a new figure starts without consumption: the amounts given were of the old figure
    assertEquals(Map.of(), adjusted.nonFossilElectricityConsumption());
    // floor(0.5 x 1,001) = floor(500.5) = 500 t
    assertEquals(bd("500"), adjusted.withNonFossilElectricityConsumption(Map.of("E1", bd("1001")))
        .nonFossilAdjustment("E1"));
    EtsValidationException early = assertThrows(EtsValidationException.class,
        () -> power(2023).withNonFossilElectricityAdjustment(half));
    assertEquals("year", early.field());
  }
}
