package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Sector;
import io.github.ets4j.core.entity.Province;
import io.github.ets4j.sectors.aluminum.Carbonate;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.defaults.GridFactor;
import io.github.ets4j.sectors.defaults.GridRegion;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelClass;
import io.github.ets4j.sectors.steel.SteelMaterial;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sibling of {@link EveryEntryIsReadTest} for the monitoring (MRV) catalogue of ets-sectors: every entry and
 * plausibility range of {@code DefaultCatalogue.chinaNational()} must be one the main code can look up. Most keys
 * are built at run time from a fuel, material or region ({@code DefaultKeys.fuelNcv(fuel.code())}), so a key is
 * readable when the main code (ets-sectors, ets-allocation; comments and the catalogue's own declarations left out)
 * names its {@link DefaultKeys} constant, or calls the key's builder, which the code calls with the codes of the
 * enum it takes (every {@link Fuel}, every {@link SteelMaterial} ...). An entry of a fuel no {@link Fuel} has, or a
 * constant only the catalogue names, fails here.
 */
class EveryMonitoringEntryIsReadTest {
  /** The files that declare the keys and the national rows: a key named only there is read by no code. */
  private static final Set<String> DECLARATIONS = Set.of("DefaultKeys.java", "ChinaNationalDefaults.java",
      "GridFactorTable.java", "GridFactor.java");
  /**
   * Entries the catalogue publishes for the user and no calculation reads, each with why; a listed key that
   * becomes read, or leaves the catalogue, fails the test (the list stays true).
   */
  private static final Map<String, String> INFORMATION_ONLY = Map.of(
      DefaultKeys.CEMENT_IPCC_FALLBACK, "IPCC-2006 fallback clinker factor for studies only (mrv.md: not used by"
          + " the accounting)",
      DefaultKeys.ALUMINUM_NET_ANODE_TYPICAL, "typical net anode consumption, information only: the guideline"
          + " requires the measured value (mrv.md)",
      DefaultKeys.KJ_PER_KGCE, "1 kgce = 29,307.6 kJ (AG-STEEL-2024 Table A.1): no input of the library is in kgce",
      DefaultKeys.KJ_PER_KCAL, "the catalogue's sourced listing of core's Unit.KJ_PER_KCAL (its value is that"
          + " constant), which the kcal unit conversion reads; replacing the entry does not change the conversion");

  private static List<String> mainLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String module : List.of("ets-sectors", "ets-allocation")) {
      Path main = Path.of("..", module, "src", "main", "java");
      try (Stream<Path> files = Files.walk(main)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !DECLARATIONS.contains(p.getFileName().toString())).collect(Collectors.toList())) {
          Files.readString(file, StandardCharsets.UTF_8).lines().map(String::trim)
              .filter(line -> !line.startsWith("*") && !line.startsWith("/")).forEach(lines::add);
        }
      }
    }
    assertTrue(lines.size() > 5000, "found the main sources: " + lines.size() + " lines");
    return lines;
  }

  private static boolean names(List<String> lines, String identifier) {
    Pattern use = Pattern.compile("\\b" + Pattern.quote(identifier) + "\\b");
    return lines.stream().anyMatch(line -> use.matcher(line).find());
  }

  private static <E extends Enum<E>> List<String> codes(Class<E> type, Function<E, String> code) {
    return Stream.of(type.getEnumConstants()).map(code).collect(Collectors.toList());
  }

  /** The codes each key builder of {@link DefaultKeys} is called with by the code that reads the key. */
  private static Map<String, List<String>> builderCodes() {
    List<String> fuels = codes(Fuel.class, Fuel::code);
    List<String> fuelAndClass = new ArrayList<>(fuels);
    // FuelChecks asks for the fuel's own range, then its class's (the class name in lower case).
    fuelAndClass.addAll(codes(FuelClass.class, c -> c.name().toLowerCase(Locale.ROOT)));
    Map<String, List<String>> codes = new TreeMap<>();
    codes.put("fuelNcv", fuels);
    codes.put("fuelCarbonContent", fuels);
    codes.put("fuelOxidationRate", fuels);
    codes.put("ncvRange", fuelAndClass);
    codes.put("carbonContentRange", fuelAndClass);
    codes.put("intensityRange", codes(Sector.class, s -> s.name().toLowerCase(Locale.ROOT)));
    codes.put("steelFactor", codes(SteelMaterial.class, SteelMaterial::code));
    codes.put("clinkerFactor", codes(ClinkerType.class, ClinkerType::code));
    codes.put("cementDeduction", codes(AlternativeMaterial.class, AlternativeMaterial::code));
    codes.put("carbonateFactor", codes(Carbonate.class, Carbonate::code));
    return codes;
  }

  /** Every key the main code can look up. */
  static Set<String> readableKeys() throws IOException, ReflectiveOperationException {
    List<String> lines = mainLines();
    Set<String> readable = new TreeSet<>();
    for (Field field : DefaultKeys.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && names(lines, field.getName())) {
        readable.add((String) field.get(null));
      }
    }
    Map<String, List<String>> codes = builderCodes();
    for (Method builder : DefaultKeys.class.getMethods()) {
      if (!Modifier.isStatic(builder.getModifiers()) || builder.getReturnType() != String.class) {
        continue;
      }
      assertTrue(codes.containsKey(builder.getName()), "a new key builder, DefaultKeys." + builder.getName()
          + ": add the codes its readers pass to builderCodes()");
      if (names(lines, builder.getName())) {
        for (String code : codes.get(builder.getName())) {
          readable.add((String) builder.invoke(null, code));
        }
      }
    }
    // A month reads the grid factor its report chose: every choice is readable once a month takes a GridFactor.
    if (names(lines, "GridFactor")) {
      readable.add(GridFactor.national().key());
      readable.add(GridFactor.nationalExcludingMarketNonFossil().key());
      readable.add(GridFactor.fossil().key());
      Stream.of(GridRegion.values()).map(r -> GridFactor.region(r).key()).forEach(readable::add);
      Stream.of(Province.values()).map(p -> GridFactor.province(p).key()).forEach(readable::add);
    }
    return readable;
  }

  @Test
  void everyCatalogueEntryAndRangeIsReadByTheCode() throws Exception {
    Set<String> readable = readableKeys();
    Set<String> unread = new TreeSet<>();
    for (DefaultValue entry : DefaultCatalogue.chinaNational().entries()) {
      if (!readable.contains(entry.key()) && !INFORMATION_ONLY.containsKey(entry.key())) {
        unread.add("entry " + entry.key());
      }
    }
    for (PlausibilityRange range : DefaultCatalogue.chinaNational().ranges()) {
      if (!readable.contains(range.key())) {
        unread.add("range " + range.key());
      }
    }
    assertEquals(Set.of(), unread, "monitoring catalogue entries and ranges read by no code");
  }

  @Test
  void theInformationOnlyEntriesAreStillInTheCatalogueAndStillUnread() throws Exception {
    Set<String> readable = readableKeys();
    Set<String> keys = DefaultCatalogue.chinaNational().entries().stream().map(DefaultValue::key)
        .collect(Collectors.toSet());
    for (Map.Entry<String, String> listed : INFORMATION_ONLY.entrySet()) {
      assertTrue(keys.contains(listed.getKey()), "no longer in the catalogue: " + listed.getKey());
      assertTrue(!readable.contains(listed.getKey()), "now read by the code, remove it from INFORMATION_ONLY: "
          + listed.getKey() + " (" + listed.getValue() + ")");
    }
  }
}
