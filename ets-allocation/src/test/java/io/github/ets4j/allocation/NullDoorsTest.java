package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ets4j.core.EmissionLine;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public static factory and builder of ets-core, ets-sectors and ets-allocation (the study
 * included) refuses null and missing required values with an {@code EtsValidationException} naming the
 * field (issue "Guarded doors", item 4). The exclusions below are the only doors not knocked on.
 */
class NullDoorsTest {

  /** Doors not walked, each with its reason. */
  static Map<String, String> exclusions() {
    Map<String, String> x = new LinkedHashMap<>();
    x.put("io.github.ets4j.allocation.study.cli.Main.main(String[])",
        "ends the JVM (System.exit); its door, StudyCommand.execute, is walked");
    String why = "the field name is the calling code's own literal, not user input; null there is a bug of the caller";
    for (String check : List.of("notNull(String,Object)", "notBlank(String,String)", "nonNegative(String,BigDecimal)",
        "positive(String,BigDecimal)", "fraction(String,BigDecimal)", "percent(String,BigDecimal)")) {
      x.put("io.github.ets4j.core.Checks." + check + " with field = null", why);
    }
    x.put("io.github.ets4j.core.entity.CreditCode.isValid(String) with code = null",
        "a predicate: null is not a valid code, so the answer is false");
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
  }
}
