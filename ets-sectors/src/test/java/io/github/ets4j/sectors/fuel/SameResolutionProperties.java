package io.github.ets4j.sectors.fuel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.internal.SameResolution;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.FuelUse;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The steel month resolves a process flow or a co-fired unit's line that gives no parameter by taking an earlier
 * line's resolution ({@link SameResolution}): random pairs of lines over fuels, labels, consumption units,
 * quantities (half-way cents included), sectors and catalogues, the national one and catalogues of one's own whose
 * defaults are implausible or not even physical. Whenever the shortcut answers, its line must be exactly what a
 * fresh {@link FuelRules#resolveLine} gives (every parameter by value and scale, the findings, the consumption, the
 * fuel use and the calculated tonnes); it must decline whenever either line gives a parameter or the fuel, label or
 * unit differ; and a line the shortcut could take from a refused line is refused the same way on its own.
 */
class SameResolutionProperties {
  private static final long SEED = 20_261_202L;
  private static final Year Y2025 = Year.of(2025);
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final Fuel[] FUELS = Fuel.values();
  private static final Sector[] SECTORS = {Sector.STEEL, Sector.STEEL, Sector.CEMENT, Sector.POWER};
  private static final DefaultCatalogue NATIONAL = DefaultCatalogue.chinaNational();
  // Each default scaled: NCV × 1.6, CC × 1.4 and OF 85 % (below the plausible 90 %) are outside many plausible
  // ranges; NCV × 6 takes the solid fuels' (about 20–30 GJ/t) above the physical 125 GJ/t.
  private static final List<DefaultCatalogue> CATALOGUES = List.of(NATIONAL,
      scaled(new BigDecimal("1.6"), new BigDecimal("1.4"), new BigDecimal("85")),
      scaled(new BigDecimal("6"), BigDecimal.ONE, null));
  private static final String[] LABELS = {"", "flow A", "flow B"};

  private static DefaultCatalogue scaled(BigDecimal ncv, BigDecimal cc, @Nullable BigDecimal of) {
    Map<DefaultValue, Boolean> seen = new IdentityHashMap<>();
    List<DefaultValue> overrides = new ArrayList<>();
    for (Fuel fuel : FUELS) {
      for (Sector sector : List.of(Sector.STEEL, Sector.CEMENT, Sector.POWER)) {
        add(overrides, seen, NATIONAL.find(DefaultKeys.fuelNcv(fuel.code()), sector, Y2025), ncv, null);
        add(overrides, seen, NATIONAL.find(DefaultKeys.fuelCarbonContent(fuel.code()), sector, Y2025), cc, null);
        add(overrides, seen, NATIONAL.find(DefaultKeys.fuelOxidationRate(fuel.code()), sector, Y2025), null, of);
      }
    }
    return NATIONAL.with(overrides);
  }

  private static void add(List<DefaultValue> overrides, Map<DefaultValue, Boolean> seen, Optional<DefaultValue> entry,
      @Nullable BigDecimal factor, @Nullable BigDecimal value) {
    if (entry.isEmpty() || seen.put(entry.get(), Boolean.TRUE) != null || (factor == null && value == null)) {
      return;
    }
    BigDecimal changed = factor != null ? entry.get().value().multiply(factor) : value;
    overrides.add(entry.get().withValue(changed));
  }

  // A line from five choices: the fuel, the label (the fuel's own name or another), the consumption's unit (the
  // fuel's or its thousandfold), the quantity with 0 to 4 decimals, and a parameter given or not.
  @Nullable
  private static FuelLine line(Fuel fuel, int label, int unit, long digits, int scale, int given) {
    boolean gas = fuel.fuelClass() == FuelClass.GAS;
    String spelling = unit == 0 ? fuel.unit().symbol() : gas ? "Nm3" : "kt";
    FuelLine line = FuelLine.of(fuel, BigDecimal.valueOf(digits, scale), spelling);
    if (label > 0) {
      line = line.withLabel(LABELS[label]);
    }
    if (given == 1) {
      line = line.withOxidationRate(Parameter.measured("OF", new BigDecimal("98.5"), "%"));
    } else if (given == 2) {
      line = line.withNcv(Parameter.measured("NCV", gas ? new BigDecimal("389.31") : new BigDecimal("21.5"),
          gas ? "GJ/10^4 Nm3" : "GJ/t"));
    }
    return line;
  }

  private static boolean noParameter(FuelLine line) {
    return line.ncv().isEmpty() && line.carbonContent().isEmpty() && line.elementCarbon().isEmpty()
        && line.oxidationRate().isEmpty();
  }

  @Nullable
  private static ResolvedFuel resolved(FuelLine line, Sector sector, DefaultCatalogue catalogue, String[] refusal) {
    try {
      return FuelRules.resolve(line, sector, Y2025, catalogue);
    } catch (EtsValidationException refused) {
      refusal[0] = refused.getMessage();
      return null;
    }
  }

  private static void assertSameValue(@Nullable BigDecimal expected, @Nullable BigDecimal actual, String what) {
    // BigDecimal.equals: the value and the scale.
    assertEquals(expected, actual, what);
  }

  private static void assertSameParameter(Optional<Parameter> expected, Optional<Parameter> actual, String what) {
    assertEquals(expected, actual, what);
    assertSameValue(expected.map(Parameter::value).orElse(null), actual.map(Parameter::value).orElse(null), what);
    assertEquals(expected.map(Parameter::acquisition), actual.map(Parameter::acquisition), what);
  }

  private static void assertSameLine(CalculatedLine expected, CalculatedLine actual) {
    assertSameValue(expected.reportedCo2e(), actual.reportedCo2e(), "reported tonnes");
    assertSameValue(expected.exactCo2e(), actual.exactCo2e(), "exact tonnes");
    assertEquals(expected.explanation(), actual.explanation(), "explanation");
    assertEquals(expected.parameters(), actual.parameters(), "parameters");
  }

  @Test
  void aReusedResolutionIsTheFreshOneAndIsReusedOnlyWhenNoParameterIsGiven() {
    AtomicInteger reused = new AtomicInteger();
    AtomicInteger declined = new AtomicInteger();
    AtomicInteger refusedAlike = new AtomicInteger();
    AtomicInteger withFindings = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(3_000)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSize(12)).checkAssert(r -> {
          Sector sector = SECTORS[r.get(0) % SECTORS.length];
          DefaultCatalogue catalogue = CATALOGUES.get(r.get(1) % CATALOGUES.size());
          Fuel fuel = FUELS[r.get(2) % FUELS.length];
          // Mostly the same fuel, label, unit and no parameter, so that the shortcut is often allowed.
          boolean alike = r.get(3) % 3 != 0;
          Fuel otherFuel = alike ? fuel : FUELS[r.get(4) % FUELS.length];
          int label = r.get(5) % 3;
          int unit = r.get(6) % 2;
          FuelLine first = line(fuel, label, unit, r.get(7) % 100_000_000, r.get(8) % 5, r.get(9) % 5 < 3 ? 0
              : 1 + r.get(9) % 2);
          FuelLine second = alike ? line(fuel, label, unit, r.get(10) % 100_000_000, r.get(11) % 5, 0)
              : line(otherFuel, r.get(10) % 3, r.get(11) % 2, r.get(10) % 1_000_000, r.get(11) % 5,
                  r.get(7) % 3);
          String[] firstRefusal = new String[1];
          ResolvedFuel earlier = resolved(first, sector, catalogue, firstRefusal);
          String[] secondRefusal = new String[1];
          ResolvedFuel fresh = resolved(second, sector, catalogue, secondRefusal);
          boolean allowed = first.fuel() == second.fuel() && first.unit() == second.unit()
              && first.label().equals(second.label()) && noParameter(first) && noParameter(second);
          if (earlier == null) {
            if (allowed) {
              // The line the shortcut would have taken from it is refused alike on its own.
              assertNull(fresh, "refused: " + firstRefusal[0]);
              assertEquals(firstRefusal[0].replace(first.label(), "~"), secondRefusal[0].replace(second.label(),
                  "~"));
              refusedAlike.incrementAndGet();
            }
            return;
          }
          ResolvedFuel same = SameResolution.forLine(earlier, second);
          if (!allowed) {
            assertNull(same, "declined: " + first + " / " + second);
            declined.incrementAndGet();
            return;
          }
          assertNotNull(same, "allowed: " + first + " / " + second);
          if (fresh == null) {
            fail("the shortcut resolved a line refused on its own: " + secondRefusal[0]);
            return;
          }
          reused.incrementAndGet();
          assertEquals(second, same.line());
          assertSameValue(fresh.quantity(), same.quantity(), "quantity");
          assertSameParameter(Optional.of(fresh.ncv()), Optional.of(same.ncv()), "NCV");
          assertSameParameter(fresh.carbonContent(), same.carbonContent(), "CC");
          assertSameParameter(fresh.elementCarbon(), same.elementCarbon(), "C_ar");
          assertSameParameter(fresh.oxidationRate(), same.oxidationRate(), "OF");
          assertEquals(fresh.findings(MARCH), same.findings(MARCH));
          if (!fresh.findings(MARCH).isEmpty()) {
            withFindings.incrementAndGet();
          }
          FuelUse freshUse = fresh.fuelUse();
          FuelUse sameUse = same.fuelUse();
          assertEquals(freshUse, sameUse);
          assertSameValue(freshUse.quantity(), sameUse.quantity(), "fuel use");
          assertEquals(freshUse.isChoiceFixedForYear(), sameUse.isChoiceFixedForYear());
          assertEquals(fresh, same);
          if (fresh.carbonContent().isPresent()) {
            assertSameLine(fresh.massBalance(EmissionSource.FUEL_COMBUSTION, "flow"),
                same.massBalance(EmissionSource.FUEL_COMBUSTION, "flow"));
          }
          if (fresh.oxidationRate().isPresent()) {
            assertSameLine(fresh.combustion(), same.combustion());
          }
        });
    // Both routes, the refusals and the findings, each many times.
    assertTrue(reused.get() > 600, "reused " + reused);
    assertTrue(declined.get() > 600, "declined " + declined);
    assertTrue(refusedAlike.get() > 100, "refused alike " + refusedAlike);
    assertTrue(withFindings.get() > 100, "with findings " + withFindings);
  }
}
