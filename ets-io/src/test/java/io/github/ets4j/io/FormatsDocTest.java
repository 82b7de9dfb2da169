package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.sectors.aluminum.Carbonate;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.power.UnitType;
import io.github.ets4j.sectors.steel.SteelMaterial;
import io.github.ets4j.sectors.steel.SteelProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/formats.md documents every item and every name the reader accepts. */
class FormatsDocTest {

  @Test
  void everyItemAndNameIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "formats.md"), StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    for (Item item : Item.values()) {
      names.add("`" + item.csv() + "`");
    }
    for (Class<? extends Enum<?>> type : List.of(Fuel.class, SteelMaterial.class, AlternativeMaterial.class,
        ClinkerType.class, UnitType.class, Carbonate.class, SteelProcess.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        names.add("`" + constant.name() + "`");
      }
    }
    for (String name : List.of(MonthReader.GROSS_GENERATION, MonthReader.ELECTRICITY_SUPPLIED, MonthReader.HEAT_SUPPLIED,
        MonthReader.CLINKER, MonthReader.CRUDE_STEEL, MonthReader.ALUMINUM_LIQUID, MonthReader.OPERATING_HOURS,
        MonthReader.RATED_CAPACITY, MonthReader.PURCHASED_ELECTRICITY, MonthReader.NET_ANODE_CONSUMPTION,
        MonthReader.ANODE_SULFUR, MonthReader.ANODE_ASH, MonthReader.ANODE_EFFECT_MINUTES)) {
      names.add("`" + name + "`");
    }
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!doc.contains(name)) {
        missing.add(name);
      }
    }
    assertTrue(missing.isEmpty(), "docs/formats.md lacks " + missing);
  }

  @Test
  void everyColumnOfTheReplacementRowsIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "formats.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (String column : RuleRowsCsv.HEADER) {
      if (!doc.contains("`" + column + "`")) {
        missing.add(column);
      }
    }
    if (!doc.contains("`" + RuleRowsCsv.SECTORS + "`")) {
      missing.add(RuleRowsCsv.SECTORS);
    }
    assertTrue(missing.isEmpty(), "docs/formats.md lacks the replacement-row columns " + missing);
  }
}
