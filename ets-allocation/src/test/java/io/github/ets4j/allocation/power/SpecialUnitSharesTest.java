package io.github.ets4j.allocation.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The power special-unit share thresholds as rows (allocation.md "Special units", PLAN-2526-DRAFT §三(三) [D]):
 * biomass co-firing above 20 % of heat, self-produced secondary energy above 10 %, the two together above 20 %,
 * green hydrogen or ammonia above 20 %; before 2025 biomass above the 10 % main-fuel limit [A].
 */
class SpecialUnitSharesTest {
  private static final Year Y2025 = Year.of(2025);

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private static Optional<PowerSpecialUnit> of2025(String biomass, String secondary, String hydrogen) {
    return Rulebook.chinaNational(Y2025).powerSpecialUnit(bd(biomass), bd(secondary), bd(hydrogen));
  }

  @Test
  void theDraftThresholdsOf2025DecideFromTheRulebook() {
    // "above": a share equal to the threshold keeps the unit ordinary.
    assertEquals(Optional.empty(), of2025("0.20", "0", "0"));
    assertEquals(Optional.of(PowerSpecialUnit.BIOMASS_CO_FIRING), of2025("0.2001", "0", "0"));
    assertEquals(Optional.empty(), of2025("0", "0.10", "0"));
    assertEquals(Optional.of(PowerSpecialUnit.SECONDARY_ENERGY), of2025("0", "0.1001", "0"));
    // 0.15 + 0.06 = 0.21 > 0.20 together, neither alone above its own threshold.
    assertEquals(Optional.of(PowerSpecialUnit.BIOMASS_AND_SECONDARY_ENERGY), of2025("0.15", "0.06", "0"));
    // 0.10 + 0.10 = 0.20, not above.
    assertEquals(Optional.empty(), of2025("0.10", "0.10", "0"));
    assertEquals(Optional.empty(), of2025("0", "0", "0.20"));
    assertEquals(Optional.of(PowerSpecialUnit.GREEN_HYDROGEN_OR_AMMONIA), of2025("0", "0", "0.21"));
  }

  @Test
  void before2025TheBiomassMainFuelLimitOfTenPercentIsTakenAsAssumed() {
    SpecialUnitShares shares = Rulebook.chinaNational(Year.of(2024)).powerSpecialShares();
    assertEquals(0, bd("0.1").compareTo(shares.biomass().value()));
    assertEquals(Confidence.ASSUMED, shares.biomass().source().confidence());
    // 15 % biomass: special in 2024 (above 10 %), ordinary in 2025 (not above 20 %).
    assertEquals(Optional.of(PowerSpecialUnit.BIOMASS_CO_FIRING),
        PowerSpecialUnit.byFuelShares(Year.of(2024), bd("0.15"), BigDecimal.ZERO, BigDecimal.ZERO));
    assertEquals(Optional.empty(), of2025("0.15", "0", "0"));
  }

  @Test
  void theThresholdsAreRuleValuesOfTheRulebookWithTheirSource() {
    Rulebook book = Rulebook.chinaNational(Y2025);
    List<RuleValue> values = book.ruleValues();
    for (RuleValue share : book.powerSpecialShares().ruleValues()) {
      assertTrue(values.contains(share), share.toString());
      assertEquals(Source.of("PLAN-2526-DRAFT", "§三(三) special units", Confidence.DRAFT), share.source());
      assertTrue(book.nonOfficialRuleValues().contains(share), share.toString());
    }
    String[] expected = {"0.2", "0.1", "0.2", "0.2"};
    List<RuleValue> shares = book.powerSpecialShares().ruleValues();
    for (int i = 0; i < expected.length; i++) {
      assertEquals(0, bd(expected[i]).compareTo(shares.get(i).value()), shares.get(i).toString());
    }
  }

  @Test
  void aReplacementRowChangesTheClassificationAndItsSource() {
    Source fin = Source.of("PLAN-POWER-2526", "§三(三)", Confidence.OFFICIAL);
    RuleEntry row = RuleEntry.builder().key(SpecialUnitShares.SECONDARY_ENERGY).value(bd("0.15")).unit("fraction")
        .source(fin).firstYear(Y2025).lastYear(Year.of(2026)).sectors(EnumSet.of(Sector.POWER)).build();
    Rulebook book = Rulebook.chinaNational(Y2025).withFigures(List.of(row));
    // 12 % secondary energy: special under the draft's 10 %, ordinary under the final 15 % (and 0.12 <= 0.20).
    assertEquals(Optional.of(PowerSpecialUnit.SECONDARY_ENERGY), of2025("0", "0.12", "0"));
    assertEquals(Optional.empty(), book.powerSpecialUnit(BigDecimal.ZERO, bd("0.12"), BigDecimal.ZERO));
    assertEquals(fin, book.powerSpecialShares().secondaryEnergy().source());
    assertFalse(book.nonOfficialRuleValues().contains(book.powerSpecialShares().secondaryEnergy()));
  }

  @Test
  void after2026TheDraftThresholdsAreCarriedForwardAsAssumed() {
    SpecialUnitShares shares = Rulebook.chinaNational(Year.of(2027)).powerSpecialShares();
    for (RuleValue share : shares.ruleValues()) {
      assertEquals(Confidence.ASSUMED, share.source().confidence(), share.toString());
    }
    assertEquals(0, bd("0.2").compareTo(shares.biomass().value()));
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    SpecialUnitShares shares = SpecialUnitShares.chinaNational(Y2025);
    assertThrows(EtsValidationException.class, () -> shares.classify(bd("1.1"), BigDecimal.ZERO, BigDecimal.ZERO));
    assertThrows(EtsValidationException.class, () -> shares.classify(BigDecimal.ZERO, bd("-0.1"), BigDecimal.ZERO));
    assertThrows(EtsValidationException.class, () -> shares.classify(BigDecimal.ZERO, BigDecimal.ZERO, null));
  }
}
