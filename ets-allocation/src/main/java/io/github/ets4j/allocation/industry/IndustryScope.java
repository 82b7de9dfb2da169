package io.github.ets4j.allocation.industry;

import io.github.ets4j.allocation.ReportOnlyUnit;
import io.github.ets4j.core.internal.Checks;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the units of an industrial sector into the listed ones, which are allocated, and the report-only ones
 * ({@link ProducerClass}), which stand beside the allocation. Holds the two lists. Immutable and thread-safe.
 */
public final class IndustryScope {
  private final List<IndustrialUnit> listed;
  private final List<ReportOnlyUnit> reportOnly;

  private IndustryScope(List<IndustrialUnit> listed, List<ReportOnlyUnit> reportOnly) {
    this.listed = listed;
    this.reportOnly = reportOnly;
  }

  /**
   * Splits units for a data year.
   *
   * @param units the units
   * @param year the data (compliance) year
   * @return the split
   * @throws io.github.ets4j.core.EtsValidationException if the list, a unit or the year is null
   */
  public static IndustryScope of(List<? extends IndustrialUnit> units, Year year) {
    Checks.notNull("units", units);
    Checks.notNull("year", year);
    List<IndustrialUnit> listed = new ArrayList<>(units.size());
    List<ReportOnlyUnit> reportOnly = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      IndustrialUnit unit = Checks.element("units", i, units.get(i));
      if (unit.producerClass().isPresent() && unit.producerClass().get().reportOnlyIn(year)) {
        reportOnly.add(ReportOnlyUnit.of(unit, unit.producerClass().get().reason()));
      } else {
        listed.add(unit);
      }
    }
    return new IndustryScope(List.copyOf(listed), List.copyOf(reportOnly));
  }

  /**
   * The units on the year's list.
   *
   * @return an unmodifiable list
   */
  public List<IndustrialUnit> listed() {
    return listed;
  }

  /**
   * The units that only report.
   *
   * @return an unmodifiable list
   */
  public List<ReportOnlyUnit> reportOnly() {
    return reportOnly;
  }
}
