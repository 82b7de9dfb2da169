package io.github.ets4j.study;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Percent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Projects a market year forward along a scenario: output × (1 + g)^k, intensity × (1 − r)^k, where k
 * is the distance from the market's latest year on or before the target year. A year the market has data
 * for is used as it is.
 *
 * <p>Projected emissions are rounded to whole tonnes and outputs to 3 decimals, half up: a study
 * convention [A], not a regulatory rounding step.
 */
final class Projection {
  // Compound growth over up to a hundred years: DECIMAL128 keeps 34 digits, far more than the
  // whole-tonne result needs.
  private static final MathContext CONTEXT = MathContext.DECIMAL128;
  /** Decimals kept of a projected output or heat; a market file's ordinary output is at least 10^-3. */
  static final int OUTPUT_DECIMALS = 3;
  /** Decimals kept of projected emissions (whole tonnes); an ordinary industrial unit has at least 1 t. */
  static final int TONNE_DECIMALS = 0;

  private Projection() {}

  static List<MarketUnit> project(Market market, Scenario scenario, Year year) {
    Year base = market.baseYear(year).orElseThrow(() -> new EtsValidationException("year", year,
        "the market has no data on or before this year (first market year " + market.years().get(0) + ")"));
    List<MarketUnit> units = market.units(base);
    int k = year.getValue() - base.getValue();
    if (k == 0) {
      return units;
    }
    Map<Sector, BigDecimal> growths = new EnumMap<>(Sector.class);
    Map<Sector, BigDecimal> emissionFactors = new EnumMap<>(Sector.class);
    for (Sector sector : Sector.values()) {
      BigDecimal growth = BigDecimal.ONE.add(Percent.toFraction(scenario.outputGrowth(sector))).pow(k, CONTEXT);
      BigDecimal intensity = BigDecimal.ONE.subtract(Percent.toFraction(scenario.intensityImprovement(sector)))
          .pow(k, CONTEXT);
      growths.put(sector, growth);
      emissionFactors.put(sector, growth.multiply(intensity, CONTEXT));
    }
    List<MarketUnit> projected = new ArrayList<>(units.size());
    for (MarketUnit unit : units) {
      BigDecimal growth = growths.getOrDefault(unit.sector(), BigDecimal.ONE);
      BigDecimal emissions = emissionFactors.getOrDefault(unit.sector(), BigDecimal.ONE);
      projected.add(MarketUnit.builder().from(unit)
          .year(year)
          .verifiedTonnes(unit.verifiedTonnes().multiply(emissions, CONTEXT).setScale(TONNE_DECIMALS, RoundingMode.HALF_UP))
          .output(unit.output().multiply(growth, CONTEXT).setScale(OUTPUT_DECIMALS, RoundingMode.HALF_UP))
          .heatGj(unit.heatGj().multiply(growth, CONTEXT).setScale(OUTPUT_DECIMALS, RoundingMode.HALF_UP))
          .intensityEmissionsTonnes(unit.intensityEmissionsTonnes()
              .map(e -> e.multiply(emissions, CONTEXT).setScale(TONNE_DECIMALS, RoundingMode.HALF_UP)))
          .build());
    }
    return projected;
  }
}
