package io.github.ets4j.allocation;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.rules.RuleTable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

/**
 * Which compliance years have published allocation rules: the catalogue entries of the last year with a
 * published plan and of the last year for which the library projects rules at all.
 *
 * <p>A year after {@link #LAST_PLAN_YEAR} is <em>projected</em>: no allocation plan is published for it
 * (coverage.md "Phases": Phase 2 from 2027 has no numeric rule), so its rules are the last plan's carried
 * forward with ASSUMED parameters. A year after {@link #LAST_RULES_YEAR} is refused. Stateless; thread-safe.
 */
public final class PlanYears {

  /**
   * The key of {@link #LAST_PLAN_YEAR}'s row in {@link AllocationFigures#chinaNational()}. A replacement row of this
   * key ({@code Rulebook.withFigures}) declares a newly published plan, for example
   * {@code plan/last-plan-year,2027,year,2027,2027,PLAN-2027,title,OFFICIAL}: the year it is in force for is then no
   * longer projected, so a new plan year is rows, not code.
   */
  public static final String LAST_PLAN_YEAR_KEY = "plan/last-plan-year";

  /**
   * The last compliance year with a published allocation plan: 2026, the draft plan for the 2025–2026 power
   * years and the 2026 industrial year (PLAN-2526-DRAFT [D]; coverage.md "Phases").
   */
  public static final RuleValue LAST_PLAN_YEAR = RuleValue.from("last compliance year with a published allocation plan",
      RuleEntry.builder().key(PlanYears.LAST_PLAN_YEAR_KEY).value(new BigDecimal("2026")).unit("year")
          .source(Source.of("PLAN-2526-DRAFT", "title: 2025, 2026 power and 2026 industry", Confidence.DRAFT))
          .firstYear(Year.of(2019)).build());

  /**
   * The last compliance year for which rules are projected: 2060 [A]. Why: 2060 is China's carbon-neutrality
   * target year, the horizon of every national climate plan; no document of the domain reference fixes an end
   * to the ETS, and rules extrapolated beyond that horizon would be invented rather than projected.
   */
  public static final RuleValue LAST_RULES_YEAR = RuleValue.assumed("last compliance year for which rules are projected",
      "2060", "year", "China's carbon-neutrality target year; no document fixes a later ETS horizon");

  private PlanYears() {}

  /**
   * The last compliance year with a published allocation plan.
   *
   * @return 2026
   */
  public static Year lastPlanYear() {
    return Year.of(LAST_PLAN_YEAR.value().intValueExact());
  }

  /**
   * The last compliance year for which the library projects rules.
   *
   * @return 2060
   */
  public static Year lastRulesYear() {
    return Year.of(LAST_RULES_YEAR.value().intValueExact());
  }

  /**
   * Tells whether a year's rules are projected (the year is after the last published plan).
   *
   * @param year the compliance year
   * @return true after 2026
   * @throws EtsValidationException if the year is null
   */
  public static boolean isProjected(Year year) {
    return Checks.notNull("year", year).isAfter(lastPlanYear());
  }

  /**
   * Tells whether a year's rules are projected under a rule table: the year is after the last plan year that the
   * table's row of {@link #LAST_PLAN_YEAR_KEY} in force in that year names (2026 in the national rows; a replacement
   * row can name a later one).
   *
   * @param table the rule table, with the key {@link #LAST_PLAN_YEAR_KEY}
   * @param year the compliance year
   * @return true when the year is after the last plan year in force
   * @throws EtsValidationException if an argument is null or the table has no row of the key
   */
  public static boolean isProjected(RuleTable table, Year year) {
    Checks.notNull("table", table);
    Checks.notNull("year", year);
    return year.getValue() > table.nearest(LAST_PLAN_YEAR_KEY, year).value().intValueExact();
  }

  /**
   * Tells whether a year is projected when some figures were read from replacement rows: a replaced
   * {@link #LAST_PLAN_YEAR_KEY} figure names the last plan year; otherwise {@link #isProjected(Year)}.
   *
   * @param year the compliance year
   * @param replaced the figures read from replacement rows
   * @return true when the year is after the last plan year
   */
  static boolean isProjected(Year year, List<RuleValue> replaced) {
    for (RuleValue value : replaced) {
      if (value.entry().key().equals(LAST_PLAN_YEAR_KEY)) {
        return year.getValue() > value.value().intValueExact();
      }
    }
    return isProjected(year);
  }

  /**
   * Refuses a year after the last year for which rules are projected.
   *
   * @param field the field name for the message, e.g. {@code "year"} or {@code "--years"}
   * @param year the year
   * @return the year
   * @throws EtsValidationException if the year is null or after 2060
   */
  public static Year checkHasRules(String field, Year year) {
    Checks.notNull("field", field);
    Checks.notNull(field, year);
    if (year.isAfter(lastRulesYear())) {
      throw new EtsValidationException(field, year, "no rules after " + lastRulesYear()
          + ", China's carbon-neutrality target year (ASSUMED horizon): rules so far past the last published plan ("
          + lastPlanYear() + ") would be invented");
    }
    return year;
  }

  /**
   * The note that a projected allocation or rulebook carries.
   *
   * @param year the compliance year
   * @return e.g. {@code "PROJECTED: no allocation plan published after 2026 ..."}
   */
  static String projectionNote(Year year) {
    return "PROJECTED: no allocation plan published after " + lastPlanYear() + " (" + LAST_PLAN_YEAR.source()
        + "); the rules of " + year + " are carried forward with ASSUMED parameters";
  }
}
