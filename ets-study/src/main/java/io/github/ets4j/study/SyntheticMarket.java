package io.github.ets4j.study;

import static io.github.ets4j.study.MarketCalibration.INCLUSION_THRESHOLD_TONNES;

import io.github.ets4j.allocation.power.LoadCorrection;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.study.MarketCalibration.SectorTarget;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.unit.Share;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The embedded default market: a synthetic national market generated at run time from
 * {@link MarketCalibration}, deterministic for a given seed.
 *
 * <p>Each sector gets exactly its target number of entities and exactly its target tonnes (whole
 * tonnes); every entity emits at least the 26,000 t inclusion threshold. Entity sizes are log-normal,
 * split into 1..max units with random weights; a unit's output is its emissions divided by an intensity
 * drawn log-normally around the sector's (power: the category's) centre — for conventional coal units
 * times their 2023 peak-shaving factor, read from the allocation module's {@code LoadCorrection}. Entity ids are valid unified
 * social credit codes (GB 32100-2015 check character). Nothing here is real data. Stateless;
 * thread-safe.
 */
public final class SyntheticMarket {
  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private SyntheticMarket() {}

  /**
   * The default embedded market: {@link MarketCalibration#BASE_YEAR}, {@link MarketCalibration#DEFAULT_SEED}.
   *
   * @return the market
   */
  public static Market national() {
    return generate(Year.of(MarketCalibration.BASE_YEAR), MarketCalibration.DEFAULT_SEED);
  }

  /**
   * Generates the calibrated market for one year.
   *
   * @param year the compliance year written on every unit
   * @param seed the random seed; the same seed gives the same market
   * @return the market
   */
  public static Market generate(Year year, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<MarketUnit> units = new ArrayList<>();
    int entityNumber = 0;
    for (SectorTarget target : MarketCalibration.TARGETS) {
      long[] sizes = entitySizes(target, random);
      for (long size : sizes) {
        entityNumber++;
        addEntity(units, year, target, size, entityNumber, random);
      }
    }
    return Market.of(units);
  }

  /** Entity sizes: the threshold plus a log-normal share of what is left, summing exactly to the target. */
  private static long[] entitySizes(SectorTarget target, SplittableRandom random) {
    int n = target.entities();
    double[] weights = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = Math.exp(target.sizeSpread() * random.nextGaussian());
      sum += weights[i];
    }
    long spare = target.tonnes() - n * INCLUSION_THRESHOLD_TONNES;
    long[] sizes = new long[n];
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      sizes[i] = INCLUSION_THRESHOLD_TONNES + (long) Math.floor(spare * weights[i] / sum);
      assigned += sizes[i];
    }
    // The floors leave a few tonnes over: give them to the largest entity, where they change nothing visible.
    int largest = 0;
    for (int i = 1; i < n; i++) {
      if (sizes[i] > sizes[largest]) {
        largest = i;
      }
    }
    sizes[largest] += target.tonnes() - assigned;
    return sizes;
  }

  private static void addEntity(List<MarketUnit> units, Year year, SectorTarget target, long size, int number,
      SplittableRandom random) {
    String entityId = creditCode(number);
    String name = target.sector().name().charAt(0) + target.sector().name().substring(1).toLowerCase(java.util.Locale.ROOT)
        + " entity " + number;
    String province = MarketCalibration.PROVINCES.get(random.nextInt(MarketCalibration.PROVINCES.size()));
    int count = 1 + random.nextInt(target.maxUnitsPerEntity());
    if (size < count * 1_000L) {
      count = 1;
    }
    double[] weights = new double[count];
    double sum = 0;
    for (int u = 0; u < count; u++) {
      weights[u] = 0.5 + random.nextDouble();
      sum += weights[u];
    }
    long left = size;
    for (int u = 0; u < count; u++) {
      long tonnes = u == count - 1 ? left : (long) Math.floor(size * weights[u] / sum);
      left -= tonnes;
      units.add(unit(year, target, entityId, name, province, entityId + "-" + (u + 1), tonnes, random));
    }
  }

  private static MarketUnit unit(Year year, SectorTarget target, String entityId, String name, String province,
      String unitId, long tonnes, SplittableRandom random) {
    MarketUnit.Builder b = MarketUnit.builder().year(year).entityId(entityId).entityName(name).province(province)
        .sector(target.sector()).unitId(unitId).verifiedTonnes(BigDecimal.valueOf(tonnes));
    if (random.nextDouble() < target.specialShare()) {
      b.special(specialReason(target.sector()));
    }
    double spread = Math.exp(target.intensitySpread() * random.nextGaussian());
    switch (target.sector()) {
      case POWER:
        UnitCategory category = powerCategory(random.nextDouble());
        boolean gas = !category.isCoal(); // the allocation model says which burn gas
        double heatShare = random.nextDouble() < MarketCalibration.CHP_SHARE
            ? MarketCalibration.HEAT_EMISSION_SHARE_MAX * random.nextDouble() : 0;
        double heatTonnes = tonnes * heatShare;
        double heatIntensity = (gas ? MarketCalibration.HEAT_INTENSITY_GAS : MarketCalibration.HEAT_INTENSITY_COAL)
            * spread;
        double load = Math.max(30, Math.min(95,
            MarketCalibration.LOAD_FACTOR_MEAN + MarketCalibration.LOAD_FACTOR_SD * random.nextGaussian()));
        BigDecimal loadPercent = fixed(load, 2);
        // Units at low load burn more per MWh; that is what the peak-shaving factor compensates, so a
        // conventional coal unit's intensity is its category centre × its 2023 Ff [A].
        double loadPenalty = category.isConventionalCoal()
            ? LoadCorrection.EXPONENT_2023.factor(Share.ofPercent(loadPercent).fraction()).doubleValue() : 1.0;
        double electricIntensity = MarketCalibration.POWER_INTENSITY_CENTRE.getOrDefault(category, 0.0) * loadPenalty
            * spread;
        return b.category(category.name())
            .output(fixed((tonnes - heatTonnes) / electricIntensity, 3))
            .heatGj(fixed(heatTonnes / heatIntensity, 2))
            .loadFactorPercent(loadPercent)
            .build();
      case CEMENT:
        return b.category("general").output(fixed(tonnes / (MarketCalibration.CEMENT_INTENSITY * spread), 2)).build();
      case STEEL:
        long ironTonnes = Math.round(tonnes * MarketCalibration.STEEL_INTENSITY_EMISSION_SHARE);
        return b.intensityEmissionsTonnes(BigDecimal.valueOf(ironTonnes))
            .output(fixed(ironTonnes / (MarketCalibration.STEEL_INTENSITY * spread), 2)).build();
      default:
        return b.output(fixed(tonnes / (MarketCalibration.ALUMINUM_INTENSITY * spread), 2)).build();
    }
  }

  private static String specialReason(Sector sector) {
    switch (sector) {
      case POWER:
        return "BIOMASS_CO_FIRING";
      case CEMENT:
        return "WHITE_CLINKER";
      default:
        return "HYDROGEN_RICH_BLAST_FURNACE";
    }
  }

  /** The category whose cumulative share first exceeds u, in the model's order; the last takes the rest. */
  private static UnitCategory powerCategory(double u) {
    UnitCategory[] categories = UnitCategory.values();
    double cumulative = 0;
    for (int i = 0; i < categories.length - 1; i++) {
      cumulative += MarketCalibration.POWER_CATEGORY_SHARE.getOrDefault(categories[i], 0.0);
      if (u < cumulative) {
        return categories[i];
      }
    }
    return categories[categories.length - 1];
  }

  /** A generated (not external) double to a BigDecimal with a fixed number of decimals, half up. */
  private static BigDecimal fixed(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return BigDecimal.valueOf(Math.round(value * scale), decimals);
  }

  /**
   * A valid unified social credit code for entity {@code number}: "91" (enterprise), a fixed region code
   * and the number as the organisation code, then the GB 32100-2015 check character.
   */
  static String creditCode(int number) {
    String body = "91110000" + String.format(java.util.Locale.ROOT, "%09d", number);
    return body + checkCharacter(body);
  }

  /** The GB 32100-2015 check character of the first 17 characters of a unified social credit code. */
  static char checkCharacter(String body) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += USCC_ALPHABET.indexOf(body.charAt(i)) * USCC_WEIGHTS[i];
    }
    return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
