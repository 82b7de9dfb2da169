package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.NullDoors;
import io.github.ets4j.allocation.Samples;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public static factory, constructor, builder and instance method of the study (and its command line) refuses
 * null and missing required values with an {@code EtsValidationException} naming the field, walked by the same
 * walker as the rule modules (ets-allocation's test-jar), with the study's own samples added.
 */
class StudyNullDoorsTest {
  private static final String STUDY = "io.github.ets4j.study.";

  /** The walker's samples, with those of the study's types and of its factories whose arguments must agree. */
  static Samples samples(Path folder) {
    Samples s = new Samples(folder);
    s.type(Function.class, () -> (Function<Scenario, StudyRules>) RulebookStudyRules::of);
    s.type(StudyRules.class, () -> RulebookStudyRules.of(Scenario.builder().build()));
    s.type(MarketUnit.class, () -> MarketUnit.builder().year(Year.of(2024)).entityId("E").sector(Sector.POWER)
        .unitId("U").category("III").verifiedTonnes(bd("1000000")).output(bd("1200000")).build());
    s.type(Market.class, () -> Market.of(List.of((MarketUnit) s.of(MarketUnit.class, MarketUnit.class))));
    s.type(Scenario.class, () -> Scenario.builder().build());
    s.type(StudyResult.class, () -> PolicyStudy.of((Market) s.of(Market.class, Market.class),
        Scenario.builder().firstYear(Year.of(2024)).lastYear(Year.of(2024)).build()).run());
    s.type(UnitResult.class, () -> result(s).units().get(0));
    s.type(EntityResult.class, () -> result(s).entities().get(0));
    s.type(SectorYearResult.class, () -> result(s).sectors().get(0));
    s.type(RunManifest.class, () -> RunManifest.of(Scenario.builder().firstYear(Year.of(2024)).lastYear(Year.of(2024))
        .build(), (StudyRules) s.of(StudyRules.class, RunManifest.class), RunManifest.EMBEDDED, Instant.EPOCH));
    s.method(STUDY + "RunManifest.of(Scenario,StudyRules,String,Instant)", () -> new Object[] {
        Scenario.builder().build(), s.of(StudyRules.class, RunManifest.class), RunManifest.EMBEDDED, Instant.EPOCH});
    s.type(java.util.function.LongSupplier.class, () -> (java.util.function.LongSupplier) () -> 0L);
    s.method(STUDY + "PolicyStudy.run(Consumer,LongSupplier)", () -> new Object[] {
        (java.util.function.Consumer<String>) line -> { }, (java.util.function.LongSupplier) () -> 0L});
    s.method(STUDY + "MarketFile.read(Path)", () -> {
      Path file = folder.resolve("read-once.csv");
      MarketCsv.write((Market) s.of(Market.class, Samples.class), file);
      return new Object[] {file};
    });
    s.method(STUDY + "ScenarioFile.read(String,String)", () -> new Object[] {"{\"draws\": 3}", "scenario.json"});
    s.method(STUDY + "ScenarioFile.read(Path)", () -> {
      Path file = folder.resolve("scenario.json");
      try {
        java.nio.file.Files.writeString(file, "{\"draws\": 3}");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return new Object[] {file};
    });
    s.method(STUDY + "RunManifest.sha256(Path)", () -> {
      Path file = folder.resolve("hashed.csv");
      MarketCsv.write((Market) s.of(Market.class, Samples.class), file);
      return new Object[] {file};
    });
    s.method(STUDY + "MarketCsv.read(Reader,String)",
        () -> new Object[] {new StringReader(MarketCsv.toCsv((Market) s.of(Market.class, Samples.class))), "market.csv"});
    s.method(STUDY + "MarketCsv.read(Path)", () -> {
      Path file = folder.resolve("market.csv");
      MarketCsv.write((Market) s.of(Market.class, Samples.class), file);
      return new Object[] {file};
    });
    s.method(STUDY + "ResultsCsv.write(StudyResult,Path)", () -> new Object[] {
        s.of(StudyResult.class, Samples.class), folder.resolve("results")});
    s.method(STUDY + "MarketCsv.write(Market,Path)", () -> new Object[] {
        s.of(Market.class, Samples.class), folder.resolve("written.csv")});
    s.method(STUDY + "FastEngine.run(int,long,double,double,IntConsumer)",
        () -> new Object[] {1, 1L, 0.0, 0.0, (java.util.function.IntConsumer) i -> { }});
    s.method(STUDY + "FastEngine.run(int,long,double,double,int,IntConsumer)",
        () -> new Object[] {1, 1L, 0.0, 0.0, 2, (java.util.function.IntConsumer) i -> { }});
    s.method(STUDY + "FastEngine.run(int,long,double,double,int,Map,IntConsumer)",
        () -> new Object[] {1, 1L, 0.0, 0.0, 2, Map.of(), (java.util.function.IntConsumer) i -> { }});
    s.method(STUDY + "PolicyStudy.run(Consumer)", () -> new Object[] {(java.util.function.Consumer<String>) line -> { }});
    s.method(STUDY + "RulebookStudyRules.industry(Year,Sector)", () -> new Object[] {Year.of(2025), Sector.CEMENT});
    s.method(STUDY + "RulebookStudyRules.topsUp(Year,MarketUnit)", () -> new Object[] {Year.of(2025),
        MarketUnit.builder().year(Year.of(2025)).entityId("G").sector(Sector.POWER).unitId("g").category("IV")
            .verifiedTonnes(BigDecimal.ONE).output(BigDecimal.ONE).build()});
    s.method(STUDY + "MarketUnit.withCategory(String)", () -> new Object[] {"II"});
    s.method(STUDY + "Scenario.withRulebookOverride(RulebookOverride)",
        () -> new Object[] {(RulebookOverride) rulebook -> rulebook});
    return s;
  }

  private static StudyResult result(Samples s) {
    return (StudyResult) s.of(StudyResult.class, StudyResult.class);
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  /** Doors not walked, each with its reason. */
  static Map<String, String> exclusions() {
    Map<String, String> x = new LinkedHashMap<>();
    x.put(STUDY + "cli.Main.main(String[])", "ends the JVM (System.exit); its door, StudyCommand.execute, is walked");
    return x;
  }

  @Test
  void aScenarioRefusesANullPercentile() {
    EtsValidationException e = assertThrows(EtsValidationException.class,
        () -> Scenario.builder().phase2Percentile((BigDecimal) null));
    assertEquals("phase2Percentile = null: is required", e.getMessage());
  }

  @Test
  void everyPublicFactoryAndBuilderRefusesNull(@TempDir Path folder) {
    List<Class<?>> types = NullDoors.publicTypes(Market.class, "io.github.ets4j.study");
    NullDoors doors = new NullDoors(samples(folder), exclusions());
    doors.walk(types);
    assertEquals("", String.join("\n", doors.problems()),
        doors.problems().size() + " open doors of " + doors.walked().size() + " walked in " + types.size() + " types");
    assertTrue(doors.walked().containsAll(List.of(
        STUDY + "Scenario.Builder.phase2Percentile(BigDecimal) with null",
        STUDY + "cli.StudyCommand.new(Function,PrintWriter,PrintWriter) with stdout = null")),
        String.join("\n", doors.walked()));
    for (String door : doors.generatedContainerDoors()) {
      assertTrue(door.contains(".Builder."), door);
    }
  }

  @Test
  void everyPublicInstanceMethodRefusesNull(@TempDir Path folder) {
    List<Class<?>> types = NullDoors.publicTypes(Market.class, "io.github.ets4j.study");
    NullDoors doors = new NullDoors(samples(folder), Map.of());
    doors.walkInstances(types);
    assertEquals("", String.join("\n", doors.problems()),
        doors.problems().size() + " open doors of " + doors.walked().size() + " walked in " + types.size() + " types");
    assertTrue(doors.walked().contains(STUDY + "Market.units(Year) with year = null"), String.join("\n", doors.walked()));
  }
}
