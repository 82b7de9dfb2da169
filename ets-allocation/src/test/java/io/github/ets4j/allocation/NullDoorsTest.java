package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EmissionLine;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public static factory, constructor, builder and instance method of ets-core, ets-sectors and
 * ets-allocation refuses null and missing required values with an {@code
 * EtsValidationException} naming the field (issue "Guarded doors", item 4). The exclusions below, and
 * the generated code's container arguments and copy methods (see {@link NullDoors#isContainer}), are
 * the only doors not knocked on. The study (ets-study) walks its own doors with this walker.
 */
class NullDoorsTest {

  /** Doors not walked, each with its reason. */
  static Map<String, String> exclusions() {
    Map<String, String> x = new LinkedHashMap<>();
    String why = "the field name is the calling code's own literal, not user input; null there is a bug of the caller";
    for (String check : List.of("notNull(String,Object)", "notBlank(String,String)", "nonNegative(String,BigDecimal)",
        "positive(String,BigDecimal)", "fraction(String,BigDecimal)", "percent(String,BigDecimal)")) {
      x.put("io.github.ets4j.core.internal.Checks." + check + " with field = null", why);
    }
    x.put("io.github.ets4j.core.internal.Checks.element(String,int,Object) with list = null", why);
    x.put("io.github.ets4j.core.entity.CreditCode.isValid(String) with code = null",
        "a predicate: null is not a valid code, so the answer is false");
    return x;
  }

  /** Doors of every kind, open and shut, to show that the walker finds what it is for. */
  public static final class Fixture {
    private Fixture() {}

    /** Shut: refuses null as the library does. */
    public static String shut(String text) {
      return Checks.notNull("text", text);
    }

    /** Open: a raw NullPointerException with an internal name. */
    public static int open(String text) {
      return text.length();
    }

    /** Open: accepts null silently. */
    public static String silent(String text) {
      return String.valueOf(text);
    }

    /** Shut: null is allowed here and says so. */
    public static String nullable(@Nullable String text) {
      return String.valueOf(text);
    }
  }

  @Test
  void theWalkerFindsOpenDoorsAndStaleExclusions(@TempDir Path folder) {
    Map<String, String> exclusions = Map.of("io.github.ets4j.allocation.NullDoorsTest.Fixture.gone(String)", "stale");
    NullDoors doors = new NullDoors(new Samples(folder), exclusions);
    doors.walk(List.of(Fixture.class));
    List<String> problems = doors.problems();
    assertEquals(3, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith("io.github.ets4j.allocation.NullDoorsTest.Fixture.open(String) with text = null: "
        + "java.lang.NullPointerException"), problems.get(0));
    assertEquals("io.github.ets4j.allocation.NullDoorsTest.Fixture.silent(String) with text = null: accepted",
        problems.get(1));
    assertTrue(problems.get(2).contains("stale exclusion"), problems.get(2));
  }

  @Test
  void everyPublicInstanceMethodRefusesNull(@TempDir Path folder) {
    List<Class<?>> types = new ArrayList<>();
    types.addAll(NullDoors.publicTypes(EmissionLine.class, "io.github.ets4j.core"));
    types.addAll(NullDoors.publicTypes(DefaultCatalogue.class, "io.github.ets4j.sectors"));
    types.addAll(NullDoors.publicTypes(Rulebook.class, "io.github.ets4j.allocation"));
    NullDoors doors = new NullDoors(new Samples(folder), instanceExclusions());
    String state = "depends on the sample's state; a null must be refused before the state is looked at";
    String compliance = "io.github.ets4j.allocation.compliance.ComplianceAccount.";
    String review = "io.github.ets4j.sectors.review.ReportReview.";
    String allocation = "io.github.ets4j.allocation.";
    Map<String, String> refuseFirst = new LinkedHashMap<>();
    for (String method : List.of(compliance + "borrow(BigDecimal,BigDecimal,boolean)",
        compliance + "surrender(Year,BigDecimal)", compliance + "surrenderCarriedOver(BigDecimal)",
        compliance + "surrenderCcer(BigDecimal,LocalDate,boolean)", review + "pass(ReviewTier,String,Instant)",
        review + "pass(ReviewTier,String,Instant,List)", review + "returnWith(ReviewTier,String,Instant,List)",
        "io.github.ets4j.core.entity.EntityCoverage.withMoveToNational(Year)",
        allocation + "Allocation.withNonFossilElectricityConsumption(Map)", allocation + "Allocation.withReportOnly(List)",
        allocation + "Rulebook.withPublishedBalanceValue(Sector,BigDecimal,Source)")) {
      refuseFirst.put(method, state);
    }
    doors.refuseFirst(refuseFirst);
    doors.walkInstances(types);
    assertEquals("", String.join("\n", doors.problems()),
        doors.problems().size() + " open doors of " + doors.walked().size() + " walked in " + types.size() + " types");
    assertTrue(doors.walked().containsAll(List.of(
        "io.github.ets4j.core.Emissions.plus(Emissions) with other = null",
        "io.github.ets4j.sectors.defaults.DefaultCatalogue.find(String,Sector,Year) with year = null",
        "io.github.ets4j.allocation.Rulebook.withOffsetLimit(BigDecimal) with share = null",
        "io.github.ets4j.sectors.review.ReportReview.pass(ReviewTier,String,Instant) with reviewerId = null")),
        String.join("\n", doors.walked()));
  }

  /** Instance methods (or whole types) not walked, each with its reason. */
  static Map<String, String> instanceExclusions() {
    Map<String, String> x = new LinkedHashMap<>();
    return x;
  }

  @Test
  void everyPublicFactoryAndBuilderRefusesNull(@TempDir Path folder) {
    List<Class<?>> types = new ArrayList<>();
    types.addAll(NullDoors.publicTypes(EmissionLine.class, "io.github.ets4j.core"));
    types.addAll(NullDoors.publicTypes(DefaultCatalogue.class, "io.github.ets4j.sectors"));
    types.addAll(NullDoors.publicTypes(Rulebook.class, "io.github.ets4j.allocation"));
    NullDoors doors = new NullDoors(new Samples(folder), exclusions());
    doors.walk(types);
    assertEquals("", String.join("\n", doors.problems()),
        doors.problems().size() + " open doors of " + doors.walked().size() + " walked in " + types.size() + " types");
    // The walk reaches all three modules, their builders' setters and their builds without a required attribute.
    assertTrue(doors.walked().containsAll(List.of(
        "io.github.ets4j.core.EmissionLine.of(EmissionSource,Gas,BigDecimal) with source = null",
        "io.github.ets4j.sectors.fuel.FuelLine.of(Fuel,BigDecimal,FuelUnit) with fuel = null",
        "io.github.ets4j.sectors.cement.ClinkerLineMonth.builder() build() without clinkerType",
        "io.github.ets4j.sectors.power.GeneratingUnitMonth.builder() build() without month",
        "io.github.ets4j.allocation.Rulebook.chinaNational(Year) with year = null")),
        String.join("\n", doors.walked()));
    assertTrue(doors.walked().size() > 700, "walked " + doors.walked().size());
    // Left out by rule (see NullDoors.isContainer): Immutables' own container arguments; none is hand-written.
    for (String door : doors.generatedContainerDoors()) {
      assertTrue(door.contains(".Builder.") || door.contains("CoveredEntity.of(") || door.contains("ReportOnlyEntity.of("),
          door);
    }
  }
}
