package io.github.ets4j.study;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * One allocation unit of a market in one compliance year: a power generating unit, a clinker line, a
 * steel enterprise or an aluminum electrolysis process, with the data its allocation needs.
 *
 * <p>Build with {@code MarketUnit.builder()}. Validation errors name the market CSV column ({@code
 * category}, {@code output}, ...) as the field, so that the CSV reader can point at the cell. Amounts are
 * normalised (trailing zeros stripped). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractMarketUnit {

  /**
   * The power categories by name, each as the {@link Optional} that {@link #powerCategory()} returns: one look-up per
   * call instead of a scan of {@code UnitCategory.values()} (a new array each time), which a national market's rows
   * made three times each on cold code.
   */
  private static final Map<String, Optional<UnitCategory>> POWER_CATEGORIES = powerCategories();

  private static Map<String, Optional<UnitCategory>> powerCategories() {
    Map<String, Optional<UnitCategory>> byName = new HashMap<>();
    for (UnitCategory c : UnitCategory.values()) {
      byName.put(c.name(), Optional.of(c));
    }
    return Map.copyOf(byName);
  }

  /**
   * Tells whether the unit needs a load factor: an ordinary conventional coal unit (category I or II), whose
   * load factor sets the peak-shaving factor Ff.
   *
   * @return true if the unit needs {@link #loadFactorPercent()}
   */
  public boolean needsLoadFactor() {
    return !isSpecial() && powerCategory().map(UnitCategory::isConventionalCoal).orElse(false);
  }

  /**
   * The allocation model's category of a power unit (PLAN-POWER-2324 Annex 1), read from {@link #category()}.
   *
   * @return the category, or empty for a unit of another sector
   */
  public Optional<UnitCategory> powerCategory() {
    if (sector() != Sector.POWER) {
      return Optional.empty();
    }
    // Empty is unreachable once built: check() refuses any other power category.
    return POWER_CATEGORIES.getOrDefault(category(), Optional.empty());
  }

  /**
   * The compliance year.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The entity (legal person) that holds the unit, e.g. its unified social credit code.
   *
   * @return the entity id, not blank
   */
  public abstract String entityId();

  /**
   * The entity's name; may be empty.
   *
   * @return the name
   */
  @Value.Default
  public String entityName() {
    return "";
  }

  /**
   * The province; may be empty.
   *
   * @return the province
   */
  @Value.Default
  public String province() {
    return "";
  }

  /**
   * The sector.
   *
   * @return the sector
   */
  public abstract Sector sector();

  /**
   * The unit's id, unique within the market year.
   *
   * @return the unit id, not blank
   */
  public abstract String unitId();

  /**
   * The category: {@code I}–{@code IV} for power units, the clinker type for cement (may be empty), empty
   * for steel and aluminum.
   *
   * @return the category
   */
  @Value.Default
  public String category() {
    return "";
  }

  /**
   * Verified emissions of the year, tCO2e.
   *
   * @return the verified emissions, not negative
   */
  public abstract BigDecimal verifiedTonnes();

  /**
   * The output on the intensity basis: gross generation MWh (power), clinker t (cement), ironmaking
   * product t (steel), aluminum liquid t (aluminum).
   *
   * @return the output, greater than zero unless the unit is special
   */
  public abstract BigDecimal output();

  /**
   * Heat supplied, GJ (power; zero elsewhere).
   *
   * @return the heat, not negative
   */
  @Value.Default
  public BigDecimal heatGj() {
    return BigDecimal.ZERO;
  }

  /**
   * The load factor in percent (power), if known; without it the peak-shaving factor is 1. An ordinary
   * conventional coal unit needs it for its allocation ({@link #needsLoadFactor()}; the market file requires
   * it); empty for the other sectors.
   *
   * @return the load factor, above 1 (at or below 1 it looks like a fraction) and at most 100
   */
  public abstract Optional<BigDecimal> loadFactorPercent();

  /**
   * Steel: ironmaking + sintering emissions, t, on which the intensity is computed; empty means the
   * verified emissions.
   *
   * @return the intensity emissions
   */
  public abstract Optional<BigDecimal> intensityEmissionsTonnes();

  /**
   * Why the unit is special (allocated at its verified emissions and left out of the balance value), or
   * empty for an ordinary unit: one of the documented {@linkplain SpecialKinds kinds} of the sector, stored by
   * its name ({@code white clinker} becomes {@code WHITE_CLINKER}).
   *
   * @return the kind's name
   */
  public abstract Optional<String> special();

  /**
   * Tells whether the unit is special (allocation = verified emissions).
   *
   * @return true if {@link #special()} is present
   */
  public boolean isSpecial() {
    return special().isPresent();
  }

  /**
   * The emissions on which the intensity is computed: {@link #intensityEmissionsTonnes()} if given,
   * else {@link #verifiedTonnes()}.
   *
   * @return tonnes
   */
  public BigDecimal intensityEmissions() {
    return intensityEmissionsTonnes().orElse(verifiedTonnes());
  }

  /**
   * The allocation model's unit of this row once built ({@link #generatingUnit()}, {@link #industrialUnit()}): a cache
   * of a value computed from the attributes alone, like {@code String}'s hash, so not an attribute and no part of
   * equality. The model's units are immutable (final fields), so a unit read through this field is whole on any
   * thread; two threads that both find it empty build equal units.
   */
  private volatile @Nullable GeneratingUnit generatingUnit;

  /** As {@link #generatingUnit}, for an industrial row. */
  private volatile @Nullable IndustrialUnit industrialUnit;

  /**
   * The allocation model's unit of a power row ({@link RulebookStudyRules#generatingUnit}), built on first use and
   * kept: the market reader builds it to check the row, and the exact pass of the row's own year allocates the very
   * same unit instead of building and checking it a second time.
   *
   * @throws EtsValidationException as the model's builder, for a unit it refuses (nothing is kept then)
   */
  final GeneratingUnit generatingUnit() {
    GeneratingUnit unit = generatingUnit;
    if (unit == null) {
      unit = RulebookStudyRules.generatingUnit(this);
      generatingUnit = unit;
    }
    return unit;
  }

  /**
   * The allocation model's unit of an industrial row ({@link RulebookStudyRules#industrialUnit}), built on first
   * use and kept, as {@link #generatingUnit()}.
   *
   * @throws EtsValidationException as the model's builder, for a unit it refuses (nothing is kept then)
   */
  final IndustrialUnit industrialUnit() {
    IndustrialUnit unit = industrialUnit;
    if (unit == null) {
      unit = RulebookStudyRules.industrialUnit(this);
      industrialUnit = unit;
    }
    return unit;
  }

  @Value.Check
  AbstractMarketUnit check() {
    Checks.notBlank("entity_id", entityId());
    Checks.notBlank("unit_id", unitId());
    Checks.nonNegative("verified_t", verifiedTonnes());
    Checks.nonNegative("output", output());
    Checks.nonNegative("heat_gj", heatGj());
    // Plain ifs rather than Optional lambdas: the same checks in the same order, with less code per row to compile.
    Optional<BigDecimal> loadFactor = loadFactorPercent();
    if (loadFactor.isPresent()) {
      checkLoadFactor(loadFactor.get());
    }
    Optional<BigDecimal> intensityEmissions = intensityEmissionsTonnes();
    if (intensityEmissions.isPresent()) {
      Checks.nonNegative("intensity_emissions_t", intensityEmissions.get());
    }
    Optional<String> special = special();
    Optional<String> kind = special;
    if (special.isPresent()) {
      String s = special.get();
      kind = SpecialKinds.find(sector(), s);
      if (kind.isEmpty()) {
        throw new EtsValidationException("special", s, SpecialKinds.rule(sector()));
      }
    }
    if (!isSpecial() && output().signum() == 0) {
      throw new EtsValidationException("output", "0", "must be greater than zero for a unit that is not special");
    }
    if (sector() == Sector.POWER && powerCategory().isEmpty()) {
      throw new EtsValidationException("category", category(), "a power unit's category must be I, II, III or IV");
    }
    if ((sector() == Sector.STEEL || sector() == Sector.ALUMINUM) && !category().isEmpty()) {
      throw new EtsValidationException("category", category(), "must be empty for " + sector());
    }
    BigDecimal verified = Checks.normalise(verifiedTonnes());
    BigDecimal out = Checks.normalise(output());
    BigDecimal heat = Checks.normalise(heatGj());
    Optional<BigDecimal> load = loadFactor.isPresent() ? Optional.of(Checks.normalise(loadFactor.get())) : loadFactor;
    Optional<BigDecimal> ie = intensityEmissions.isPresent()
        ? Optional.of(Checks.normalise(intensityEmissions.get())) : intensityEmissions;
    if (verified.equals(verifiedTonnes()) && out.equals(output()) && heat.equals(heatGj())
        && load.equals(loadFactor) && ie.equals(intensityEmissions) && kind.equals(special)) {
      return this;
    }
    return MarketUnit.builder().from(this).verifiedTonnes(verified).output(out).heatGj(heat)
        .loadFactorPercent(load).intensityEmissionsTonnes(ie).special(kind).build();
  }

  private void checkLoadFactor(BigDecimal percent) {
    if (sector() != Sector.POWER) {
      throw new EtsValidationException("load_factor_pct", percent.toPlainString(), "must be empty for " + sector());
    }
    Checks.percent("load_factor_pct", percent);
    if (percent.signum() == 0) {
      throw new EtsValidationException("load_factor_pct", percent.toPlainString(),
          "must be above 0: a unit that generates has a load factor (0 < F <= 100)");
    }
    if (percent.compareTo(MarketBounds.FRACTION_LIKE_LOAD_FACTOR_PCT.value()) <= 0) {
      throw new EtsValidationException("load_factor_pct", percent.toPlainString(),
          "looks like a fraction: the column is in percent (62 for 62 %), and F <= "
              + MarketBounds.FRACTION_LIKE_LOAD_FACTOR_PCT.value().toPlainString() + " % is refused");
    }
  }
}
