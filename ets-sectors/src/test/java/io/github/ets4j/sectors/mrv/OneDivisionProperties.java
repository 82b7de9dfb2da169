package io.github.ets4j.sectors.mrv;

import io.github.ets4j.sectors.internal.Explanations;

import io.github.ets4j.sectors.internal.ReportingPrecision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.sectors.fuel.FuelCombustion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The short paths of a reported line give the same text and figures as the long ones: the one-division
 * conversion {@code carbon × 11 / 3} at 2 decimals against the 34-digit {@code carbon × 44 / 12} rounded
 * afterwards, and the grouping of {@link Explanations#number} against {@code String.format}.
 */
class OneDivisionProperties {
  private static final long SEED = 20_261_201L;

  private static void assertSameLine(BigDecimal carbon) {
    assertEquals(ReportingPrecision.sourceLine(ReportingPrecision.carbonToCo2(carbon)),
        ReportingPrecision.carbonToCo2Line(carbon), carbon::toPlainString);
  }

  @Test
  void oneDivisionEqualsTheRoundedLongDivisionOnRandomCarbon() {
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, 18))
        .checkAssert((unscaled, scale) -> assertSameLine(BigDecimal.valueOf(unscaled, scale)));
  }

  @Test
  void oneDivisionEqualsTheRoundedLongDivisionNextToEveryHalf() {
    // Carbon whose CO2 lies within a few units of the last decimal of a half-cent (x.xx5): the case a
    // 34-digit rounding could carry across. carbon = (h + 0.005) × 3 / 11 to `scale` decimals, ± 0..9 ulps.
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(longs().between(0, 1_000_000_000_000L), integers().between(3, 30), integers().between(-9, 9))
        .checkAssert((cents, scale, step) -> {
          BigDecimal half = BigDecimal.valueOf(cents, 2).add(new BigDecimal("0.005"));
          BigDecimal carbon = half.multiply(BigDecimal.valueOf(3))
              .divide(BigDecimal.valueOf(11), scale, java.math.RoundingMode.HALF_EVEN)
              .add(BigDecimal.valueOf(step, scale));
          if (carbon.signum() >= 0) {
            assertSameLine(carbon);
          }
        });
  }

  @Test
  void longCarbonTakesTheTwoStepPath() {
    // 11 × carbon with 34 digits or more: 10^20 t at 14 decimals, and a repeating-6 quotient
    // (carbon = 2 × 10^-k gives 22/3 × 10^-k).
    BigDecimal big = new BigDecimal(BigInteger.TEN.pow(33).multiply(BigInteger.TWO), 14);
    assertSameLine(big);
    assertSameLine(new BigDecimal("99999999999999999999.99999999999999"));
    // 0.2 tC × 44/12 = 0.7333… tCO2 → 0.73; 0.0015 × 11 / 3 = 0.0055 → 0.01.
    assertEquals(new BigDecimal("0.73"), ReportingPrecision.carbonToCo2Line(new BigDecimal("0.2")));
    assertEquals(new BigDecimal("0.01"), ReportingPrecision.carbonToCo2Line(new BigDecimal("0.0015")));
  }

  @Test
  void numberGroupsLikeTheFormatter() {
    qt().withFixedSeed(SEED).withExamples(5_000)
        .forAll(longs().all(), integers().between(-4, 12))
        .checkAssert((unscaled, scale) -> {
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          assertEquals(String.format(Locale.ROOT, "%,." + Math.max(0, scale) + "f", value),
              Explanations.number(value));
        });
    assertEquals("12,345.67", Explanations.number(new BigDecimal("12345.67")));
    assertEquals("-1,000", Explanations.number(new BigDecimal("-1E+3")));
    assertEquals("999", Explanations.number(BigDecimal.valueOf(999)));
    assertEquals("0.02618", Explanations.number(new BigDecimal("0.02618")));
  }

  @Test
  void aLineFromCarbonIsTheLineFromItsCo2() {
    // FC 12,345.67 t × NCV 23.736 GJ/t × CC 0.02618 tC/GJ × OF 99 %: the carbon path and the CO2 path agree
    // on every figure and on the text, and a deduction is negative on both.
    BigDecimal carbon = FuelCombustion.carbon(new BigDecimal("12345.67"), new BigDecimal("23.736"),
        new BigDecimal("0.02618"), new BigDecimal("99"));
    for (EmissionSource source : List.of(EmissionSource.FUEL_COMBUSTION, EmissionSource.CARBON_IN_PRODUCTS)) {
      CalculatedLine fromCarbon = CalculatedLine.co2FromCarbon(source, "coal", carbon, () -> "formula", List.of());
      CalculatedLine fromCo2 = CalculatedLine.co2(source, "coal", ReportingPrecision.carbonToCo2(carbon), "formula",
          List.of());
      assertEquals(fromCo2.reportedCo2e(), fromCarbon.reportedCo2e());
      assertEquals(fromCo2.exactCo2e(), fromCarbon.exactCo2e());
      assertEquals(fromCo2.explanation(), fromCarbon.explanation());
      assertEquals(fromCo2, fromCarbon);
      assertEquals(fromCo2.hashCode(), fromCarbon.hashCode());
    }
    // 12,345.67 × 23.736 × 0.02618 × 0.99 = 7,595.0... tC; × 44/12 = 27,848.29... tCO2 (CalculatedLine's Javadoc).
    assertEquals(new BigDecimal("27848.29"), FuelCombustion.co2Line(new BigDecimal("12345.67"),
        new BigDecimal("23.736"), new BigDecimal("0.02618"), new BigDecimal("99")));
  }
}
