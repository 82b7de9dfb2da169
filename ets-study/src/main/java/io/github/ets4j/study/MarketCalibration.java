package io.github.ets4j.study;

import io.github.ets4j.allocation.power.PowerBenchmarks;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.util.List;
import java.util.Map;

/**
 * The calibration catalogue of the embedded synthetic market: per sector, how many entities, how many
 * tonnes, and how units, intensities and sizes are spread. Every figure is defined here once, with its
 * source; the shares, spreads and unit mixes are assumptions of this project ({@link Confidence#ASSUMED})
 * chosen to look like the national market, not measured.
 *
 * <p>Targets: 3,378 entities — power 2,087, steel 232, cement 962, aluminum 97 (coverage.md, MEE
 * 2026-01-01 market report [V]) — and 8.19 billion t in total (2024 surrender obligation 8.194 billion t
 * [V], rounded to the 8.19 of the issue). The expansion added about 3 billion t [S], split here as steel
 * 1.8, cement 1.1, aluminum 0.1 billion t [A], which leaves power 5.19 billion t.
 *
 * <p>Intensity centres are the 2023 power balance values of PLAN-POWER-2324 [V] for each power category
 * (conventional coal: times the unit's 2023 peak-shaving factor, since low-load units burn more per MWh
 * [A]) and, for industry, values in the range of allocation.md's cement example [A]; spreads are log-normal
 * standard deviations [A]. Immutable and thread-safe.
 */
public final class MarketCalibration {

  /** The compliance year the synthetic market describes (the 2025 entity list, 2024 emission scale). */
  public static final int BASE_YEAR = 2024;

  /** Entity counts per sector [V]. */
  public static final Source ENTITY_COUNTS = Source.of("MEE 2026-01-01 market report", "coverage.md, 2025 list",
      Confidence.OFFICIAL);
  /** Total verified emissions 8.19 billion t [V]; the sector split is [A]. */
  public static final Source TOTAL_EMISSIONS = Source.of("MEE 2026-01-01 market report",
      "coverage.md, 2024 surrender obligation 8.194 billion t; sector split assumed", Confidence.ASSUMED);
  /** Power intensity centres: the 2023 balance values [V]. */
  public static final Source POWER_INTENSITY = Source.of("PLAN-POWER-2324", "2023 balance values (allocation.md)",
      Confidence.OFFICIAL);
  /** Everything else in this catalogue: the project's own assumptions. */
  public static final Source ASSUMED = Source.of("ets4j", "synthetic market calibration", Confidence.ASSUMED);

  /** The default seed of the embedded market; a different seed gives another market with the same totals. */
  public static final long DEFAULT_SEED = 20_250_101L;

  /**
   * The inclusion threshold, t/year (MEASURES-2021 Art 8 [V]), read from its catalogue entry
   * {@link io.github.ets4j.core.entity.CoverageRules#INCLUSION_THRESHOLD}: no synthetic entity is smaller.
   */
  public static final long INCLUSION_THRESHOLD_TONNES =
      io.github.ets4j.core.entity.CoverageRules.INCLUSION_THRESHOLD.value().longValueExact();

  /**
   * One sector's calibration.
   *
   * @param sector the sector
   * @param entities the number of entities [V]
   * @param tonnes the sector's verified emissions, t [A split of a V total]
   * @param maxUnitsPerEntity units per entity are uniform in 1..max [A]
   * @param sizeSpread log-normal sigma of entity size [A]
   * @param intensitySpread log-normal sigma of unit intensity around its centre [A]
   * @param specialShare share of units that are special (allocated at verified emissions) [A]
   */
  public record SectorTarget(Sector sector, int entities, long tonnes, int maxUnitsPerEntity, double sizeSpread,
      double intensitySpread, double specialShare) {
    /**
     * Refuses a target without a sector.
     *
     * @throws io.github.ets4j.core.EtsValidationException if {@code sector} is null
     */
    public SectorTarget {
      Checks.notNull("sector", sector);
    }
  }

  /** Per-sector targets, in the order of {@link Sector}. */
  public static final List<SectorTarget> TARGETS = List.of(
      new SectorTarget(Sector.POWER, 2_087, 5_190_000_000L, 4, 0.9, 0.04, 0.02),
      new SectorTarget(Sector.CEMENT, 962, 1_100_000_000L, 3, 0.7, 0.05, 0.01),
      new SectorTarget(Sector.STEEL, 232, 1_800_000_000L, 1, 0.9, 0.08, 0.01),
      new SectorTarget(Sector.ALUMINUM, 97, 100_000_000L, 2, 0.6, 0.06, 0.0));

  /** Total entities, 3,378 [V]. */
  public static final int TOTAL_ENTITIES = 3_378;

  /** Total verified emissions, 8.19 billion t [V, rounded]. */
  public static final long TOTAL_TONNES = 8_190_000_000L;

  /** Power unit mix by category I, II, III, IV (share of units) [A]. */
  public static final Map<UnitCategory, Double> POWER_CATEGORY_SHARE = Map.of(UnitCategory.I, 0.40, UnitCategory.II, 0.30,
      UnitCategory.III, 0.15, UnitCategory.IV, 0.15);

  /**
   * Power electricity intensity centres by category, tCO2/MWh: the 2023 balance values [V], read from the
   * allocation module's catalogue ({@code PowerBenchmarks.BALANCE_VALUES_2023}, in the order I, II, III, IV).
   */
  public static final Map<UnitCategory, Double> POWER_INTENSITY_CENTRE = Map.of(UnitCategory.I, balanceValue(0),
      UnitCategory.II, balanceValue(1), UnitCategory.III, balanceValue(2), UnitCategory.IV, balanceValue(3));

  /** Coal heat intensity centre, tCO2/GJ: the 2023 coal-heat balance value [V], from the same catalogue. */
  public static final double HEAT_INTENSITY_COAL = balanceValue(4);

  /** Gas heat intensity centre, tCO2/GJ: the 2023 gas-heat balance value [V], from the same catalogue. */
  public static final double HEAT_INTENSITY_GAS = balanceValue(5);

  /** Share of power units that supply heat (combined heat and power) [A]. */
  public static final double CHP_SHARE = 0.35;

  /** Share of a combined heat and power unit's emissions that is due to heat, drawn uniform in 0..max [A]. */
  public static final double HEAT_EMISSION_SHARE_MAX = 0.30;

  /** Load factor of power units, %: normal mean and sd, clipped to 30..95 [A]. */
  public static final double LOAD_FACTOR_MEAN = 55.0;

  /** Load factor standard deviation, % [A]. */
  public static final double LOAD_FACTOR_SD = 9.0;

  /** Cement clinker intensity centre, tCO2/t clinker [A, near allocation.md's example BP 0.867]. */
  public static final double CEMENT_INTENSITY = 0.86;

  /** Steel ironmaking + sintering intensity centre, tCO2/t ironmaking product [A]. */
  public static final double STEEL_INTENSITY = 1.45;

  /** Share of steel verified emissions due to ironmaking and sintering [A]. */
  public static final double STEEL_INTENSITY_EMISSION_SHARE = 0.75;

  /** Aluminum anode + PFC intensity centre, tCO2e/t aluminum liquid [A]. */
  public static final double ALUMINUM_INTENSITY = 1.70;

  /** Provinces drawn uniformly for synthetic entities [A]. */
  public static final List<String> PROVINCES = List.of("Hebei", "Shandong", "Jiangsu", "Inner Mongolia", "Shanxi",
      "Henan", "Guangdong", "Zhejiang", "Anhui", "Xinjiang", "Liaoning", "Sichuan", "Hubei", "Yunnan", "Shaanxi");

  private MarketCalibration() {}

  private static double balanceValue(int index) {
    return PowerBenchmarks.BALANCE_VALUES_2023.get(index).value().doubleValue();
  }

  /**
   * The calibration of one sector.
   *
   * @param sector the sector
   * @return its target
   */
  public static SectorTarget target(Sector sector) {
    Checks.notNull("sector", sector);
    return TARGETS.stream().filter(t -> t.sector() == sector).findFirst().orElseThrow();
  }
}
