package io.github.ets4j.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleTableTest {
  private static final Source DRAFT = Source.of("PLAN-2526-DRAFT", "pre-allocation (at most)", Confidence.DRAFT);
  private static final Source OFFICIAL = Source.of("PLAN-POWER-2324", "pre-allocation", Confidence.OFFICIAL);
  private static final Source FINAL = Source.of("PLAN-2526", "pre-allocation", Confidence.OFFICIAL);

  private static RuleEntry row(String value, int from, Optional<Year> to, Source source) {
    return RuleEntry.builder().key("power/pre-allocation-share").value(new BigDecimal(value)).unit("fraction")
        .source(source).firstYear(Year.of(from)).lastYear(to).build();
  }

  private static final RuleTable TABLE = RuleTable.of(List.of(
      row("0.7", 2023, Optional.of(Year.of(2024)), OFFICIAL), row("0.5", 2025, Optional.of(Year.of(2026)), DRAFT)));

  @Test
  void findsTheRowInForceByYear() {
    assertEquals(new BigDecimal("0.7"), TABLE.get("power/pre-allocation-share", Year.of(2024)).value());
    assertEquals(new BigDecimal("0.5"), TABLE.get("power/pre-allocation-share", Year.of(2025)).value());
    assertEquals(Optional.empty(), TABLE.find("power/pre-allocation-share", Year.of(2027)));
    assertEquals(Optional.empty(), TABLE.find("power/pre-allocation-share", Sector.CEMENT, Year.of(2022)));
    assertTrue(TABLE.find("power/pre-allocation-share", Sector.POWER, Year.of(2023)).isPresent());
    assertThrows(EtsValidationException.class, () -> TABLE.get("power/pre-allocation-share", Year.of(2027)));
  }

  @Test
  void theNearestRowCarriesAFigureForwardAndBack() {
    assertEquals(DRAFT, TABLE.nearest("power/pre-allocation-share", Year.of(2030)).source());
    assertEquals(OFFICIAL, TABLE.nearest("power/pre-allocation-share", Year.of(2019)).source());
    assertEquals(DRAFT, TABLE.nearest("power/pre-allocation-share", Year.of(2026)).source());
    RuleTable open = RuleTable.of(List.of(row("0.7", 2019, Optional.empty(), OFFICIAL),
        row("0.9", 2015, Optional.of(Year.of(2016)), OFFICIAL)));
    assertEquals(new BigDecimal("0.9"), open.nearest("power/pre-allocation-share", Year.of(2017)).value());
    assertThrows(EtsValidationException.class, () -> TABLE.nearest("no/such-key", Year.of(2020)));
  }

  @Test
  void replacementRowsTakePrecedenceWhereTheyAreInForce() {
    RuleTable replaced = TABLE.withRows(List.of(row("0.6", 2025, Optional.of(Year.of(2025)), FINAL)));
    assertEquals(FINAL, replaced.get("power/pre-allocation-share", Year.of(2025)).source());
    assertEquals(DRAFT, replaced.get("power/pre-allocation-share", Year.of(2026)).source());
    assertEquals(3, replaced.rows().size());
    assertEquals(List.of("power/pre-allocation-share"), List.copyOf(replaced.keys()));
    assertFalse(replaced.equals(TABLE));
    assertEquals(TABLE, RuleTable.of(TABLE.rows()));
    assertEquals(TABLE.hashCode(), RuleTable.of(TABLE.rows()).hashCode());
    assertEquals("RuleTable[1 keys, 2 rows]", TABLE.toString());
  }

  @Test
  void refusesUnknownKeysOtherUnitsAndOverlappingRows() {
    RuleEntry unknown = RuleEntry.builder().from(row("0.6", 2025, Optional.empty(), FINAL)).key("power/unknown").build();
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> TABLE.withRows(List.of(unknown)));
    assertEquals("rows[0].key", e.field());
    RuleEntry percent = row("60", 2025, Optional.empty(), FINAL).withUnit("%");
    e = assertThrows(EtsValidationException.class, () -> TABLE.withRows(List.of(percent)));
    assertTrue(e.getMessage().contains("must be \"fraction\""), e.getMessage());
    e = assertThrows(EtsValidationException.class, () -> TABLE.withRows(List.of(
        row("0.6", 2025, Optional.empty(), FINAL), row("0.6", 2026, Optional.empty(), FINAL))));
    assertTrue(e.getMessage().contains("overlaps the row 2025-"), e.getMessage());
    assertThrows(EtsValidationException.class, () -> RuleTable.of(List.of(
        row("0.6", 2019, Optional.empty(), FINAL), row("0.6", 2020, Optional.of(Year.of(2021)), FINAL))));
    assertThrows(EtsValidationException.class, () -> TABLE.rows("no/such-key"));
    List<RuleEntry> many = new java.util.ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(row("1", 2019, Optional.empty(), FINAL).withKey("k" + i));
    }
    e = assertThrows(EtsValidationException.class, () -> RuleTable.of(many).checkKnown("key", "x", ""));
    assertTrue(e.getMessage().contains("21 known keys, e.g. [k0, k1, k2, k3, k4]"), e.getMessage());
  }

  @Test
  void entriesKnowTheirYearsSectorsAndConfidence() {
    RuleEntry cement = RuleEntry.builder().key("industry/x").value(BigDecimal.ONE).unit("").source(FINAL)
        .firstYear(Year.of(2025)).addSectors(Sector.CEMENT).description("a figure").build();
    assertTrue(cement.appliesTo(Sector.CEMENT, Year.of(2040)));
    assertFalse(cement.appliesTo(Sector.STEEL, Year.of(2040)));
    assertFalse(cement.isInForce(Year.of(2024)));
    assertTrue(cement.isOfficial());
    assertFalse(cement.isAssumed());
    assertEquals("2025-", cement.years());
    assertEquals("industry/x 2025- = 1 (PLAN-2526 pre-allocation [V])", cement.toString());
    RuleEntry assumed = cement.withSource(Source.of("ASSUMPTION", "why", Confidence.ASSUMED));
    assertTrue(assumed.isAssumed());
    assertFalse(assumed.isOfficial());
    assertEquals("power/pre-allocation-share", row("1", 2020, Optional.empty(), FINAL).description());
    assertEquals(4, row("1", 2020, Optional.empty(), FINAL).sectors().size());
    assertFalse(cement.overlaps(row("1", 2020, Optional.empty(), FINAL).withSectors(List.of(Sector.STEEL))));
    assertThrows(EtsValidationException.class, () -> cement.withSectors(List.of()));
    assertThrows(EtsValidationException.class, () -> cement.withLastYear(Year.of(2024)));
    assertThrows(EtsValidationException.class, () -> cement.withKey(" "));
    assertEquals("industry/x 2025-2026 = 1 (PLAN-2526 pre-allocation [V])",
        cement.withLastYear(Year.of(2026)).toString());
  }

  @Test
  void yearTablesChooseByYear() {
    YearTable<String> table = YearTable.starting(2019, "supply").from(2023, "gross").from(2025, "Ff 2025");
    assertEquals("supply", table.at(Year.of(2022)));
    assertEquals("gross", table.at(Year.of(2023)));
    assertEquals("gross", table.at(Year.of(2024)));
    assertEquals("Ff 2025", table.at(Year.of(2060)));
    assertThrows(EtsValidationException.class, () -> table.at(Year.of(2018)));
    assertThrows(EtsValidationException.class, () -> table.from(2025, "again"));
    assertEquals("YearTable[2019-: supply, 2023-: gross, 2025-: Ff 2025]", table.toString());
  }
}
