package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.internal.CatalogueMemo;
import io.github.ets4j.sectors.defaults.PowerUpdate2026;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.core.unit.Quantity;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Resolves fuel lines for a sector and year: fills the parameters the entity did not report from the
 * default-value catalogue and refuses the choices the rulebook forbids ({@link AcquisitionRule}).
 *
 * <p>Power: a coal line without a valid carbon measurement (neither CC nor C_ar given) gets the high
 * default carbon content ({@link DefaultKeys#POWER_COAL_CC_HIGH_DEFAULT}: 0.03356 tC/GJ until 2021,
 * 0.03085 tC/GJ from 2022, both [S]). Create with {@link #chinaNational()}; drop an assumed rule with
 * {@link #without(AcquisitionRule)}. Immutable and thread-safe.
 */
public final class FuelRules {
  private static final FuelRules CHINA_NATIONAL = new FuelRules(EnumSet.allOf(AcquisitionRule.class));
  // Built once: resolveLine runs for every fuel line of every month.
  private static final List<AcquisitionRule> CC_DEFAULT_RULES =
      List.of(AcquisitionRule.CC_ALWAYS_DEFAULT, AcquisitionRule.CC_ALWAYS_DEFAULT_CEMENT_ALUMINUM);
  private static final List<AcquisitionRule> COKE_NCV_DEFAULT_RULES =
      List.of(AcquisitionRule.COKE_NCV_ALWAYS_DEFAULT, AcquisitionRule.COKE_NCV_ALWAYS_DEFAULT_CEMENT_ALUMINUM);

  private final Set<AcquisitionRule> rules;

  private FuelRules(Set<AcquisitionRule> rules) {
    this.rules = Set.copyOf(rules);
  }

  /**
   * Every rule of {@link AcquisitionRule} in force.
   *
   * <p>The rulebook of a year ({@code Rulebook.chinaNational(year).monitoring().fuelRules()}) is the door to the
   * rules of a year and carries these.
   *
   * @return the rules
   */
  public static FuelRules chinaNational() {
    return CHINA_NATIONAL;
  }

  /**
   * Returns these rules without one (e.g. an assumption the user does not share).
   *
   * @param rule the rule to drop
   * @return the new rules
   */
  public FuelRules without(AcquisitionRule rule) {
    Set<AcquisitionRule> copy = EnumSet.noneOf(AcquisitionRule.class);
    copy.addAll(rules);
    copy.remove(Checks.notNull("rule", rule));
    return new FuelRules(copy);
  }

  /**
   * The rules in force.
   *
   * @return an unmodifiable set
   */
  public Set<AcquisitionRule> rules() {
    return rules;
  }

  /**
   * Tells whether a rule is in force for a sector.
   *
   * @param rule the rule
   * @param sector the sector
   * @return true when the rule is in force and binds the sector
   */
  public boolean applies(AcquisitionRule rule, Sector sector) {
    Checks.notNull("rule", rule);
    Checks.notNull("sector", sector);
    return rules.contains(rule) && rule.sectors().contains(sector);
  }

  /**
   * Resolves a fuel line with the built-in rules.
   *
   * @param line the line
   * @param sector the sector
   * @param year the compliance year
   * @param catalogue the default values
   * @return the resolved line
   * @throws EtsValidationException as {@link #resolveLine(FuelLine, Sector, Year, DefaultCatalogue)}
   */
  public static ResolvedFuel resolve(FuelLine line, Sector sector, Year year, DefaultCatalogue catalogue) {
    return CHINA_NATIONAL.resolveLine(line, sector, year, catalogue);
  }

  /**
   * Resolves a fuel line: applies the rules and fills missing parameters from the catalogue.
   *
   * @param line the line
   * @param sector the sector
   * @param year the compliance year
   * @param catalogue the default values
   * @return the resolved line, parameters rounded to their reporting precision
   * @throws EtsValidationException if a parameter is given in a way a rule forbids (e.g. a measured CC in
   *     steel, a default coal NCV in power), measures another quantity than its place needs, lies outside its
   *     physical range (DefaultCatalogue#range), or a needed default is not in the catalogue; a value outside
   *     its plausible range is not refused but kept for the month's findings ({@link ResolvedFuel#findings})
   */
  public ResolvedFuel resolveLine(FuelLine line, Sector sector, Year year, DefaultCatalogue catalogue) {
    Checks.notNull("line", line);
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    Checks.notNull("catalogue", catalogue);
    Fuel fuel = line.fuel();
    String label = line.label();
    if (line.elementCarbon().isPresent() && applies(AcquisitionRule.ELEMENT_CARBON_POWER_ONLY, sector)) {
      throw refused("elementCarbon of " + label, line.elementCarbon().get(), AcquisitionRule.ELEMENT_CARBON_POWER_ONLY, sector);
    }
    for (AcquisitionRule rule : CC_DEFAULT_RULES) {
      if (applies(rule, sector) && line.carbonContent().map(p -> !p.isDefault()).orElse(Boolean.FALSE)) {
        throw refused("carbonContent of " + label, line.carbonContent().get(), rule, sector);
      }
    }
    if (fuel == Fuel.COKE) {
      for (AcquisitionRule rule : COKE_NCV_DEFAULT_RULES) {
        if (applies(rule, sector) && line.ncv().map(p -> !p.isDefault()).orElse(Boolean.FALSE)) {
          throw refused("ncv of " + label, line.ncv().get(), rule, sector);
        }
      }
    }
    boolean powerCoal = sector == Sector.POWER && fuel.isCoal();
    if (powerCoal && applies(AcquisitionRule.POWER_COAL_NCV_MEASURED, sector)
        && line.ncv().map(Parameter::isDefault).orElse(Boolean.TRUE)) {
      throw new EtsValidationException("ncv of " + label,
          line.ncv().map(Parameter::toString).orElse("default"),
          "a default where measurement is mandatory: " + AcquisitionRule.POWER_COAL_NCV_MEASURED.text()
              + "; report the measured value with withNcv(Parameter.measured(...))");
    }
    // The fuel's defaults and ranges in this catalogue, sector and year, found once for all lines of the fuel; the
    // default parameters' names built once per fuel for a line of the fuel's own name (most lines).
    FuelDefaults defaults = CatalogueMemo.derived(catalogue, FuelChecks.defaults(fuel), sector, year);
    String[] names = FuelChecks.defaultNames(fuel, label);
    Parameter ncv = line.ncv().orElseGet(
        () -> lookup(catalogue, FuelChecks.ncvKey(fuel), sector, year, names[0], fuel, defaults.ncv));
    @Nullable Parameter elementCarbon = line.elementCarbon().orElse(null);
    @Nullable Parameter carbonContent = null;
    if (elementCarbon == null) {
      Optional<Parameter> given = line.carbonContent();
      if (given.isPresent()) {
        carbonContent = given.get();
      } else if (powerCoal) {
        @Nullable Parameter high = defaults.powerCoalHighCarbonContent.parameter(names[3]);
        carbonContent = high != null ? high
            : catalogue.parameter(DefaultKeys.POWER_COAL_CC_HIGH_DEFAULT, sector, year, names[3]);
      } else {
        carbonContent = lookup(catalogue, FuelChecks.carbonContentKey(fuel), sector, year, names[1], fuel,
            defaults.carbonContent);
      }
    }
    Parameter oxidation = line.oxidationRate().orElseGet(
        () -> lookup(catalogue, FuelChecks.oxidationRateKey(fuel), sector, year, names[2], fuel,
            defaults.oxidationRate));
    // The checks' field names ("ncv of " + label, ...) are concatenated only when a check fails.
    if (oxidation.quantity() != Quantity.SHARE || !FuelChecks.isOxidationPercent(oxidation.value())) {
      FuelChecks.requireOxidationPercent("oxidationRate of " + label, oxidation);
    }
    // A catalogue of the user's own may hold any unit: the quantities are checked on every parameter used.
    if (ncv.quantity() != FuelChecks.ncvQuantity(fuel)) {
      FuelChecks.requireQuantity("ncv of " + label, FuelChecks.ncvQuantity(fuel), ncv);
    }
    // A default's own parameter was checked against its range once for the fuel (FuelDefaults.Default): only the
    // values given on the line, and defaults outside their plausible range, are compared on every line.
    List<String> implausible = new ArrayList<>(0);
    if (!defaults.ncv.knownInRange(ncv)) {
      FuelChecks.checkRange("ncv", label, ncv, defaults.ncvRange).ifPresent(implausible::add);
    }
    if (carbonContent != null) {
      if (carbonContent.quantity() != Quantity.CARBON_PER_HEAT) {
        FuelChecks.requireQuantity("carbonContent of " + label, Quantity.CARBON_PER_HEAT, carbonContent);
      }
      if (!defaults.carbonContent.knownInRange(carbonContent)
          && !defaults.powerCoalHighCarbonContent.knownInRange(carbonContent)) {
        FuelChecks.checkRange("carbonContent", label, carbonContent, defaults.carbonContentRange)
            .ifPresent(implausible::add);
      }
    }
    if (elementCarbon != null) {
      FuelChecks.checkRange("elementCarbon", label, elementCarbon, defaults.elementCarbonRange)
          .ifPresent(implausible::add);
    }
    if (!defaults.oxidationRate.knownInRange(oxidation)) {
      FuelChecks.checkRange("oxidationRate", label, oxidation, defaults.oxidationRateRange)
          .ifPresent(implausible::add);
    }
    boolean fixed = fuel.fuelClass() == FuelClass.SOLID && solidNcvFixedForYear(sector);
    return new ResolvedFuel(line, ncv, carbonContent, elementCarbon, oxidation, fixed, implausible);
  }

  /**
   * Tells whether the annual fixed-choice rule on solid-fuel NCV binds a sector under these rules.
   *
   * @param sector the sector
   * @return true when {@link AcquisitionRule#SOLID_NCV_FIXED_FOR_YEAR} is in force
   */
  public boolean solidNcvFixedForYear(Sector sector) {
    Checks.notNull("sector", sector);
    return applies(AcquisitionRule.SOLID_NCV_FIXED_FOR_YEAR, sector);
  }

  /**
   * A catalogue default; for power from reporting year 2026, when the user has not supplied it, an error that says
   * exactly what to supply: the OF of coal from the national management platform (boiler type and site altitude),
   * the other factors from the national emission-factor database version in force (UPD-POWER-2026 [V]).
   */
  private static Parameter lookup(DefaultCatalogue catalogue, String key, Sector sector, Year year, String name,
      Fuel fuel, FuelDefaults.Default found) {
    // The entry in force, found once for the fuel: the same parameter catalogue.parameter(key, ...) makes.
    @Nullable Parameter made = found.parameter(name);
    if (made != null) {
      return made;
    }
    if (sector != Sector.POWER || !PowerUpdate2026.appliesTo(year)
        || catalogue.find(key, sector, year).isPresent()) {
      return catalogue.parameter(key, sector, year, name);
    }
    String cutOff = "31 October " + (year.getValue() - 1);
    String what = fuel.isCoal() && key.equals(DefaultKeys.fuelOxidationRate(fuel.code()))
        ? "the oxidation rate the national management platform generated from the unit's boiler type and site"
            + " altitude: give it on the fuel line (withOxidationRate) or as NationalFactorDatabase.oxidationRate(...)"
        : "the factor of the national emission-factor database version in force on " + cutOff
            + " (NationalFactorDatabase.of(version, published)." + (key.endsWith("/of") ? "oxidationRate"
                : key.endsWith("/ncv") ? "ncv" : "carbonContent") + "(...)), or a measured value on the fuel line";
    throw new EtsValidationException(name, "not supplied", "from reporting year 2026 power takes OF and the oil and"
        + " gas factors from the national emission-factor database (UPD-POWER-2026), of which the library ships no"
        + " numbers; supply " + what + ", then DefaultCatalogue.with(...) under key \"" + key + "\"");
  }

  private static EtsValidationException refused(String field, Parameter given, AcquisitionRule rule, Sector sector) {
    String acquisition = given.acquisition() == Acquisition.DEFAULT ? "default" : given.acquisition().name();
    return new EtsValidationException(field, given.value().toPlainString() + " (" + acquisition + ")",
        sector + ": " + rule.text() + "; leave the parameter empty to use the catalogue default");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FuelRules && ((FuelRules) other).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules);
  }

  /**
   * Renders the rules in force.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "FuelRules" + rules;
  }
}
