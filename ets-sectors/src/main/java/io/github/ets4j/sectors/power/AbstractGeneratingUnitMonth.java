package io.github.ets4j.sectors.power;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Share;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.defaults.PowerUpdate2026;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import io.github.ets4j.sectors.fuel.ResolvedFuel;
import io.github.ets4j.sectors.kit.FuelledMonth;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.Figure;
import io.github.ets4j.sectors.mrv.Finding;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One month of one generating unit (AG-POWER-2022): its fuels, outputs and operating data, calculated
 * when built into fuel-combustion lines, an optional indirect purchased-electricity line, figures and
 * plausibility findings.
 *
 * <p>Fuel lines are resolved with the power rules of the month's year ({@link FuelledMonth#monitoring()}): coal
 * NCV must be measured, a coal line without valid carbon measurement gets the high default CC. Build with
 * {@code GeneratingUnitMonth.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractGeneratingUnitMonth implements FuelledMonth {

  /** The code of the CHP plausibility finding (VG-POWER-2026). */
  public static final String CHP_CHECK = "power.chp-efficiency";
  /** The code of the condensing-unit plausibility finding (VG-POWER-2026). */
  public static final String CONDENSING_CHECK = "power.condensing-efficiency";
  /** The code of the finding on a load factor outside its plausible range. */
  public static final String LOAD_FACTOR_CHECK = "power.load-factor";

  @Override
  public abstract YearMonth month();

  /**
   * The kind of unit (selects the plausibility check).
   *
   * @return the unit type
   */
  public abstract UnitType unitType();

  /**
   * Gross generation, MWh.
   *
   * @return the generation
   */
  public abstract BigDecimal grossGenerationMwh();

  /**
   * Electricity supplied to the grid, MWh; at most the gross generation.
   *
   * @return the supplied electricity
   */
  public abstract BigDecimal electricitySuppliedMwh();

  /**
   * Heat supplied, GJ (see {@link HeatConversion} for steam and hot water); zero unless given.
   *
   * @return the heat
   */
  @Value.Default
  public BigDecimal heatSuppliedGj() {
    return BigDecimal.ZERO;
  }

  /**
   * Operating hours in the month, at most the hours of the month.
   *
   * @return the hours
   */
  public abstract BigDecimal operatingHours();

  /**
   * Rated capacity, MW, greater than zero.
   *
   * @return the capacity
   */
  public abstract BigDecimal ratedCapacityMw();

  /**
   * The boiler type, a reported attribute of a coal-fired unit from reporting year 2026 (UPD-POWER-2026,
   * VG-POWER-2026 [V]): with the site altitude, what the national management platform generates the default coal
   * oxidation rate from.
   *
   * @return the boiler type, or empty (required from 2026 in a month that burns coal)
   */
  public abstract Optional<BoilerType> boilerType();

  /**
   * The site altitude above sea level, metres (VG-POWER-2026 Table C.1 from 2026 [V]); may be negative (e.g. the
   * Turpan depression).
   *
   * @return the altitude, m, or empty (required from 2026 in a month that burns coal)
   */
  public abstract Optional<BigDecimal> siteAltitudeMetres();

  @Override
  public final Sector sector() {
    return Sector.POWER;
  }


  /**
   * None: a generating unit's emissions are its fuel lines (AG-POWER-2022).
   *
   * @return an empty list
   */
  @Override
  public final List<CalculatedLine> sectorLines() {
    return List.of();
  }

  /**
   * The heat of the fuels burnt, Σ FC × NCV of the reported values, exact.
   *
   * @return the fuel heat, GJ
   */
  public final BigDecimal fuelHeatGj() {
    BigDecimal heat = BigDecimal.ZERO;
    for (ResolvedFuel fuel : resolvedFuels()) {
      heat = heat.add(fuel.heatGj());
    }
    return heat;
  }

  @Override
  // Memoised: the door's checks, the findings and the annual report all read the figures; Immutables computes them
  // once, thread-safely, and the map is read-only so that the shared copy cannot change.
  @Value.Lazy
  public Map<Figure, BigDecimal> figures() {
    Map<Figure, BigDecimal> figures = new LinkedHashMap<>();
    BigDecimal generation = ReportingPrecision.electricity(grossGenerationMwh());
    BigDecimal hours = PowerFigures.OPERATING_HOURS.report(operatingHours());
    figures.put(PowerFigures.GROSS_GENERATION, generation);
    figures.put(PowerFigures.ELECTRICITY_SUPPLIED, PowerFigures.ELECTRICITY_SUPPLIED.report(electricitySuppliedMwh()));
    figures.put(PowerFigures.HEAT_SUPPLIED, PowerFigures.HEAT_SUPPLIED.report(heatSuppliedGj()));
    figures.put(PowerFigures.OPERATING_HOURS, hours);
    figures.put(PowerFigures.CAPACITY_HOURS, PowerFigures.CAPACITY_HOURS.report(ratedCapacityMw().multiply(hours)));
    figures.put(PowerFigures.FUEL_HEAT, PowerFigures.FUEL_HEAT.report(fuelHeatGj()));
    purchasedElectricityMwh().ifPresent(
        mwh -> figures.put(PowerFigures.PURCHASED_ELECTRICITY, PowerFigures.PURCHASED_ELECTRICITY.report(mwh)));
    return Collections.unmodifiableMap(figures);
  }

  /**
   * The month's load factor {@code generation / (rated capacity × operating hours)} [S], in percent,
   * 2 decimals; empty when the unit did not operate.
   *
   * @return the load factor, %, or empty
   */
  // Memoised: the door's check and the findings both read it; Immutables computes it once, thread-safely.
  @Value.Lazy
  public Optional<BigDecimal> loadFactorPercent() {
    Map<Figure, BigDecimal> figures = figures();
    // figures() always reports both, so neither lookup is null.
    return LoadFactor.percent(Checks.notNull("gross generation", figures.get(PowerFigures.GROSS_GENERATION)),
        Checks.notNull("capacity hours", figures.get(PowerFigures.CAPACITY_HOURS)));
  }

  /**
   * The month's load factor as a typed share ({@link #loadFactorPercent()} in percent, or as a fraction).
   *
   * @return the load factor, or empty when the unit did not operate
   */
  public final Optional<Share> loadFactor() {
    return loadFactorPercent().map(Share::ofPercent);
  }

  @Override
  public final List<Finding> sectorFindings() {
    List<Finding> findings = new ArrayList<>();
    Optional<BigDecimal> loadFactor = loadFactorPercent();
    Optional<PlausibilityRange> range = PowerEntries.of(catalogue(), year()).loadFactorRange;
    if (loadFactor.isPresent() && range.isPresent() && grossGenerationMwh().signum() > 0) {
      range.get().implausibility("loadFactorPercent", loadFactor.get())
          .ifPresent(message -> findings.add(Finding.of(month(), LOAD_FACTOR_CHECK, message)));
    }
    findings.addAll(efficiencyFindings());
    return List.copyOf(findings);
  }

  private List<Finding> efficiencyFindings() {
    BigDecimal gj = fuelHeatGj();
    // The entries found once per catalogue and year; one not in force is asked for again, for the catalogue's refusal.
    PowerEntries entries = PowerEntries.of(catalogue(), year());
    DefaultValue perMwh = entries.gjPerMwh;
    BigDecimal gjPerMwh = (perMwh != null ? perMwh : catalogue().get(DefaultKeys.GJ_PER_MWH, Sector.POWER, year()))
        .value();
    BigDecimal electricityGj = ReportingPrecision.electricity(grossGenerationMwh()).multiply(gjPerMwh);
    BigDecimal heat = ReportingPrecision.heat(heatSuppliedGj());
    boolean chp = unitType() == UnitType.CHP;
    BigDecimal output = chp ? electricityGj.add(heat) : electricityGj;
    if (output.signum() == 0) {
      return List.of();
    }
    String key = chp ? DefaultKeys.POWER_CHP_EFFICIENCY_LIMIT : DefaultKeys.POWER_CONDENSING_EFFICIENCY_LIMIT;
    DefaultValue inForce = chp ? entries.chpEfficiencyLimit : entries.condensingEfficiencyLimit;
    BigDecimal limit = (inForce != null ? inForce : catalogue().get(key, Sector.POWER, year())).value();
    String what = chp ? "(generation × 3.6 + heat) / fuel heat" : "generation × 3.6 / fuel heat";
    if (gj.signum() == 0) {
      return List.of(Finding.of(month(), chp ? CHP_CHECK : CONDENSING_CHECK,
          "output without fuel heat: " + what + " is undefined (VG-POWER-2026)"));
    }
    // Nearly every month lies far below the limit: a screen on doubles decides those without the 34-digit division
    // (EfficiencyRatio: it answers "below" only where the division would).
    if (EfficiencyRatio.surelyBelow(output, gj, limit)) {
      return List.of();
    }
    BigDecimal ratio = output.divide(gj, ReportingPrecision.DIVISION);
    if (ratio.compareTo(limit) >= 0) {
      return List.of(Finding.of(month(), chp ? CHP_CHECK : CONDENSING_CHECK, what + " = "
          + ratio.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString() + ", not below "
          + limit.toPlainString() + " (VG-POWER-2026): check generation, heat and fuel data"));
    }
    return List.of();
  }

  /**
   * Refuses a load factor that cannot be physical (VG-POWER-2026, mrv.md "Plausibility ranges"): generation
   * without operating hours, a load factor above the physical range (100 %), or a load factor of 0.00 %
   * with positive generation (a generation in kWh reported as MWh, or capacity in kW).
   */
  private void checkLoadFactor() {
    BigDecimal generation = ReportingPrecision.electricity(grossGenerationMwh());
    if (generation.signum() == 0) {
      return;
    }
    if (PowerFigures.OPERATING_HOURS.report(operatingHours()).signum() == 0) {
      throw new EtsValidationException("operatingHours", operatingHours().toPlainString(),
          "a unit that generated " + generation.toPlainString() + " MWh in " + month()
              + " operated: its load factor generation / (capacity × hours) needs its operating hours");
    }
    Optional<PlausibilityRange> range = PowerEntries.of(catalogue(), year()).loadFactorRange;
    // present: the generation and the hours are positive (checked above)
    BigDecimal percent = loadFactorPercent().orElse(BigDecimal.ZERO);
    if (range.isPresent() && percent.compareTo(range.get().physicalMax()) > 0) {
      throw new EtsValidationException("loadFactorPercent", percent.toPlainString() + " %",
          "above the physical " + range.get().physicalMax().toPlainString() + " % (" + range.get().source() + "): "
              + loadFactorFormula(generation)
              + "; check the generation (MWh), the rated capacity (MW) and the operating hours");
    }
    if (percent.signum() == 0) {
      throw new EtsValidationException("loadFactorPercent", percent.toPlainString() + " %",
          "a load factor of 0 % with positive generation: " + loadFactorFormula(generation)
              + "; check the units of the generation (MWh) and the rated capacity (MW)");
    }
  }

  // Only for the messages of a refused load factor: every month passes the check, few fail it.
  private String loadFactorFormula(BigDecimal generation) {
    return generation.toPlainString() + " MWh / (" + ratedCapacityMw().toPlainString() + " MW × "
        + operatingHours().toPlainString() + " h)";
  }

  /**
   * From reporting year 2026 a month that burns coal reports the unit's boiler type and site altitude: the
   * national management platform generates the coal oxidation rate from them (UPD-POWER-2026 [V]). Asking for
   * them only in months with coal is an assumption of ours [A]: the reference names them as inputs of the coal
   * default, and a gas or oil unit has no coal boiler.
   */
  private void checkUnitAttributes() {
    if (!PowerUpdate2026.appliesTo(year())
        || fuels().stream().noneMatch(line -> line.fuel().isCoal())) {
      return;
    }
    if (boilerType().isEmpty()) {
      throw new EtsValidationException("boilerType", "empty", "a coal-fired unit reports its boiler type from"
          + " reporting year 2026 (UPD-POWER-2026, VG-POWER-2026): give boilerType(BoilerType...) for " + month());
    }
    if (siteAltitudeMetres().isEmpty()) {
      throw new EtsValidationException("siteAltitudeMetres", "empty", "a coal-fired unit reports its site altitude"
          + " from reporting year 2026 (VG-POWER-2026 Table C.1): give siteAltitudeMetres(metres) for " + month());
    }
  }

  @Value.Check
  void check() {
    Checks.nonNegative("grossGenerationMwh", grossGenerationMwh());
    Checks.nonNegative("electricitySuppliedMwh", electricitySuppliedMwh());
    Checks.nonNegative("heatSuppliedGj", heatSuppliedGj());
    Checks.nonNegative("operatingHours", operatingHours());
    Checks.positive("ratedCapacityMw", ratedCapacityMw());
    if (electricitySuppliedMwh().compareTo(grossGenerationMwh()) > 0) {
      throw new EtsValidationException("electricitySuppliedMwh", electricitySuppliedMwh().toPlainString(),
          "must not exceed the gross generation " + grossGenerationMwh().toPlainString() + " MWh");
    }
    BigDecimal hoursInMonth = BigDecimal.valueOf(24L * month().lengthOfMonth());
    if (operatingHours().compareTo(hoursInMonth) > 0) {
      throw new EtsValidationException("operatingHours", operatingHours().toPlainString(),
          "must not exceed the " + hoursInMonth + " hours of " + month());
    }
    checkLoadFactor();
    checkUnitAttributes();
    // Calculate once now, so that bad input fails at the door and never yields a partial report.
    calculatedLines();
    findings();
  }
}
