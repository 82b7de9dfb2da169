package io.github.ets4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticMarketTest {
  private static final Year Y2024 = Year.of(2024);
  private static final Market NATIONAL = SyntheticMarket.national();

  @Test
  void entityCountsMatchThe2025List() {
    // coverage.md: 3,378 entities — power 2,087, steel 232, cement 962, aluminum 97.
    assertEquals(2_087, NATIONAL.entityCount(Y2024, Sector.POWER));
    assertEquals(232, NATIONAL.entityCount(Y2024, Sector.STEEL));
    assertEquals(962, NATIONAL.entityCount(Y2024, Sector.CEMENT));
    assertEquals(97, NATIONAL.entityCount(Y2024, Sector.ALUMINUM));
    long entities = NATIONAL.units().stream().map(MarketUnit::entityId).distinct().count();
    assertEquals(3_378, entities);
  }

  @Test
  void tonnesMatchTheCalibrationExactly() {
    // 8.19 billion t in total: power 5.19, steel 1.8, cement 1.1, aluminum 0.1 billion t.
    Map<Sector, BigDecimal> tonnes = NATIONAL.units().stream().collect(Collectors.groupingBy(MarketUnit::sector,
        Collectors.reducing(BigDecimal.ZERO, MarketUnit::verifiedTonnes, BigDecimal::add)));
    assertEquals(0, new BigDecimal("5190000000").compareTo(tonnes.get(Sector.POWER)));
    assertEquals(0, new BigDecimal("1800000000").compareTo(tonnes.get(Sector.STEEL)));
    assertEquals(0, new BigDecimal("1100000000").compareTo(tonnes.get(Sector.CEMENT)));
    assertEquals(0, new BigDecimal("100000000").compareTo(tonnes.get(Sector.ALUMINUM)));
  }

  @Test
  void everyEntityIsAboveTheInclusionThreshold() {
    Map<String, BigDecimal> byEntity = NATIONAL.units().stream().collect(Collectors.groupingBy(MarketUnit::entityId,
        Collectors.reducing(BigDecimal.ZERO, MarketUnit::verifiedTonnes, BigDecimal::add)));
    byEntity.values().forEach(t -> assertTrue(t.compareTo(new BigDecimal("26000")) >= 0, t::toPlainString));
  }

  @Test
  void theSameSeedGivesTheSameMarketAndAnotherSeedAnother() {
    assertEquals(NATIONAL, SyntheticMarket.generate(Y2024, MarketCalibration.DEFAULT_SEED));
    assertNotEquals(NATIONAL, SyntheticMarket.generate(Y2024, 1L));
  }

  @Test
  void powerUnitsHaveCategoryAndLoadFactorAndIntensitiesLookLikeTheSector() {
    NATIONAL.units().stream().filter(u -> u.sector() == Sector.POWER).forEach(u -> {
      assertTrue(u.loadFactorPercent().isPresent());
      assertTrue(u.powerCategory().isPresent(), u::toString);
    });
    // Cement intensities centre on 0.86 t/t with a 5 % spread: every line between 0.6 and 1.2.
    NATIONAL.units().stream().filter(u -> u.sector() == Sector.CEMENT).forEach(u -> {
      double intensity = u.verifiedTonnes().doubleValue() / u.output().doubleValue();
      assertTrue(intensity > 0.6 && intensity < 1.2, () -> u.unitId() + " " + intensity);
    });
  }

  @Test
  void calibrationCatalogueIsConsistent() {
    // allocation.md, 2023 balance values [V]: I 0.7982, II 0.8155, III 0.8352, IV 0.3239, coal heat 0.1041, gas heat 0.0525.
    assertEquals(0.7982, MarketCalibration.POWER_INTENSITY_CENTRE.get(UnitCategory.I));
    assertEquals(0.8155, MarketCalibration.POWER_INTENSITY_CENTRE.get(UnitCategory.II));
    assertEquals(0.8352, MarketCalibration.POWER_INTENSITY_CENTRE.get(UnitCategory.III));
    assertEquals(0.3239, MarketCalibration.POWER_INTENSITY_CENTRE.get(UnitCategory.IV));
    assertEquals(0.1041, MarketCalibration.HEAT_INTENSITY_COAL);
    assertEquals(0.0525, MarketCalibration.HEAT_INTENSITY_GAS);
    assertEquals(MarketCalibration.TOTAL_ENTITIES,
        MarketCalibration.TARGETS.stream().mapToInt(MarketCalibration.SectorTarget::entities).sum());
    assertEquals(MarketCalibration.TOTAL_TONNES,
        MarketCalibration.TARGETS.stream().mapToLong(MarketCalibration.SectorTarget::tonnes).sum());
    assertEquals(1.0, MarketCalibration.POWER_CATEGORY_SHARE.values().stream().mapToDouble(Double::doubleValue).sum(),
        1e-12);
    assertEquals(Sector.STEEL, MarketCalibration.target(Sector.STEEL).sector());
  }

  @Test
  void creditCodesCarryAValidCheckCharacter() {
    // coverage.md examples that pass: 91350100M000100Y43 and 91110000600037341L.
    assertEquals('3', SyntheticMarket.checkCharacter("91350100M000100Y4"));
    assertEquals('L', SyntheticMarket.checkCharacter("91110000600037341"));
    String code = SyntheticMarket.creditCode(7);
    assertEquals(18, code.length());
    assertEquals(code.charAt(17), SyntheticMarket.checkCharacter(code.substring(0, 17)));
  }
}
