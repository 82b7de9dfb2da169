package io.github.ets4j.core;

/**
 * How the value of a monitoring parameter was obtained.
 *
 * <p>The four modes of the accounting guidelines (AG-STEEL-2024 §9.1 [V]; the same in the cement
 * and aluminum guidelines). The guidelines fix the mode for some parameters (carbon content and
 * steel process factors are always defaults, coke NCV is always the default), which the sector
 * rules enforce. Immutable and thread-safe.
 */
public enum Acquisition {
  /** 实测值: measured by the entity or an accredited laboratory. */
  MEASURED,
  /** 计算值: calculated from other measured values. */
  CALCULATED,
  /** 设计值: taken from the design documents of the plant. */
  DESIGN_VALUE,
  /** 缺省值: a pre-approved default value of the guideline. */
  DEFAULT
}
