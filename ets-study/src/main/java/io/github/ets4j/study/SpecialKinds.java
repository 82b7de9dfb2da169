package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.allocation.industry.IndustrySpecialUnit;
import io.github.ets4j.allocation.power.PowerSpecialUnit;
import io.github.ets4j.core.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * matter ({@code white clinker} is the same kind). Nothing else is a kind: there is no fallback. Stateless;
 * thread-safe.
 */
public final class SpecialKinds {

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
    String name = Checks.notNull("text", text).strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return of(sector).contains(name) ? Optional.of(name) : Optional.empty();
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
