package io.github.ets4j.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoveredEntityTest {
  private static final CreditCode CODE = CreditCode.of("91350100M000100Y43");

  @Test
  void holdsItsIdentityAndUnits() {
    CoveredEntity e = CoveredEntity.of(CODE, "Minjiang Cement", Province.FUJIAN, Sector.CEMENT, List.of("line-1"));
    assertEquals(CODE, e.creditCode());
    assertEquals(Province.FUJIAN, e.province());
    assertEquals("福建省", e.province().chineseName());
    assertEquals(List.of("line-1"), e.allocationUnitIds());
    assertEquals("Minjiang Cement (91350100M000100Y43)", e.toString());
    // Steel: the enterprise is the allocation unit, so no ids are needed.
    assertTrue(CoveredEntity.of(CODE, "Steel Co", Province.HEBEI, Sector.STEEL, List.of()).allocationUnitIds().isEmpty());
  }

  @Test
  void badEntitiesAreRefused() {
    assertEquals("name", assertThrows(EtsValidationException.class,
        () -> CoveredEntity.of(CODE, " ", Province.FUJIAN, Sector.CEMENT, List.of("line-1"))).field());
    EtsValidationException none = assertThrows(EtsValidationException.class,
        () -> CoveredEntity.of(CODE, "Power Co", Province.FUJIAN, Sector.POWER, List.of()));
    assertEquals("a POWER entity needs at least one generating unit", none.rule());
    EtsValidationException twice = assertThrows(EtsValidationException.class,
        () -> CoveredEntity.of(CODE, "Al Co", Province.FUJIAN, Sector.ALUMINUM, List.of("p1", "p1")));
    assertEquals("p1", twice.value());
    assertThrows(EtsValidationException.class,
        () -> CoveredEntity.of(CODE, "Al Co", Province.FUJIAN, Sector.ALUMINUM, List.of("p1", "")));
  }

  @Test
  void eightPilotsWithTheirProvinces() {
    // coverage.md: Beijing, Tianjin, Shanghai, Chongqing, Hubei, Guangdong, Shenzhen, Fujian.
    assertEquals(8, RegionalPilot.values().length);
    assertEquals(Province.GUANGDONG, RegionalPilot.SHENZHEN.province());
    assertEquals(Province.HUBEI, RegionalPilot.HUBEI.province());
    assertEquals("深圳", RegionalPilot.SHENZHEN.chineseName());
    assertEquals("WORKPLAN-2025", RegionalPilot.SOURCE.document());
    assertEquals(32, Province.values().length);
    assertEquals(Province.HUBEI, Province.ofChineseName("湖北省"));
    assertEquals(Province.XINJIANG_PRODUCTION_AND_CONSTRUCTION_CORPS, Province.ofChineseName("新疆生产建设兵团"));
    assertEquals("chineseName", assertThrows(EtsValidationException.class, () -> Province.ofChineseName("湖北")).field());
    assertThrows(EtsValidationException.class, () -> Province.ofChineseName(null));
  }
}
