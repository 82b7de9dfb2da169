package io.github.ets4j.sectors.kit;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.fuel.ResolvedFuel;
import io.github.ets4j.sectors.indirect.PurchasedElectricity;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.Finding;
import io.github.ets4j.sectors.mrv.FuelUse;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.rules.MonitoringRules;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The skeleton of a fuelled facility-month (mrv.md): fuel lines resolved with the monitoring rules of the month's
 * year, the sector's own process lines, and the indirect purchased-electricity line
 * ({@link PurchasedElectricity}, tCO2 from MWh, reported but never covered), with the fuel uses and the findings
 * gathered in one place.
 *
 * <p>A sector's abstract value type implements this interface and writes only what is its own:
 * {@link #sectorLines()} (its process formula), {@link #sectorFindings()} (its checks) and its figures. Immutables
 * generates the attributes declared here ({@link #fuels()}, {@link #purchasedElectricityMwh()}, {@link #rules()})
 * and memoises {@link #resolvedFuels()}, {@link #calculatedLines()} and {@link #fuelUses()}. Implementations are
 * immutable and thread-safe.
 */
public interface FuelledMonth extends MonthlyData {

  /**
   * The fuels burnt in the month.
   *
   * @return the fuel lines
   */
  List<FuelLine> fuels();

  /**
   * Purchased electricity, MWh, when reported: an indirect, uncovered auxiliary line.
   *
   * @return the purchased electricity, or empty
   */
  Optional<BigDecimal> purchasedElectricityMwh();

  /**
   * The compliance year of {@link #month()}, as {@link MonthlyData#year()}.
   *
   * @return the year of the month
   */
  @Override
  // Memoised: every fuel line resolved and every default and range looked up reads the year.
  @Value.Lazy
  default Year year() {
    return MonthlyData.super.year();
  }

  /**
   * The monitoring rules given for the month: those of its compliance year, e.g. the rulebook's
   * {@code monitoring()} (default catalogue, fuel rules, evidence deadline); empty for the national rules of the
   * year ({@link #monitoring()}).
   *
   * @return the rules given, or empty
   */
  Optional<MonitoringRules> rules();

  /**
   * The monitoring rules that calculate the month: those given, else {@code MonitoringRules.chinaNational(year())}.
   * Being chosen by the month's year, the national rules follow a copy of the month to another year.
   *
   * @return the rules, of the month's year
   */
  // Memoised: every fuel line, default and range lookup of the month reads the rules (catalogue and fuel rules);
  // Immutables computes it once, thread-safely.
  @Value.Lazy
  default MonitoringRules monitoring() {
    return rules().orElseGet(() -> MonitoringRules.chinaNational(year()));
  }

  /**
   * The default values, those of {@link #monitoring()}.
   *
   * @return the catalogue
   */
  default DefaultCatalogue catalogue() {
    return monitoring().catalogue();
  }

  /**
   * The acquisition rules, those of {@link #monitoring()}.
   *
   * @return the fuel rules
   */
  default FuelRules fuelRules() {
    return monitoring().fuelRules();
  }

  /**
   * The fuel lines resolved with the sector's rules and the catalogue of the year.
   *
   * @return the resolved fuels, in the order of {@link #fuels()}
   */
  // Memoised: the lines, the fuel uses, the findings and the sector's figures all read it; Immutables computes it
  // once, thread-safely.
  @Value.Lazy
  default List<ResolvedFuel> resolvedFuels() {
    List<FuelLine> lines = fuels();
    List<ResolvedFuel> resolved = new ArrayList<>(lines.size());
    FuelRules fuelRules = fuelRules();
    Sector sector = sector();
    Year year = year();
    DefaultCatalogue catalogue = catalogue();
    for (FuelLine line : lines) {
      resolved.add(fuelRules.resolveLine(line, sector, year, catalogue));
    }
    return resolved;
  }

  /**
   * The emission line of one resolved fuel: the combustion formula {@code FC × NCV × CC × OF × 44/12} unless the
   * sector accounts its fuels otherwise (steel: mass balance without OF).
   *
   * @param fuel the resolved fuel
   * @return the line
   * @throws EtsValidationException if the fuel is null
   */
  default CalculatedLine fuelLine(ResolvedFuel fuel) {
    return Checks.notNull("fuel", fuel).combustion();
  }

  /**
   * The sector's own lines (its process formula), between the fuel lines and the indirect line; empty when the
   * sector has none.
   *
   * @return the lines
   */
  List<CalculatedLine> sectorLines();

  /**
   * The purchased-electricity line with the catalogue's national grid factor, when the month reports purchased
   * electricity.
   *
   * @return the indirect line, or empty
   * @throws EtsValidationException if no grid factor is in force for the sector and year
   */
  default Optional<CalculatedLine> purchasedElectricityLine() {
    return purchasedElectricityMwh().map(mwh -> PurchasedElectricity.line(mwh, sector(), year(), catalogue()));
  }

  /**
   * The month's lines: one per fuel, the sector's own lines, then the indirect purchased-electricity line.
   *
   * @return the lines, each rounded to 2 decimals
   * @throws EtsValidationException if the rules are of another year than the month
   */
  @Override
  // Memoised: the annual report, the checks and the totals all read it; Immutables computes it once, thread-safely.
  @Value.Lazy
  default List<CalculatedLine> calculatedLines() {
    if (!monitoring().year().equals(year())) {
      throw new EtsValidationException("rules", monitoring().year(), "the monitoring rules of " + monitoring().year()
          + " cannot calculate a month of " + year() + ": give the rules of the month's year"
          + " (MonitoringRules.chinaNational(year) or the rulebook's monitoring())");
    }
    List<ResolvedFuel> resolved = resolvedFuels();
    List<CalculatedLine> lines = new ArrayList<>(resolved.size() + 1);
    for (ResolvedFuel fuel : resolved) {
      lines.add(fuelLine(fuel));
    }
    lines.addAll(sectorLines());
    purchasedElectricityLine().ifPresent(lines::add);
    return lines;
  }

  @Override
  // Memoised: the annual report reads it for the weighted NCV; Immutables computes it once, thread-safely.
  @Value.Lazy
  default List<FuelUse> fuelUses() {
    List<ResolvedFuel> resolved = resolvedFuels();
    List<FuelUse> uses = new ArrayList<>(resolved.size());
    for (ResolvedFuel fuel : resolved) {
      uses.add(fuel.fuelUse());
    }
    return uses;
  }

  /**
   * The findings of the fuel lines, then those of the sector's checks.
   *
   * @return the findings
   */
  @Override
  default List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (ResolvedFuel fuel : resolvedFuels()) {
      findings.addAll(fuel.findings(month()));
    }
    findings.addAll(sectorFindings());
    return List.copyOf(findings);
  }

  /**
   * The findings of the sector's own checks (plausibility of its outputs and process data); empty when none.
   *
   * @return the findings
   */
  List<Finding> sectorFindings();
}
