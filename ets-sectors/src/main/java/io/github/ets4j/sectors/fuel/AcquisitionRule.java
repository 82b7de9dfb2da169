package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.util.EnumSet;
import java.util.Set;

/**
 * A rule on how a fuel parameter may be obtained, with the sectors it binds and its source. The
 * {@link FuelRules} in force enforce them; rules tagged {@link Confidence#ASSUMED} are assumptions of
 * this project and can be switched off with {@link FuelRules#without(AcquisitionRule)}.
 * Immutable and thread-safe.
 */
public enum AcquisitionRule {
  /** The carbon content per unit heat is always the default (AG-STEEL-2024 §6.2.3 [V]). */
  CC_ALWAYS_DEFAULT(EnumSet.of(Sector.STEEL), Source.of("AG-STEEL-2024", "§6.2.3", Confidence.OFFICIAL),
      "the carbon content per unit heat is always the default"),
  /** [A] The same rule assumed for the cement and aluminum guidelines. */
  CC_ALWAYS_DEFAULT_CEMENT_ALUMINUM(EnumSet.of(Sector.CEMENT, Sector.ALUMINUM),
      Source.of("AG-STEEL-2024", "§6.2.3, assumed for AG-CEMENT-2024 and AG-ALU-2024", Confidence.ASSUMED),
      "the carbon content per unit heat is always the default"),
  /** Coke's NCV is always the default (AG-STEEL-2024 §6.2.2.2 [V]). */
  COKE_NCV_ALWAYS_DEFAULT(EnumSet.of(Sector.STEEL), Source.of("AG-STEEL-2024", "§6.2.2.2", Confidence.OFFICIAL),
      "the NCV of coke is always the default"),
  /** [A] The same rule assumed for the cement and aluminum guidelines. */
  COKE_NCV_ALWAYS_DEFAULT_CEMENT_ALUMINUM(EnumSet.of(Sector.CEMENT, Sector.ALUMINUM),
      Source.of("AG-STEEL-2024", "§6.2.2.2, assumed for AG-CEMENT-2024 and AG-ALU-2024", Confidence.ASSUMED),
      "the NCV of coke is always the default"),
  /**
   * A solid fuel's choice between measured and default NCV is fixed for the year; a fuel that was
   * measured cannot switch back to the default (AG-STEEL-2024 §6.2.2.2 [V]; applied in every sector).
   */
  SOLID_NCV_FIXED_FOR_YEAR(EnumSet.allOf(Sector.class), Source.of("AG-STEEL-2024", "§6.2.2.2", Confidence.OFFICIAL),
      "the NCV choice of a solid fuel is fixed for the year"),
  /**
   * [A] Power: the NCV of coal must be measured; AG-POWER-2022 gives no coal NCV default and mrv.md
   * lists none.
   */
  POWER_COAL_NCV_MEASURED(EnumSet.of(Sector.POWER),
      Source.of("AG-POWER-2022", "coal NCV measured, no default listed", Confidence.ASSUMED),
      "the NCV of coal must be measured"),
  /**
   * As-received element carbon is a power method (VG-POWER-2026 Table C.3 [V]); the industrial
   * guidelines use the default carbon content.
   */
  ELEMENT_CARBON_POWER_ONLY(EnumSet.of(Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM),
      Source.of("VG-POWER-2026", "Table C.3", Confidence.OFFICIAL),
      "as-received element carbon is used by power only");

  private final Set<Sector> sectors;
  private final Source source;
  private final String rule;

  AcquisitionRule(Set<Sector> sectors, Source source, String rule) {
    this.sectors = Set.copyOf(sectors);
    this.source = source;
    this.rule = rule;
  }

  /**
   * The sectors the rule binds.
   *
   * @return an unmodifiable set
   */
  public Set<Sector> sectors() {
    return sectors;
  }

  /**
   * Where the rule comes from.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * The rule in words, with its source, e.g. {@code "the NCV of coke is always the default (AG-STEEL-2024 §6.2.2.2 [V])"}.
   *
   * @return the text
   */
  public String text() {
    return rule + " (" + source + ")";
  }
}
