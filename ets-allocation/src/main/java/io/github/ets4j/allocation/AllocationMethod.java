package io.github.ets4j.allocation;

/**
 * The allocation methods of the national ETS, one per {@link AllocationPolicy} kind. Immutable and thread-safe.
 */
public enum AllocationMethod {
  /** 等量分配: allocation equals verified emissions (industry 2024, every special unit). */
  VERIFIED_EMISSIONS,
  /** 基准线法: power benchmark method (supply basis 2019–2022, generation basis from 2023). */
  POWER_BENCHMARK,
  /** 碳排放强度系数法: industry intensity-coefficient method, balanced per sector (2025–2026). */
  INTENSITY_COEFFICIENT,
  /** Phase 2 (from 2027): intensity coefficient against an advanced level; no published rule, all parameters ASSUMED. */
  PHASE_2_ADVANCED_LEVEL
}
