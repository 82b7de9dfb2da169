package io.github.ets4j.allocation.industry;

import io.github.ets4j.allocation.AllocationUnit;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Gas;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Share;
import io.github.ets4j.sectors.aluminum.AluminumYear;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.steel.SteelEnterpriseYear;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The allocation input of one industrial allocation unit for one compliance year: a clinker line, an
 * aluminum electrolysis process or a steel enterprise.
 *
 * <p>{@link #verifiedEmissions()} is E, the basis of {@code A = E × (1 + α)} (tCO2e). The intensity is
 * {@code I = intensityEmissions / output}: cement {@code E_line / clinker t}; aluminum
 * {@code (E_anode + E_PFC) / aluminum liquid t}; steel {@code (E_ironmaking + E_sintering) / ironmaking product t}
 * while E is the enterprise's verified emissions. Use the factories {@link #cementLine}, {@link #steelEnterprise}
 * and {@link #aluminumProcess}, or the builder; read a unit from its verified annual report (ets-sectors) with
 * {@link #cementLine(ClinkerLineYear)}, {@link #steelEnterprise(SteelEnterpriseYear)} and
 * {@link #aluminumProcess(AluminumYear, GwpSet)}. Output must be positive for an ordinary unit.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractIndustrialUnit implements AllocationUnit {

  /**
   * The unit's id.
   *
   * @return the id
   */
  @Override
  public abstract String id();

  /**
   * The entity's id.
   *
   * @return the entity id
   */
  @Override
  public abstract String entityId();

  /**
   * The sector: cement, steel or aluminum.
   *
   * @return the sector
   */
  public abstract Sector sector();

  /**
   * E: verified emissions of the allocation unit, tCO2e.
   *
   * @return E, zero or more
   */
  @Override
  public abstract BigDecimal verifiedEmissions();

  /**
   * The numerator of the intensity, tCO2e (equal to E except for steel).
   *
   * @return the intensity emissions; default {@link #verifiedEmissions()}
   */
  @Value.Default
  public BigDecimal intensityEmissions() {
    return verifiedEmissions();
  }

  /**
   * The denominator of the intensity: clinker, ironmaking product or aluminum liquid, t.
   *
   * @return the output, zero or more (positive for ordinary units)
   */
  public abstract BigDecimal output();

  /**
   * Why the unit is special, when the caller knows it (carbide slag is also decided from
   * {@link #carbideSlagRate()} by the policy of the year).
   *
   * @return the reason, or empty
   */
  public abstract Optional<IndustrySpecialUnit> special();

  /**
   * Cement: the carbide-slag substitution rate, a fraction.
   *
   * @return the rate, or empty when not applicable
   */
  public abstract Optional<BigDecimal> carbideSlagRate();

  /**
   * The producer class when the unit is not a listed producer: a non-Portland clinker line (report only for
   * 2024–2026 data) or an electric-arc-only steel producer (report only). Empty for a listed producer.
   *
   * @return the class, or empty
   */
  public abstract Optional<ProducerClass> producerClass();

  /**
   * A cement clinker line.
   *
   * @param id the line's id
   * @param entityId the entity
   * @param emissions the line's verified emissions, t
   * @param clinkerTonnes clinker output, t
   * @return the unit
   * @throws EtsValidationException on bad input
   */
  public static IndustrialUnit cementLine(String id, String entityId, BigDecimal emissions, BigDecimal clinkerTonnes) {
    return IndustrialUnit.builder().id(id).entityId(entityId).sector(Sector.CEMENT)
        .verifiedEmissions(emissions).output(clinkerTonnes).build();
  }

  /**
   * A steel enterprise: allocates on the enterprise's verified emissions, intensity on ironmaking and sintering.
   *
   * @param id the enterprise's id (also its unit id)
   * @param entityId the entity
   * @param enterpriseEmissions the enterprise's verified emissions E, t
   * @param ironmakingEmissions emissions of the ironmaking process, t
   * @param sinteringEmissions emissions of the sintering process, t
   * @param ironmakingProductTonnes ironmaking product output, t
   * @return the unit
   * @throws EtsValidationException on bad input
   */
  public static IndustrialUnit steelEnterprise(String id, String entityId, BigDecimal enterpriseEmissions,
      BigDecimal ironmakingEmissions, BigDecimal sinteringEmissions, BigDecimal ironmakingProductTonnes) {
    Checks.nonNegative("ironmakingEmissions", ironmakingEmissions);
    Checks.nonNegative("sinteringEmissions", sinteringEmissions);
    return IndustrialUnit.builder().id(id).entityId(entityId).sector(Sector.STEEL)
        .verifiedEmissions(enterpriseEmissions).intensityEmissions(ironmakingEmissions.add(sinteringEmissions))
        .output(ironmakingProductTonnes).build();
  }

  /**
   * An aluminum electrolysis process: E = anode CO2 + PFC (CF4, C2F6) in CO2e with the given GWP set.
   *
   * @param id the process's id
   * @param entityId the entity
   * @param anodeCo2 anode consumption CO2, t
   * @param cf4Tonnes CF4, t of gas
   * @param c2f6Tonnes C2F6, t of gas
   * @param gwpSet the GWP set in force (AR5 under AG-ALU-2024 [C])
   * @param aluminumLiquidTonnes aluminum liquid output, t
   * @return the unit
   * @throws EtsValidationException on bad input
   */
  public static IndustrialUnit aluminumProcess(String id, String entityId, BigDecimal anodeCo2, BigDecimal cf4Tonnes,
      BigDecimal c2f6Tonnes, GwpSet gwpSet, BigDecimal aluminumLiquidTonnes) {
    Checks.nonNegative("anodeCo2", anodeCo2);
    Checks.nonNegative("cf4Tonnes", cf4Tonnes);
    Checks.nonNegative("c2f6Tonnes", c2f6Tonnes);
    Checks.notNull("gwpSet", gwpSet);
    BigDecimal e = anodeCo2.add(cf4Tonnes.multiply(gwpSet.gwp(Gas.CF4))).add(c2f6Tonnes.multiply(gwpSet.gwp(Gas.C2F6)));
    return IndustrialUnit.builder().id(id).entityId(entityId).sector(Sector.ALUMINUM)
        .verifiedEmissions(e).output(aluminumLiquidTonnes).build();
  }

  /**
   * Reads a clinker line from its verified annual report (ets-sectors).
   *
   * <p>Taken from the report: the id (the report's facility id), the entity id, E = the verified emissions
   * (whole tonnes), which is also the numerator of the intensity ({@code I = E_line / clinker}, allocation.md),
   * the clinker output (t) and the carbide-slag substitution rate, which the report gives in percent to
   * 2 decimals and which becomes the fraction {@code percent / 100} exactly (the policy of the year compares
   * it with its threshold). A line that made only white Portland clinker in every month of the report is the
   * special unit {@link IndustrySpecialUnit#WHITE_CLINKER}; one that made only non-Portland clinker in every month
   * is a {@link ProducerClass#NON_PORTLAND_CLINKER} line (report only for 2024–2026 data). The report does not know whether a line makes
   * gypsum-to-sulfuric-acid by-product clinker: set that with
   * {@code .withSpecial(IndustrySpecialUnit.GYPSUM_SULFURIC_ACID)}.
   *
   * <p>[A] The intensity numerator is the whole-tonne verified figure, as allocation.md writes it, not the
   * 2-decimal sum that {@code ClinkerLineYear.intensity()} divides; the two intensities differ by less than
   * 0.5 t over the clinker output.
   *
   * @param line the line's annual view, {@code ClinkerLineYear.of(annualReport)}
   * @return the unit
   * @throws EtsValidationException if the line is null or a figure of the report does not fit a unit
   */
  public static IndustrialUnit cementLine(ClinkerLineYear line) {
    Checks.notNull("line", line);
    AnnualReport report = line.report();
    return IndustrialUnit.builder().id(report.facilityId()).entityId(report.entityId()).sector(Sector.CEMENT)
        .verifiedEmissions(line.verifiedEmissions()).output(line.clinkerTonnes())
        .carbideSlagRate(line.carbideSlagSubstitution().map(Share::fraction))
        .special(onlyWhiteClinker(report) ? Optional.of(IndustrySpecialUnit.WHITE_CLINKER) : Optional.empty())
        .producerClass(onlyNonPortland(report) ? Optional.of(ProducerClass.NON_PORTLAND_CLINKER) : Optional.empty())
        .build();
  }

  /** A line whose every month made clinker other than Portland or white Portland is a non-Portland line. */
  private static boolean onlyNonPortland(AnnualReport report) {
    return report.months().stream().allMatch(month -> month.data() instanceof ClinkerLineMonth clinker
        && clinker.clinkerType() != ClinkerType.PORTLAND && clinker.clinkerType() != ClinkerType.WHITE_PORTLAND);
  }

  private static boolean onlyWhiteClinker(AnnualReport report) {
    return report.months().stream().allMatch(month -> month.data() instanceof ClinkerLineMonth clinker
        && clinker.clinkerType() == ClinkerType.WHITE_PORTLAND);
  }

  /**
   * Reads a steel enterprise from its verified annual report (ets-sectors).
   *
   * <p>Taken from the report: the id (the report's facility id), the entity id, E = the enterprise's verified
   * emissions (whole tonnes), the intensity numerator {@code E_ironmaking + E_sintering} (2 decimals) and the
   * ironmaking product (t), so that {@code I = (E_ironmaking + E_sintering) / Q_ironmaking product}
   * (allocation.md). A hydrogen-rich carbon-cycle oxygen blast furnace is not in the report: set it with
   * {@code .withSpecial(IndustrySpecialUnit.HYDROGEN_RICH_BLAST_FURNACE)}.
   *
   * @param year the enterprise's annual view, {@code SteelEnterpriseYear.of(annualReport)}
   * @return the unit
   * @throws EtsValidationException if the view is null, or the ironmaking and sintering emissions together
   *     are negative
   */
  public static IndustrialUnit steelEnterprise(SteelEnterpriseYear year) {
    Checks.notNull("year", year);
    AnnualReport report = year.report();
    return IndustrialUnit.builder().id(report.facilityId()).entityId(report.entityId()).sector(Sector.STEEL)
        .verifiedEmissions(year.verifiedEmissions()).intensityEmissions(year.ironmakingAndSinteringEmissions())
        .output(year.ironmakingProductTonnes()).build();
  }

  /**
   * Reads an aluminum electrolysis process from its verified annual report (ets-sectors).
   *
   * <p>Taken from the report: the id (the report's facility id), the entity id, E = the electrolysis-process
   * emissions {@code E_anode + E_PFC} (2 decimals, tCO2e; allocation.md, PLAN-2526-DRAFT Table 2-4), which is
   * also the intensity numerator, and the aluminum liquid output (t). The report's verified emissions also hold
   * fuel and carbonate emissions, which are not part of E. The PFCs are in CO2e of the report's GWP set, which
   * must be the one the rules convert with ({@code rulebook.gwpSet()}, AR5 under AG-ALU-2024).
   *
   * @param year the process's annual view, {@code AluminumYear.of(annualReport)}
   * @param gwpSet the GWP set of the rules in force
   * @return the unit
   * @throws EtsValidationException if an argument is null or the report converts PFCs with another GWP set
   */
  public static IndustrialUnit aluminumProcess(AluminumYear year, GwpSet gwpSet) {
    Checks.notNull("year", year);
    Checks.notNull("gwpSet", gwpSet);
    if (!year.gwpSet().equals(gwpSet)) {
      throw new EtsValidationException("gwpSet", gwpSet.name(), "the report converts PFCs to CO2e with "
          + year.gwpSet().name() + ": report the year with " + gwpSet.name() + " to allocate under these rules");
    }
    AnnualReport report = year.report();
    return IndustrialUnit.builder().id(report.facilityId()).entityId(report.entityId()).sector(Sector.ALUMINUM)
        .verifiedEmissions(year.electrolysisEmissions()).output(year.aluminumLiquidTonnes()).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("id", id());
    Checks.notBlank("entityId", entityId());
    if (Checks.notNull("sector", sector()) == Sector.POWER) {
      throw new EtsValidationException("sector", sector(), "an industrial unit is cement, steel or aluminum");
    }
    Checks.nonNegative("verifiedEmissions", verifiedEmissions());
    Checks.nonNegative("intensityEmissions", intensityEmissions());
    Checks.nonNegative("output", output());
    carbideSlagRate().ifPresent(r -> Checks.fraction("carbideSlagRate", r));
    if (producerClass().isPresent() && producerClass().get().sector() != sector()) {
      throw new EtsValidationException("producerClass", producerClass().get(), "is a class of "
          + producerClass().get().sector() + " producers, not of " + sector());
    }
    checkIntensity();
  }

  /**
   * Refuses an intensity outside the physical range of the national catalogue (ets-sectors
   * {@code range/intensity/<sector>}, [A]): a cement line above 3 tCO2/t clinker has its emissions and clinker
   * swapped, or its clinker in kt.
   */
  private void checkIntensity() {
    if (output().signum() == 0) {
      return;
    }
    Optional<PlausibilityRange> range = IntensityRanges.of(sector());
    if (range.isPresent()) {
      BigDecimal intensity = intensityEmissions().divide(output(), MathContext.DECIMAL64).setScale(4,
          RoundingMode.HALF_UP);
      PlausibilityRange physical = range.get();
      // The refusal's field text is built only for a refusal.
      if (intensity.compareTo(physical.physicalMin()) < 0 || intensity.compareTo(physical.physicalMax()) > 0) {
        physical.requirePhysical("intensity of " + id() + " (" + intensityEmissions().toPlainString() + " t / "
            + output().toPlainString() + " t)", intensity);
      }
    }
  }
}
