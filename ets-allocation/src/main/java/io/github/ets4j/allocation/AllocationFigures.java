package io.github.ets4j.allocation;

import io.github.ets4j.allocation.power.SpecialUnitShares;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.entity.CoverageRules;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.rules.RuleTable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The year-ranged rows of the national allocation rules (allocation.md): every figure that changes with the plan
 * year is a row (value, first year, last year, source), so the rules of a new plan year are new rows. A year after
 * the last row of a key takes the last row's value as an assumption ({@link RuleValue#fromTable}); a replacement
 * row (for example the final 2025–2026 figure with its source, {@link Rulebook#withFigures(java.util.Collection)})
 * takes precedence where it is in force.
 *
 * <p>The keys are the constants of this class and of the power parts that own their rows
 * ({@code LoadCorrection}, {@link SpecialUnitShares}); {@link #chinaNational()} holds their national rows. Stateless;
 * thread-safe.
 */
public final class AllocationFigures {
  /** Power pre-allocation share of the previous year's verified emissions, fraction. */
  public static final String POWER_PRE_ALLOCATION_SHARE = "power/pre-allocation-share";
  /** Industry (cement, steel, aluminum) pre-allocation share of the previous year's verified emissions, fraction. */
  public static final String INDUSTRY_PRE_ALLOCATION_SHARE = "industry/pre-allocation-share";
  /** Inclusion threshold, annual direct emissions, tCO2e: the row is the entry {@link CoverageRules#INCLUSION_THRESHOLD}. */
  public static final String INCLUSION_THRESHOLD = CoverageRules.INCLUSION_THRESHOLD.key();
  /** Power entity allocation floor, share of verified emissions, fraction. */
  public static final String POWER_ENTITY_FLOOR = "power/entity-floor";
  /** Decimals of the power peak-shaving factor Ff (half up). */
  public static final String POWER_FF_DECIMALS = "power/rounding/ff-decimals";
  /** Decimals of the power allocation (floor). */
  public static final String POWER_ALLOCATION_DECIMALS = "power/rounding/allocation-decimals";
  /** Prefix of the electricity benchmark of a category, tCO2/MWh: append the category, e.g. {@code "I"}. */
  public static final String POWER_BENCHMARK_ELECTRICITY = "power/benchmark/electricity/";
  /** Heat benchmark of coal units (categories I–III), tCO2/GJ. */
  public static final String POWER_BENCHMARK_HEAT_COAL = "power/benchmark/heat/coal";
  /** Heat benchmark of gas units (category IV), tCO2/GJ. */
  public static final String POWER_BENCHMARK_HEAT_GAS = "power/benchmark/heat/gas";
  /** CCER offset limit, share of the obligation, fraction. */
  public static final String CCER_OFFSET_LIMIT = "compliance/ccer-offset-limit";
  /** Slope of the intensity coefficient α in X, per unit of X. */
  public static final String COEFFICIENT_SLOPE = "industry/coefficient/slope";
  /** Band of X within which α is linear, fraction. */
  public static final String COEFFICIENT_BAND = "industry/coefficient/band";
  /** Cap of |α|, fraction. */
  public static final String COEFFICIENT_CAP = "industry/coefficient/cap";
  /** Carbide-slag substitution rate above which a cement line is special, fraction. */
  public static final String CARBIDE_SLAG_THRESHOLD = "cement/special/carbide-slag-threshold";

  /** Phase 2 yearly tightening of the balance value r, fraction per year (the default option, from 2027). */
  public static final String PHASE2_TIGHTENING_RATE = "industry/phase2/tightening-rate";

  /** Why a 2019–2020 row citing MEASURES-2021 is an assumption: the years predate the measures. */
  private static final String BEFORE_MEASURES = "2019-2020 predate MEASURES-2021 (in force 2021-02-01) and the "
      + "reference names no document of those years: ";
  private static final EnumSet<Sector> INDUSTRY = EnumSet.of(Sector.CEMENT, Sector.STEEL, Sector.ALUMINUM);
  private static final RuleTable CHINA_NATIONAL = RuleTable.of(rows());

  private AllocationFigures() {}

  /**
   * The national rows of every key.
   *
   * @return the table
   */
  public static RuleTable chinaNational() {
    return CHINA_NATIONAL;
  }

  private static List<RuleEntry> rows() {
    List<RuleEntry> rows = new ArrayList<>();
    Source plan2324 = Source.of("PLAN-POWER-2324", "pre-allocation", Confidence.OFFICIAL);
    Source draftShare = Source.of("PLAN-2526-DRAFT", "pre-allocation (at most)", Confidence.DRAFT);
    rows.add(row(POWER_PRE_ALLOCATION_SHARE, "0.7", "fraction", 2019, 2020,
        Source.of("SECONDARY", "2019-2020: 70 % of 2018 output x benchmark", Confidence.SECONDARY)));
    rows.add(row(POWER_PRE_ALLOCATION_SHARE, "0.7", "fraction", 2021, 2022,
        assumed("2021-2022 share not found: 70 % as 2019-2020 and 2023")));
    rows.add(row(POWER_PRE_ALLOCATION_SHARE, "0.7", "fraction", 2023, 2024, plan2324));
    rows.add(row(POWER_PRE_ALLOCATION_SHARE, "0.5", "fraction", 2025, 2026, draftShare));
    rows.add(industry(row(INDUSTRY_PRE_ALLOCATION_SHARE, "0", "fraction", 2024, 2024,
        Source.of("PLAN-IND-2425", "2024: no pre-allocation", Confidence.OFFICIAL))));
    rows.add(industry(row(INDUSTRY_PRE_ALLOCATION_SHARE, "0.5", "fraction", 2025, 2025,
        assumed("2025 pre-allocation issued in H1 2026, fraction not found"))));
    rows.add(industry(row(INDUSTRY_PRE_ALLOCATION_SHARE, "0.5", "fraction", 2026, 2026, draftShare)));
    // MEASURES-2021 is in force from 1 February 2021, after the 2019-2020 list was drawn up; the reference names no
    // document of those years for the threshold, so their row is the same figure, ASSUMED.
    rows.add(RuleEntry.builder().from(CoverageRules.INCLUSION_THRESHOLD).firstYear(Year.of(2019))
        .lastYear(Year.of(2020)).source(assumed(BEFORE_MEASURES + "Art 8's threshold taken for the 2019-2020 list"))
        .build());
    rows.add(CoverageRules.INCLUSION_THRESHOLD);
    powerRows(rows);
    rows.addAll(io.github.ets4j.allocation.power.LoadCorrection.rows());
    rows.addAll(SpecialUnitShares.rows());
    rows.add(row(CCER_OFFSET_LIMIT, "0.05", "fraction", 2019, 2020, assumed(BEFORE_MEASURES
        + "Art 29's limit taken for the first cycle, whose obligations were surrendered in 2021 under it")));
    rows.add(row(CCER_OFFSET_LIMIT, "0.05", "fraction", 2021, 2026,
        Source.of("MEASURES-2021", "Art 29", Confidence.OFFICIAL)));
    Source method2025 = Source.of("PLAN-IND-2425", "intensity-coefficient method", Confidence.SECONDARY);
    Source method2026 = Source.of("PLAN-2526-DRAFT", "2026 keeps the 2025 method", Confidence.DRAFT);
    Source phase2 = assumed("Phase 2 keeps the Phase 1 slope and caps");
    for (String[] figure : new String[][] {{COEFFICIENT_SLOPE, "0.15", "per unit of X"},
        {COEFFICIENT_BAND, "0.20", "fraction"}, {COEFFICIENT_CAP, "0.03", "fraction"}}) {
      rows.add(industry(row(figure[0], figure[1], figure[2], 2025, 2025, method2025)));
      rows.add(industry(row(figure[0], figure[1], figure[2], 2026, 2026, method2026)));
      rows.add(industry(open(figure[0], figure[1], figure[2], 2027, phase2)));
    }
    // The default Phase 2 rate is kept once, in Phase2.DEFAULT (FYP15 anchor): its row is that entry from 2027.
    rows.add(industry(RuleEntry.builder().from(Phase2.DEFAULT.parameter().entry()).key(PHASE2_TIGHTENING_RATE)
        .firstYear(PlanYears.lastPlanYear().plusYears(1)).build()));
    rows.add(cement(row(CARBIDE_SLAG_THRESHOLD, "0.15", "fraction", 2025, 2025,
        Source.of("SECONDARY", "2025 special cement lines", Confidence.SECONDARY))));
    rows.add(cement(row(CARBIDE_SLAG_THRESHOLD, "0.30", "fraction", 2026, 2026,
        Source.of("PLAN-2526-DRAFT", "special units", Confidence.DRAFT))));
    rows.add(PlanYears.LAST_PLAN_YEAR.entry());
    return rows;
  }

  private static void powerRows(List<RuleEntry> rows) {
    rows.add(row(POWER_ENTITY_FLOOR, "0.8", "fraction", 2019, 2022,
        Source.of("SECONDARY", "2019-2022 plans: obligation <= allocation + 20 % of verified", Confidence.SECONDARY)));
    rows.add(row(POWER_ENTITY_FLOOR, "0.8", "fraction", 2023, 2024,
        Source.of("PLAN-POWER-2324", "entity relief", Confidence.OFFICIAL)));
    rows.add(row(POWER_ENTITY_FLOOR, "0.8", "fraction", 2025, 2026,
        Source.of("PLAN-2526-DRAFT", "entity relief", Confidence.DRAFT)));
    Source rounding = Source.of("PLAN-2526-DRAFT", "rounding", Confidence.DRAFT);
    rows.add(row(POWER_FF_DECIMALS, "6", "decimals", 2025, 2026, rounding));
    rows.add(row(POWER_ALLOCATION_DECIMALS, "0", "decimals", 2025, 2026, rounding));
    Source s1920 = Source.of("SECONDARY", "ICAP / MEE 2019-2020 plan as summarised", Confidence.SECONDARY);
    benchmarks(rows, 2019, 2020, s1920, "0.877", "0.979", "1.146", "0.392", "0.126", "0.059");
    benchmarks(rows, 2021, 2021, Source.of("SECONDARY",
        "2021-2022 plan as summarised (I and III cross-checked, rest recalled)", Confidence.SECONDARY),
        "0.8218", "0.8773", "0.9350", "0.3920", "0.1111", "0.0560");
    benchmarks(rows, 2022, 2022, Source.of("SECONDARY", "2021-2022 plan as summarised (recalled)",
        Confidence.SECONDARY), "0.8177", "0.8729", "0.9303", "0.3901", "0.1105", "0.0557");
    Source annex2 = Source.of("PLAN-POWER-2324", "Annex 2", Confidence.OFFICIAL);
    benchmarks(rows, 2023, 2023, annex2, "0.7950", "0.8090", "0.8285", "0.3305", "0.1038", "0.0536");
    benchmarks(rows, 2024, 2024, annex2, "0.7910", "0.8049", "0.8244", "0.3288", "0.1033", "0.0533");
    Source table = Source.of("PLAN-2526-DRAFT", "benchmark table", Confidence.DRAFT);
    benchmarks(rows, 2025, 2025, table, "0.7902", "0.8017", "0.8162", "0.3288", "0.1027", "0.0533");
    benchmarks(rows, 2026, 2026, table, "0.7894", "0.7985", "0.8080", "0.3288", "0.1021", "0.0533");
  }

  private static void benchmarks(List<RuleEntry> rows, int from, int to, Source source, String i, String ii,
      String iii, String iv, String heatCoal, String heatGas) {
    String[] categories = {"I", "II", "III", "IV"};
    String[] values = {i, ii, iii, iv};
    for (int c = 0; c < 4; c++) {
      rows.add(row(POWER_BENCHMARK_ELECTRICITY + categories[c], values[c], "tCO2/MWh", from, to, source));
    }
    rows.add(row(POWER_BENCHMARK_HEAT_COAL, heatCoal, "tCO2/GJ", from, to, source));
    rows.add(row(POWER_BENCHMARK_HEAT_GAS, heatGas, "tCO2/GJ", from, to, source));
  }

  private static Source assumed(String why) {
    return Source.of("ASSUMPTION", why, Confidence.ASSUMED);
  }

  private static RuleEntry row(String key, String value, String unit, int from, int to, Source source) {
    return open(key, value, unit, from, source).withLastYear(Optional.of(Year.of(to)));
  }

  private static RuleEntry open(String key, String value, String unit, int from, Source source) {
    RuleEntry row = RuleEntry.builder().key(key).value(new BigDecimal(value)).unit(unit).source(source)
        .firstYear(Year.of(from)).build();
    return key.startsWith("power/") ? row.withSectors(EnumSet.of(Sector.POWER)) : row;
  }

  private static RuleEntry industry(RuleEntry row) {
    return row.withSectors(INDUSTRY);
  }

  private static RuleEntry cement(RuleEntry row) {
    return row.withSectors(EnumSet.of(Sector.CEMENT));
  }
}
