package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A what-if: the compliance years to run, how output and intensity move per sector, the Phase 2
 * parameters, the power benchmark path after the last published year, the carbon and CCER prices, the share
 * of the CCER cap used, and the Monte Carlo draws.
 *
 * <p>Build with {@code Scenario.builder()}; every field has a default, so {@code
 * Scenario.builder().build()} is the default study (2024–2030). Growth and improvement defaults, the
 * draw spreads and the CCER share are assumptions of this project ({@link #ASSUMED}), meant to be changed;
 * the prices are the 2025 averages of the national market ({@link ComplianceDefaults}). Growth and
 * improvement percentages are per year and compound from the market's base year. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractScenario {

  /** The source of every default in this class: an assumption of the project [A]. */
  public static final Source ASSUMED = Source.of("ets4j", "default scenario", Confidence.ASSUMED);

  /** The first year a study may run: the first generation-basis power year (allocation.md). */
  public static final Year FIRST_STUDY_YEAR = Year.of(2023);

  /**
   * The first compliance year of the study.
   *
   * @return the year, default 2024, not before 2023
   */
  @Value.Default
  public Year firstYear() {
    return Year.of(2024);
  }

  /**
   * The last compliance year of the study.
   *
   * @return the year, default 2030
   */
  @Value.Default
  public Year lastYear() {
    return Year.of(2030);
  }

  /**
   * Output growth per year and sector, %; a sector not named grows by 0. Default [A]: power 2.0, cement
   * −1.0, steel −1.0, aluminum 1.0.
   *
   * @return the growth rates, each above −100
   */
  @Value.Default
  public Map<Sector, BigDecimal> outputGrowthPercent() {
    Map<Sector, BigDecimal> map = new EnumMap<>(Sector.class);
    map.put(Sector.POWER, new BigDecimal("2.0"));
    map.put(Sector.CEMENT, new BigDecimal("-1.0"));
    map.put(Sector.STEEL, new BigDecimal("-1.0"));
    map.put(Sector.ALUMINUM, new BigDecimal("1.0"));
    return map;
  }

  /**
   * Intensity improvement per year and sector, % (emissions per unit of output fall by this much); a
   * sector not named does not improve. Default [A]: 0.5 for every sector.
   *
   * @return the improvement rates, each below 100
   */
  @Value.Default
  public Map<Sector, BigDecimal> intensityImprovementPercent() {
    Map<Sector, BigDecimal> map = new EnumMap<>(Sector.class);
    for (Sector sector : Sector.values()) {
      map.put(sector, new BigDecimal("0.5"));
    }
    return map;
  }

  /**
   * Phase 2 (2027 on): the share of sector output, %, whose output-weighted intensity replaces the
   * balance value ("the best p %"); empty keeps the rulebook's own Phase 2 default.
   *
   * @return the percentile, in (0, 100]
   */
  public abstract Optional<BigDecimal> phase2Percentile();

  /**
   * Phase 2 (2027 on): the yearly tightening of the balance value, %; empty keeps the rulebook's default.
   *
   * @return the rate, in [0, 100)
   */
  public abstract Optional<BigDecimal> phase2TighteningPercent();

  /**
   * The yearly tightening of the power benchmarks after the last published year, %. Default 0 [A]: the
   * last published benchmarks stay in force.
   *
   * @return the rate, in [0, 100)
   */
  @Value.Default
  public BigDecimal powerBenchmarkTighteningPercent() {
    return BigDecimal.ZERO;
  }

  /**
   * A change applied to the rulebook of every study year after the Phase 2 and power-benchmark
   * parameters, for what-ifs the scenario has no field for. Not part of {@code equals}: functions cannot
   * be compared.
   *
   * @return the override, default none
   */
  @Value.Default
  @Value.Auxiliary
  public RulebookOverride rulebookOverride() {
    return RulebookOverride.NONE;
  }

  /**
   * The carbon price at which allowances to buy are costed and allowances that can be sold are valued, CNY per
   * tonne. Default {@link ComplianceDefaults#ALLOWANCE_PRICE}: the 2025 average of the national market, 62.36 CNY/t
   * [V MEE25].
   *
   * @return the price, not negative
   */
  @Value.Default
  public BigDecimal carbonPriceCnyPerTonne() {
    return ComplianceDefaults.ALLOWANCE_PRICE.value();
  }

  /**
   * The price of a CCER offset, CNY per tonne. Default {@link ComplianceDefaults#CCER_PRICE}: the 2025 average, 70.76
   * CNY/t [V MEE25].
   *
   * @return the price, not negative
   */
  @Value.Default
  public BigDecimal ccerPriceCnyPerTonne() {
    return ComplianceDefaults.CCER_PRICE.value();
  }

  /**
   * The share of its CCER offset cap that every entity surrenders, %: an entity with obligation {@code O} surrenders
   * {@code floor(share / 100 × cap)} CCERs, the cap being the compliance rules' {@code floor(5 % × O)}
   * (MEASURES-2021 Art 29 [V]). Default {@link ComplianceDefaults#CCER_SHARE_OF_CAP}: 0, ASSUMED (at the 2025
   * averages a CCER costs more than an allowance, so a cost-minimising entity surrenders none).
   *
   * @return the share, 0 to 100
   */
  @Value.Default
  public BigDecimal ccerSharePercent() {
    return ComplianceDefaults.CCER_SHARE_OF_CAP.value();
  }

  /**
   * Monte Carlo draws of the fast engine; 0 runs the exact central case only. Default 200.
   *
   * @return the draws, 0 to 1,000,000
   */
  @Value.Default
  public int draws() {
    return 200;
  }

  /**
   * The seed of the Monte Carlo draws; the same seed gives the same draws.
   *
   * @return the seed, default 1
   */
  @Value.Default
  public long seed() {
    return 1L;
  }

  /**
   * The threads the Monte Carlo draws run on. The same seed gives the same draws and summaries whatever
   * the thread count (see {@link FastEngine#run(int, long, double, double, int, java.util.function.IntConsumer)}),
   * so the count is not part of {@code equals}, {@code hashCode} or {@code toString}: two scenarios that
   * differ only in it give the same results.
   *
   * @return the threads, 1 to {@link FastEngine#MAX_THREADS}; default all the cores the JVM sees
   *     ({@link Runtime#availableProcessors()})
   */
  @Value.Default
  @Value.Auxiliary
  public int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * The spread of a unit's yearly output around the scenario path in a draw: the standard deviation of
   * a mean-one log-normal factor, %. Default 5 [A].
   *
   * @return the spread, 0 to 100
   */
  @Value.Default
  public BigDecimal outputSpreadPercent() {
    return new BigDecimal("5");
  }

  /**
   * The spread of a unit's yearly intensity in a draw, %, as for {@link #outputSpreadPercent()}.
   * Default 2 [A].
   *
   * @return the spread, 0 to 100
   */
  @Value.Default
  public BigDecimal intensitySpreadPercent() {
    return new BigDecimal("2");
  }

  /**
   * The compliance years of the study, ascending.
   *
   * @return the years from {@link #firstYear()} to {@link #lastYear()}
   */
  public List<Year> years() {
    List<Year> years = new ArrayList<>();
    for (Year y = firstYear(); !y.isAfter(lastYear()); y = y.plusYears(1)) {
      years.add(y);
    }
    return years;
  }

  /**
   * The output growth of a sector, % per year (0 if not named).
   *
   * @param sector the sector
   * @return the rate
   */
  public BigDecimal outputGrowth(Sector sector) {
    return outputGrowthPercent().getOrDefault(sector, BigDecimal.ZERO);
  }

  /**
   * The intensity improvement of a sector, % per year (0 if not named).
   *
   * @param sector the sector
   * @return the rate
   */
  public BigDecimal intensityImprovement(Sector sector) {
    return intensityImprovementPercent().getOrDefault(sector, BigDecimal.ZERO);
  }

  @Value.Check
  void check() {
    if (firstYear().isBefore(FIRST_STUDY_YEAR)) {
      throw new EtsValidationException("firstYear", firstYear(), "a study starts in 2023 or later");
    }
    if (lastYear().isBefore(firstYear())) {
      throw new EtsValidationException("lastYear", lastYear(), "must not be before firstYear " + firstYear());
    }
    if (lastYear().getValue() - firstYear().getValue() > 100) {
      throw new EtsValidationException("lastYear", lastYear(), "a study runs at most 100 years");
    }
    BigDecimal hundred = BigDecimal.valueOf(100);
    outputGrowthPercent().forEach((sector, rate) -> {
      if (rate.compareTo(hundred.negate()) <= 0) {
        throw new EtsValidationException("outputGrowthPercent." + sector, rate.toPlainString(),
            "must be above -100");
      }
    });
    intensityImprovementPercent().forEach((sector, rate) -> {
      if (rate.compareTo(hundred) >= 0) {
        throw new EtsValidationException("intensityImprovementPercent." + sector, rate.toPlainString(),
            "must be below 100");
      }
    });
    phase2Percentile().ifPresent(p -> {
      if (p.signum() <= 0 || p.compareTo(hundred) > 0) {
        throw new EtsValidationException("phase2Percentile", p.toPlainString(), "must be above 0 and at most 100");
      }
    });
    phase2TighteningPercent().ifPresent(r -> below100("phase2TighteningPercent", r));
    below100("powerBenchmarkTighteningPercent", powerBenchmarkTighteningPercent());
    Checks.nonNegative("carbonPriceCnyPerTonne", carbonPriceCnyPerTonne());
    Checks.nonNegative("ccerPriceCnyPerTonne", ccerPriceCnyPerTonne());
    Checks.percent("ccerSharePercent", ccerSharePercent());
    if (draws() < 0 || draws() > 1_000_000) {
      throw new EtsValidationException("draws", draws(), "must be between 0 and 1,000,000");
    }
    FastEngine.checkThreads(threads());
    Checks.percent("outputSpreadPercent", outputSpreadPercent());
    Checks.percent("intensitySpreadPercent", intensitySpreadPercent());
  }

  private static void below100(String field, BigDecimal rate) {
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new EtsValidationException(field, rate.toPlainString(), "must be at least 0 and below 100");
    }
  }
}
