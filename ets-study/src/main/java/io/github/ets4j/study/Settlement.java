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
    return settle(entity, new Terms(rules, scenario));
  }

  /**
   * Settles one entity-year as {@link #settle(EntityResult, ComplianceRules, Scenario)} does, with what a
   * sector-year's entities share found once for all of them.
   *
   * @param entity the entity's exact allocation
   * @param terms the rules, the scenario and what follows from them for every entity of the year
   * @return the settlement
   * @throws io.github.ets4j.core.EtsValidationException if the account refuses a step
   */
  static CompliancePosition settle(EntityResult entity, Terms terms) {
    Year year = entity.year();
    Scenario scenario = terms.scenario;
    ComplianceAccount account = ComplianceAccount.open(entity.entityId(), entity.verifiedTonnes(), terms.rules);
    // With no share of the cap used the CCERs are floor(cap × 0) = 0 and nothing is surrendered: not computed.
    if (terms.ccerShared) {
      BigDecimal ccer = Percent.toFraction(terms.rules.offsetCap(account.obligation())
          .multiply(scenario.ccerSharePercent())).setScale(0, RoundingMode.FLOOR);
      if (ccer.signum() > 0) {
        account = account.surrenderCcer(ccer, terms.registered, false);
      }
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
    BigDecimal ccer = account.ccerSurrendered();
    BigDecimal price = scenario.carbonPriceCnyPerTonne();
    return CompliancePosition.builder()
        .obligationTonnes(account.obligation())
        .ccerTonnes(ccer)
        .shortfallTonnes(shortfall)
        .surplusTonnes(surplus)
        .ccerCostCny(ccer.signum() == 0 ? terms.noCcerCost : ccer.multiply(scenario.ccerPriceCnyPerTonne()))
        .shortfallCostCny(shortfall.signum() == 0 ? terms.noCarbonValue : shortfall.multiply(price))
        .surplusValueCny(surplus.signum() == 0 ? terms.noCarbonValue : surplus.multiply(price))
        .build();
  }

  /**
   * What every entity of a year settles under: the compliance rules, the scenario, the CCERs' registration date
   * ({@link #eligibleRegistration(ComplianceRules)}) and the zero costs. The account's amounts are whole tonnes at
   * scale 0, so a zero amount times a price is {@code 0 × price}, the same value at the same scale for every entity:
   * it is multiplied once here. Immutable.
   */
  static final class Terms {
    final ComplianceRules rules;
    final Scenario scenario;
    final LocalDate registered;
    /** Whether the scenario uses any of the CCER cap. */
    final boolean ccerShared;
    /** {@code 0 × the CCER price}, CNY. */
    final BigDecimal noCcerCost;
    /** {@code 0 × the carbon price}, CNY. */
    final BigDecimal noCarbonValue;

    Terms(ComplianceRules rules, Scenario scenario) {
      this.rules = rules;
      this.scenario = scenario;
      this.registered = eligibleRegistration(rules);
      this.ccerShared = scenario.ccerSharePercent().signum() != 0;
      this.noCcerCost = BigDecimal.ZERO.multiply(scenario.ccerPriceCnyPerTonne());
      this.noCarbonValue = BigDecimal.ZERO.multiply(scenario.carbonPriceCnyPerTonne());
    }
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
