package io.github.ets4j.allocation.industry;

/**
 * Why an industrial unit is allocated at its verified emissions and left out of the balance value
 * (PLAN-2526-DRAFT [D]; allocation.md "Special units"). Immutable and thread-safe.
 */
public enum IndustrySpecialUnit {
  /** Steel: hydrogen-rich carbon-cycle oxygen blast furnace [D]. */
  HYDROGEN_RICH_BLAST_FURNACE,
  /** Cement: line making only white Portland clinker. */
  WHITE_CLINKER,
  /** Cement: carbide-slag substitution rate above the year's threshold (15 % in 2025 [S], 30 % in 2026 [D]). */
  CARBIDE_SLAG,
  /** Cement: gypsum-to-sulfuric-acid by-product clinker line. */
  GYPSUM_SULFURIC_ACID
}
