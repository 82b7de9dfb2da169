package io.github.ets4j.allocation;

import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.allocation.industry.CoefficientRule;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IndustryScope;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.PowerBenchmarkPolicy;
import io.github.ets4j.allocation.power.PowerSpecialUnit;
import io.github.ets4j.allocation.power.SpecialUnitShares;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.rules.RuleTable;
import io.github.ets4j.core.rules.YearTable;
import io.github.ets4j.sectors.mrv.ReportOnlyYear;
import io.github.ets4j.sectors.rules.MonitoringRules;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of China's national ETS in force for one compliance year: the GWP set, the covered sectors and
 * inclusion threshold, each sector's allocation policy, the pre-allocation shares and the compliance
 * parameters.
 *
 * <p>{@link #chinaNational(Year)} assembles the national rules of any year from 2019: power by the benchmark
 * method of the year; cement, steel and aluminum from 2024 (2024 allocation = verified emissions,
 * 2025–2026 intensity-coefficient method, 2027 on Phase 2 with ASSUMED parameters). A study changes the rules
 * by deriving a new rulebook with a {@code withXxx(...)} method, never by editing constants; every changed
 * figure is marked ASSUMED and listed by {@link #assumptions()}. Official figures that the library cannot derive
 * are given with their source: the published balance value ({@link #withPublishedBalanceValue}) and the REG-2024
 * Art 31 adjustment ({@link #withNonFossilElectricityAdjustment}).
 *
 * <p>The rulebook is the one door to the rules of a year. Its allocation figures are read from the year-ranged rows
 * of {@link AllocationFigures} ({@link #figures()}); replacement rows, e.g. the final 2025–2026 figures with their
 * source, enter with {@link #withFigures(Collection)}. It carries the monitoring rules of the year as the view
 * ets-sectors defines ({@link #monitoring()}), and {@link #nonOfficial()} lists every figure of the whole system
 * in force that year that is not read in an official final text. The {@code chinaNational()} factories of the
 * parts (the default catalogue, fuel rules, power and industrial policies, compliance rules, ...) still give the
 * national figures, but the rulebook is where a year's rules are assembled. Immutable and thread-safe.
 */
public final class Rulebook {
  private static final RuleTable NATIONAL = AllocationFigures.chinaNational();
  private static final String CARRIED_SHARE = "no plan after 2026: 2026 draft share carried forward";
  /** The method of the industrial sectors: verified emissions for 2024 (PLAN-IND-2425), intensity coefficient after. */
  private static final YearTable<AllocationMethod> INDUSTRY_METHOD = YearTable
      .starting(2024, AllocationMethod.VERIFIED_EMISSIONS).from(2025, AllocationMethod.INTENSITY_COEFFICIENT);
  /** The documents the rules of each year are read from. */
  private static final YearTable<String> EDITIONS = YearTable
      .starting(2019, "2019-2022 power plans (secondary sources); MEASURES-2021")
      .from(2023, "PLAN-POWER-2324; MEASURES-2021; REG-2024")
      .from(2024, "PLAN-POWER-2324; PLAN-IND-2425; MEASURES-2021; REG-2024")
      .from(2025, "PLAN-2526-DRAFT; PLAN-IND-2425; WORKPLAN-2025; MEASURES-2021; REG-2024")
      .from(2027, "Phase 2 (no published plan): PLAN-2526-DRAFT carried forward with ASSUMED parameters");

  private final Year year;
  private final GwpSet gwpSet;
  private final PowerBenchmarkPolicy power;
  private final Map<Sector, AllocationPolicy<IndustrialUnit>> industry;
  private final Map<Sector, RuleValue> preAllocationShares;
  private final ComplianceRules compliance;
  private final RuleValue inclusionThreshold;
  /** The rows the rules were read from: the national rows, with any replacement rows. */
  private final RuleTable figures;
  /** True once a what-if ({@code withXxx}) changed the rules read from {@link #figures}. */
  private final boolean derived;
  /** The monitoring rules of the year, the view ets-sectors defines. */
  private final MonitoringRules monitoring;

  private Rulebook(Year year, GwpSet gwpSet, PowerBenchmarkPolicy power,
      Map<Sector, AllocationPolicy<IndustrialUnit>> industry, Map<Sector, RuleValue> preAllocationShares,
      ComplianceRules compliance, RuleValue inclusionThreshold, RuleTable figures, boolean derived,
      MonitoringRules monitoring) {
    this.monitoring = monitoring;
    this.figures = figures;
    this.derived = derived;
    this.year = year;
    this.gwpSet = gwpSet;
    this.power = power;
    this.industry = industry;
    this.preAllocationShares = preAllocationShares;
    this.compliance = compliance;
    this.inclusionThreshold = inclusionThreshold;
  }

  /**
   * The national rules of a compliance year.
   *
   * <p>A year after the last published plan ({@link PlanYears#LAST_PLAN_YEAR}, 2026) gives a
   * {@linkplain #isProjected() projected} rulebook; a year after {@link PlanYears#LAST_RULES_YEAR} (2060, the
   * carbon-neutrality target year, an ASSUMED horizon) is refused.
   *
   * @param year the compliance year, 2019 to 2060
   * @return the rulebook
   * @throws EtsValidationException if the year is null, before 2019 or after 2060
   */
  public static Rulebook chinaNational(Year year) {
    Checks.notNull("year", year);
    if (year.getValue() < 2019) {
      throw new EtsValidationException("year", year, "the national ETS starts with the 2019 compliance year");
    }
    PlanYears.checkHasRules("year", year);
    return read(year, NATIONAL, MonitoringRules.chinaNational(year));
  }

  /** Reads the rules of a year from the rows of a rule table. */
  private static Rulebook read(Year year, RuleTable figures, MonitoringRules monitoring) {
    Map<Sector, AllocationPolicy<IndustrialUnit>> industry = new EnumMap<>(Sector.class);
    Map<Sector, RuleValue> shares = new EnumMap<>(Sector.class);
    shares.put(Sector.POWER, RuleValue.fromTable(figures, AllocationFigures.POWER_PRE_ALLOCATION_SHARE,
        "power pre-allocation share of previous-year verified emissions", year, CARRIED_SHARE));
    for (Sector sector : List.of(Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM)) {
      if (!sector.isCoveredIn(year)) {
        continue;
      }
      industry.put(sector, INDUSTRY_METHOD.at(year) == AllocationMethod.VERIFIED_EMISSIONS
          ? VerifiedEmissionsPolicy.<IndustrialUnit>of(sector, year)
          : IntensityCoefficientPolicy.chinaNational(sector, year, figures));
      shares.put(sector, RuleValue.fromTable(figures, AllocationFigures.INDUSTRY_PRE_ALLOCATION_SHARE,
          "industry pre-allocation share of previous-year verified emissions", year, CARRIED_SHARE));
    }
    return new Rulebook(year, GwpSet.CHINA_NATIONAL, PowerBenchmarkPolicy.chinaNational(year, figures), industry, shares,
        ComplianceRules.chinaNational(year, figures),
        RuleValue.fromTable(figures, AllocationFigures.INCLUSION_THRESHOLD,
            "inclusion threshold, annual direct emissions", year, "MEASURES-2021 Art 8 assumed to stay in force"),
        figures, false, monitoring);
  }

  /**
   * Returns the rules of this year read again from the national rows with replacement rows, for example the final
   * 2025–2026 figures with their source ({@code RuleRowsCsv.read(path)} of ets-io reads them from a file). Every
   * figure a row replaces carries the row's value and source, in {@link #ruleValues()} and in every
   * {@link Allocation#explain()}; once its source is official it is no longer listed by {@link #nonOfficial()}.
   * A year after the last row of a key still takes the last row's value as an assumption, so a final 2026 row is
   * also what 2027 carries forward.
   *
   * <p>Load the replacement rows first: a what-if ({@code withXxx}) of this rulebook would be lost when the rules
   * are read again, so a derived rulebook refuses them.
   *
   * <p>A row of a key of the MRV default catalogue (e.g. {@code fuel/bituminous-coal/ncv}) replaces that default in
   * the monitoring rules ({@link MonitoringRules#withFigures(Collection)}), so one file can hold both.
   *
   * @param rows the replacement rows, keys of {@link AllocationFigures} or of the default catalogue, in their units
   * @return the new rulebook
   * @throws EtsValidationException if a row is null, of an unknown key or another unit, two rows of one key
   *     overlap, or this rulebook was already changed by a what-if
   */
  public Rulebook withFigures(Collection<RuleEntry> rows) {
    Checks.notNull("rows", rows);
    if (derived) {
      throw new EtsValidationException("rows", rows.size() + " rows", "load replacement rows into the national "
          + "rulebook before any withXxx what-if: reading the rules again would lose the what-if");
    }
    List<RuleEntry> allocationRows = new ArrayList<>();
    List<RuleEntry> monitoringRows = new ArrayList<>();
    int i = 0;
    for (RuleEntry row : rows) {
      Checks.notNull("rows[" + i + "]", row);
      if (MonitoringRules.nationalFigures().keys().contains(row.key()) && !figures.keys().contains(row.key())) {
        monitoringRows.add(row);
      } else {
        allocationRows.add(row);
      }
      i++;
    }
    RuleTable table = allocationRows.isEmpty() ? figures : figures.withRows(allocationRows);
    return read(year, table, monitoringRows.isEmpty() ? monitoring : monitoring.withFigures(monitoringRows));
  }

  /**
   * The monitoring (MRV) rules of the year: the default catalogue, plausibility ranges, fuel rules and evidence
   * deadline in force, the view ets-sectors defines. The rulebook is the one door to the rules of a year.
   *
   * @return the monitoring rules
   */
  public MonitoringRules monitoring() {
    return monitoring;
  }

  /**
   * Returns this rulebook with other monitoring rules, e.g. the national ones with a user's catalogue entries
   * ({@code rulebook.monitoring().withCatalogue(DefaultCatalogue.chinaNational().with(...))}).
   *
   * @param rules the monitoring rules, of this rulebook's year
   * @return the new rulebook
   * @throws EtsValidationException if the rules are null or of another year
   */
  public Rulebook withMonitoring(MonitoringRules rules) {
    Checks.notNull("rules", rules);
    if (!rules.year().equals(year)) {
      throw new EtsValidationException("rules", rules, "are the monitoring rules of " + rules.year() + ", not " + year);
    }
    return new Rulebook(year, gwpSet, power, industry, preAllocationShares, compliance, inclusionThreshold, figures,
        derived, rules);
  }

  /**
   * Every figure of the whole system in force in the year that is not read in an official final text (confidence
   * draft, secondary, third-party code or assumed): the allocation figures ({@link #nonOfficialRuleValues()}) and
   * the monitoring figures ({@link MonitoringRules#nonOfficial()}), each as a {@link RuleEntry} with its key,
   * source and years, without repeats.
   *
   * @return the non-official entries
   */
  public List<RuleEntry> nonOfficial() {
    List<RuleEntry> result = new ArrayList<>();
    for (RuleValue value : nonOfficialRuleValues()) {
      if (!result.contains(value.entry())) {
        result.add(value.entry());
      }
    }
    for (RuleEntry entry : monitoring.nonOfficial()) {
      if (!result.contains(entry)) {
        result.add(entry);
      }
    }
    return result;
  }

  /**
   * The rows the rules of this year were read from: the national rows of {@link AllocationFigures}, with any
   * replacement rows of {@link #withFigures(Collection)}.
   *
   * @return the table
   */
  public RuleTable figures() {
    return figures;
  }

  /**
   * The compliance year.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * Tells whether the rules of this year are projected: the year is after the last published allocation plan
   * ({@link PlanYears#LAST_PLAN_YEAR}, 2026 [D]), so the rules are the last plan's carried forward with ASSUMED
   * parameters. Every allocation of such a year says so in {@link Allocation#explain()}.
   *
   * @return true after 2026
   */
  public boolean isProjected() {
    return PlanYears.isProjected(figures, year);
  }

  /**
   * The last compliance year with a published allocation plan, the catalogue entry
   * {@link PlanYears#LAST_PLAN_YEAR} (with its source), or the replacement row of
   * {@link PlanYears#LAST_PLAN_YEAR_KEY} in force this year.
   *
   * @return the entry, value 2026 in the national rows
   */
  public RuleValue lastPlanYear() {
    return RuleValue.fromTable(figures, PlanYears.LAST_PLAN_YEAR_KEY, PlanYears.LAST_PLAN_YEAR.name(), year,
        "the last published plan stays the last");
  }

  /**
   * The GWP set that converts non-CO2 gases (aluminum PFCs) to CO2e: AR5, as AG-ALU-2024 prescribes [C].
   *
   * @return the GWP set
   */
  public GwpSet gwpSet() {
    return gwpSet;
  }

  /**
   * The sectors covered in the year (power from 2019; cement, steel and aluminum from 2024).
   *
   * @return an unmodifiable set
   */
  public Set<Sector> coveredSectors() {
    EnumSet<Sector> covered = EnumSet.of(Sector.POWER);
    covered.addAll(industry.keySet());
    return Collections.unmodifiableSet(covered);
  }

  /**
   * The inclusion threshold: annual direct emissions of 26,000 tCO2e (MEASURES-2021 Art 8 [V]).
   *
   * @return the threshold
   */
  public RuleValue inclusionThreshold() {
    return inclusionThreshold;
  }

  /**
   * Tells whether an entity with these annual direct emissions is covered (at or above the inclusion
   * threshold). Units closed before the final allocation and units new in the year are not allocated either;
   * the caller leaves them out of the input.
   *
   * @param annualDirectEmissions the entity's annual direct emissions, tCO2e
   * @return true at or above 26,000 t
   * @throws EtsValidationException if the emissions are null or negative
   */
  public boolean includes(BigDecimal annualDirectEmissions) {
    return Checks.nonNegative("annualDirectEmissions", annualDirectEmissions).compareTo(inclusionThreshold.value()) >= 0;
  }

  /**
   * The documents the rules of this year are read from, e.g. {@code "PLAN-POWER-2324"}. A year after the national
   * last plan year (2026) whose plan was loaded as replacement rows ({@link #withFigures(Collection)} with a
   * {@link PlanYears#LAST_PLAN_YEAR_KEY} row naming this year or a later one) is not projected: its edition names
   * the document of that row instead of saying that no plan is published; a later year that carries such a plan
   * forward names it as the plan carried forward.
   *
   * @return the edition, in words
   */
  public String catalogueEdition() {
    if (year.isAfter(PlanYears.lastPlanYear())) {
      // A plan loaded as rows names its own document; without this a loaded 2027 plan would still read "no
      // published plan", and a 2028 carrying it forward would name the 2026 draft.
      RuleEntry plan = figures.nearest(PlanYears.LAST_PLAN_YEAR_KEY, year);
      int lastPlan = plan.value().intValueExact();
      if (!isProjected()) {
        return "published plan rows: " + plan.source().document()
            + " (replacement rows; the rows not replaced are PLAN-2526-DRAFT's carried forward)";
      }
      if (lastPlan > PlanYears.lastPlanYear().getValue()) {
        return "Phase 2 (no published plan for " + year + "): the plan rows of " + plan.source().document()
            + " (last plan year " + lastPlan + ") carried forward with ASSUMED parameters";
      }
    }
    return EDITIONS.at(year);
  }

  /**
   * The power policy.
   *
   * @return the power benchmark policy of the year
   */
  public PowerBenchmarkPolicy powerPolicy() {
    return power;
  }

  /**
   * The heat-share thresholds of the power special units of the year, read from {@link #figures()} (so a
   * replacement row of {@link SpecialUnitShares#BIOMASS} ... applies).
   *
   * @return the thresholds
   */
  public SpecialUnitShares powerSpecialShares() {
    return SpecialUnitShares.chinaNational(year, figures);
  }

  /**
   * Decides from heat shares whether a power unit is a special unit allocated at its verified emissions, with
   * this year's thresholds ({@link #powerSpecialShares()}); give the result to the unit's builder
   * ({@code special(...)}).
   *
   * @param biomassShare biomass, waste and sludge share of heat, fraction
   * @param secondaryEnergyShare self-produced secondary energy share of heat, fraction
   * @param greenHydrogenShare green hydrogen or ammonia share of heat, fraction
   * @return the reason, or empty when the unit is an ordinary unit
   * @throws EtsValidationException if a share is null or outside [0, 1]
   */
  public Optional<PowerSpecialUnit> powerSpecialUnit(BigDecimal biomassShare, BigDecimal secondaryEnergyShare,
      BigDecimal greenHydrogenShare) {
    return powerSpecialShares().classify(biomassShare, secondaryEnergyShare, greenHydrogenShare);
  }

  /**
   * The policy of an industrial sector.
   *
   * @param sector cement, steel or aluminum
   * @return the policy, or empty when the sector is not covered in the year (before 2024)
   * @throws EtsValidationException if the sector is power (use {@link #powerPolicy()})
   */
  public Optional<AllocationPolicy<IndustrialUnit>> industryPolicy(Sector sector) {
    Checks.notNull("sector", sector);
    if (sector == Sector.POWER) {
      throw new EtsValidationException("sector", sector, "power units are allocated by powerPolicy()");
    }
    return Optional.ofNullable(industry.get(sector));
  }

  /**
   * The policy of any sector.
   *
   * @param sector the sector
   * @return the policy, or empty when the sector is not covered in the year
   */
  public Optional<AllocationPolicy<?>> policy(Sector sector) {
    Checks.notNull("sector", sector);
    return sector == Sector.POWER ? Optional.of(power) : Optional.ofNullable(industry.get(sector));
  }

  /**
   * Allocates the power sector (or some of its entities).
   *
   * @param units the generating units
   * @return the allocation
   * @throws EtsValidationException as {@link PowerBenchmarkPolicy#allocate(List)}
   */
  public Allocation allocatePower(List<GeneratingUnit> units) {
    return withArt31(power.allocate(units));
  }

  /**
   * Attaches the year's REG-2024 Art 31 adjustment, so the allocation can apply and explain it, and the figures of
   * the sector's policy that were read from replacement rows, so that its explanation cites their sources.
   */
  private Allocation withArt31(Allocation allocation) {
    List<RuleValue> replaced = new ArrayList<>();
    for (RuleValue value : policy(allocation.sector()).map(AllocationPolicy::ruleValues).orElse(List.of())) {
      if (isReplaced(value)) {
        replaced.add(value);
      }
    }
    if (isReplaced(lastPlanYear())) {
      replaced.add(lastPlanYear());
    }
    Allocation attached = replaced.isEmpty() ? allocation : allocation.withReplacedFigures(replaced);
    return compliance.nonFossilElectricityAdjustment().map(attached::withNonFossilElectricityAdjustment)
        .orElse(attached);
  }

  /** Tells whether a figure was read from a replacement row rather than from the national rows. */
  private boolean isReplaced(RuleValue value) {
    RuleEntry entry = value.entry();
    if (!figures.keys().contains(entry.key())) {
      return false;
    }
    return figures.find(entry.key(), year).filter(row -> !NATIONAL.rows(entry.key()).contains(row))
        .filter(row -> row.source().equals(entry.source()) && Checks.normalise(row.value()).equals(value.value()))
        .isPresent();
  }

  /**
   * Allocates a whole industrial sector.
   *
   * @param sector cement, steel or aluminum
   * @param units every unit of the sector; producers not on the year's list (non-Portland clinker lines for
   *     2024–2026 data, electric-arc-only steel) are reported beside the allocation ({@link Allocation#reportOnly()})
   * @return the allocation
   * @throws EtsValidationException if the sector is not covered in the year, or as the policy's
   *     {@link AllocationPolicy#allocate(List)}
   */
  public Allocation allocateIndustry(Sector sector, List<IndustrialUnit> units) {
    AllocationPolicy<IndustrialUnit> policy = industryPolicy(sector).orElseThrow(() -> new EtsValidationException(
        "sector", sector, "not covered in " + year + " (industry from 2024)"));
    if (policy instanceof IntensityCoefficientPolicy) {
      return withArt31(policy.allocate(units));
    }
    // The 2024 method (verified emissions) takes any unit: leave out the producers not on the list here.
    AllocationUnits.byEntity(units);
    IndustryScope scope = IndustryScope.of(units, year);
    if (scope.listed().isEmpty()) {
      return withArt31(Allocation.of(sector, year, policy.method(), List.of(), Optional.empty())
          .withReportOnly(scope.reportOnly()));
    }
    return withArt31(policy.allocate(scope.listed()).withReportOnly(scope.reportOnly()));
  }

  /**
   * The status of an entity of an announced, not covered sector (petrochemicals, chemicals, flat glass, copper
   * smelting, paper, civil aviation, N26 §四 [V]): it reports and is never allocated. No allocation method takes
   * such an entity (they take covered {@link Sector}s only); this is its place beside the allocations, in no total.
   *
   * @param report the entity's annual report of this rulebook's year
   * @return the report-only status with the reason and source
   * @throws EtsValidationException if the report is null or of another year
   */
  public ReportOnlyUnit reportOnly(ReportOnlyYear report) {
    Checks.notNull("report", report);
    if (!report.year().equals(year)) {
      throw new EtsValidationException("report", report, "is of data year " + report.year() + ", the rulebook of "
          + year + "; use Rulebook.chinaNational(" + report.year() + ")");
    }
    return ReportOnlyUnit.of(report);
  }

  /**
   * The pre-allocation share of a sector (of the previous year's verified emissions).
   *
   * @param sector the sector
   * @return the share
   * @throws EtsValidationException if the sector is not covered in the year
   */
  public RuleValue preAllocationShare(Sector sector) {
    RuleValue share = preAllocationShares.get(Checks.notNull("sector", sector));
    if (share == null) {
      throw new EtsValidationException("sector", sector, "not covered in " + year);
    }
    return share;
  }

  /**
   * The compliance parameters of the year.
   *
   * @return the rules
   */
  public ComplianceRules compliance() {
    return compliance;
  }

  /**
   * Returns this rulebook with every power benchmark multiplied by a factor (what-if, ASSUMED).
   *
   * @param factor the factor, positive (e.g. 0.98)
   * @return the new rulebook
   * @throws EtsValidationException if the factor is not positive
   */
  public Rulebook withPowerBenchmarkScale(BigDecimal factor) {
    return withPowerPolicy(power.withBenchmarkScale(factor));
  }

  /**
   * Returns this rulebook with another power policy.
   *
   * @param policy the policy
   * @return the new rulebook
   */
  public Rulebook withPowerPolicy(PowerBenchmarkPolicy policy) {
    return new Rulebook(year, gwpSet, Checks.notNull("policy", policy), industry, preAllocationShares, compliance,
        inclusionThreshold, figures, true, monitoring);
  }

  /**
   * Returns this rulebook with another power entity floor (80 % by default), ASSUMED.
   *
   * @param share the share of verified emissions, a fraction
   * @return the new rulebook
   */
  public Rulebook withPowerEntityCap(BigDecimal share) {
    return withPowerPolicy(power.withEntityCap(share));
  }

  /**
   * Returns this rulebook with another policy for an industrial sector covered in the year.
   *
   * @param sector cement, steel or aluminum
   * @param policy the policy
   * @return the new rulebook
   * @throws EtsValidationException if the sector is power or not covered, or the policy is for another sector
   */
  public Rulebook withIndustryPolicy(Sector sector, AllocationPolicy<IndustrialUnit> policy) {
    if (industryPolicy(sector).isEmpty()) {
      throw new EtsValidationException("sector", sector, "not covered in " + year);
    }
    Checks.notNull("policy", policy);
    if (policy.sector() != sector) {
      throw new EtsValidationException("policy", policy, "is a policy for " + policy.sector() + ", not " + sector);
    }
    Map<Sector, AllocationPolicy<IndustrialUnit>> copy = new EnumMap<>(industry);
    copy.put(sector, policy);
    return new Rulebook(year, gwpSet, power, copy, preAllocationShares, compliance, inclusionThreshold, figures, true, monitoring);
  }

  /**
   * Returns this rulebook with the balance value BP that the authority published for an industrial sector
   * (allocation.md: "the balance value is an official figure", queryable on the national carbon-market
   * management platform [D]). The sector's compliance allocations compare each unit with it; the BP solved from
   * the units is reported beside it with the difference ({@link Allocation#solvedBalanceValue()},
   * {@link Allocation#balanceValueDifference()}, {@link Allocation#explain()}). The figure and its source are
   * listed by {@link #ruleValues()}.
   *
   * @param sector cement, steel or aluminum
   * @param value the published BP, tCO2e per t product, positive
   * @param source where it was published, with its confidence
   * @return the new rulebook
   * @throws EtsValidationException if the sector is power or not allocated by the intensity-coefficient method
   *     in the year (before 2025), the value is not positive or the source is null
   */
  public Rulebook withPublishedBalanceValue(Sector sector, BigDecimal value, Source source) {
    Checks.notNull("sector", sector);
    Checks.notNull("value", value);
    Checks.notNull("source", source);
    Optional<AllocationPolicy<IndustrialUnit>> policy = industryPolicy(sector);
    if (policy.isEmpty() || !(policy.get() instanceof IntensityCoefficientPolicy)) {
      throw new EtsValidationException("sector", sector, "has no balance value in " + year
          + " (the intensity-coefficient method applies from 2025)");
    }
    return withIndustryPolicy(sector,
        ((IntensityCoefficientPolicy) policy.get()).withPublishedBalanceValue(value, source));
  }

  /**
   * Returns this rulebook with a Phase 2 option for every industrial sector (years from 2025; before 2027 a
   * what-if that replaces the balanced method).
   *
   * @param option the option
   * @return the new rulebook
   * @throws EtsValidationException if the year is before 2025 (no intensity-coefficient method)
   */
  public Rulebook withPhase2(Phase2 option) {
    Checks.notNull("option", option);
    return withIntensityPolicies("Phase 2", p -> p.withPhase2(option));
  }

  /**
   * Returns this rulebook with another coefficient rule (slope, band, cap) for every industrial sector.
   *
   * @param slope the slope of α in X (0.15)
   * @param band the band of X (0.20)
   * @param cap the cap of α (0.03)
   * @return the new rulebook
   * @throws EtsValidationException if the year is before 2025 or a value is out of range
   */
  public Rulebook withCoefficientRule(BigDecimal slope, BigDecimal band, BigDecimal cap) {
    return withIntensityPolicies("a coefficient rule", p -> p.withRule(p.rule().with(slope, band, cap)));
  }

  private Rulebook withIntensityPolicies(String what,
      java.util.function.UnaryOperator<IntensityCoefficientPolicy> change) {
    if (year.getValue() < 2025) {
      throw new EtsValidationException("year", year, what + " needs the intensity-coefficient method (2025 on)");
    }
    Map<Sector, AllocationPolicy<IndustrialUnit>> copy = new EnumMap<>(Sector.class);
    for (Map.Entry<Sector, AllocationPolicy<IndustrialUnit>> e : industry.entrySet()) {
      AllocationPolicy<IndustrialUnit> policy = e.getValue();
      copy.put(e.getKey(), policy instanceof IntensityCoefficientPolicy
          ? change.apply((IntensityCoefficientPolicy) policy) : policy);
    }
    return new Rulebook(year, gwpSet, power, copy, preAllocationShares, compliance, inclusionThreshold, figures, true, monitoring);
  }

  /**
   * Returns this rulebook with another CCER offset limit (5 % by default), ASSUMED.
   *
   * @param share the share of the obligation, a fraction
   * @return the new rulebook
   * @throws EtsValidationException if the share is outside [0, 1]
   */
  public Rulebook withOffsetLimit(BigDecimal share) {
    return withCompliance(compliance.withOffsetLimit(share));
  }

  /**
   * Returns this rulebook with a REG-2024 Art 31 adjustment for non-fossil electricity consumption (zero by
   * default, ASSUMED): allowances per MWh consumed, with the national rule it comes from. Allocations made by this
   * rulebook carry it; {@link Allocation#withNonFossilElectricityConsumption(java.util.Map)} applies it.
   *
   * @param perMwh allowances per MWh of non-fossil electricity consumed, zero or more
   * @param source where the figure comes from (an ASSUMPTION source for a what-if)
   * @return the new rulebook
   * @throws EtsValidationException if the figure is negative, an argument is null, or the year is before 2024
   */
  public Rulebook withNonFossilElectricityAdjustment(BigDecimal perMwh, Source source) {
    return withCompliance(
        compliance.withNonFossilElectricityAdjustment(NonFossilElectricityAdjustment.of(perMwh, source)));
  }

  /**
   * Returns this rulebook with other compliance rules.
   *
   * @param rules the rules
   * @return the new rulebook
   */
  public Rulebook withCompliance(ComplianceRules rules) {
    return new Rulebook(year, gwpSet, power, industry, preAllocationShares, Checks.notNull("rules", rules),
        inclusionThreshold, figures, true, monitoring);
  }

  /**
   * Returns this rulebook with another pre-allocation share for a sector, ASSUMED.
   *
   * @param sector the sector
   * @param share the share, a fraction
   * @return the new rulebook
   * @throws EtsValidationException if the sector is not covered or the share is outside [0, 1]
   */
  public Rulebook withPreAllocationShare(Sector sector, BigDecimal share) {
    RuleValue current = preAllocationShare(sector);
    Checks.fraction("share", share);
    Map<Sector, RuleValue> copy = new EnumMap<>(preAllocationShares);
    copy.put(sector, current.withAssumedValue(share, "what-if pre-allocation share"));
    return new Rulebook(year, gwpSet, power, industry, copy, compliance, inclusionThreshold, figures, true, monitoring);
  }

  /**
   * Returns this rulebook with another GWP set (what-if).
   *
   * @param set the GWP set
   * @return the new rulebook
   */
  public Rulebook withGwpSet(GwpSet set) {
    return new Rulebook(year, Checks.notNull("set", set), power, industry, preAllocationShares, compliance,
        inclusionThreshold, figures, true, monitoring);
  }

  /**
   * Every rule value in force: power (with its special-unit shares), each industrial sector, pre-allocation shares, compliance, inclusion.
   *
   * @return the rule values
   */
  public List<RuleValue> ruleValues() {
    List<RuleValue> all = new ArrayList<>(power.ruleValues());
    all.addAll(powerSpecialShares().ruleValues());
    for (AllocationPolicy<IndustrialUnit> policy : industry.values()) {
      all.addAll(policy.ruleValues());
    }
    all.addAll(preAllocationShares.values());
    all.addAll(compliance.ruleValues());
    all.add(inclusionThreshold);
    all.add(lastPlanYear());
    return all;
  }

  /**
   * Every rule value in force that is a project assumption (confidence ASSUMED), without repeats.
   *
   * @return the assumptions
   */
  public List<RuleValue> assumptions() {
    List<RuleValue> assumed = new ArrayList<>();
    for (RuleValue value : ruleValues()) {
      if (value.isAssumed() && !assumed.contains(value)) {
        assumed.add(value);
      }
    }
    return assumed;
  }

  /**
   * Every allocation figure in force that is not read in an official final text (confidence other than OFFICIAL:
   * draft, secondary, third-party code or assumed), without repeats.
   *
   * @return the non-official rule values
   */
  public List<RuleValue> nonOfficialRuleValues() {
    List<RuleValue> result = new ArrayList<>();
    for (RuleValue value : ruleValues()) {
      if (!value.source().confidence().isOfficial() && !result.contains(value)) {
        result.add(value);
      }
    }
    return result;
  }

  /**
   * The coefficient rule of the intensity-coefficient method of the year, if the method applies.
   *
   * @return the rule, or empty before 2025
   */
  public Optional<CoefficientRule> coefficientRule() {
    for (AllocationPolicy<IndustrialUnit> policy : industry.values()) {
      if (policy instanceof IntensityCoefficientPolicy) {
        return Optional.of(((IntensityCoefficientPolicy) policy).rule());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Rulebook[China national " + year + (isProjected() ? " (projected)" : "") + ": " + coveredSectors() + "]";
  }
}
