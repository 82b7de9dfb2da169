package io.github.ets4j.allocation.industry;

import io.github.ets4j.allocation.AllocationUnit;
import io.github.ets4j.core.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Gas;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
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
 * and {@link #aluminumProcess}, or the builder. Output must be positive for an ordinary unit.
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
  }
}
