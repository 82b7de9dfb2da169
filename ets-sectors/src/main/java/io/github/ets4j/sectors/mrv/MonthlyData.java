package io.github.ets4j.sectors.mrv;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A facility's calculated month in one sector: what a {@link MonthlyReport} carries and an
 * {@link AnnualReport} adds up. Implemented by each sector's monthly type (a generating unit's month,
 * a clinker line's month, a steel enterprise's month, an electrolysis process's month), which
 * validates its inputs and calculates its lines when it is built.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface MonthlyData {

  /**
   * The month.
   *
   * @return the month
   */
  YearMonth month();

  /**
   * The compliance year of the month.
   *
   * @return the year of {@link #month()}
   */
  default Year year() {
    return Year.of(month().getYear());
  }

  /**
   * The covered sector whose rules calculated the month: the sector the month reports for, or, when the month
   * names a {@link #reportOnlySector()}, the covered sector whose guideline's rules and defaults its lines borrow
   * (catalogue and fuel-rule lookups are keyed by {@link Sector}).
   *
   * @return the sector
   */
  Sector sector();

  /**
   * The announced, not covered, sector the month reports for (e.g. {@link AnnouncedSector#FLAT_GLASS}), when it is
   * not {@link #sector()} itself. Such a month's lines borrow the rules of {@link #sector()} [A: the domain
   * reference has no monitoring formulas for the announced sectors, coverage.md, N26 §四], but its report is
   * never a covered facility's year: it is read as a {@link ReportOnlyYear} and is never allocated.
   *
   * @return the report-only sector, or empty for a month of the covered {@link #sector()} (the library's four
   *     sector months)
   */
  default Optional<AnnouncedSector> reportOnlySector() {
    return Optional.empty();
  }

  /**
   * The calculated source lines (covered and indirect), each rounded to 2 decimals.
   *
   * @return the lines
   */
  List<CalculatedLine> calculatedLines();

  /**
   * The month's other figures (outputs, process emissions), each at its reporting precision.
   *
   * @return the figures
   */
  Map<Figure, BigDecimal> figures();

  /**
   * The fuels used, for the annual weighted NCV and the fixed-choice rule.
   *
   * @return the fuel uses
   */
  List<FuelUse> fuelUses();

  /**
   * What a verifier should look at.
   *
   * @return the findings
   */
  List<Finding> findings();

  /**
   * The GWP set that converts non-CO2 gases; AR5 unless the sector says otherwise.
   *
   * @return the set
   */
  default GwpSet gwpSet() {
    return GwpSet.CHINA_NATIONAL;
  }

  /**
   * Every parameter the month used, as reported (those of the calculated lines).
   *
   * @return the parameters
   */
  default List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>();
    for (CalculatedLine line : calculatedLines()) {
      all.addAll(line.parameters());
    }
    return all;
  }
}
