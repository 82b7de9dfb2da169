package io.github.ets4j.core.entity;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.rules.RuleEntry;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * The rules that put an entity on the national ETS list and take it off again, each figure with its
 * source.
 *
 * <ul>
 *   <li>Inclusion threshold: annual direct emissions of at least 26,000 tCO2e (about 10,000 tce of
 *       energy use) (MEASURES-2021 Art 8 [V]).</li>
 *   <li>Removal: after two consecutive listed years below the threshold (MEASURES-2021 Art 11 [V]); the
 *       entity is off the list from the year after the second such year. On closure it is off the list
 *       after the last year the caller names (see {@link EntityCoverage#withClosure}).</li>
 *   <li>Inclusion lag: the number of years between the year whose emissions reach the threshold and the
 *       first year the entity is listed. Default 0, i.e. the qualifying year is itself covered. This is
 *       an <b>assumption</b> of the project (Confidence ASSUMED): the texts do not say which year's
 *       emissions decide a list.</li>
 * </ul>
 *
 * <p>Derive other rules for a study with the {@code with…} methods. Immutable and thread-safe.
 */
public final class CoverageRules {

  /** Source of the inclusion threshold. */
  public static final Source INCLUSION_THRESHOLD_SOURCE = Source.of("MEASURES-2021", "Art 8", Confidence.OFFICIAL);
  /** Source of the removal rule. */
  public static final Source REMOVAL_SOURCE = Source.of("MEASURES-2021", "Art 11", Confidence.OFFICIAL);
  /** Source of the inclusion lag: an assumption of this project. */
  public static final Source INCLUSION_LAG_SOURCE = Source.of("ets4j",
      "assumption: the year whose emissions reach the threshold is the first listed year", Confidence.ASSUMED);

  /**
   * The inclusion threshold as the catalogue entry of the whole library: annual direct emissions of 26,000 tCO2e,
   * every sector, from 2021 (MEASURES-2021 Art 8 [V], in force from 2021-02-01; the allocation rules give the
   * 2019–2020 years the same figure as an assumption, those years predating the measures). The coverage rules, the
   * allocation rules and the study read it from here.
   */
  public static final RuleEntry INCLUSION_THRESHOLD = RuleEntry.builder().key("coverage/inclusion-threshold")
      .value(new BigDecimal("26000")).unit("tCO2e").source(INCLUSION_THRESHOLD_SOURCE).firstYear(Year.of(2021))
      .description("inclusion threshold, annual direct emissions").build();

  private static final CoverageRules CHINA_NATIONAL = new CoverageRules(
      INCLUSION_THRESHOLD.value(), INCLUSION_THRESHOLD_SOURCE, 2, REMOVAL_SOURCE, 0, INCLUSION_LAG_SOURCE);

  private final BigDecimal inclusionThresholdTonnes;
  private final Source inclusionThresholdSource;
  private final int removalConsecutiveYears;
  private final Source removalSource;
  private final int inclusionLagYears;
  private final Source inclusionLagSource;

  private CoverageRules(BigDecimal inclusionThresholdTonnes, Source inclusionThresholdSource,
      int removalConsecutiveYears, Source removalSource, int inclusionLagYears, Source inclusionLagSource) {
    this.inclusionThresholdTonnes = inclusionThresholdTonnes;
    this.inclusionThresholdSource = inclusionThresholdSource;
    this.removalConsecutiveYears = removalConsecutiveYears;
    this.removalSource = removalSource;
    this.inclusionLagYears = inclusionLagYears;
    this.inclusionLagSource = inclusionLagSource;
  }

  /**
   * The rules of China's national ETS: threshold 26,000 tCO2e, removal after 2 consecutive years below
   * it, inclusion lag 0 years (assumed). The threshold is the entry {@link #INCLUSION_THRESHOLD}, which the rulebook of
   * a year ({@code Rulebook.chinaNational(year)}, the door to the rules of a year) reads as well.
   *
   * @return the rules
   */
  public static CoverageRules chinaNational() {
    return CHINA_NATIONAL;
  }

  /**
   * Returns these rules with another inclusion threshold.
   *
   * @param tonnesCo2e the annual direct emissions that put an entity on the list, tCO2e, greater than zero
   * @param source where the figure comes from
   * @return the new rules
   * @throws EtsValidationException if the threshold is not positive or an argument is null
   */
  public CoverageRules withInclusionThreshold(BigDecimal tonnesCo2e, Source source) {
    return new CoverageRules(Checks.normalise(Checks.positive("inclusionThresholdTonnes", tonnesCo2e)),
        Checks.notNull("source", source), removalConsecutiveYears, removalSource, inclusionLagYears, inclusionLagSource);
  }

  /**
   * Returns these rules with another number of consecutive years below the threshold that removes an entity.
   *
   * @param years the number of years, 1 to 10
   * @param source where the figure comes from
   * @return the new rules
   * @throws EtsValidationException if the number is outside 1 to 10 or the source is null
   */
  public CoverageRules withRemovalConsecutiveYears(int years, Source source) {
    if (years < 1 || years > 10) {
      throw new EtsValidationException("removalConsecutiveYears", years, "must be between 1 and 10");
    }
    return new CoverageRules(inclusionThresholdTonnes, inclusionThresholdSource, years,
        Checks.notNull("source", source), inclusionLagYears, inclusionLagSource);
  }

  /**
   * Returns these rules with another inclusion lag (an assumption; see the type's Javadoc).
   *
   * @param years the years between the qualifying year and the first listed year, 0 to 5
   * @param source where the figure comes from
   * @return the new rules
   * @throws EtsValidationException if the number is outside 0 to 5 or the source is null
   */
  public CoverageRules withInclusionLagYears(int years, Source source) {
    if (years < 0 || years > 5) {
      throw new EtsValidationException("inclusionLagYears", years, "must be between 0 and 5");
    }
    return new CoverageRules(inclusionThresholdTonnes, inclusionThresholdSource, removalConsecutiveYears,
        removalSource, years, Checks.notNull("source", source));
  }

  /**
   * Tells whether annual direct emissions reach the inclusion threshold (at or above it).
   *
   * @param tonnesCo2e annual direct emissions, tCO2e
   * @return true when {@code tonnesCo2e ≥} the threshold
   */
  public boolean reachesThreshold(BigDecimal tonnesCo2e) {
    Checks.notNull("tonnesCo2e", tonnesCo2e);
    return tonnesCo2e.compareTo(inclusionThresholdTonnes) >= 0;
  }

  /**
   * The inclusion threshold, tCO2e of annual direct emissions.
   *
   * @return the threshold
   */
  public BigDecimal inclusionThresholdTonnes() {
    return inclusionThresholdTonnes;
  }

  /**
   * Where the inclusion threshold comes from.
   *
   * @return the source
   */
  public Source inclusionThresholdSource() {
    return inclusionThresholdSource;
  }

  /**
   * The number of consecutive listed years below the threshold that removes an entity.
   *
   * @return the years
   */
  public int removalConsecutiveYears() {
    return removalConsecutiveYears;
  }

  /**
   * Where the removal rule comes from.
   *
   * @return the source
   */
  public Source removalSource() {
    return removalSource;
  }

  /**
   * The years between the qualifying year and the first listed year (an assumption).
   *
   * @return the lag, years
   */
  public int inclusionLagYears() {
    return inclusionLagYears;
  }

  /**
   * Where the inclusion lag comes from.
   *
   * @return the source
   */
  public Source inclusionLagSource() {
    return inclusionLagSource;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CoverageRules)) {
      return false;
    }
    CoverageRules o = (CoverageRules) other;
    return o.inclusionThresholdTonnes.equals(inclusionThresholdTonnes)
        && o.inclusionThresholdSource.equals(inclusionThresholdSource)
        && o.removalConsecutiveYears == removalConsecutiveYears
        && o.removalSource.equals(removalSource)
        && o.inclusionLagYears == inclusionLagYears
        && o.inclusionLagSource.equals(inclusionLagSource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inclusionThresholdTonnes, inclusionThresholdSource, removalConsecutiveYears, removalSource,
        inclusionLagYears, inclusionLagSource);
  }

  /**
   * Describes the rules with their sources.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "inclusion at " + inclusionThresholdTonnes.toPlainString() + " tCO2e (" + inclusionThresholdSource
        + "), removal after " + removalConsecutiveYears + " consecutive years below (" + removalSource
        + "), inclusion lag " + inclusionLagYears + " years (" + inclusionLagSource + ")";
  }
}
