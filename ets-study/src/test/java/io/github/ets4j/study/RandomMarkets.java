package io.github.ets4j.study;

import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random small markets for property tests: every sector, special units, gas units, CHP, low load factors. */
final class RandomMarkets {
  private static final String[] CATEGORIES = {"I", "II", "III", "IV"};

  private RandomMarkets() {}

  static List<MarketUnit> units(Year year, long seed, int entities) {
    SplittableRandom random = new SplittableRandom(seed);
    List<MarketUnit> units = new ArrayList<>();
    for (int e = 0; e < entities; e++) {
      Sector sector = Sector.values()[random.nextInt(4)];
      int count = 1 + random.nextInt(3);
      for (int u = 0; u < count; u++) {
        long verified = 26_000 + random.nextLong(5_000_000);
        MarketUnit.Builder b = MarketUnit.builder().year(year).entityId("E" + e).sector(sector)
            .unitId("E" + e + "-" + u).verifiedTonnes(BigDecimal.valueOf(verified));
        if (random.nextInt(20) == 0 && sector != Sector.ALUMINUM) {
          // Aluminum has no documented special-unit kind.
          b.special(SpecialKinds.of(sector).get(0));
        }
        double intensity;
        switch (sector) {
          case POWER:
            String category = CATEGORIES[random.nextInt(4)];
            intensity = (category.equals("IV") ? 0.33 : 0.82) * (0.8 + 0.4 * random.nextDouble());
            b.category(category).loadFactorPercent(BigDecimal.valueOf(3000 + random.nextInt(6500), 2));
            if (random.nextBoolean()) {
              b.heatGj(BigDecimal.valueOf(random.nextLong(100_000_000), 2));
            }
            break;
          case STEEL:
            intensity = 1.45 * (0.6 + 0.8 * random.nextDouble());
            b.intensityEmissionsTonnes(BigDecimal.valueOf(verified * 3 / 4));
            verified = verified * 3 / 4;
            break;
          case CEMENT:
            b.category("general");
            intensity = 0.86 * (0.6 + 0.8 * random.nextDouble());
            break;
          default:
            intensity = 1.7 * (0.6 + 0.8 * random.nextDouble());
        }
        b.output(BigDecimal.valueOf(Math.max(1, Math.round(verified / intensity * 1000)), 3));
        units.add(b.build());
      }
    }
    return units;
  }
}
