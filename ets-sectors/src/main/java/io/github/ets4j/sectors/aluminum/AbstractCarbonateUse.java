package io.github.ets4j.sectors.aluminum;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.unit.Percent;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.internal.Explanations;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.immutables.value.Value;

/**
 * A carbonate consumed in a month: its mass and purity. Create with
 * {@code CarbonateUse.of(Carbonate.CACO3, new BigDecimal("100"), new BigDecimal("98"))}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCarbonateUse {

  /**
   * The carbonate.
   *
   * @return the carbonate
   */
  @Value.Parameter
  public abstract Carbonate carbonate();

  /**
   * The mass consumed, t.
   *
   * @return the mass
   */
  @Value.Parameter
  public abstract BigDecimal tonnes();

  /**
   * The purity, % (0 to 100).
   *
   * @return the purity
   */
  @Value.Parameter
  public abstract BigDecimal purityPercent();

  /**
   * The decomposition line {@code t × EF × purity}: the mass reported with 2 decimals, the carbonate's factor from
   * the catalogue (AG-ALU-2024 [C]), tCO2, 2 decimals.
   *
   * @param catalogue the catalogue
   * @param sector the sector whose factor applies
   * @param year the year
   * @return the line, source {@link EmissionSource#INDUSTRIAL_PROCESS}
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null or the catalogue holds no factor of
   *     the carbonate for the sector and year
   */
  public final CalculatedLine line(DefaultCatalogue catalogue, Sector sector, Year year) {
    Checks.notNull("catalogue", catalogue);
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    BigDecimal reported = ReportingPrecision.material(tonnes());
    Parameter ef = catalogue.parameter(DefaultKeys.carbonateFactor(carbonate().code()), sector, year,
        "EF of " + carbonate().code());
    BigDecimal exact = reported.multiply(ef.value()).multiply(Percent.toFraction(purityPercent()));
    String formula = Explanations.number(reported) + " t × " + Explanations.number(ef.value()) + " tCO2/t × "
        + Explanations.number(purityPercent()) + " %";
    return CalculatedLine.co2(EmissionSource.INDUSTRIAL_PROCESS, "carbonate " + carbonate().code(), exact, formula,
        List.of(ef));
  }

  @Value.Check
  void check() {
    Checks.nonNegative("tonnes of " + carbonate(), tonnes());
    Checks.percent("purityPercent of " + carbonate(), purityPercent());
  }
}
