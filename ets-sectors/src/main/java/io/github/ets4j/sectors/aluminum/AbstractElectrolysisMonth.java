package io.github.ets4j.sectors.aluminum;

import io.github.ets4j.core.unit.Percent;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Gas;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Quantity;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.internal.Explanations;
import io.github.ets4j.sectors.kit.IndustrialMonth;
import io.github.ets4j.sectors.mrv.Figure;
import io.github.ets4j.sectors.mrv.Finding;
import io.github.ets4j.sectors.mrv.Parameter;
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
 * One month of an aluminum electrolysis process (AG-ALU-2024).
 *
 * <ul>
 *   <li>Anode: {@code E_anode = P_Al × NC × (1 − S − Ash) × 44/12}; NC (net anode consumption, t/t Al)
 *       must be measured; S 2 % and Ash 0.4 % are defaults unless measured [C].</li>
 *   <li>PFC, slope method when anode-effect minutes (AEM, per cell-day) are monitored:
 *       {@code EF_CF4 = 0.143 × AEM} (3 decimals), {@code EF_C2F6 = 0.1 × EF_CF4} (4 decimals), kg/t Al;
 *       otherwise the defaults 0.034 and 0.0034 kg/t [C].
 *       {@code E_PFC = P_Al × (EF_CF4 × GWP_CF4 + EF_C2F6 × GWP_C2F6) / 1000} tCO2e with the GWP set
 *       (AR5 by default, as AG-ALU-2024 prescribes [C]).</li>
 *   <li>Carbonates {@code Σ t × EF × purity}; fuels by the combustion formula.</li>
 * </ul>
 * The electrolysis-process total the allocation uses is {@code E_anode + E_PFC}
 * ({@link AluminumYear}). The fuels are those the process burns; the skeleton (fuel lines, purchased electricity,
 * rules of the year) is {@link IndustrialMonth}'s. Build with {@code ElectrolysisMonth.builder()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractElectrolysisMonth implements IndustrialMonth {

  /** The code of a finding on an anode parameter outside its plausible range. */
  public static final String PLAUSIBILITY_CHECK = "aluminum.plausibility";

  @Override
  public abstract YearMonth month();

  /**
   * Aluminum liquid output P_Al, t.
   *
   * @return the output
   */
  public abstract BigDecimal aluminumLiquidTonnes();

  /**
   * Net anode consumption NC, t carbon anode per t Al; must be measured (or calculated), never a default.
   *
   * @return NC
   */
  public abstract Parameter netAnodeConsumption();

  /**
   * Anode sulfur content S, %, when measured; the default otherwise.
   *
   * @return S, or empty
   */
  public abstract Optional<Parameter> anodeSulfurPercent();

  /**
   * Anode ash content, %, when measured; the default otherwise.
   *
   * @return Ash, or empty
   */
  public abstract Optional<Parameter> anodeAshPercent();

  /**
   * Anode-effect minutes per cell-day when monitored (slope method); empty for the default factors.
   *
   * @return AEM, or empty
   */
  public abstract Optional<Parameter> anodeEffectMinutes();

  /**
   * Carbonates decomposed.
   *
   * @return the carbonate uses
   */
  public abstract List<CarbonateUse> carbonates();

  /**
   * The GWP set converting PFCs; AR5 unless given.
   *
   * @return the set
   */
  @Value.Default
  @Override
  public GwpSet gwpSet() {
    return GwpSet.CHINA_NATIONAL;
  }

  @Override
  public final Sector sector() {
    return Sector.ALUMINUM;
  }


  private Parameter catalogue(String key, String name) {
    return catalogue().parameter(key, Sector.ALUMINUM, year(), name);
  }

  /**
   * The anode line {@code P_Al × NC × (1 − S − Ash) × 44/12}.
   *
   * @return the line, source {@link EmissionSource#INDUSTRIAL_PROCESS}
   */
  public final CalculatedLine anodeLine() {
    BigDecimal p = ReportingPrecision.productOutput(aluminumLiquidTonnes());
    Parameter nc = netAnodeConsumption();
    Parameter s = anodeSulfurPercent().orElseGet(() -> catalogue(DefaultKeys.ALUMINUM_ANODE_SULFUR, "anode sulfur S"));
    Parameter ash = anodeAshPercent().orElseGet(() -> catalogue(DefaultKeys.ALUMINUM_ANODE_ASH, "anode ash"));
    BigDecimal carbonShare = BigDecimal.ONE.subtract(Percent.toFraction(s.value().add(ash.value())));
    BigDecimal exact = ReportingPrecision.carbonToCo2(p.multiply(nc.value()).multiply(carbonShare));
    String formula = Explanations.number(p) + " t Al × " + Explanations.number(nc.value()) + " t/t × (1 − "
        + Explanations.number(s.value()) + " % − " + Explanations.number(ash.value()) + " %) × 44/12";
    return CalculatedLine.co2(EmissionSource.INDUSTRIAL_PROCESS, "anode", exact, formula, List.of(nc, s, ash));
  }

  /**
   * The PFC line of the anode effects (slope method or defaults).
   *
   * @return the line, source {@link EmissionSource#ANODE_EFFECT}, reported in tCO2e
   */
  public final CalculatedLine pfcLine() {
    BigDecimal p = ReportingPrecision.productOutput(aluminumLiquidTonnes());
    List<Parameter> used = new ArrayList<>();
    BigDecimal efCf4;
    BigDecimal efC2f6;
    if (anodeEffectMinutes().isPresent()) {
      Parameter aem = anodeEffectMinutes().get();
      Parameter slope = catalogue(DefaultKeys.ALUMINUM_CF4_SLOPE, "CF4 slope");
      Parameter ratio = catalogue(DefaultKeys.ALUMINUM_C2F6_TO_CF4, "C2F6/CF4 ratio");
      used.add(aem.withValue(ReportingPrecision.anodeEffectMinutes(aem.value())));
      used.add(slope);
      used.add(ratio);
      efCf4 = ReportingPrecision.efCf4(slope.value().multiply(ReportingPrecision.anodeEffectMinutes(aem.value())));
      efC2f6 = ReportingPrecision.efC2f6(ratio.value().multiply(efCf4));
    } else {
      Parameter cf4 = catalogue(DefaultKeys.ALUMINUM_EF_CF4_DEFAULT, "EF_CF4");
      Parameter c2f6 = catalogue(DefaultKeys.ALUMINUM_EF_C2F6_DEFAULT, "EF_C2F6");
      used.add(cf4);
      used.add(c2f6);
      efCf4 = ReportingPrecision.efCf4(cf4.value());
      efC2f6 = ReportingPrecision.efC2f6(c2f6.value());
    }
    String formula = Explanations.number(p) + " t Al × (" + Explanations.number(efCf4) + " kg/t × "
        + gwpSet().gwp(Gas.CF4).toPlainString() + " + " + Explanations.number(efC2f6) + " kg/t × "
        + gwpSet().gwp(Gas.C2F6).toPlainString() + ") / 1000";
    return CalculatedLine.pfc("anode effects", p.multiply(efCf4).movePointLeft(3), p.multiply(efC2f6).movePointLeft(3),
        gwpSet(), formula, used);
  }


  /**
   * The process lines: the anode, the PFC of the anode effects, then one per carbonate.
   *
   * @return the lines
   */
  @Override
  public final List<CalculatedLine> sectorLines() {
    List<CalculatedLine> lines = new ArrayList<>();
    lines.add(anodeLine());
    lines.add(pfcLine());
    for (CarbonateUse use : carbonates()) {
      lines.add(use.line(catalogue(), sector(), year()));
    }
    return lines;
  }

  @Override
  // Memoised: the door's checks, the findings and the annual report all read the figures; Immutables computes them
  // once, thread-safely, and the map is read-only so that the shared copy cannot change.
  @Value.Lazy
  public Map<Figure, BigDecimal> figures() {
    Map<Figure, BigDecimal> figures = new LinkedHashMap<>();
    figures.put(AluminumFigures.ALUMINUM_LIQUID, AluminumFigures.ALUMINUM_LIQUID.report(aluminumLiquidTonnes()));
    figures.put(AluminumFigures.ANODE_EMISSIONS, anodeLine().reportedCo2e());
    figures.put(AluminumFigures.PFC_EMISSIONS, pfcLine().reportedCo2e());
    return Collections.unmodifiableMap(figures);
  }

  @Override
  public final List<Finding> sectorFindings() {
    List<Finding> findings = new ArrayList<>();
    catalogue().range(DefaultKeys.NET_ANODE_RANGE, Sector.ALUMINUM, year())
        .flatMap(range -> range.implausibility("netAnodeConsumption", netAnodeConsumption().value()))
        .ifPresent(message -> findings.add(Finding.of(month(), PLAUSIBILITY_CHECK, message)));
    if (anodeEffectMinutes().isPresent()) {
      BigDecimal aem = anodeEffectMinutes().get().value();
      catalogue().range(DefaultKeys.ANODE_EFFECT_MINUTES_RANGE, Sector.ALUMINUM, year())
          .flatMap(range -> range.implausibility("anodeEffectMinutes", aem))
          .ifPresent(message -> findings.add(Finding.of(month(), PLAUSIBILITY_CHECK, message)));
    }
    return List.copyOf(findings);
  }

  @Value.Check
  void check() {
    Checks.nonNegative("aluminumLiquidTonnes", aluminumLiquidTonnes());
    if (netAnodeConsumption().isDefault()) {
      throw new EtsValidationException("netAnodeConsumption", netAnodeConsumption().value().toPlainString() + " (default)",
          "a default where measurement is mandatory: the net anode consumption is measured (AG-ALU-2024 [C]);"
              + " the catalogue's typical 0.411 t/t is for information only");
    }
    netAnodeConsumption().require("netAnodeConsumption", Quantity.MASS_PER_PRODUCT);
    Checks.fraction("netAnodeConsumption (t/t Al)", netAnodeConsumption().value());
    anodeSulfurPercent().ifPresent(s -> Checks.percent("anodeSulfurPercent",
        s.require("anodeSulfurPercent", Quantity.SHARE).value()));
    anodeAshPercent().ifPresent(a -> Checks.percent("anodeAshPercent",
        a.require("anodeAshPercent", Quantity.SHARE).value()));
    anodeEffectMinutes().ifPresent(aem -> {
      aem.require("anodeEffectMinutes", Quantity.ANODE_EFFECT_MINUTES);
      catalogue().range(DefaultKeys.ANODE_EFFECT_MINUTES_RANGE, Sector.ALUMINUM, year())
          .ifPresent(range -> range.requirePhysical("anodeEffectMinutes", aem.value()));
    });
    if (!gwpSet().defines(Gas.CF4) || !gwpSet().defines(Gas.C2F6)) {
      throw new EtsValidationException("gwpSet", gwpSet().name(), "must define CF4 and C2F6");
    }
    // Calculate once now, so that bad input fails at the door and never yields a partial report.
    calculatedLines();
  }
}
