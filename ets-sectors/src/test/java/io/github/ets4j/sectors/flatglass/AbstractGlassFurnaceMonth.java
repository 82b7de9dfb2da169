package io.github.ets4j.sectors.flatglass;

import io.github.ets4j.core.AnnouncedSector;
import io.github.ets4j.core.EtsStyle;
import io.github.ets4j.core.Precision;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.sectors.aluminum.CarbonateUse;
import io.github.ets4j.sectors.kit.IndustrialMonth;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.Figure;
import io.github.ets4j.sectors.mrv.Finding;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A test sector, built on the monitoring kit to show that a fifth sector needs only its own formula, outputs and
 * checks: one month of a flat-glass furnace, {@code E = Σ fuel combustion + Σ carbonate t × EF × purity}.
 *
 * <p><b>Not a claim of the official flat-glass guideline</b>, which the domain reference does not hold: flat glass
 * is an announced, report-only sector (N26 §四), and this month ships in the tests only. The month reports for
 * {@link AnnouncedSector#FLAT_GLASS} ({@link #reportOnlySector()}) and borrows the rules of the covered
 * {@link Sector#ALUMINUM} [A], since catalogue and fuel-rule lookups are keyed by a covered sector: their fuel rules
 * and the AG-ALU-2024 carbonate factors of the catalogue (soda ash, limestone, dolomite), through the aluminum
 * carbonate code ({@link CarbonateUse#line}). Its report is therefore no aluminum year. Immutable and thread-safe.
 */
@EtsStyle
@Value.Immutable
abstract class AbstractGlassFurnaceMonth implements IndustrialMonth {
  /** Glass melted, t (2 decimals). */
  static final Figure GLASS = Figure.of("glass melted", "t", Precision.PRODUCT_OUTPUT);
  /** The code of the finding on carbonates decomposed in a month that melted no glass. */
  static final String NO_OUTPUT_CHECK = "flatglass.carbonates-without-glass";

  @Override
  public abstract YearMonth month();

  /**
   * Glass melted, t.
   *
   * @return the output
   */
  public abstract BigDecimal glassTonnes();

  /**
   * The carbonates of the batch (soda ash, limestone, dolomite), each with its mass and purity.
   *
   * @return the carbonate uses
   */
  public abstract List<CarbonateUse> carbonates();

  /**
   * The covered sector whose rules apply: aluminum's, borrowed [A] (see the type's Javadoc).
   *
   * @return {@link Sector#ALUMINUM}
   */
  @Override
  public final Sector sector() {
    return Sector.ALUMINUM;
  }

  /**
   * The sector the furnace reports for: flat glass, announced and not covered.
   *
   * @return {@link AnnouncedSector#FLAT_GLASS}
   */
  @Override
  public final Optional<AnnouncedSector> reportOnlySector() {
    return Optional.of(AnnouncedSector.FLAT_GLASS);
  }

  @Override
  public final List<CalculatedLine> sectorLines() {
    List<CalculatedLine> lines = new ArrayList<>();
    for (CarbonateUse use : carbonates()) {
      lines.add(use.line(catalogue(), sector(), year()));
    }
    return lines;
  }

  @Override
  public final Map<Figure, BigDecimal> figures() {
    return Map.of(GLASS, GLASS.report(glassTonnes()));
  }

  @Override
  public final List<Finding> sectorFindings() {
    if (!carbonates().isEmpty() && GLASS.report(glassTonnes()).signum() == 0) {
      return List.of(Finding.of(month(), NO_OUTPUT_CHECK,
          "carbonates decomposed in a month that melted no glass: check the batch and the output"));
    }
    return List.of();
  }

  @Value.Check
  void check() {
    Checks.nonNegative("glassTonnes", glassTonnes());
    // Calculate once now, so that bad input fails at the door and never yields a partial report.
    calculatedLines();
  }
}
