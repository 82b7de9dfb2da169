package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.rules.MonitoringRules;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rulebook of a year is the one door: allocation and monitoring rules, and one list of what is not official. */
class RulebookDoorTest {

  private static List<String> keys(List<RuleEntry> entries) {
    return entries.stream().map(RuleEntry::key).collect(Collectors.toList());
  }

  @Test
  void theRulebookCarriesTheMonitoringRulesOfItsYear() {
    Rulebook book = Rulebook.chinaNational(Year.of(2025));
    MonitoringRules monitoring = book.monitoring();
    assertEquals(Year.of(2025), monitoring.year());
    assertEquals(DefaultCatalogue.chinaNational(), monitoring.catalogue());
    // mrv.md: the anode ash content of aluminum, 0.4 % [C].
    assertTrue(monitoring.defaults(Sector.ALUMINUM).stream().anyMatch(d -> d.key().equals("aluminum/anode-ash")));
    assertTrue(monitoring.range("range/cc/gas", Sector.POWER).isPresent());
    assertEquals(40, monitoring.evidenceDeadline().days());
    // In 2023 only power is covered: no aluminum default enters the year's entries.
    assertFalse(keys(Rulebook.chinaNational(Year.of(2023)).monitoring().entries()).contains("aluminum/anode-ash"));
  }

  @Test
  void oneCallListsEveryNonOfficialFigureOfTheYear() {
    List<RuleEntry> nonOfficial = Rulebook.chinaNational(Year.of(2025)).nonOfficial();
    List<String> keys = keys(nonOfficial);
    // allocation: the 2025 benchmarks are PLAN-2526-DRAFT [D]; the AG-ALU-2024 anode ash default is [C]; the gas
    // carbon-content range is ours [A]; the MEASURES-2021 Art 8 threshold [V] is not listed.
    assertTrue(keys.contains(AllocationFigures.POWER_BENCHMARK_ELECTRICITY + "I"));
    assertTrue(keys.contains("aluminum/anode-ash"));
    assertTrue(keys.contains("range/cc/gas/plausible-max"));
    assertFalse(keys.contains(AllocationFigures.INCLUSION_THRESHOLD));
    assertTrue(nonOfficial.stream().noneMatch(RuleEntry::isOfficial));
    assertEquals(nonOfficial.size(), nonOfficial.stream().distinct().count());
    // assumptions() stays the allocation figures marked ASSUMED only.
    assertTrue(Rulebook.chinaNational(Year.of(2025)).assumptions().stream().allMatch(RuleValue::isAssumed));
  }

  @Test
  void aRowOfAMonitoringKeyReplacesTheDefault() {
    // mrv.md: the bituminous-coal CC of aluminum is AG-STEEL-2024's 0.02618 tC/GJ, assumed to hold [A]; a user who
    // reads it in the aluminum guideline loads it with that source (an example of a user's input).
    Source read = Source.of("AG-ALU-2024", "Table A.1", Confidence.OFFICIAL);
    RuleEntry cc = RuleEntry.builder().key("fuel/bituminous-coal/cc").value(new BigDecimal("0.02618")).unit("tC/GJ")
        .source(read).firstYear(Year.of(2025)).lastYear(Optional.of(Year.of(2025)))
        .sectors(List.of(Sector.ALUMINUM)).build();
    Rulebook book = Rulebook.chinaNational(Year.of(2025));
    Rulebook replaced = book.withFigures(List.of(cc));
    assertEquals(read, replaced.monitoring().catalogue().get("fuel/bituminous-coal/cc", Sector.ALUMINUM, Year.of(2025))
        .source());
    assertTrue(book.nonOfficial().stream().anyMatch(e -> e.key().equals("fuel/bituminous-coal/cc")
        && e.sectors().contains(Sector.ALUMINUM)));
    assertFalse(replaced.nonOfficial().stream().anyMatch(e -> e.key().equals("fuel/bituminous-coal/cc")
        && e.sectors().contains(Sector.ALUMINUM)));
    assertTrue(replaced.nonOfficial().stream().anyMatch(e -> e.key().equals("fuel/bituminous-coal/cc")
        && e.sectors().contains(Sector.CEMENT)));
    assertEquals(book.ruleValues(), replaced.ruleValues());
    assertThrows(EtsValidationException.class, () -> book.withFigures(List.of(cc.withUnit("kgC/GJ"))));
    assertThrows(EtsValidationException.class, () -> book.withFigures(List.of(cc.withKey("fuel/no-such/cc"))));
    assertThrows(EtsValidationException.class, () -> book.withFigures(List.of(cc, cc)));
  }

  @Test
  void aFinalRowLeavesTheListAndMonitoringRulesCanBeReplaced() {
    Rulebook book = Rulebook.chinaNational(Year.of(2025)).withFigures(List.of(RuleEntry.builder()
        .key(AllocationFigures.CCER_OFFSET_LIMIT).value(new BigDecimal("0.05")).unit("fraction")
        .source(Source.of("MEASURES-2021", "Art 29", Confidence.OFFICIAL)).firstYear(Year.of(2025))
        .lastYear(Optional.of(Year.of(2025))).build()));
    assertEquals(Rulebook.chinaNational(Year.of(2025)).nonOfficial(), book.nonOfficial());
    Rulebook fewer = book.withMonitoring(book.monitoring().withCatalogue(DefaultCatalogue.of(List.of())));
    assertFalse(keys(fewer.nonOfficial()).contains("aluminum/anode-ash"));
    assertTrue(keys(fewer.nonOfficial()).contains(AllocationFigures.POWER_BENCHMARK_ELECTRICITY + "I"));
    assertThrows(EtsValidationException.class,
        () -> book.withMonitoring(MonitoringRules.chinaNational(Year.of(2026))));
    MonitoringRules other = MonitoringRules.chinaNational(Year.of(2025))
        .withFuelRules(book.monitoring().fuelRules()).withEvidenceDeadline(book.monitoring().evidenceDeadline());
    assertEquals(book.monitoring().entries(), other.entries());
    assertTrue(other.toString().startsWith("MonitoringRules[2025, "));
  }
}
