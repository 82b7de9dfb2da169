package io.github.ets4j.allocation.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.Phase2;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published balance value (allocation.md: the authority publishes each sector's BP; compliance allocations use
 * it and the solver checks it). Expected values derived by hand from the four-line cement example.
 */
class PublishedBalanceValueTest {
  private static final Source PLATFORM = Source.of("PLATFORM", "cement BP 2025 as published", Confidence.OFFICIAL);

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void withoutAPublishedValueTheSolvedOneIsUsedAndReported() {
    Allocation a = Rulebook.chinaNational(Year.of(2025)).allocateIndustry(Sector.CEMENT,
        IndustryExamplesTest.cementExample());
    // allocation.md: BP = 0.867217… = 2,835,800 / 3,270,000 (no unit saturated).
    assertTrue(a.solvedBalanceValue().get().toPlainString().startsWith("0.867217"));
    assertEquals(a.balanceValue(), a.solvedBalanceValue());
    assertTrue(a.publishedBalanceValue().isEmpty());
    assertTrue(a.balanceValueDifference().isEmpty());
    assertTrue(!a.explain().contains("published balance value"));
  }

  @Test
  void thePublishedValueDecidesTheAllocations() {
    Rulebook rules = Rulebook.chinaNational(Year.of(2025))
        .withPublishedBalanceValue(Sector.CEMENT, bd("0.8700"), PLATFORM);
    Allocation a = rules.allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    // With BP = 0.87 (by hand): I = 0.85, 0.8, 0.875, 1.04.
    // L1: X = 0.02/0.87 = +2.30 %, α = 0.003/0.87, A = 850,000 + 2,550/0.87 = 852,931.03 → 852,931
    // L2: X = 0.07/0.87 = +8.05 %, A = 1,200,000 + 12,600/0.87 = 1,214,482.76 → 1,214,482
    // L3: X = -0.005/0.87 = -0.57 %, A = 700,000 - 525/0.87 = 699,396.55 → 699,396
    // L4: X = -0.17/0.87 = -19.54 % (inside the band), A = 520,000 - 13,260/0.87 = 504,758.62 → 504,758
    same("0.87", a.balanceValue().get());
    String[] x = {"2.30", "8.05", "-0.57", "-19.54"};
    String[] alloc = {"852931", "1214482", "699396", "504758"};
    for (int i = 0; i < 4; i++) {
      IndustryUnitAllocation u = (IndustryUnitAllocation) a.unit("L" + (i + 1)).get();
      assertEquals(bd(x[i]), u.deviationPercentReported());
      same(alloc[i], u.allocation());
    }
    // The sector no longer balances: 852,931 + 1,214,482 + 699,396 + 504,758 = 3,271,567 > 3,270,000.
    same("3271567", a.total());
    // Solved BP beside it; published - solved = 0.87 - 2,835,800/3,270,000 = 91/32,700 = 0.0027828746…
    assertTrue(a.solvedBalanceValue().get().toPlainString().startsWith("0.867217"));
    assertTrue(a.balanceValueDifference().get().toPlainString().startsWith("0.00278287461773700305810"),
        () -> a.balanceValueDifference().get().toPlainString());
    RuleValue published = a.publishedBalanceValue().get();
    assertEquals(PLATFORM, published.source());
    assertEquals("tCO2/t clinker", published.unit());
    String text = a.explain();
    assertTrue(text.contains("published balance value: cement published balance value BP 2025 = 0.87 tCO2/t clinker"
        + " (PLATFORM cement BP 2025 as published [V])"), text);
    assertTrue(text.contains("solved from these units: BP = 0.8672171253822629969418960244648318 (reported 0.8672);"
        + " published - solved = 0.0027828746177370030581039755351682"), text);
    // The figure is a rule value of the year, and not an assumption when its source is official.
    assertTrue(rules.ruleValues().contains(published));
    assertTrue(!rules.assumptions().contains(published));
  }

  @Test
  void aPublishedValueEqualToTheSolvedOneChangesNothing() {
    // 14,179 / 16,350 is the exact BP of the example; at 34 digits the allocations are those of allocation.md.
    Rulebook rules = Rulebook.chinaNational(Year.of(2026)).withPublishedBalanceValue(Sector.CEMENT,
        bd("0.8672171253822629969418960244648318"), PLATFORM);
    Allocation a = rules.allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    same("852531", a.unit("L1").get().allocation());
    same("504459", a.unit("L4").get().allocation());
    same("0", a.balanceValueDifference().get());
  }

  @Test
  void otherSectorsNameTheirIntensityBasis() {
    Rulebook rules = Rulebook.chinaNational(Year.of(2025))
        .withPublishedBalanceValue(Sector.STEEL, bd("1.5"), PLATFORM)
        .withPublishedBalanceValue(Sector.ALUMINUM, bd("1.6"), PLATFORM);
    IntensityCoefficientPolicy steel = (IntensityCoefficientPolicy) rules.industryPolicy(Sector.STEEL).get();
    IntensityCoefficientPolicy aluminum = (IntensityCoefficientPolicy) rules.industryPolicy(Sector.ALUMINUM).get();
    assertEquals("tCO2/t ironmaking product", steel.publishedBalanceValue().get().unit());
    assertEquals("tCO2e/t aluminum liquid", aluminum.publishedBalanceValue().get().unit());
    assertTrue(steel.toString().contains("published BP 1.5"));
    // Cement keeps solving its own.
    assertTrue(((IntensityCoefficientPolicy) rules.industryPolicy(Sector.CEMENT).get()).publishedBalanceValue()
        .isEmpty());
  }

  @Test
  void phase2TighteningStartsFromThePublishedValue() {
    Rulebook rules = Rulebook.chinaNational(Year.of(2027))
        .withPublishedBalanceValue(Sector.CEMENT, bd("0.87"), PLATFORM)
        .withPhase2(Phase2.tightening(bd("0.1")));
    Allocation a = rules.allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    // Level = 0.87 × (1 - 0.1)^(2027 - 2026) = 0.783; L1: X = (0.783 - 0.85)/0.783 = -8.56 %,
    // A = 850,000 × (1 + 0.15 × X) = 850,000 - 8,542.5/0.783 = 850,000 - 10,909.96 = 839,090.04 → 839,090.
    same("0.783", a.balanceValue().get());
    same("839090", a.unit("L1").get().allocation());
    assertTrue(a.solvedBalanceValue().get().toPlainString().startsWith("0.867217"));
  }

  @Test
  void bestShareReportsThePublishedValueOnly() {
    Rulebook rules = Rulebook.chinaNational(Year.of(2027)).withPhase2(Phase2.bestShare(bd("0.5")));
    Allocation plain = rules.allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    assertTrue(plain.solvedBalanceValue().isEmpty());
    Allocation withPublished = rules.withPublishedBalanceValue(Sector.CEMENT, bd("0.87"), PLATFORM)
        .allocateIndustry(Sector.CEMENT, IndustryExamplesTest.cementExample());
    assertEquals(plain.balanceValue(), withPublished.balanceValue());
    assertEquals(plain.total(), withPublished.total());
    assertTrue(withPublished.solvedBalanceValue().get().toPlainString().startsWith("0.867217"));
  }

  @Test
  void refusals() {
    Rulebook y2025 = Rulebook.chinaNational(Year.of(2025));
    assertThrows(EtsValidationException.class,
        () -> Rulebook.chinaNational(Year.of(2024)).withPublishedBalanceValue(Sector.CEMENT, bd("0.87"), PLATFORM));
    assertThrows(EtsValidationException.class,
        () -> Rulebook.chinaNational(Year.of(2023)).withPublishedBalanceValue(Sector.CEMENT, bd("0.87"), PLATFORM));
    assertThrows(EtsValidationException.class, () -> y2025.withPublishedBalanceValue(Sector.POWER, bd("0.87"), PLATFORM));
    assertThrows(EtsValidationException.class, () -> y2025.withPublishedBalanceValue(Sector.CEMENT, bd("0"), PLATFORM));
    assertThrows(EtsValidationException.class, () -> y2025.withPublishedBalanceValue(Sector.CEMENT, null, PLATFORM));
    assertThrows(EtsValidationException.class, () -> y2025.withPublishedBalanceValue(Sector.CEMENT, bd("0.87"), null));
    assertThrows(EtsValidationException.class, () -> Allocation.of(Sector.CEMENT, Year.of(2025),
        io.github.ets4j.allocation.AllocationMethod.INTENSITY_COEFFICIENT, List.of(), java.util.Optional.empty(),
        null, java.util.Optional.empty()));
  }

  @Test
  void theIntensityUnitIsTheSectorsBasis() {
    // allocation.md "Cement, steel, aluminum": I = E_line / clinker t; (E_ironmaking + E_sintering) / ironmaking
    // product t; (E_anode + E_PFC) / aluminum liquid t, the last in CO2e (PFCs).
    assertEquals("tCO2/t clinker", IntensityCoefficientPolicy.intensityUnit(Sector.CEMENT));
    assertEquals("tCO2/t ironmaking product", IntensityCoefficientPolicy.intensityUnit(Sector.STEEL));
    assertEquals("tCO2e/t aluminum liquid", IntensityCoefficientPolicy.intensityUnit(Sector.ALUMINUM));
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> IntensityCoefficientPolicy.intensityUnit(Sector.POWER));
    assertEquals("sector", e.field());
  }
}
