package io.github.ets4j.core.entity;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;

/**
 * One of the eight regional pilot ETSs that existed before and beside the national ETS.
 *
 * <p>Steel, cement and aluminum companies covered by a pilot move to the national ETS
 * (WORKPLAN-2025 [S]); an entity's emissions of one year are covered by one system only (see
 * {@link EntityCoverage}). Shenzhen is a pilot of its own inside Guangdong. Immutable and thread-safe.
 */
public enum RegionalPilot {
  /** Beijing pilot ETS. */
  BEIJING("北京", Province.BEIJING),
  /** Tianjin pilot ETS. */
  TIANJIN("天津", Province.TIANJIN),
  /** Shanghai pilot ETS. */
  SHANGHAI("上海", Province.SHANGHAI),
  /** Chongqing pilot ETS. */
  CHONGQING("重庆", Province.CHONGQING),
  /** Hubei pilot ETS. */
  HUBEI("湖北", Province.HUBEI),
  /** Guangdong pilot ETS (without Shenzhen). */
  GUANGDONG("广东", Province.GUANGDONG),
  /** Shenzhen pilot ETS, a city inside Guangdong. */
  SHENZHEN("深圳", Province.GUANGDONG),
  /** Fujian pilot ETS. */
  FUJIAN("福建", Province.FUJIAN);

  /** Where the list of pilots and the move of industrial entities to the national ETS come from. */
  public static final Source SOURCE = Source.of("WORKPLAN-2025", "regional pilots", Confidence.SECONDARY);

  private final String chineseName;
  private final Province province;

  RegionalPilot(String chineseName, Province province) {
    this.chineseName = chineseName;
    this.province = province;
  }

  /**
   * The pilot's Chinese short name, e.g. {@code "湖北"}.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The province the pilot lies in.
   *
   * @return the province
   */
  public Province province() {
    return province;
  }
}
