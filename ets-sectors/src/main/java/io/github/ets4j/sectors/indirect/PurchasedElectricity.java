package io.github.ets4j.sectors.indirect;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.GridFactor;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.internal.Explanations;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

/**
 * Purchased electricity {@code MWh × EF_grid}: an auxiliary, indirect line
 * ({@link EmissionSource#PURCHASED_ELECTRICITY}) that is reported but never part of a covered total
 * (coverage.md). The grid factors are rows of the default catalogue ({@link GridFactor}): 0.5703 tCO2/MWh [S]
 * for data years 2022 to 2024 in every sector and 2025 in power; the power guideline drops the item from
 * reporting year 2026 (UPD-POWER-2026 [V]), while the industrial guidelines keep it, priced from data year 2025
 * with the GRID23 factor the report chooses (national by default) [A, see {@link GridFactor}]. A refusal gives
 * the reason that applies to the sector and year. Holds no state. Immutable and thread-safe.
 */
public final class PurchasedElectricity {
  private PurchasedElectricity() {}

  /**
   * The indirect line with the catalogue's national grid factor.
   *
   * @param mwh the purchased electricity, MWh, zero or more (reported with 3 decimals)
   * @param sector the sector
   * @param year the reporting year
   * @param catalogue the catalogue
   * @return the line, 2 decimals
   * @throws EtsValidationException if the amount is negative or no grid factor is in force (power from 2026)
   */
  public static CalculatedLine line(BigDecimal mwh, Sector sector, Year year, DefaultCatalogue catalogue) {
    return line(mwh, sector, year, catalogue, GridFactor.national());
  }

  /**
   * The indirect line with the grid factor of a given choice (national, regional, provincial, fossil).
   *
   * @param mwh the purchased electricity, MWh, zero or more (reported with 3 decimals)
   * @param sector the sector
   * @param year the reporting year
   * @param catalogue the catalogue
   * @param gridFactor which factor prices the electricity
   * @return the line, 2 decimals
   * @throws EtsValidationException if the amount is negative or the factor is not in force, with the reason
   *     ({@link GridFactor#find(DefaultCatalogue, Sector, Year)})
   */
  public static CalculatedLine line(BigDecimal mwh, Sector sector, Year year, DefaultCatalogue catalogue,
      GridFactor gridFactor) {
    Checks.notNull("catalogue", catalogue);
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    Checks.notNull("gridFactor", gridFactor);
    Checks.nonNegative("purchasedElectricityMwh", mwh);
    return line(mwh, gridFactor.find(catalogue, sector, year).toParameter("grid emission factor"));
  }

  /**
   * The indirect line with a given grid factor.
   *
   * @param mwh the purchased electricity, MWh, zero or more
   * @param gridFactor the factor, tCO2/MWh
   * @return the line, 2 decimals
   * @throws EtsValidationException if the amount is negative
   */
  public static CalculatedLine line(BigDecimal mwh, Parameter gridFactor) {
    Checks.nonNegative("purchasedElectricityMwh", mwh);
    Checks.notNull("gridFactor", gridFactor);
    BigDecimal reported = ReportingPrecision.electricity(mwh);
    return CalculatedLine.co2(EmissionSource.PURCHASED_ELECTRICITY, "purchased electricity",
        reported.multiply(gridFactor.value()),
        Explanations.number(reported) + " MWh × " + Explanations.number(gridFactor.value()) + " tCO2/MWh",
        List.of(gridFactor));
  }
}
