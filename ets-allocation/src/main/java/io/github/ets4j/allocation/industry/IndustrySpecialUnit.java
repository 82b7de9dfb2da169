package io.github.ets4j.allocation.industry;

import io.github.ets4j.core.Sector;
import io.github.ets4j.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Why an industrial unit is allocated at its verified emissions and left out of the balance value
 * (PLAN-2526-DRAFT [D]; allocation.md "Special units"), each kind with the sector it belongs to. Aluminum has
 * none. Immutable and thread-safe.
 */
public enum IndustrySpecialUnit {
  /** Steel: hydrogen-rich carbon-cycle oxygen blast furnace [D]. */
  HYDROGEN_RICH_BLAST_FURNACE(Sector.STEEL),
  /** Cement: line making only white Portland clinker. */
  WHITE_CLINKER(Sector.CEMENT),
  /** Cement: carbide-slag substitution rate above the year's threshold (15 % in 2025 [S], 30 % in 2026 [D]). */
  CARBIDE_SLAG(Sector.CEMENT),
  /** Cement: gypsum-to-sulfuric-acid by-product clinker line. */
  GYPSUM_SULFURIC_ACID(Sector.CEMENT);

  private final Sector sector;

  IndustrySpecialUnit(Sector sector) {
    this.sector = sector;
  }

  /**
   * The sector whose units this kind can be.
   *
   * @return cement or steel
   */
  public Sector sector() {
    return sector;
  }

  /**
   * The kinds of special unit of a sector.
   *
   * @param sector the sector
   * @return the kinds in declaration order; empty for aluminum and power (power has {@code PowerSpecialUnit})
   */
  public static List<IndustrySpecialUnit> of(Sector sector) {
    Checks.notNull("sector", sector);
    List<IndustrySpecialUnit> kinds = new ArrayList<>();
    for (IndustrySpecialUnit kind : values()) {
      if (kind.sector == sector) {
        kinds.add(kind);
      }
    }
    return List.copyOf(kinds);
  }
}
