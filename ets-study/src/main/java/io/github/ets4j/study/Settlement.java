package io.github.ets4j.study;

import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.core.unit.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;

/**
 * Settles an entity-year through a {@link ComplianceAccount}: the study's compliance figures are the account's,
 * not arithmetic of its own.
 */
final class Settlement {
  private Settlement() {}

  /**
   * Settles one entity-year: opens the account on the verified emissions, surrenders the scenario's share of the
   * CCER cap, receives the allocation as allowances of the year and surrenders them up to what remains owed.
   *
   * @param entity the entity's exact allocation
   * @param rules the compliance rules of the year
   * @param scenario the prices and the CCER share
   * @return the settlement
   * @throws io.github.ets4j.core.EtsValidationException if the account refuses a step (an allocation that is not
   *     whole tonnes)
   */
  static CompliancePosition settle(EntityResult entity, ComplianceRules rules, Scenario scenario) {
    return settle(entity, rules, scenario, eligibleRegistration(rules));
  }

  /**
   * Settles one entity-year as {@link #settle(EntityResult, ComplianceRules, Scenario)} does, with the CCERs'
   * registration date given: a sector-year's entities share it, so it is found once for all of them.
   *
   * @param entity the entity's exact allocation
   * @param rules the compliance rules of the year
   * @param scenario the prices and the CCER share
   * @param registered the registration date of the study's CCERs, {@link #eligibleRegistration(ComplianceRules)}
   * @return the settlement
   * @throws io.github.ets4j.core.EtsValidationException if the account refuses a step
   */
  static CompliancePosition settle(EntityResult entity, ComplianceRules rules, Scenario scenario,
      LocalDate registered) {
    Year year = entity.year();
    ComplianceAccount account = ComplianceAccount.open(entity.entityId(), entity.verifiedTonnes(), rules);
    BigDecimal ccer = Percent.toFraction(rules.offsetCap(account.obligation()).multiply(scenario.ccerSharePercent()))
        .setScale(0, RoundingMode.FLOOR);
    if (ccer.signum() > 0) {
      account = account.surrenderCcer(ccer, registered, false);
    }
    BigDecimal allocation = entity.allocationTonnes();
    if (allocation.signum() > 0) {
      account = account.withReceived(year, allocation);
      BigDecimal surrendered = allocation.min(account.remaining());
      if (surrendered.signum() > 0) {
        account = account.surrender(year, surrendered);
      }
    }
    BigDecimal shortfall = account.remaining();
    BigDecimal surplus = account.holdings().getOrDefault(year, BigDecimal.ZERO);
    BigDecimal price = scenario.carbonPriceCnyPerTonne();
    return CompliancePosition.builder()
        .obligationTonnes(account.obligation())
        .ccerTonnes(account.ccerSurrendered())
        .shortfallTonnes(shortfall)
        .surplusTonnes(surplus)
        .ccerCostCny(account.ccerSurrendered().multiply(scenario.ccerPriceCnyPerTonne()))
        .shortfallCostCny(shortfall.multiply(price))
        .surplusValueCny(surplus.multiply(price))
        .build();
  }

  /**
   * The registration date of the study's CCERs: the day after the year's eligibility cut-off where there is one,
   * else 1 January of the compliance year. The study assumes its offsets are eligible (registered in time, from
   * projects outside the ETS): a share of the cap is a what-if of how much is used, not of which CCERs exist.
   */
  static LocalDate eligibleRegistration(ComplianceRules rules) {
    LocalDate first = LocalDate.of(rules.year().getValue(), 1, 1);
    return rules.ccerRegisteredAfter().map(cutoff -> cutoff.plusDays(1)).filter(d -> d.isAfter(first)).orElse(first);
  }
}
