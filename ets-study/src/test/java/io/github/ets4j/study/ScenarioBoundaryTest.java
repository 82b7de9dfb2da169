package io.github.ets4j.study;

import static io.github.ets4j.study.ScenarioAndMarketTest.assertField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of every scenario range: the last value accepted and the first refused, and what the refusal says. */
class ScenarioBoundaryTest {

  static Scenario.Builder base() {
    return Scenario.builder().draws(0);
  }

  @Test
  void yearsRunFrom2023ForAtMostAHundredYears() {
    assertEquals(List.of(Year.of(2023)), base().firstYear(Year.of(2023)).lastYear(Year.of(2023)).build().years());
    // 2023 + 100 = 2123 is the last year allowed; 2124 is 101 years on.
    assertEquals(101, base().firstYear(Year.of(2023)).lastYear(Year.of(2123)).build().years().size());
    EtsValidationException tooLong = assertThrows(EtsValidationException.class,
        () -> base().firstYear(Year.of(2023)).lastYear(Year.of(2124)).build());
    assertEquals("lastYear = 2124: a study runs at most 100 years", tooLong.getMessage());
    EtsValidationException early = assertThrows(EtsValidationException.class,
        () -> base().firstYear(Year.of(2022)).build());
    assertEquals("firstYear = 2022: a study starts in 2023 or later", early.getMessage());
    EtsValidationException backwards = assertThrows(EtsValidationException.class,
        () -> base().firstYear(Year.of(2026)).lastYear(Year.of(2025)).build());
    assertEquals("lastYear = 2025: must not be before firstYear 2026", backwards.getMessage());
  }

  @Test
  void ratesStopJustShortOfAHundred() {
    assertEquals(0, new BigDecimal("-99.9").compareTo(base()
        .putOutputGrowthPercent(Sector.POWER, new BigDecimal("-99.9")).build().outputGrowth(Sector.POWER)));
    EtsValidationException growth = assertThrows(EtsValidationException.class,
        () -> base().putOutputGrowthPercent(Sector.CEMENT, new BigDecimal("-100.0")).build());
    assertEquals("outputGrowthPercent.CEMENT = -100.0: must be above -100", growth.getMessage());
    assertField("outputGrowthPercent.CEMENT",
        () -> base().putOutputGrowthPercent(Sector.CEMENT, new BigDecimal("-250")).build());
    assertEquals(0, new BigDecimal("99.9").compareTo(base()
        .putIntensityImprovementPercent(Sector.STEEL, new BigDecimal("99.9")).build().intensityImprovement(Sector.STEEL)));
    // Negative improvement (intensity rising) is allowed.
    assertEquals(0, new BigDecimal("-5").compareTo(base()
        .putIntensityImprovementPercent(Sector.STEEL, new BigDecimal("-5")).build().intensityImprovement(Sector.STEEL)));
    EtsValidationException improvement = assertThrows(EtsValidationException.class,
        () -> base().putIntensityImprovementPercent(Sector.ALUMINUM, new BigDecimal("150")).build());
    assertEquals("intensityImprovementPercent.ALUMINUM = 150: must be below 100", improvement.getMessage());
  }

  @Test
  void phaseTwoAndPowerTighteningRanges() {
    assertEquals(0, new BigDecimal("0.01").compareTo(base().phase2Percentile(new BigDecimal("0.01")).build()
        .phase2Percentile().orElseThrow()));
    EtsValidationException negative = assertThrows(EtsValidationException.class,
        () -> base().phase2Percentile(new BigDecimal("-5")).build());
    assertEquals("phase2Percentile = -5: must be above 0 and at most 100", negative.getMessage());
    assertEquals(0, BigDecimal.ZERO.compareTo(base().phase2TighteningPercent(BigDecimal.ZERO).build()
        .phase2TighteningPercent().orElseThrow()));
    assertEquals(0, new BigDecimal("99.99").compareTo(base().phase2TighteningPercent(new BigDecimal("99.99")).build()
        .phase2TighteningPercent().orElseThrow()));
    EtsValidationException hundred = assertThrows(EtsValidationException.class,
        () -> base().phase2TighteningPercent(new BigDecimal("100")).build());
    assertEquals("phase2TighteningPercent = 100: must be at least 0 and below 100", hundred.getMessage());
    assertField("powerBenchmarkTighteningPercent",
        () -> base().powerBenchmarkTighteningPercent(new BigDecimal("-0.1")).build());
    assertEquals(0, new BigDecimal("99.9").compareTo(base().powerBenchmarkTighteningPercent(new BigDecimal("99.9"))
        .build().powerBenchmarkTighteningPercent()));
  }

  @Test
  void drawsPriceAndSpreads() {
    assertEquals(1_000_000, Scenario.builder().draws(1_000_000).build().draws());
    assertEquals(0, Scenario.builder().draws(0).build().draws());
    EtsValidationException draws = assertThrows(EtsValidationException.class, () -> Scenario.builder().draws(-1).build());
    assertEquals("draws = -1: must be between 0 and 1,000,000", draws.getMessage());
    assertEquals(0, BigDecimal.ZERO.compareTo(base().carbonPriceCnyPerTonne(BigDecimal.ZERO).build()
        .carbonPriceCnyPerTonne()));
    assertEquals(0, new BigDecimal("100").compareTo(base().outputSpreadPercent(new BigDecimal("100")).build()
        .outputSpreadPercent()));
    assertField("outputSpreadPercent", () -> base().outputSpreadPercent(new BigDecimal("-1")).build());
    assertField("intensitySpreadPercent", () -> base().intensitySpreadPercent(new BigDecimal("100.5")).build());
  }

  @Test
  void defaultsAreTheDocumentedAssumptions() {
    Scenario s = Scenario.builder().build();
    // AbstractScenario's Javadoc: growth power 2.0, cement −1.0, steel −1.0, aluminum 1.0; improvement 0.5 each;
    // power tightening 0; seed 1; spreads 5 and 2. coverage.md, market in 2025 [V MEE25]: average allowance price
    // 62.36 CNY/t, CCER 70.76 CNY/t; CCER share of the cap 0 [A] (a CCER costs more than an allowance).
    assertEquals(new BigDecimal("-1.0"), s.outputGrowth(Sector.CEMENT));
    assertEquals(new BigDecimal("-1.0"), s.outputGrowth(Sector.STEEL));
    assertEquals(new BigDecimal("1.0"), s.outputGrowth(Sector.ALUMINUM));
    for (Sector sector : Sector.values()) {
      assertEquals(new BigDecimal("0.5"), s.intensityImprovement(sector));
    }
    assertEquals(BigDecimal.ZERO, s.powerBenchmarkTighteningPercent());
    assertEquals(new BigDecimal("62.36"), s.carbonPriceCnyPerTonne());
    assertEquals(new BigDecimal("70.76"), s.ccerPriceCnyPerTonne());
    assertEquals(0, s.ccerSharePercent().signum());
    assertEquals(io.github.ets4j.core.Confidence.OFFICIAL, ComplianceDefaults.ALLOWANCE_PRICE.source().confidence());
    assertEquals("MEE25", ComplianceDefaults.CCER_PRICE.source().document());
    assertTrue(ComplianceDefaults.CCER_SHARE_OF_CAP.isAssumed());
    assertEquals(1L, s.seed());
    assertEquals(new BigDecimal("5"), s.outputSpreadPercent());
    assertEquals(new BigDecimal("2"), s.intensitySpreadPercent());
    assertTrue(s.phase2Percentile().isEmpty() && s.phase2TighteningPercent().isEmpty());
    assertEquals(Year.of(2023), Scenario.FIRST_STUDY_YEAR);
    assertEquals(io.github.ets4j.core.Confidence.ASSUMED, Scenario.ASSUMED.confidence());
  }
}
