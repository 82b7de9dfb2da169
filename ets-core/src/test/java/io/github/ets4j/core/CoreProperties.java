package io.github.ets4j.core;

import io.github.ets4j.core.internal.Checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Conservation laws of the core types, checked on random inputs with a fixed seed. */
class CoreProperties {

  private static final long SEED = 20_240_501L;

  private static Gen<BigDecimal> masses() {
    return longs().between(0, 1_000_000_000_000L).zip(integers().between(0, 6), BigDecimal::valueOf);
  }

  private static Gen<EmissionLine> lines() {
    Gen<EmissionSource> sources = integers().between(0, EmissionSource.values().length - 1).map(i -> EmissionSource.values()[i]);
    Gen<Gas> gases = integers().between(0, Gas.values().length - 1).map(i -> Gas.values()[i]);
    // An anode-effect line is CF4 or C2F6: other gases drawn for it become CF4.
    return sources.zip(gases, masses(), (s, g, m) -> s.isDeduction()
        ? EmissionLine.deduction(s, g, m)
        : EmissionLine.of(s, s == EmissionSource.ANODE_EFFECT && g != Gas.C2F6 ? Gas.CF4 : g, m));
  }

  private static Gen<Emissions> inventories() {
    return lines().zip(lines(), lines(), (a, b, c) -> Emissions.of(a, b, c));
  }

  private static void assertSameAmount(BigDecimal expected, BigDecimal actual) {
    assertEquals(0, expected.compareTo(actual), () -> expected + " vs " + actual);
  }

  @Test
  void co2eIsLinearInMass() {
    qt().withFixedSeed(SEED).forAll(masses(), integers().between(1, 1000), integers().between(0, Gas.values().length - 1))
        .checkAssert((mass, k, gasIndex) -> {
          Gas gas = Gas.values()[gasIndex];
          BigDecimal one = Emissions.of(EmissionLine.of(EmissionSource.INDUSTRIAL_PROCESS, gas, mass)).totalCo2e(GwpSet.AR5);
          BigDecimal scaled = Emissions.of(EmissionLine.of(EmissionSource.INDUSTRIAL_PROCESS, gas,
              mass.multiply(BigDecimal.valueOf(k)))).totalCo2e(GwpSet.AR5);
          assertSameAmount(one.multiply(BigDecimal.valueOf(k)), scaled);
        });
  }

  @Test
  void plusIsCommutativeAndAssociativeAndTotalsAdd() {
    qt().withFixedSeed(SEED).forAll(inventories(), inventories(), inventories()).checkAssert((a, b, c) -> {
      assertEquals(a.plus(b), b.plus(a));
      assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
      assertSameAmount(a.totalCo2e(GwpSet.AR6).add(b.totalCo2e(GwpSet.AR6)), a.plus(b).totalCo2e(GwpSet.AR6));
    });
  }

  @Test
  void coveredNeverHoldsAnIndirectLine() {
    qt().withFixedSeed(SEED).forAll(inventories()).checkAssert(e -> {
      e.covered().lines().forEach(line -> assertEquals(true, line.source().isDirect()));
      assertSameAmount(e.totalCo2e(GwpSet.AR4),
          e.covered().totalCo2e(GwpSet.AR4).add(e.indirect().totalCo2e(GwpSet.AR4)));
    });
  }

  @Test
  void roundingIsIdempotent() {
    qt().withFixedSeed(SEED).forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(0, 9), integers().between(0, 6))
        .checkAssert((unscaled, scale, decimals) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.FLOOR}) {
            Precision p = Precision.of("p", decimals, mode, Source.of("T", "", Confidence.ASSUMED));
            assertEquals(p.round(v), p.round(p.round(v)));
          }
        });
  }

  @Test
  void negativeMassesAndOutOfRangeFractionsAreRefused() {
    qt().withFixedSeed(SEED).forAll(longs().between(1, Long.MAX_VALUE), integers().between(0, 6)).checkAssert((u, s) -> {
      BigDecimal negative = BigDecimal.valueOf(-u, s);
      for (EmissionSource source : EmissionSource.values()) {
        if (!source.isDeduction()) {
          EtsValidationException e = assertThrows(EtsValidationException.class,
              () -> EmissionLine.of(source, Gas.CO2, negative));
          assertEquals("tonnes", e.field());
        }
      }
      BigDecimal aboveOne = BigDecimal.ONE.add(BigDecimal.valueOf(u, s));
      assertEquals("f", assertThrows(EtsValidationException.class, () -> Checks.fraction("f", aboveOne)).field());
      assertEquals("f", assertThrows(EtsValidationException.class, () -> Checks.fraction("f", negative)).field());
    });
  }

  @Test
  void mixingGwpSetsIsRefused() {
    qt().withFixedSeed(SEED).forAll(masses(), masses()).checkAssert((a, b) -> {
      EtsValidationException e = assertThrows(EtsValidationException.class,
          () -> Co2e.of(a, GwpSet.AR5).plus(Co2e.of(b, GwpSet.AR6)));
      assertEquals("gwpSet", e.field());
    });
  }
}
