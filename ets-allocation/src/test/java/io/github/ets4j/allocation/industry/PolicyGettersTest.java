package io.github.ets4j.allocation.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.allocation.Phase2;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The getters through which a study reads the intensity-coefficient rule instead of repeating it: the
 * Phase 2 factor and share, α, and the special-unit kinds of each sector (allocation.md "Phase 2",
 * "Special units").
 */
class PolicyGettersTest {

  private static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  @Test
  void tighteningFactorCompoundsFromTheLastPhase1Year() {
    // allocation.md Phase 2 default: r = 0.6 % a year from 2027, so 2027: 0.994, 2029: 0.994^3 = 0.982107784.
    assertEquals(0, bd("0.994").compareTo(
        IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2027)).tighteningFactor()));
    assertEquals(0, bd("0.982107784").compareTo(
        IntensityCoefficientPolicy.chinaNational(Sector.STEEL, Year.of(2029)).tighteningFactor()));
    // 2025-2026 are balanced: no factor; a what-if tightening before 2027 compounds over no year.
    IntensityCoefficientPolicy y2025 = IntensityCoefficientPolicy.chinaNational(Sector.CEMENT, Year.of(2025));
    assertEquals(BigDecimal.ONE, y2025.tighteningFactor());
    assertEquals(BigDecimal.ONE, y2025.withPhase2(Phase2.tightening(bd("0.02"))).tighteningFactor());
    assertEquals(Optional.empty(), y2025.bestShare());
  }

  @Test
  void bestShareReplacesTheFactor() {
    IntensityCoefficientPolicy best = IntensityCoefficientPolicy.chinaNational(Sector.ALUMINUM, Year.of(2028))
        .withPhase2(Phase2.bestShare(bd("0.2")));
    assertEquals(Optional.of(bd("0.2")), best.bestShare());
    assertEquals(BigDecimal.ONE, best.tighteningFactor());
    assertEquals(Optional.empty(), best.balanced().bestShare());
    assertEquals(BigDecimal.ONE, best.balanced().tighteningFactor());
  }

  @Test
  void alphaIsProportionalInsideTheBandAndCappedOutside() {
    // allocation.md: α = 0.15 X for -20 % < X < 20 %, ±3 % at and beyond the band.
    CoefficientRule rule = CoefficientRule.chinaNational(Year.of(2025));
    assertEquals(0, bd("0.015").compareTo(rule.alpha(bd("0.1"))));
    assertEquals(0, bd("-0.0045").compareTo(rule.alpha(bd("-0.03"))));
    assertEquals(0, bd("0.03").compareTo(rule.alpha(bd("0.2"))));
    assertEquals(0, bd("-0.03").compareTo(rule.alpha(bd("-0.2"))));
    assertEquals(0, bd("-0.03").compareTo(rule.alpha(bd("-0.9"))));
    // The exact form agrees: X = 1/3 is beyond the band, X = -1/7 gives -0.15/7.
    assertEquals(0, Rational.of(bd("0.03")).compareTo(rule.alpha(Rational.ONE.divide(Rational.of(bd("3"))))));
    assertEquals(0, Rational.of(bd("-0.15")).divide(Rational.of(bd("7")))
        .compareTo(rule.alpha(Rational.of(bd("-1")).divide(Rational.of(bd("7"))))));
    assertThrows(EtsValidationException.class, () -> rule.alpha((BigDecimal) null));
  }

  @Test
  void specialKindsBelongToTheirSector() {
    assertEquals(List.of(IndustrySpecialUnit.WHITE_CLINKER, IndustrySpecialUnit.CARBIDE_SLAG,
        IndustrySpecialUnit.GYPSUM_SULFURIC_ACID), IndustrySpecialUnit.of(Sector.CEMENT));
    assertEquals(List.of(IndustrySpecialUnit.HYDROGEN_RICH_BLAST_FURNACE), IndustrySpecialUnit.of(Sector.STEEL));
    assertEquals(List.of(), IndustrySpecialUnit.of(Sector.ALUMINUM));
    assertEquals(List.of(), IndustrySpecialUnit.of(Sector.POWER));
    assertEquals(Sector.STEEL, IndustrySpecialUnit.HYDROGEN_RICH_BLAST_FURNACE.sector());
    assertThrows(EtsValidationException.class, () -> IndustrySpecialUnit.of(null));
  }
}
