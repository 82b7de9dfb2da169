package io.github.ets4j.sectors.power;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.internal.Explanations;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

/**
 * Purchased electricity {@code MWh × EF_grid}: an auxiliary, indirect line
 * ({@link EmissionSource#PURCHASED_ELECTRICITY}) that is never part of a covered total (coverage.md).
 * The grid factor 0.5703 tCO2/MWh [S] is in force for data years 2022 to 2025; the guideline drops the
 * item from reporting year 2026 (UPD-POWER-2026 [V]), so the built-in catalogue has no factor then.
 * Holds no state. Immutable and thread-safe.
 */
public final class PurchasedElectricity {
  private PurchasedElectricity() {}

  /**
   * The indirect line with the catalogue's grid factor.
   *
   * @param mwh the purchased electricity, MWh, zero or more (reported with 3 decimals)
   * @param sector the sector
   * @param year the reporting year
   * @param catalogue the catalogue
   * @return the line, 2 decimals
   * @throws EtsValidationException if the amount is negative or no grid factor is in force (from 2026)
   */
  public static CalculatedLine line(BigDecimal mwh, Sector sector, Year year, DefaultCatalogue catalogue) {
    Checks.notNull("catalogue", catalogue);
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    if (catalogue.find(DefaultKeys.GRID_EMISSION_FACTOR, sector, year).isEmpty()) {
      throw new EtsValidationException("purchasedElectricityMwh", mwh, "no grid emission factor is in force for "
          + sector + " in " + year + ": purchased electricity was removed from the guideline from reporting year 2026"
          + " (UPD-POWER-2026); supply a factor with DefaultCatalogue.with(...) to report it anyway");
    }
    return line(mwh, catalogue.parameter(DefaultKeys.GRID_EMISSION_FACTOR, sector, year, "grid emission factor"));
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
