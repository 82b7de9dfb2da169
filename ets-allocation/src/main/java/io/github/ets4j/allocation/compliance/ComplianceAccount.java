package io.github.ets4j.allocation.compliance;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Precision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An entity's compliance account for one compliance year: the obligation (verified emissions, whole
 * tonnes), the allowances it holds by vintage, what it has surrendered, CCER offsets, borrowing and
 * carried-over allowances.
 *
 * <p>Immutable: every operation returns a new account; an operation that would break a rule (an invalid
 * vintage, more than is held, more than is owed, CCERs above the cap or ineligible, borrowing outside
 * 2021–2022) throws an {@link EtsValidationException} and leaves this account unchanged. Amounts are whole
 * allowances (tonnes). Immutable and thread-safe.
 */
public final class ComplianceAccount {
  private final String entityId;
  private final ComplianceRules rules;
  private final BigDecimal obligation;
  private final Map<Year, BigDecimal> holdings;
  private final BigDecimal carriedOver;
  private final Map<Year, BigDecimal> surrendered;
  private final BigDecimal carriedOverSurrendered;
  private final BigDecimal ccerSurrendered;
  private final BigDecimal borrowed;

  private ComplianceAccount(String entityId, ComplianceRules rules, BigDecimal obligation,
      Map<Year, BigDecimal> holdings, BigDecimal carriedOver, Map<Year, BigDecimal> surrendered,
      BigDecimal carriedOverSurrendered, BigDecimal ccerSurrendered, BigDecimal borrowed) {
    this.entityId = entityId;
    this.rules = rules;
    this.obligation = obligation;
    this.holdings = holdings;
    this.carriedOver = carriedOver;
    this.surrendered = surrendered;
    this.carriedOverSurrendered = carriedOverSurrendered;
    this.ccerSurrendered = ccerSurrendered;
    this.borrowed = borrowed;
  }

  /**
   * Opens the account of an entity for the year of the rules.
   *
   * @param entityId the entity
   * @param verifiedEmissions the entity's verified emissions, t; the obligation is this rounded half up to
   *     whole tonnes (AG-STEEL-2024 Appendix C enterprise total)
   * @param rules the compliance rules of the year
   * @return an account with nothing held or surrendered
   * @throws EtsValidationException if an argument is null, blank or negative
   */
  public static ComplianceAccount open(String entityId, BigDecimal verifiedEmissions, ComplianceRules rules) {
    Checks.notBlank("entityId", entityId);
    Checks.nonNegative("verifiedEmissions", verifiedEmissions);
    Checks.notNull("rules", rules);
    return new ComplianceAccount(entityId, rules, Precision.ENTERPRISE_TOTAL.round(verifiedEmissions),
        Collections.emptyMap(), BigDecimal.ZERO, Collections.emptyMap(), BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO);
  }

  private static Map<Year, BigDecimal> plus(Map<Year, BigDecimal> map, Year key, BigDecimal delta) {
    TreeMap<Year, BigDecimal> copy = new TreeMap<>(map);
    BigDecimal now = copy.getOrDefault(key, BigDecimal.ZERO).add(delta);
    if (now.signum() == 0) {
      copy.remove(key);
    } else {
      copy.put(key, now);
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Adds allowances of a vintage to the holdings (issued, bought or transferred in).
   *
   * @param vintage the vintage
   * @param amount whole allowances, positive
   * @return the new account
   * @throws EtsValidationException if the amount is not a positive whole number
   */
  public ComplianceAccount withReceived(Year vintage, BigDecimal amount) {
    Checks.notNull("vintage", vintage);
    BigDecimal a = Amounts.positiveWhole("amount", amount);
    return new ComplianceAccount(entityId, rules, obligation, plus(holdings, vintage, a), carriedOver, surrendered,
        carriedOverSurrendered, ccerSurrendered, borrowed);
  }

  /**
   * Adds carried-over 2019–2024 allowances, which may settle 2025 and later obligations
   * (PLAN-POWER-2324 Annex 5 [V]); the amount is limited by {@link CarryOver#amount}.
   *
   * @param amount whole allowances, positive
   * @return the new account
   * @throws EtsValidationException if the year is before 2025 or the amount is not a positive whole number
   */
  public ComplianceAccount withCarriedOver(BigDecimal amount) {
    BigDecimal a = Amounts.positiveWhole("amount", amount);
    if (rules.year().getValue() < 2025) {
      throw new EtsValidationException("carriedOver", a.toPlainString(),
          "carried-over 2019-2024 allowances settle 2025 and later obligations only, not " + rules.year());
    }
    return new ComplianceAccount(entityId, rules, obligation, holdings, carriedOver.add(a), surrendered,
        carriedOverSurrendered, ccerSurrendered, borrowed);
  }

  /**
   * Surrenders allowances of a vintage.
   *
   * @param vintage the vintage
   * @param amount whole allowances, positive
   * @return the new account
   * @throws EtsValidationException if the vintage is not valid for the year, more is surrendered than held
   *     or than the remaining obligation
   */
  public ComplianceAccount surrender(Year vintage, BigDecimal amount) {
    Checks.notNull("vintage", vintage);
    BigDecimal a = Amounts.positiveWhole("amount", amount);
    if (!rules.vintageValid(vintage)) {
      throw new EtsValidationException("vintage", vintage, "allowances of " + vintage
          + " cannot settle the " + rules.year() + " obligation (2019-2024 allowances settle 2019-2024 only;"
          + " later allowances settle their own and later years)");
    }
    BigDecimal held = holdings.getOrDefault(vintage, BigDecimal.ZERO);
    if (a.compareTo(held) > 0) {
      throw new EtsValidationException("amount", a.toPlainString(), "only " + held.toPlainString()
          + " allowances of " + vintage + " are held");
    }
    requireOwed(a);
    return new ComplianceAccount(entityId, rules, obligation, plus(holdings, vintage, a.negate()), carriedOver,
        plus(surrendered, vintage, a), carriedOverSurrendered, ccerSurrendered, borrowed);
  }

  /**
   * Surrenders carried-over 2019–2024 allowances.
   *
   * @param amount whole allowances, positive
   * @return the new account
   * @throws EtsValidationException if more is surrendered than held or owed
   */
  public ComplianceAccount surrenderCarriedOver(BigDecimal amount) {
    BigDecimal a = Amounts.positiveWhole("amount", amount);
    if (a.compareTo(carriedOver) > 0) {
      throw new EtsValidationException("amount", a.toPlainString(), "only " + carriedOver.toPlainString()
          + " carried-over allowances are held");
    }
    requireOwed(a);
    return new ComplianceAccount(entityId, rules, obligation, holdings, carriedOver.subtract(a), surrendered,
        carriedOverSurrendered.add(a), ccerSurrendered, borrowed);
  }

  /**
   * Surrenders CCER offsets.
   *
   * @param tonnes whole tonnes, positive
   * @param registered the date the CCER was registered
   * @param projectInsideEts whether the project lies inside an entity covered by the ETS
   * @return the new account
   * @throws EtsValidationException if the CCERs would exceed 5 % of the obligation, come from a project
   *     inside the ETS, were registered too early (2025 on), or exceed the remaining obligation
   */
  public ComplianceAccount surrenderCcer(BigDecimal tonnes, LocalDate registered, boolean projectInsideEts) {
    BigDecimal a = Amounts.positiveWhole("tonnes", tonnes);
    Checks.notNull("registered", registered);
    if (projectInsideEts) {
      throw new EtsValidationException("projectInsideEts", true,
          "CCERs from projects inside the ETS cannot offset (MEASURES-2021 Art 29)");
    }
    if (rules.ccerRegisteredAfter().isPresent() && !registered.isAfter(rules.ccerRegisteredAfter().get())) {
      throw new EtsValidationException("registered", registered, "for " + rules.year()
          + " only CCERs registered after " + rules.ccerRegisteredAfter().get() + " are eligible");
    }
    BigDecimal cap = rules.offsetCap(obligation);
    BigDecimal total = ccerSurrendered.add(a);
    if (total.compareTo(cap) > 0) {
      throw new EtsValidationException("tonnes", a.toPlainString(), "CCER offsets would total "
          + total.toPlainString() + " t, above the cap of " + cap.toPlainString() + " t ("
          + rules.offsetLimit().value().toPlainString() + " of the obligation " + obligation.toPlainString() + " t)");
    }
    requireOwed(a);
    return new ComplianceAccount(entityId, rules, obligation, holdings, carriedOver, surrendered,
        carriedOverSurrendered, total, borrowed);
  }

  /**
   * Borrows allowances from the next (2023) pre-allocation: 2021–2022 only, for an entity in financial
   * hardship whose shortfall rate is at least 10 %, up to 50 % of its shortfall [S]. The borrowed allowances
   * are held as vintage 2023 and recorded in {@link #borrowed()} (to be deducted from the 2023 pre-allocation).
   *
   * @param amount whole allowances, positive
   * @param allocation the entity's allocation of the year, t
   * @param financialHardship whether the entity is in financial hardship
   * @return the new account
   * @throws EtsValidationException if borrowing is not allowed in the year, the entity does not qualify, or
   *     the amount exceeds the limit
   */
  public ComplianceAccount borrow(BigDecimal amount, BigDecimal allocation, boolean financialHardship) {
    BigDecimal a = Amounts.positiveWhole("amount", amount);
    Checks.nonNegative("allocation", allocation);
    if (!rules.borrowingAllowed()) {
      throw new EtsValidationException("year", rules.year(), "borrowing is allowed for 2021 and 2022 only");
    }
    if (!financialHardship) {
      throw new EtsValidationException("financialHardship", false, "only entities in financial hardship may borrow");
    }
    BigDecimal shortfall = obligation.subtract(allocation);
    BigDecimal rate = io.github.ets4j.allocation.EntityAllocation.shortfallRatePercent(obligation, allocation);
    if (rate.compareTo(rules.borrowingMinShortfallPercent().value()) < 0) {
      throw new EtsValidationException("shortfallRate", rate.toPlainString() + " %",
          "borrowing needs a shortfall rate of at least " + rules.borrowingMinShortfallPercent().value() + " %");
    }
    BigDecimal limit = shortfall.multiply(rules.borrowingMaxShare().value()).setScale(0, java.math.RoundingMode.FLOOR);
    if (borrowed.add(a).compareTo(limit) > 0) {
      throw new EtsValidationException("amount", a.toPlainString(), "borrowing would total "
          + borrowed.add(a).toPlainString() + " t, above 50 % of the shortfall (" + limit.toPlainString() + " t)");
    }
    return new ComplianceAccount(entityId, rules, obligation, plus(holdings, Year.of(2023), a), carriedOver,
        surrendered, carriedOverSurrendered, ccerSurrendered, borrowed.add(a));
  }

  private void requireOwed(BigDecimal amount) {
    BigDecimal rest = remaining();
    if (amount.compareTo(rest) > 0) {
      throw new EtsValidationException("amount", amount.toPlainString(), "only " + rest.toPlainString()
          + " t of the obligation remain to be settled");
    }
  }

  /**
   * The entity.
   *
   * @return the entity id
   */
  public String entityId() {
    return entityId;
  }

  /**
   * The rules of the account's year.
   *
   * @return the rules
   */
  public ComplianceRules rules() {
    return rules;
  }

  /**
   * The obligation (应清缴配额): verified emissions, whole tonnes.
   *
   * @return the obligation, t
   */
  public BigDecimal obligation() {
    return obligation;
  }

  /**
   * The allowances held, by vintage.
   *
   * @return an unmodifiable map, sorted by vintage
   */
  public Map<Year, BigDecimal> holdings() {
    return holdings;
  }

  /**
   * Carried-over 2019–2024 allowances still held.
   *
   * @return the amount, t
   */
  public BigDecimal carriedOver() {
    return carriedOver;
  }

  /**
   * The allowances surrendered, by vintage (carried-over allowances and CCERs not included).
   *
   * @return an unmodifiable map
   */
  public Map<Year, BigDecimal> surrendered() {
    return surrendered;
  }

  /**
   * CCER offsets surrendered.
   *
   * @return the amount, t
   */
  public BigDecimal ccerSurrendered() {
    return ccerSurrendered;
  }

  /**
   * Allowances borrowed from the 2023 pre-allocation.
   *
   * @return the amount, t
   */
  public BigDecimal borrowed() {
    return borrowed;
  }

  /**
   * Everything surrendered: allowances of every vintage, carried-over allowances and CCERs.
   *
   * @return the amount, t
   */
  public BigDecimal settled() {
    BigDecimal sum = carriedOverSurrendered.add(ccerSurrendered);
    for (BigDecimal amount : surrendered.values()) {
      sum = sum.add(amount);
    }
    return sum;
  }

  /**
   * What is still owed: obligation minus everything surrendered (the shortfall at the deadline).
   *
   * @return the remaining obligation, t
   */
  public BigDecimal remaining() {
    return obligation.subtract(settled());
  }

  /**
   * Tells whether the obligation is fully settled.
   *
   * @return true when nothing remains
   */
  public boolean isSettled() {
    return remaining().signum() == 0;
  }

  /**
   * The fine range for what remains unsurrendered: 5–10 × the price per missing allowance (REG-2024 Art 24 [V]).
   *
   * @param pricePerAllowance the average market price in the month before the deadline, CNY/t; positive
   * @return the range (zero when settled)
   * @throws EtsValidationException if the price is not positive
   */
  public PenaltyRange penalty(BigDecimal pricePerAllowance) {
    Checks.positive("pricePerAllowance", pricePerAllowance);
    BigDecimal missing = remaining();
    BigDecimal base = missing.multiply(pricePerAllowance);
    return new PenaltyRange(missing, base.multiply(rules.penaltyMinMultiple().value()),
        base.multiply(rules.penaltyMaxMultiple().value()));
  }

  @Override
  public String toString() {
    return "ComplianceAccount[" + entityId + " " + rules.year() + ": obligation " + obligation.toPlainString()
        + " t, remaining " + remaining().toPlainString() + " t]";
  }
}
