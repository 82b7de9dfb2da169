package io.github.ets4j.sectors.cement;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
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
import org.immutables.value.Value;

/**
 * One month of one clinker production line (AG-CEMENT-2024): {@code E_line = E_fuel + E_process},
 * {@code E_process = Q_clinker × EF_clinker − Σ_k Q_alt,k × D_k} [C].
 *
 * <p>Clinker output and alternative-material quantities are reported with 2 decimals before they enter
 * the formula; the process line is rounded to 2 decimals as one source line. A negative process result
 * is handled by the {@link NegativeProcessPolicy} (default: refuse). Build with
 * {@code ClinkerLineMonth.builder()}; the fuels are the kiln's and the line's other combustion, and the line shares
 * the skeleton of {@link IndustrialMonth} (fuel lines, purchased electricity, rules of the year). Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractClinkerLineMonth implements IndustrialMonth {

  /** The code of the finding when negative process emissions are floored. */
  public static final String NEGATIVE_PROCESS_FINDING = "cement.negative-process-emissions";

  @Override
  public abstract YearMonth month();

  /**
   * The clinker type produced.
   *
   * @return the type
   */
  public abstract ClinkerType clinkerType();

  /**
   * Clinker output, t.
   *
   * @return the output
   */
  public abstract BigDecimal clinkerTonnes();

  /**
   * Non-carbonate alternative raw materials used, t each.
   *
   * @return material to tonnes
   */
  public abstract Map<AlternativeMaterial, BigDecimal> alternativeMaterials();

  /**
   * What to do with negative process emissions; {@link NegativeProcessPolicy#REFUSE} unless given.
   *
   * @return the policy
   */
  @Value.Default
  public NegativeProcessPolicy negativeProcessPolicy() {
    return NegativeProcessPolicy.REFUSE;
  }

  @Override
  public final Sector sector() {
    return Sector.CEMENT;
  }


  private Parameter clinkerFactor() {
    return catalogue().parameter(DefaultKeys.clinkerFactor(clinkerType().code()), Sector.CEMENT, year(),
        "EF of " + clinkerType().code() + " clinker");
  }

  private Parameter deductionFactor(AlternativeMaterial material) {
    return catalogue().parameter(DefaultKeys.cementDeduction(material.code()), Sector.CEMENT, year(),
        "D of " + material.displayName());
  }

  /**
   * The process emissions before rounding and before the negative-result policy,
   * {@code Q_clinker × EF − Σ Q_alt × D}, tCO2.
   *
   * @return the signed process balance
   */
  public final BigDecimal processBalance() {
    BigDecimal balance = ReportingPrecision.productOutput(clinkerTonnes()).multiply(clinkerFactor().value());
    for (Map.Entry<AlternativeMaterial, BigDecimal> use : alternativeMaterials().entrySet()) {
      balance = balance.subtract(ReportingPrecision.material(use.getValue()).multiply(deductionFactor(use.getKey()).value()));
    }
    return balance;
  }

  private CalculatedLine processLine() {
    BigDecimal clinker = ReportingPrecision.productOutput(clinkerTonnes());
    Parameter ef = clinkerFactor();
    List<Parameter> used = new ArrayList<>();
    used.add(ef);
    StringBuilder formula = new StringBuilder(Explanations.number(clinker)).append(" t clinker × ")
        .append(Explanations.number(ef.value())).append(" tCO2/t");
    for (Map.Entry<AlternativeMaterial, BigDecimal> use : alternativeMaterials().entrySet()) {
      Parameter d = deductionFactor(use.getKey());
      used.add(d);
      formula.append(" − ").append(Explanations.number(ReportingPrecision.material(use.getValue()))).append(" t ")
          .append(use.getKey().displayName()).append(" × ").append(Explanations.number(d.value())).append(" tCO2/t");
    }
    BigDecimal balance = processBalance();
    if (balance.signum() < 0) {
      if (negativeProcessPolicy() == NegativeProcessPolicy.REFUSE) {
        throw new EtsValidationException("process emissions of the clinker line in " + month(), balance.toPlainString(),
            "negative cement process emissions: the alternative-material deductions exceed the clinker's process"
                + " CO2 (" + formula + "); check the quantities, or choose NegativeProcessPolicy.FLOOR_AT_ZERO_AND_WARN ("
                + NegativeProcessPolicy.SOURCE + ")");
      }
      formula.append(" = ").append(Explanations.number(ReportingPrecision.sourceLine(balance)))
          .append(" tCO2, floored at 0 (").append(NegativeProcessPolicy.SOURCE).append(')');
      balance = BigDecimal.ZERO;
    }
    return CalculatedLine.co2(EmissionSource.INDUSTRIAL_PROCESS, "clinker process", balance, formula.toString(), used);
  }

  /**
   * The clinker process line {@code Q_clinker × EF − Σ Q_alt × D}, 2 decimals, after the negative-result policy.
   *
   * @return the process line
   * @throws io.github.ets4j.core.EtsValidationException if the result is negative and the policy refuses it
   */
  @Override
  public final List<CalculatedLine> sectorLines() {
    return List.of(processLine());
  }

  @Override
  // Memoised: the door's checks, the findings and the annual report all read the figures; Immutables computes them
  // once, thread-safely, and the map is read-only so that the shared copy cannot change.
  @Value.Lazy
  public Map<Figure, BigDecimal> figures() {
    Map<Figure, BigDecimal> figures = new LinkedHashMap<>();
    BigDecimal clinker = CementFigures.CLINKER.report(clinkerTonnes());
    figures.put(CementFigures.CLINKER, clinker);
    figures.put(CementFigures.CLINKER_PROCESS_GROSS,
        CementFigures.CLINKER_PROCESS_GROSS.report(clinker.multiply(clinkerFactor().value())));
    BigDecimal carbide = alternativeMaterials().get(AlternativeMaterial.CARBIDE_SLAG);
    BigDecimal deduction = carbide == null ? BigDecimal.ZERO
        : ReportingPrecision.material(carbide).multiply(deductionFactor(AlternativeMaterial.CARBIDE_SLAG).value());
    figures.put(CementFigures.CARBIDE_SLAG_DEDUCTION, CementFigures.CARBIDE_SLAG_DEDUCTION.report(deduction));
    return Collections.unmodifiableMap(figures);
  }

  @Override
  public final List<Finding> sectorFindings() {
    BigDecimal balance = processBalance();
    if (balance.signum() < 0 && negativeProcessPolicy() == NegativeProcessPolicy.FLOOR_AT_ZERO_AND_WARN) {
      return List.of(Finding.of(month(), NEGATIVE_PROCESS_FINDING, "process emissions "
          + ReportingPrecision.sourceLine(balance).toPlainString() + " tCO2 floored at 0 (" + NegativeProcessPolicy.SOURCE + ")"));
    }
    return List.of();
  }

  @Value.Check
  void check() {
    Checks.nonNegative("clinkerTonnes", clinkerTonnes());
    for (Map.Entry<AlternativeMaterial, BigDecimal> use : alternativeMaterials().entrySet()) {
      Checks.nonNegative("tonnes of " + use.getKey().displayName(), use.getValue());
    }
    // Calculate once now, so that bad input fails at the door and never yields a partial report.
    calculatedLines();
  }
}
