package io.github.ets4j.sectors.steel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.internal.CatalogueMemo;
import io.github.ets4j.sectors.fuel.FuelCombustion;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.ResolvedFuel;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.internal.Explanations;
import io.github.ets4j.sectors.kit.IndustrialMonth;
import io.github.ets4j.sectors.mrv.Figure;
import io.github.ets4j.sectors.mrv.Finding;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import io.github.ets4j.sectors.internal.SameResolution;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * One month of a steel enterprise (AG-STEEL-2024 [V]).
 *
 * <p>Enterprise level, mass balance without OF:
 * {@code E_ent = Σ FC × NCV × CC × 44/12 + Σ P_carbonate × EF + P_electrode × EF + Σ M_material × EF
 * − Σ AD_product × EF}, with FC the net purchased consumption of each fuel and the deducted products
 * crude steel, exported pig iron, crude benzol and tar. Process level, for the six main processes:
 * {@code E_j = Σ inputs − Σ outputs}; co-fired power units burning secondary energy: fuel combustion
 * with OF. Each flow is rounded to 2 decimals like a source line and the process figure is the sum of the
 * rounded flows [A]. {@code E_other = E_ent − Σ E_j − Σ E_cofired} is an annual figure of
 * {@link SteelEnterpriseYear}. The fuels are the enterprise's net purchased fuels ({@link #fuelLine} accounts them
 * by mass balance); the rest of the skeleton is {@link IndustrialMonth}'s. Build with
 * {@code SteelEnterpriseMonth.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractSteelEnterpriseMonth implements IndustrialMonth {
  private static final Set<SteelMaterial> EXPORTED_PRODUCTS =
      EnumSet.of(SteelMaterial.PIG_IRON, SteelMaterial.TAR, SteelMaterial.CRUDE_BENZOL);
  private static final String[] FACTOR_KEYS =
      byMaterial(material -> DefaultKeys.steelFactor(material.code()));
  private static final String[] FACTOR_NAMES =
      byMaterial(material -> "EF of " + material.displayName());
  // Each material's factor parameter, found once per catalogue, sector and year: one constant per material, which
  // the catalogue remembers by identity.
  private static final List<CatalogueMemo.Derivation<Parameter>> FACTORS = factors();

  @Override
  public abstract YearMonth month();

  /**
   * Carbonates, electrodes and carbon-bearing materials consumed, t each (AG-STEEL-2024 Table A.2).
   *
   * @return material to tonnes
   */
  public abstract Map<SteelMaterial, BigDecimal> materials();

  /**
   * Crude steel output, t: the enterprise's product and a carbon deduction.
   *
   * @return the crude steel
   */
  public abstract BigDecimal crudeSteelTonnes();

  /**
   * Exported carbon-bearing products deducted besides crude steel: pig iron, tar, crude benzol, t each.
   *
   * @return product to tonnes
   */
  public abstract Map<SteelMaterial, BigDecimal> exportedProducts();

  /**
   * The process-level data of the month (at most one per process).
   *
   * @return the processes
   */
  public abstract List<ProcessMonth> processes();

  /**
   * Fuels burnt in co-fired power units (secondary energy), accounted with OF.
   *
   * @return the fuel lines
   */
  public abstract List<FuelLine> cofiredFuels();

  @Override
  public final Sector sector() {
    return Sector.STEEL;
  }


  private ResolvedFuel resolve(FuelLine line) {
    return fuelRules().resolveLine(line, Sector.STEEL, year(), catalogue());
  }

  /**
   * Resolves a process flow's or a co-fired unit's fuel line: a line that gives no parameter of its own takes the
   * resolution of a line of the same fuel, label and unit resolved before in this month ({@link SameResolution}: the
   * same parameters and findings, only the consumption its own), else it is resolved, in the same order as before,
   * and remembered. Every line of the month is resolved by the same rules, sector, year and catalogue.
   *
   * @param line the line
   * @param resolved the lines resolved so far in the month (the purchased fuels first); this one is added
   */
  private ResolvedFuel resolve(FuelLine line, List<ResolvedFuel> resolved) {
    for (ResolvedFuel earlier : resolved) {
      ResolvedFuel same = SameResolution.forLine(earlier, line);
      if (same != null) {
        return same;
      }
    }
    ResolvedFuel fresh = resolve(line);
    resolved.add(fresh);
    return fresh;
  }

  // The month's purchased fuels as resolved, the first lines a flow or co-fired fuel may take its resolution from.
  private List<ResolvedFuel> resolutions() {
    return new ArrayList<>(resolvedFuels());
  }

  private Parameter factor(SteelMaterial material) {
    return CatalogueMemo.derived(catalogue(), FACTORS.get(material.ordinal()), Sector.STEEL, year());
  }

  private static List<CatalogueMemo.Derivation<Parameter>> factors() {
    List<CatalogueMemo.Derivation<Parameter>> factors = new ArrayList<>();
    for (SteelMaterial material : SteelMaterial.values()) {
      String key = FACTOR_KEYS[material.ordinal()];
      String name = FACTOR_NAMES[material.ordinal()];
      // As catalogue.parameter(...) made it on every line; a factor not in force is refused on every call.
      factors.add((catalogue, sector, year) -> catalogue.parameter(key, sector, year, name));
    }
    return List.copyOf(factors);
  }

  // Each material's catalogue key and parameter name, built once: every material line of every month read them.
  private static String[] byMaterial(Function<SteelMaterial, String> text) {
    SteelMaterial[] materials = SteelMaterial.values();
    String[] texts = new String[materials.length];
    for (SteelMaterial material : materials) {
      texts[material.ordinal()] = text.apply(material);
    }
    return texts;
  }

  private CalculatedLine materialLine(EmissionSource source, String label, SteelMaterial material, BigDecimal tonnes) {
    BigDecimal reported = ReportingPrecision.material(tonnes);
    Parameter ef = factor(material);
    // The formula text is built only if the explanation is read.
    Supplier<String> formula = () -> Explanations.number(reported) + " t × " + Explanations.number(ef.value())
        + " tCO2/t";
    return CalculatedLine.co2(source, label, reported.multiply(ef.value()), formula, List.of(ef));
  }

  private CalculatedLine flowLine(ProcessFlow flow, EmissionSource source, List<ResolvedFuel> resolved) {
    if (flow.fuel().isPresent()) {
      return resolve(flow.fuel().get(), resolved).massBalance(source, flow.label());
    }
    SteelMaterial material = flow.material().orElseThrow();
    return materialLine(source, flow.label(), material, flow.quantity());
  }

  /**
   * The enterprise's fuels by mass balance (net purchased, OF not used).
   *
   * @param fuel the resolved fuel
   * @return the line, source {@link EmissionSource#FUEL_COMBUSTION}
   * @throws io.github.ets4j.core.EtsValidationException if the fuel is null
   */
  @Override
  public final CalculatedLine fuelLine(ResolvedFuel fuel) {
    return Checks.notNull("fuel", fuel).massBalance(EmissionSource.FUEL_COMBUSTION, fuel.line().label());
  }

  /**
   * The materials, then the crude steel and the exported products deducted (carbon in products).
   *
   * @return the lines
   */
  @Override
  public final List<CalculatedLine> sectorLines() {
    List<CalculatedLine> lines = new ArrayList<>();
    for (Map.Entry<SteelMaterial, BigDecimal> use : materials().entrySet()) {
      lines.add(materialLine(EmissionSource.INDUSTRIAL_PROCESS, use.getKey().displayName(), use.getKey(), use.getValue()));
    }
    lines.add(materialLine(EmissionSource.CARBON_IN_PRODUCTS, "crude steel", SteelMaterial.CRUDE_STEEL, crudeSteelTonnes()));
    for (Map.Entry<SteelMaterial, BigDecimal> export : exportedProducts().entrySet()) {
      lines.add(materialLine(EmissionSource.CARBON_IN_PRODUCTS, "exported " + export.getKey().displayName(),
          export.getKey(), export.getValue()));
    }
    return lines;
  }

  /**
   * A process's emissions {@code Σ inputs − Σ outputs}, each flow rounded to 2 decimals, tCO2.
   *
   * @param process the process data
   * @return the signed emissions
   */
  public final BigDecimal processEmissions(ProcessMonth process) {
    return processEmissions(process, resolutions());
  }

  private BigDecimal processEmissions(ProcessMonth process, List<ResolvedFuel> resolved) {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (ProcessFlow input : process.inputs()) {
      total = total.add(flowTonnes(input, resolved));
    }
    for (ProcessFlow output : process.outputs()) {
      total = total.subtract(flowTonnes(output, resolved));
    }
    return total;
  }

  /**
   * A flow's reported tonnes, what {@link #flowLine} reports ({@link CalculatedLine#reportedCo2e()}), without the
   * line: the same rounding of the same product ({@link ReportingPrecision#carbonToCo2Line} of the mass balance's
   * carbon, {@link ReportingPrecision#sourceLine} of the rounded tonnes × the factor), the lookups and refusals in
   * the same order. The line's own checks cannot refuse here: an industrial-process CO2 line of a non-negative mass
   * (consumption, NCV, CC, tonnes and factors are never negative) under a fuel line's or a material's non-blank
   * label. A fuel resolved without a carbon content takes the line's route, for its refusal.
   */
  private BigDecimal flowTonnes(ProcessFlow flow, List<ResolvedFuel> resolved) {
    if (flow.fuel().isPresent()) {
      ResolvedFuel fuel = resolve(flow.fuel().get(), resolved);
      Optional<Parameter> cc = fuel.carbonContent();
      if (cc.isEmpty()) {
        return fuel.massBalance(EmissionSource.INDUSTRIAL_PROCESS, flow.label()).reportedCo2e();
      }
      return ReportingPrecision.carbonToCo2Line(
          FuelCombustion.carbonMassBalance(fuel.quantity(), fuel.ncv().value(), cc.get().value()));
    }
    SteelMaterial material = flow.material().orElseThrow();
    BigDecimal reported = ReportingPrecision.material(flow.quantity());
    return ReportingPrecision.sourceLine(reported.multiply(factor(material).value()));
  }

  /**
   * The co-fired units' lines: fuel combustion with OF.
   *
   * @return the lines (not part of the inventory: E_ent already holds their carbon)
   */
  public final List<CalculatedLine> cofiredLines() {
    return cofiredLines(resolutions());
  }

  private List<CalculatedLine> cofiredLines(List<ResolvedFuel> resolved) {
    List<CalculatedLine> lines = new ArrayList<>();
    for (FuelLine fuel : cofiredFuels()) {
      lines.add(resolve(fuel, resolved).combustion(EmissionSource.FUEL_COMBUSTION, "co-fired " + fuel.label()));
    }
    return lines;
  }

  @Override
  // Memoised: the door's checks, the findings and the annual report all read the figures; Immutables computes them
  // once, thread-safely, and the map is read-only so that the shared copy cannot change.
  @Value.Lazy
  public Map<Figure, BigDecimal> figures() {
    Map<Figure, BigDecimal> figures = new LinkedHashMap<>();
    figures.put(SteelFigures.CRUDE_STEEL, SteelFigures.CRUDE_STEEL.report(crudeSteelTonnes()));
    // One list of resolutions for all the month's flows and co-fired fuels, in the order they were resolved before.
    List<ResolvedFuel> resolved = resolutions();
    for (ProcessMonth process : processes()) {
      figures.put(SteelFigures.emissions(process.process()), processEmissions(process, resolved));
      figures.put(SteelFigures.product(process.process()),
          SteelFigures.product(process.process()).report(process.productTonnes()));
    }
    BigDecimal cofired = BigDecimal.ZERO.setScale(2);
    for (CalculatedLine line : cofiredLines(resolved)) {
      cofired = cofired.add(line.reportedCo2e());
    }
    figures.put(SteelFigures.COFIRED_EMISSIONS, cofired);
    return Collections.unmodifiableMap(figures);
  }

  /**
   * The findings of the co-fired units' fuels.
   *
   * @return the findings
   */
  @Override
  public final List<Finding> sectorFindings() {
    List<Finding> findings = new ArrayList<>();
    List<ResolvedFuel> resolved = resolutions();
    for (FuelLine fuel : cofiredFuels()) {
      findings.addAll(resolve(fuel, resolved).findings(month()));
    }
    return List.copyOf(findings);
  }

  @Override
  public final List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>(IndustrialMonth.super.parameters());
    List<ResolvedFuel> resolved = resolutions();
    for (CalculatedLine line : cofiredLines(resolved)) {
      all.addAll(line.parameters());
    }
    for (ProcessMonth process : processes()) {
      for (ProcessFlow flow : process.inputs()) {
        all.addAll(flowLine(flow, EmissionSource.INDUSTRIAL_PROCESS, resolved).parameters());
      }
      for (ProcessFlow flow : process.outputs()) {
        all.addAll(flowLine(flow, EmissionSource.INDUSTRIAL_PROCESS, resolved).parameters());
      }
    }
    return all;
  }

  @Value.Check
  void check() {
    Checks.nonNegative("crudeSteelTonnes", crudeSteelTonnes());
    for (Map.Entry<SteelMaterial, BigDecimal> use : materials().entrySet()) {
      Checks.nonNegative("tonnes of " + use.getKey().displayName(), use.getValue());
      if (use.getKey() == SteelMaterial.TAR || use.getKey() == SteelMaterial.CRUDE_BENZOL) {
        throw new EtsValidationException("materials", use.getKey().displayName(),
            "tar and crude benzol are products: report them as exportedProducts (AG-STEEL-2024 Table A.2)");
      }
    }
    for (Map.Entry<SteelMaterial, BigDecimal> export : exportedProducts().entrySet()) {
      Checks.nonNegative("tonnes of exported " + export.getKey().displayName(), export.getValue());
      if (!EXPORTED_PRODUCTS.contains(export.getKey())) {
        throw new EtsValidationException("exportedProducts", export.getKey().displayName(),
            "the deducted products besides crude steel are " + EXPORTED_PRODUCTS + " (AG-STEEL-2024)");
      }
    }
    Set<SteelProcess> seen = EnumSet.noneOf(SteelProcess.class);
    for (ProcessMonth process : processes()) {
      if (!seen.add(process.process())) {
        throw new EtsValidationException("processes", process.process(), "reported twice in " + month());
      }
    }
    // Calculate once now, so that bad input fails at the door and never yields a partial report.
    calculatedLines();
    figures();
  }
}
