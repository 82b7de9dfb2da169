package io.github.ets4j.sectors.flatglass;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.FacilityYear;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.math.BigDecimal;

/**
 * The test sector's annual view on the annual skeleton: a flat-glass furnace's year, writing only its own figures
 * (glass melted, fuel and carbonate emissions, the intensity) and its check (twelve furnace months). Verified and
 * indirect emissions, defaults used, findings, the explanation, equality and the text come from
 * {@link FacilityYear}.
 *
 * <p><b>Not a claim of the official flat-glass guideline</b> (see {@link AbstractGlassFurnaceMonth}). The months
 * borrow the aluminum rules [A] but report for {@link AnnouncedSector#FLAT_GLASS}, which the skeleton's sector check
 * reads (so no covered year view, {@code AluminumYear} included, takes the report); the furnace's own check is that
 * every month is a {@link GlassFurnaceMonth}. The intensity {@code E / glass melted} (tCO2/t,
 * 4 decimals) is this test's assumption [A]: covered emissions summed from the 2-decimal lines, as the clinker line's.
 * Immutable and thread-safe.
 */
final class GlassFurnaceYear extends FacilityYear {
  private GlassFurnaceYear(AnnualReport report) {
    super(report, AnnouncedSector.FLAT_GLASS, "a glass furnace's year needs a flat-glass report");
  }

  /**
   * Views the annual report of a glass furnace.
   *
   * @param report the annual report
   * @return the view
   * @throws EtsValidationException if the report is null, not of flat glass, or a month is not a furnace
   *     month
   */
  static GlassFurnaceYear of(AnnualReport report) {
    GlassFurnaceYear year = new GlassFurnaceYear(report);
    for (MonthlyReport month : report.months()) {
      if (!(month.data() instanceof GlassFurnaceMonth)) {
        throw new EtsValidationException("month", month.month(),
            "a glass furnace's year needs twelve furnace months, not " + month.data().getClass().getSimpleName());
      }
    }
    return year;
  }

  /** Glass melted in the year, t, 2 decimals. */
  BigDecimal glassTonnes() {
    return figure(AbstractGlassFurnaceMonth.GLASS);
  }

  /** Fuel-combustion emissions of the year, tCO2, 2 decimals. */
  BigDecimal fuelEmissions() {
    return report().sourceCo2e(EmissionSource.FUEL_COMBUSTION);
  }

  /** Carbonate-decomposition emissions of the year, tCO2, 2 decimals. */
  BigDecimal carbonateEmissions() {
    return report().sourceCo2e(EmissionSource.INDUSTRIAL_PROCESS);
  }

  /**
   * The intensity {@code E / glass melted} [A], tCO2/t, 4 decimals.
   *
   * @throws EtsValidationException if no glass was melted
   */
  BigDecimal intensity() {
    return intensity(report().coveredCo2e(), glassTonnes(), "glass melted");
  }

  @Override
  protected String outputs() {
    return glassTonnes().toPlainString() + " t glass";
  }
}
