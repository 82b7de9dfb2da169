package io.github.ets4j.core;

import java.time.Year;
import java.util.EnumSet;
import java.util.Set;

/**
 * A sector covered by China's national ETS.
 *
 * <p>Power has been covered since the 2019–2020 compliance years (trading from 2021); cement
 * clinker, steel and aluminum smelting from the 2024 compliance year (WORKPLAN-2025 [V]). Power,
 * cement and steel report CO2 only; aluminum also reports the PFCs CF4 and C2F6
 * (PLAN-2526-DRAFT §二(二) [V]). Immutable and thread-safe.
 */
public enum Sector {
  /** Power generation; allocation unit: the generating unit (机组), summed per entity. */
  POWER(Year.of(2019), "generating unit", EnumSet.of(Gas.CO2)),
  /** Cement clinker; allocation unit: the clinker production line (熟料生产线). */
  CEMENT(Year.of(2024), "clinker production line", EnumSet.of(Gas.CO2)),
  /** Steel; allocation unit: the steel enterprise (legal person or integrated group). */
  STEEL(Year.of(2024), "steel enterprise", EnumSet.of(Gas.CO2)),
  /** Aluminum smelting; allocation unit: the aluminum electrolysis process (铝电解工序). */
  ALUMINUM(Year.of(2024), "aluminum electrolysis process", EnumSet.of(Gas.CO2, Gas.CF4, Gas.C2F6));

  private final Year firstComplianceYear;
  private final String allocationUnit;
  private final Set<Gas> coveredGases;

  Sector(Year firstComplianceYear, String allocationUnit, Set<Gas> coveredGases) {
    this.firstComplianceYear = firstComplianceYear;
    this.allocationUnit = allocationUnit;
    this.coveredGases = Set.copyOf(coveredGases);
  }

  /**
   * The first compliance year in which the sector is covered (2019 for power, 2024 for the others).
   *
   * @return the first compliance year
   */
  public Year firstComplianceYear() {
    return firstComplianceYear;
  }

  /**
   * Tells whether the sector is covered in a compliance year.
   *
   * @param year the compliance year
   * @return true from {@link #firstComplianceYear()} on
   */
  public boolean isCoveredIn(Year year) {
    return !year.isBefore(firstComplianceYear);
  }

  /**
   * What receives allowances in this sector, in words.
   *
   * @return the allocation unit
   */
  public String allocationUnit() {
    return allocationUnit;
  }

  /**
   * The gases whose emissions are covered in this sector.
   *
   * @return an unmodifiable set
   */
  public Set<Gas> coveredGases() {
    return coveredGases;
  }
}
