package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.AllocationFigures;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.rules.RuleTable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The heat-share thresholds above which a power unit is a special unit allocated at its verified emissions, for
 * one compliance year (allocation.md "Special units", PLAN-2526-DRAFT §三(三) [D]): biomass (waste, sludge)
 * co-firing above 20 % of heat, self-produced secondary energy above 10 %, the two together above 20 %, green
 * hydrogen or ammonia above 20 %. All shares are fractions of the unit's heat input.
 *
 * <p>The thresholds are rows of the rule table ({@link #rows()}, keys {@link #BIOMASS} ...), so the final
 * 2025–2026 figures or a 2027 plan are new rows ({@code Rulebook.withFigures}), read by
 * {@link #classify(BigDecimal, BigDecimal, BigDecimal)} through the rulebook of the year
 * ({@code Rulebook.powerSpecialUnit}). Before 2025 no special-unit share is published: the draft's thresholds
 * are taken for 2019–2024 as an <b>assumption</b> (tag A), except biomass, whose 2023–2024 main-fuel limit of
 * 10 % (PLAN-POWER-2324 Annex 1 [V]: up to 10 % still counts as the main fossil fuel) is taken as the special
 * threshold. A year after the last row carries the last row forward, marked ASSUMED. Immutable and thread-safe.
 */
public final class SpecialUnitShares {
  /** Key of the biomass (waste, sludge) share of heat above which a unit is special, fraction. */
  public static final String BIOMASS = "power/special/biomass-share";
  /** Key of the self-produced secondary energy share of heat above which a unit is special, fraction. */
  public static final String SECONDARY_ENERGY = "power/special/secondary-energy-share";
  /** Key of the biomass plus secondary energy share of heat above which a unit is special, fraction. */
  public static final String BIOMASS_AND_SECONDARY_ENERGY = "power/special/biomass-and-secondary-energy-share";
  /** Key of the green hydrogen or ammonia share of heat above which a unit is special, fraction. */
  public static final String GREEN_HYDROGEN = "power/special/green-hydrogen-or-ammonia-share";

  private static final String CARRIED = "no power plan after 2026: the 2026 draft special-unit threshold carried forward";

  private final RuleValue biomass;
  private final RuleValue secondaryEnergy;
  private final RuleValue combined;
  private final RuleValue greenHydrogen;

  private SpecialUnitShares(RuleValue biomass, RuleValue secondaryEnergy, RuleValue combined,
      RuleValue greenHydrogen) {
    this.biomass = biomass;
    this.secondaryEnergy = secondaryEnergy;
    this.combined = combined;
    this.greenHydrogen = greenHydrogen;
  }

  /**
   * The national rows of the four thresholds: 2019–2024 [A], 2025–2026 [D PLAN-2526-DRAFT §三(三)].
   *
   * @return the rows, for {@link AllocationFigures#chinaNational()}
   */
  public static List<RuleEntry> rows() {
    Source draft = Source.of("PLAN-2526-DRAFT", "§三(三) special units", Confidence.DRAFT);
    Source mainFuel = Source.of("ASSUMPTION", "before 2025: biomass <= 10 % of heat counts as main fuel "
        + "(PLAN-POWER-2324 Annex 1), above taken as special", Confidence.ASSUMED);
    Source earlier = Source.of("ASSUMPTION", "before 2025: no special-unit share published, the 2025 draft's "
        + "threshold taken", Confidence.ASSUMED);
    List<RuleEntry> rows = new ArrayList<>();
    rows.add(row(BIOMASS, "0.1", 2019, 2024, mainFuel));
    rows.add(row(BIOMASS, "0.2", 2025, 2026, draft));
    for (String[] figure : new String[][] {{SECONDARY_ENERGY, "0.1"}, {BIOMASS_AND_SECONDARY_ENERGY, "0.2"},
        {GREEN_HYDROGEN, "0.2"}}) {
      rows.add(row(figure[0], figure[1], 2019, 2024, earlier));
      rows.add(row(figure[0], figure[1], 2025, 2026, draft));
    }
    return rows;
  }

  private static RuleEntry row(String key, String value, int from, int to, Source source) {
    return RuleEntry.builder().key(key).value(new BigDecimal(value)).unit("fraction").source(source)
        .firstYear(Year.of(from)).lastYear(Year.of(to)).sectors(EnumSet.of(Sector.POWER)).build();
  }

  /**
   * The national thresholds of a compliance year.
   *
   * @param year the compliance year, 2019 or later
   * @return the thresholds
   * @throws io.github.ets4j.core.EtsValidationException if the year is null
   */
  public static SpecialUnitShares chinaNational(Year year) {
    return chinaNational(year, AllocationFigures.chinaNational());
  }

  /**
   * The thresholds of a compliance year read from a rule table (the national rows, or a rulebook's with
   * replacement rows).
   *
   * @param year the compliance year
   * @param table the rule table with the keys of this class
   * @return the thresholds
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null
   */
  public static SpecialUnitShares chinaNational(Year year, RuleTable table) {
    Checks.notNull("year", year);
    Checks.notNull("table", table);
    return new SpecialUnitShares(
        RuleValue.fromTable(table, BIOMASS, "special unit: biomass share of heat above", year, CARRIED),
        RuleValue.fromTable(table, SECONDARY_ENERGY, "special unit: self-produced secondary energy share above",
            year, CARRIED),
        RuleValue.fromTable(table, BIOMASS_AND_SECONDARY_ENERGY,
            "special unit: biomass plus secondary energy share above", year, CARRIED),
        RuleValue.fromTable(table, GREEN_HYDROGEN, "special unit: green hydrogen or ammonia share above", year,
            CARRIED));
  }

  /**
   * Decides from heat shares whether a unit is special. A share equal to its threshold is not above it: the unit
   * stays ordinary.
   *
   * @param biomassShare biomass, waste and sludge share of heat, fraction
   * @param secondaryEnergyShare self-produced secondary energy share of heat, fraction
   * @param greenHydrogenShare green hydrogen or ammonia share of heat, fraction
   * @return the reason, or empty when the unit is an ordinary unit
   * @throws io.github.ets4j.core.EtsValidationException if a share is null or outside [0, 1]
   */
  public Optional<PowerSpecialUnit> classify(BigDecimal biomassShare, BigDecimal secondaryEnergyShare,
      BigDecimal greenHydrogenShare) {
    Checks.fraction("biomassShare", biomassShare);
    Checks.fraction("secondaryEnergyShare", secondaryEnergyShare);
    Checks.fraction("greenHydrogenShare", greenHydrogenShare);
    if (biomassShare.compareTo(biomass.value()) > 0) {
      return Optional.of(PowerSpecialUnit.BIOMASS_CO_FIRING);
    }
    if (secondaryEnergyShare.compareTo(secondaryEnergy.value()) > 0) {
      return Optional.of(PowerSpecialUnit.SECONDARY_ENERGY);
    }
    if (biomassShare.add(secondaryEnergyShare).compareTo(combined.value()) > 0) {
      return Optional.of(PowerSpecialUnit.BIOMASS_AND_SECONDARY_ENERGY);
    }
    if (greenHydrogenShare.compareTo(greenHydrogen.value()) > 0) {
      return Optional.of(PowerSpecialUnit.GREEN_HYDROGEN_OR_AMMONIA);
    }
    return Optional.empty();
  }

  /**
   * The biomass threshold.
   *
   * @return the rule value, fraction of heat
   */
  public RuleValue biomass() {
    return biomass;
  }

  /**
   * The self-produced secondary energy threshold.
   *
   * @return the rule value, fraction of heat
   */
  public RuleValue secondaryEnergy() {
    return secondaryEnergy;
  }

  /**
   * The threshold of biomass and secondary energy together.
   *
   * @return the rule value, fraction of heat
   */
  public RuleValue biomassAndSecondaryEnergy() {
    return combined;
  }

  /**
   * The green hydrogen or ammonia threshold.
   *
   * @return the rule value, fraction of heat
   */
  public RuleValue greenHydrogenOrAmmonia() {
    return greenHydrogen;
  }

  /**
   * The four thresholds, in the order of {@link #classify(BigDecimal, BigDecimal, BigDecimal)}.
   *
   * @return the rule values
   */
  public List<RuleValue> ruleValues() {
    return List.of(biomass, secondaryEnergy, combined, greenHydrogen);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SpecialUnitShares && ((SpecialUnitShares) other).ruleValues().equals(ruleValues());
  }

  @Override
  public int hashCode() {
    return ruleValues().hashCode();
  }

  @Override
  public String toString() {
    return "SpecialUnitShares" + ruleValues();
  }
}
