package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.allocation.industry.IndustrySpecialUnit;
import io.github.ets4j.allocation.power.PowerSpecialUnit;
import io.github.ets4j.core.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The documented kinds of special unit (allocated at verified emissions) that the {@code special} column of a
 * market file may name, per sector: the allocation model's {@link PowerSpecialUnit} and
 * {@link IndustrySpecialUnit} with its {@link IndustrySpecialUnit#of(Sector) sector} (PLAN-2526-DRAFT [D];
 * allocation.md "Special units"). Aluminum has none. A thin adapter: names in, names out; the kinds and their
 * sectors are the allocation model's.
 *
 * <p>A kind is written as its name ({@code WHITE_CLINKER}); case and the separators space and hyphen do not
 * matter ({@code white clinker} is the same kind). A kind may also be written as its label in plain words, the
 * wording of allocation.md "Special units" ({@link #LABELS}, e.g. {@code white Portland clinker only}), matched
 * whole, ignoring case and repeated spaces: market files written by other tools use them. Nothing else is a kind:
 * there is no fallback and no partial match. Stateless; thread-safe.
 */
public final class SpecialKinds {

  /**
   * The plain-word label of each kind, as allocation.md "Special units" words it (PLAN-2526-DRAFT §三(三) [D]).
   * A label names its kind only; the thresholds that make a unit special are the allocation model's.
   */
  public static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry(PowerSpecialUnit.BIOMASS_CO_FIRING.name(), "biomass co-firing above 20 % of heat"),
      Map.entry(PowerSpecialUnit.SECONDARY_ENERGY.name(), "self-produced secondary energy above 10 % of heat"),
      Map.entry(PowerSpecialUnit.BIOMASS_AND_SECONDARY_ENERGY.name(),
          "biomass co-firing and self-produced secondary energy above 20 % of heat"),
      Map.entry(PowerSpecialUnit.SPECIAL_FOSSIL_FUELS.name(), "only special fossil fuels"),
      Map.entry(PowerSpecialUnit.OWN_WASTE_GASES.name(), "only own waste gases"),
      Map.entry(PowerSpecialUnit.CONVERTED_COAL_BOILER.name(), "gas unit converted from a coal boiler"),
      Map.entry(PowerSpecialUnit.OIL_IGCC_OR_INTERNAL_COMBUSTION.name(), "oil-fired, IGCC or internal-combustion unit"),
      Map.entry(PowerSpecialUnit.EMERGENCY_STANDBY.name(), "emergency standby unit"),
      Map.entry(PowerSpecialUnit.GREEN_HYDROGEN_OR_AMMONIA.name(), "green hydrogen or ammonia above 20 % of heat"),
      Map.entry(IndustrySpecialUnit.HYDROGEN_RICH_BLAST_FURNACE.name(), "hydrogen-rich carbon-cycle oxygen blast furnace"),
      Map.entry(IndustrySpecialUnit.WHITE_CLINKER.name(), "white Portland clinker only"),
      Map.entry(IndustrySpecialUnit.CARBIDE_SLAG.name(), "carbide-slag substitution above the year's threshold"),
      Map.entry(IndustrySpecialUnit.GYPSUM_SULFURIC_ACID.name(), "gypsum-to-sulfuric-acid by-product clinker line"));

  private SpecialKinds() {}

  /**
   * The kinds of a sector, by name.
   *
   * @param sector the sector
   * @return the names, in the order of the allocation model's enum; empty for aluminum
   */
  public static List<String> of(Sector sector) {
    List<String> names = new ArrayList<>();
    if (Checks.notNull("sector", sector) == Sector.POWER) {
      for (PowerSpecialUnit kind : PowerSpecialUnit.values()) {
        names.add(kind.name());
      }
    } else {
      for (IndustrySpecialUnit kind : IndustrySpecialUnit.of(sector)) {
        names.add(kind.name());
      }
    }
    return List.copyOf(names);
  }

  /**
   * The kind a text names in a sector.
   *
   * @param sector the sector
   * @param text the text as written, e.g. {@code "white clinker"}
   * @return the kind's name, e.g. {@code WHITE_CLINKER}, or empty if the text names no kind of the sector
   */
  public static Optional<String> find(Sector sector, String text) {
    Checks.notNull("sector", sector);
    String written = Checks.notNull("text", text).strip();
    String name = written.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    List<String> kinds = of(sector);
    if (kinds.contains(name)) {
      return Optional.of(name);
    }
    String words = written.replaceAll("\\s+", " ");
    for (String kind : kinds) {
      if (LABELS.getOrDefault(kind, "").equalsIgnoreCase(words)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * The rule a bad kind breaks, listing the kinds of the sector.
   *
   * @param sector the sector
   * @return e.g. {@code "must be one of the special-unit kinds of CEMENT: WHITE_CLINKER, ..."}
   */
  public static String rule(Sector sector) {
    List<String> kinds = of(Checks.notNull("sector", sector));
    return kinds.isEmpty() ? sector + " has no special-unit kinds: leave the column empty"
        : "must be one of the special-unit kinds of " + sector + ": " + String.join(", ", kinds)
            + " (or empty for an ordinary unit)";
  }

  /**
   * Every kind of every sector, for help texts.
   *
   * @return e.g. {@code "POWER: BIOMASS_CO_FIRING, ...; CEMENT: WHITE_CLINKER, ...; STEEL: ...; ALUMINUM: none"}
   */
  public static String describe() {
    StringJoiner all = new StringJoiner("; ");
    for (Sector sector : Sector.values()) {
      List<String> kinds = of(sector);
      all.add(sector + ": " + (kinds.isEmpty() ? "none" : String.join(", ", kinds)));
    }
    return all.toString();
  }
}
