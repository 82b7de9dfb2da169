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
import javax.annotation.Nullable;

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
  /**
   * {@link #settled()} and {@link #remaining()}, kept with the state instead of summed at each call: every amount is
   * a whole number at scale 0 ({@link Amounts}), so a running sum is the same exact integer at the same scale as the
   * sum over the state, in any order.
   */
  private final BigDecimal settled;
  private final BigDecimal remaining;

  private ComplianceAccount(String entityId, ComplianceRules rules, BigDecimal obligation,
      Map<Year, BigDecimal> holdings, BigDecimal carriedOver, Map<Year, BigDecimal> surrendered,
      BigDecimal carriedOverSurrendered, BigDecimal ccerSurrendered, BigDecimal borrowed, BigDecimal settled,
      BigDecimal remaining) {
    this.entityId = entityId;
    this.rules = rules;
    this.obligation = obligation;
    this.holdings = holdings;
    this.carriedOver = carriedOver;
    this.surrendered = surrendered;
    this.carriedOverSurrendered = carriedOverSurrendered;
    this.ccerSurrendered = ccerSurrendered;
    this.borrowed = borrowed;
    this.settled = settled;
    this.remaining = remaining;
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
    BigDecimal obligation = Precision.ENTERPRISE_TOTAL.round(verifiedEmissions);
    return new ComplianceAccount(entityId, rules, obligation, Collections.emptyMap(), BigDecimal.ZERO,
        Collections.emptyMap(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, obligation);
  }

  /**
   * Restores an account from its recorded state (a stored account, e.g. a JSON document), checking the rules
   * every operation of the account keeps: amounts are whole allowances, held and surrendered amounts positive,
   * surrendered vintages valid for the year, carried-over allowances only from 2025, CCERs within the offset cap,
   * borrowing only in a borrowing year and within half the obligation (the most half the shortfall can be, for any
   * allocation), and no more surrendered than owed. The CCER registration dates and the allocation a loan was
   * measured against are not part of the state and are not rechecked. There is no builder: every figure is
   * required, and a new account starts from {@link #open}.
   *
   * @param entityId the entity
   * @param rules the compliance rules of the year
   * @param obligation the obligation, whole tonnes
   * @param holdings allowances held by vintage (copied), each positive
   * @param carriedOver carried-over 2019–2024 allowances still held, whole tonnes
   * @param surrendered allowances surrendered by vintage (copied), each positive
   * @param carriedOverSurrendered carried-over allowances surrendered, whole tonnes
   * @param ccerSurrendered CCER offsets surrendered, whole tonnes
   * @param borrowed allowances borrowed from the 2023 pre-allocation, whole tonnes
   * @return the account
   * @throws EtsValidationException if an argument is null or blank, or the state breaks one of the rules above
   */
  public static ComplianceAccount of(String entityId, ComplianceRules rules, BigDecimal obligation,
      Map<Year, BigDecimal> holdings, BigDecimal carriedOver, Map<Year, BigDecimal> surrendered,
      BigDecimal carriedOverSurrendered, BigDecimal ccerSurrendered, BigDecimal borrowed) {
    Checks.notBlank("entityId", entityId);
    Checks.notNull("rules", rules);
    BigDecimal owed = Amounts.whole("obligation", obligation);
    Map<Year, BigDecimal> held = byVintage("holdings", holdings);
    Map<Year, BigDecimal> given = byVintage("surrendered", surrendered);
    for (Year vintage : given.keySet()) {
      if (!rules.vintageValid(vintage)) {
        throw new EtsValidationException("surrendered", vintage, "allowances of " + vintage
            + " cannot settle the " + rules.year() + " obligation");
      }
    }
    BigDecimal carried = Amounts.whole("carriedOver", carriedOver);
    BigDecimal carriedGiven = Amounts.whole("carriedOverSurrendered", carriedOverSurrendered);
    if (carried.add(carriedGiven).signum() > 0 && rules.year().getValue() < 2025) {
      throw new EtsValidationException("carriedOver", carried.add(carriedGiven).toPlainString(),
          "carried-over 2019-2024 allowances settle 2025 and later obligations only, not " + rules.year());
    }
    BigDecimal ccer = Amounts.whole("ccerSurrendered", ccerSurrendered);
    BigDecimal cap = rules.offsetCap(owed);
    if (ccer.compareTo(cap) > 0) {
      throw new EtsValidationException("ccerSurrendered", ccer.toPlainString(), "above the cap of "
          + cap.toPlainString() + " t (" + rules.offsetLimit().value().toPlainString() + " of the obligation)");
    }
    BigDecimal loan = Amounts.whole("borrowed", borrowed);
    if (loan.signum() > 0) {
      if (!rules.borrowingAllowed()) {
        throw new EtsValidationException("borrowed", loan.toPlainString(), "borrowing is allowed for 2021 and 2022 only");
      }
      BigDecimal limit = owed.multiply(rules.borrowingMaxShare().value()).setScale(0, java.math.RoundingMode.FLOOR);
      if (loan.compareTo(limit) > 0) {
        throw new EtsValidationException("borrowed", loan.toPlainString(), "above half of any shortfall ("
            + limit.toPlainString() + " t at most)");
      }
    }
    BigDecimal settled = carriedGiven.add(ccer);
    for (BigDecimal amount : given.values()) {
      settled = settled.add(amount);
    }
    BigDecimal remaining = owed.subtract(settled);
    if (remaining.signum() < 0) {
      throw new EtsValidationException("surrendered", settled.toPlainString(), "more than the obligation of "
          + owed.toPlainString() + " t");
    }
    return new ComplianceAccount(entityId, rules, owed, held, carried, given, carriedGiven, ccer, loan, settled,
        remaining);
  }

  private static Map<Year, BigDecimal> byVintage(String field, Map<Year, BigDecimal> amounts) {
    Checks.notNull(field, amounts);
    TreeMap<Year, BigDecimal> copy = new TreeMap<>();
    for (Map.Entry<Year, BigDecimal> amount : amounts.entrySet()) {
      Year vintage = Checks.notNull(field + " vintage", amount.getKey());
      copy.put(vintage, Amounts.positiveWhole(field + " " + vintage, Checks.notNull(field + " " + vintage,
          amount.getValue())));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** The amount of a vintage plus a whole amount: the amount itself where none is held (0 + a is a, at scale 0). */
  private static BigDecimal plus(Map<Year, BigDecimal> map, Year key, BigDecimal delta) {
    BigDecimal now = map.get(key);
    return now == null ? delta : now.add(delta);
  }

  /**
   * The map with the amount of one vintage replaced (removed when zero). A map of that vintage alone, the usual
   * account of one year's allowances, becomes a one-entry or empty immutable map (sorted, null-hostile like the
   * sorted copy) instead of a copied tree; only a map holding other vintages is copied.
   */
  private static Map<Year, BigDecimal> with(Map<Year, BigDecimal> map, Year key, BigDecimal amount) {
    if (map.isEmpty() || (map.size() == 1 && map.containsKey(key))) {
      return amount.signum() == 0 ? Map.of() : Map.of(key, amount);
    }
    TreeMap<Year, BigDecimal> copy = new TreeMap<>(map);
    if (amount.signum() == 0) {
      copy.remove(key);
    } else {
      copy.put(key, amount);
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
    return new ComplianceAccount(entityId, rules, obligation, with(holdings, vintage, plus(holdings, vintage, a)),
        carriedOver, surrendered, carriedOverSurrendered, ccerSurrendered, borrowed, settled, remaining);
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
        carriedOverSurrendered, ccerSurrendered, borrowed, settled, remaining);
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
    return new ComplianceAccount(entityId, rules, obligation, with(holdings, vintage, held.subtract(a)), carriedOver,
        with(surrendered, vintage, plus(surrendered, vintage, a)), carriedOverSurrendered, ccerSurrendered, borrowed,
        settled.add(a), remaining.subtract(a));
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
        carriedOverSurrendered.add(a), ccerSurrendered, borrowed, settled.add(a), remaining.subtract(a));
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
        carriedOverSurrendered, total, borrowed, settled.add(a), remaining.subtract(a));
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
    Year vintage = Year.of(2023);
    return new ComplianceAccount(entityId, rules, obligation, with(holdings, vintage, plus(holdings, vintage, a)),
        carriedOver, surrendered, carriedOverSurrendered, ccerSurrendered, borrowed.add(a), settled, remaining);
  }

  private void requireOwed(BigDecimal amount) {
    if (amount.compareTo(remaining) > 0) {
      throw new EtsValidationException("amount", amount.toPlainString(), "only " + remaining.toPlainString()
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
   * Carried-over 2019–2024 allowances surrendered.
   *
   * @return the amount, t
   */
  public BigDecimal carriedOverSurrendered() {
    return carriedOverSurrendered;
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
    return settled;
  }

  /**
   * What is still owed: obligation minus everything surrendered (the shortfall at the deadline).
   *
   * @return the remaining obligation, t
   */
  public BigDecimal remaining() {
    return remaining;
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

  /**
   * Compares the entity, the rules and every amount (by value, not scale).
   *
   * @param other the other object
   * @return true for an equal account
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ComplianceAccount && ((ComplianceAccount) other).key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  private java.util.List<Object> key() {
    return java.util.List.of(entityId, rules, Checks.normalise(obligation), normalised(holdings),
        Checks.normalise(carriedOver), normalised(surrendered), Checks.normalise(carriedOverSurrendered),
        Checks.normalise(ccerSurrendered), Checks.normalise(borrowed));
  }

  private static Map<Year, BigDecimal> normalised(Map<Year, BigDecimal> amounts) {
    Map<Year, BigDecimal> key = new TreeMap<>();
    amounts.forEach((vintage, amount) -> key.put(vintage, Checks.normalise(amount)));
    return key;
  }

  @Override
  public String toString() {
    return "ComplianceAccount[" + entityId + " " + rules.year() + ": obligation " + obligation.toPlainString()
        + " t, remaining " + remaining().toPlainString() + " t]";
  }
}
