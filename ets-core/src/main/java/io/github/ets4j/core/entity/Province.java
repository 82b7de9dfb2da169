package io.github.ets4j.core.entity;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;

/**
 * A provincial-level administrative division of mainland China, where a covered entity is
 * registered and whose ecological environment department verifies its annual emissions.
 *
 * <p>The 31 provinces, autonomous regions and municipalities of mainland China, plus the Xinjiang
 * Production and Construction Corps, which the national ETS lists as a provincial-level unit of
 * its own (an assumption of this project from the published entity lists, not a rule read in a
 * text). Hong Kong, Macao and Taiwan are outside the national ETS. Immutable and thread-safe.
 */
public enum Province {
  /** 北京市. */
  BEIJING("北京市"),
  /** 天津市. */
  TIANJIN("天津市"),
  /** 河北省. */
  HEBEI("河北省"),
  /** 山西省. */
  SHANXI("山西省"),
  /** 内蒙古自治区. */
  INNER_MONGOLIA("内蒙古自治区"),
  /** 辽宁省. */
  LIAONING("辽宁省"),
  /** 吉林省. */
  JILIN("吉林省"),
  /** 黑龙江省. */
  HEILONGJIANG("黑龙江省"),
  /** 上海市. */
  SHANGHAI("上海市"),
  /** 江苏省. */
  JIANGSU("江苏省"),
  /** 浙江省. */
  ZHEJIANG("浙江省"),
  /** 安徽省. */
  ANHUI("安徽省"),
  /** 福建省. */
  FUJIAN("福建省"),
  /** 江西省. */
  JIANGXI("江西省"),
  /** 山东省. */
  SHANDONG("山东省"),
  /** 河南省. */
  HENAN("河南省"),
  /** 湖北省. */
  HUBEI("湖北省"),
  /** 湖南省. */
  HUNAN("湖南省"),
  /** 广东省. */
  GUANGDONG("广东省"),
  /** 广西壮族自治区. */
  GUANGXI("广西壮族自治区"),
  /** 海南省. */
  HAINAN("海南省"),
  /** 重庆市. */
  CHONGQING("重庆市"),
  /** 四川省. */
  SICHUAN("四川省"),
  /** 贵州省. */
  GUIZHOU("贵州省"),
  /** 云南省. */
  YUNNAN("云南省"),
  /** 西藏自治区. */
  TIBET("西藏自治区"),
  /** 陕西省. */
  SHAANXI("陕西省"),
  /** 甘肃省. */
  GANSU("甘肃省"),
  /** 青海省. */
  QINGHAI("青海省"),
  /** 宁夏回族自治区. */
  NINGXIA("宁夏回族自治区"),
  /** 新疆维吾尔自治区. */
  XINJIANG("新疆维吾尔自治区"),
  /** 新疆生产建设兵团, listed as a provincial-level unit in the national ETS (assumption, see the type). */
  XINJIANG_PRODUCTION_AND_CONSTRUCTION_CORPS("新疆生产建设兵团");

  private final String chineseName;

  Province(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Finds a province by its official Chinese name.
   *
   * @param chineseName the name, e.g. {@code "湖北省"}
   * @return the province
   * @throws EtsValidationException if the name is null or not the official name of a province listed here
   */
  public static Province ofChineseName(String chineseName) {
    Checks.notNull("chineseName", chineseName);
    for (Province p : values()) {
      if (p.chineseName.equals(chineseName)) {
        return p;
      }
    }
    throw new EtsValidationException("chineseName", chineseName,
        "is not the official name of a provincial-level division of mainland China (e.g. 湖北省)");
  }

  /**
   * The official Chinese name, e.g. {@code "湖北省"}.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }
}
