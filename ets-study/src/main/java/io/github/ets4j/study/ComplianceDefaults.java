package io.github.ets4j.study;

import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;

/**
 * The catalogue of the study's compliance defaults: the market prices that value a net position and the share of
 * the CCER offset cap an entity uses. Each figure is one {@link RuleValue} with its source; {@link Scenario} takes its
 * defaults from here. Stateless; the entries are immutable and thread-safe.
 */
public final class ComplianceDefaults {

  /** The MEE report on the 2025 national carbon market, published 2026-01-01 [V] (coverage.md, "Market in 2025"). */
  public static final Source MEE25 = Source.of("MEE25", "report on the 2025 national carbon market (2026-01-01)",
      Confidence.OFFICIAL);

  /**
   * The 2025 average price of a national allowance (CEA), 62.36 CNY/t [V MEE25]: the default carbon price of a
   * study, at which allowances to buy are costed and allowances that can be sold are valued.
   */
  public static final RuleValue ALLOWANCE_PRICE = RuleValue.of("national allowance average price 2025", "62.36",
      "CNY/t", MEE25);

  /** The 2025 average price of a CCER offset, 70.76 CNY/t [V MEE25]: the default CCER price of a study. */
  public static final RuleValue CCER_PRICE = RuleValue.of("CCER average price 2025", "70.76", "CNY/t", MEE25);

  /**
   * The share of its CCER offset cap (5 % of the obligation) that an entity surrenders, %: 0, ASSUMED. No figure of
   * offset use per entity is published. At the 2025 averages a CCER (70.76 CNY/t) costs more than an allowance (62.36
   * CNY/t) [V MEE25], so an entity that minimises its compliance cost surrenders none; a study of offset use sets
   * its own share.
   */
  public static final RuleValue CCER_SHARE_OF_CAP = RuleValue.assumed("share of the CCER offset cap used", "0", "%",
      "no published figure; at the 2025 averages (MEE25) a CCER costs more than an allowance, so a cost-minimising"
          + " entity surrenders none");

  private ComplianceDefaults() {}
}
