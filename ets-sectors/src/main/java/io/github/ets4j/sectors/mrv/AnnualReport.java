package io.github.ets4j.sectors.mrv;

import io.github.ets4j.sectors.internal.ReportingPrecision;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EmissionLine;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.Emissions;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Gas;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The annual report of one facility, built from exactly twelve monthly reports of one year.
 *
 * <p>Emissions are computed per month and summed to the year (mrv.md): each annual source line is the
 * sum of the monthly reported (2-decimal) lines of the same source and label, the covered total is the
 * sum of those lines, and {@link #verifiedEmissions()} rounds it to whole tonnes (the enterprise annual
 * total of AG-STEEL-2024 Appendix C [V]). Figures (outputs, process emissions) are summed from the
 * reported monthly values. The annual NCV of each fuel is weighted by monthly consumption
 * (AG-STEEL-2024 §6.2.2.3 [V]). A solid fuel's NCV choice is fixed for the year: mixing measured and
 * default months is refused (§6.2.2.2 [V]).
 *
 * <p>Month order does not matter: the months are sorted. Immutable and thread-safe.
 */
public final class AnnualReport {
  private final String entityId;
  private final String facilityId;
  private final Sector sector;
  private final Optional<AnnouncedSector> reportOnlySector;
  private final Year year;
  private final GwpSet gwpSet;
  private final List<MonthlyReport> months;

  private AnnualReport(String entityId, String facilityId, Sector sector,
      Optional<AnnouncedSector> reportOnlySector, Year year, GwpSet gwpSet, List<MonthlyReport> months) {
    this.entityId = entityId;
    this.facilityId = facilityId;
    this.sector = sector;
    this.reportOnlySector = reportOnlySector;
    this.year = year;
    this.gwpSet = gwpSet;
    this.months = months;
  }

  /**
   * Builds the annual report from twelve monthly reports, in any order.
   *
   * @param monthlyReports the reports, one for each month of one year
   * @return the annual report
   * @throws EtsValidationException naming the month if a month is missing or reported twice; if the
   *     reports mix entities, facilities, sectors, report-only sectors (a month of an announced sector with
   *     months of its borrowed covered sector, or two announced sectors), years or GWP sets; or if a solid fuel's NCV is measured
   *     in some months and a default in others
   */
  public static AnnualReport of(Collection<MonthlyReport> monthlyReports) {
    Checks.notNull("monthlyReports", monthlyReports);
    if (monthlyReports.isEmpty()) {
      throw new EtsValidationException("monthlyReports", "[]", "an annual report needs the twelve monthly reports of one year");
    }
    List<MonthlyReport> sorted = new ArrayList<>();
    for (MonthlyReport report : monthlyReports) {
      sorted.add(Checks.notNull("monthlyReports[" + sorted.size() + "]", report));
    }
    sorted.sort(Comparator.comparing(MonthlyReport::month));
    MonthlyReport first = sorted.get(0);
    Year year = Year.of(first.month().getYear());
    Set<YearMonth> seen = new TreeSet<>();
    for (MonthlyReport report : sorted) {
      same("entityId", first.entityId(), report.entityId(), report);
      same("facilityId", first.facilityId(), report.facilityId(), report);
      same("sector", first.sector(), report.sector(), report);
      // Compared as values first: the texts of the refusal are built only for months that differ (or lack one).
      Optional<AnnouncedSector> firstOnly = first.data().reportOnlySector();
      Optional<AnnouncedSector> only = report.data().reportOnlySector();
      if (firstOnly == null || only == null || !firstOnly.equals(only)) {
        same("reportOnlySector", reportOnlyName(first), reportOnlyName(report), report);
      }
      same("gwpSet", first.data().gwpSet().name(), report.data().gwpSet().name(), report);
      if (report.month().getYear() != year.getValue()) {
        throw new EtsValidationException("month", report.month(),
            "an annual report covers one year: " + year + " (first month " + first.month() + ")");
      }
      if (!seen.add(report.month())) {
        throw new EtsValidationException("month", report.month(), "two monthly reports for the same month");
      }
    }
    for (Month month : Month.values()) {
      YearMonth expected = year.atMonth(month);
      if (!seen.contains(expected)) {
        throw new EtsValidationException("month", expected,
            "missing: an annual report needs all twelve months of " + year + " (got " + seen.size() + ")");
      }
    }
    checkFixedNcvChoices(sorted);
    return new AnnualReport(first.entityId(), first.facilityId(), first.sector(), first.data().reportOnlySector(),
        year, first.data().gwpSet(), List.copyOf(sorted));
  }

  /** The month's report-only sector as text for the agreement check; an announced sector is equal by value. */
  private static Object reportOnlyName(MonthlyReport report) {
    Optional<AnnouncedSector> announced = Checks.notNull("reportOnlySector of " + report.month(),
        report.data().reportOnlySector());
    if (announced.isPresent()) {
      return announced.get();
    }
    return "none (a month of the covered sector " + report.sector() + ")";
  }

  private static void same(String field, Object expected, Object actual, MonthlyReport report) {
    if (!expected.equals(actual)) {
      throw new EtsValidationException(field, actual,
          "the monthly report of " + report.month() + " differs from the other months (" + expected + ")");
    }
  }

  private static void checkFixedNcvChoices(List<MonthlyReport> months) {
    Map<String, YearMonth> firstMeasured = new LinkedHashMap<>();
    Map<String, YearMonth> firstDefault = new LinkedHashMap<>();
    for (MonthlyReport report : months) {
      for (FuelUse use : report.data().fuelUses()) {
        if (use.isChoiceFixedForYear()) {
          Map<String, YearMonth> bucket = use.ncv().acquisition() == Acquisition.DEFAULT ? firstDefault : firstMeasured;
          bucket.putIfAbsent(use.fuel(), report.month());
        }
      }
    }
    for (Map.Entry<String, YearMonth> measured : firstMeasured.entrySet()) {
      YearMonth defaulted = firstDefault.get(measured.getKey());
      if (defaulted != null) {
        String rule = defaulted.isAfter(measured.getValue())
            ? "the NCV of " + measured.getKey() + " was measured in " + measured.getValue()
                + ": a solid fuel that was measured cannot switch back to the default (AG-STEEL-2024 §6.2.2.2)"
            : "the NCV of " + measured.getKey() + " is a default in " + defaulted + " but measured in "
                + measured.getValue() + ": the choice is fixed for the year (AG-STEEL-2024 §6.2.2.2)";
        throw new EtsValidationException("ncv of " + measured.getKey(), "default in " + defaulted, rule);
      }
    }
  }

  /**
   * The entity's identifier.
   *
   * @return the identifier
   */
  public String entityId() {
    return entityId;
  }

  /**
   * The facility's identifier.
   *
   * @return the identifier
   */
  public String facilityId() {
    return facilityId;
  }

  /**
   * The covered sector whose rules calculated the months: the report's sector, or, when
   * {@link #reportOnlySector()} is present, the sector whose rules the lines borrow.
   *
   * @return the sector
   */
  public Sector sector() {
    return sector;
  }

  /**
   * The announced, not covered, sector the report is of, when its months name one
   * ({@link MonthlyData#reportOnlySector()}): then {@link #sector()} is only the covered sector whose rules the
   * lines borrow, no covered year view accepts the report, and it is read as a {@link ReportOnlyYear}.
   *
   * @return the report-only sector, or empty for a report of the covered {@link #sector()}
   */
  public Optional<AnnouncedSector> reportOnlySector() {
    return reportOnlySector;
  }

  /**
   * The reporting (compliance) year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The GWP set of the non-CO2 lines.
   *
   * @return the set
   */
  public GwpSet gwpSet() {
    return gwpSet;
  }

  /**
   * The twelve monthly reports, January first.
   *
   * @return an unmodifiable list
   */
  public List<MonthlyReport> months() {
    return months;
  }

  /**
   * The annual inventory: per source, gas and label the sum of the monthly lines (CO2 lines of
   * 2-decimal monthly figures; PFC lines of exact masses).
   *
   * @return the emissions
   */
  public Emissions emissions() {
    Map<String, EmissionLine> sums = new TreeMap<>();
    for (MonthlyReport report : months) {
      for (EmissionLine line : report.emissions().lines()) {
        String key = line.source() + "|" + line.gas() + "|" + line.label();
        EmissionLine sum = sums.get(key);
        sums.put(key, sum == null ? line : sum.withTonnes(sum.tonnes().add(line.tonnes())));
      }
    }
    return Emissions.of(sums.values());
  }

  /**
   * The annual figure of each source line (source and label): Σ of the monthly reported figures,
   * 2 decimals, tCO2(e); negative for deductions.
   *
   * @return source-and-label text (e.g. {@code "FUEL_COMBUSTION bituminous coal"}) to annual figure
   */
  public Map<String, BigDecimal> sourceLines() {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (MonthlyReport report : months) {
      for (CalculatedLine line : report.data().calculatedLines()) {
        sums.merge(line.source() + " " + line.label(), line.reportedCo2e(), BigDecimal::add);
      }
    }
    return sums;
  }

  /**
   * The covered emissions before the final rounding: Σ of the monthly reported covered lines,
   * 2 decimals, tCO2(e).
   *
   * @return the covered total
   */
  public BigDecimal coveredCo2e() {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (MonthlyReport report : months) {
      total = total.add(report.coveredCo2e());
    }
    return total;
  }

  /**
   * The covered emissions of one source (e.g. {@link EmissionSource#INDUSTRIAL_PROCESS}), 2 decimals.
   *
   * @param source the source
   * @return Σ of its monthly reported lines, tCO2(e)
   */
  public BigDecimal sourceCo2e(EmissionSource source) {
    Checks.notNull("source", source);
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (MonthlyReport report : months) {
      for (CalculatedLine line : report.data().calculatedLines()) {
        if (line.source() == source) {
          total = total.add(line.reportedCo2e());
        }
      }
    }
    return total;
  }

  /**
   * The verified (covered) emissions of the year in whole tonnes, half up: the figure the allocation and
   * the surrender obligation use.
   *
   * @return the covered total, tCO2(e), scale 0
   */
  public BigDecimal verifiedEmissions() {
    return ReportingPrecision.enterpriseTotal(coveredCo2e());
  }

  /**
   * The indirect (auxiliary, uncovered) emissions: Σ of the monthly purchased-electricity and
   * purchased-heat lines, 2 decimals, tCO2.
   *
   * @return the indirect total
   */
  public BigDecimal indirectCo2() {
    return sourceCo2e(EmissionSource.PURCHASED_ELECTRICITY).add(sourceCo2e(EmissionSource.PURCHASED_HEAT));
  }

  /**
   * The annual value of a figure: Σ of the monthly reported values.
   *
   * @param figure the figure
   * @return the annual value at the figure's precision
   */
  public BigDecimal figure(Figure figure) {
    Checks.notNull("figure", figure);
    BigDecimal total = BigDecimal.ZERO;
    for (MonthlyReport report : months) {
      total = total.add(report.figure(figure));
    }
    return figure.precision().round(total);
  }

  /**
   * The annual NCV of a fuel, weighted by monthly consumption (AG-STEEL-2024 §6.2.2.3 [V]):
   * Σ (FC_m × NCV_m) / Σ FC_m, 3 decimals.
   *
   * @param fuel the fuel's name as in the fuel uses (e.g. {@code "bituminous coal"})
   * @return the annual NCV, or empty when the fuel was not used (no consumption)
   */
  public Optional<BigDecimal> annualNcv(String fuel) {
    Checks.notNull("fuel", fuel);
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal heat = BigDecimal.ZERO;
    for (MonthlyReport report : months) {
      for (FuelUse use : report.data().fuelUses()) {
        if (use.fuel().equals(fuel)) {
          quantity = quantity.add(use.quantity());
          heat = heat.add(use.quantity().multiply(use.ncv().value()));
        }
      }
    }
    if (quantity.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(ReportingPrecision.ncv(heat.divide(quantity, ReportingPrecision.DIVISION)));
  }

  /**
   * The names of the fuels used in the year.
   *
   * @return the fuel names, in order of first use
   */
  public Set<String> fuels() {
    Set<String> names = new LinkedHashSet<>();
    for (MonthlyReport report : months) {
      for (FuelUse use : report.data().fuelUses()) {
        names.add(use.fuel());
      }
    }
    return names;
  }

  /**
   * Every default used in the year, each distinct parameter once.
   *
   * @return the defaults, in order of first use
   */
  public List<Parameter> defaultsUsed() {
    Set<Parameter> defaults = new LinkedHashSet<>();
    for (MonthlyReport report : months) {
      defaults.addAll(report.defaultsUsed());
    }
    return List.copyOf(defaults);
  }

  /**
   * The defaults used whose source is not an official final text ([D], [S], [C] or [A]).
   *
   * @return the non-official defaults
   */
  public List<Parameter> nonOfficialDefaultsUsed() {
    List<Parameter> result = new ArrayList<>();
    for (Parameter parameter : defaultsUsed()) {
      if (parameter.source().map(s -> !s.confidence().isOfficial()).orElse(Boolean.TRUE)) {
        result.add(parameter);
      }
    }
    return result;
  }

  /**
   * Every finding of the year's months.
   *
   * @return the findings, January first
   */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>();
    for (MonthlyReport report : months) {
      all.addAll(report.data().findings());
    }
    return all;
  }

  /**
   * The covered mass of one gas, t of that gas.
   *
   * @param gas the gas
   * @return the mass
   */
  public BigDecimal tonnesOf(Gas gas) {
    Checks.notNull("gas", gas);
    return emissions().covered().tonnesOf(gas);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnnualReport && ((AnnualReport) other).months.equals(months);
  }

  @Override
  public int hashCode() {
    return Objects.hash(months);
  }

  /**
   * Renders the report's identity and verified total.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String of = reportOnlySector.map(s -> s.code() + " (report only, " + sector + " rules)").orElse(sector.name());
    return "AnnualReport[" + entityId + "/" + facilityId + " " + year + " " + of + ": "
        + verifiedEmissions().toPlainString() + " t verified]";
  }
}
