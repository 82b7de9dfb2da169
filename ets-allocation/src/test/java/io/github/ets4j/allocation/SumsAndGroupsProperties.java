package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.WholeSum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The sums and groupings the policies share give what the plain code they replace gives: {@link WholeSum} and
 * {@link AllocationUnits#plus} the value and scale (both: {@code equals}) of the chain of {@code BigDecimal.add},
 * {@link AllocationUnits#byEntity} the groups of a map looked up per unit. Generated with a fixed seed, with terms
 * of other scales, zeros of every scale, values near {@code Long.MAX_VALUE} (the long's overflow) and entities
 * whose units are not listed together.
 */
class SumsAndGroupsProperties {
  private static final long SEED = 20_261_202L;

  /** A term: whole (most), near the long's limit, of scale 2, a zero of scale 0, 3 or −2, or 19 digits. */
  private static Gen<BigDecimal> terms() {
    return integers().between(0, 9).zip(longs().between(-1_000_000_000L, 1_000_000_000L), (kind, v) -> {
      switch (kind) {
        case 0:
          return BigDecimal.valueOf(Long.MAX_VALUE - Math.abs(v));
        case 1:
          return BigDecimal.valueOf(v, 2);
        case 2:
          return BigDecimal.valueOf(0, Math.floorMod(v, 3) == 0 ? 3 : Math.floorMod(v, 3) == 1 ? 0 : -2);
        case 3:
          return BigDecimal.valueOf(v).multiply(BigDecimal.valueOf(1_000_000_000_000L));
        default:
          return BigDecimal.valueOf(v);
      }
    });
  }

  @Test
  void wholeSumIsTheChainOfAdditions() {
    int[] fellBack = {0};
    qt().withFixedSeed(SEED).withExamples(3_000).forAll(lists().of(terms()).ofSizeBetween(0, 40)).checkAssert(list -> {
      BigDecimal chain = BigDecimal.ZERO;
      WholeSum sum = WholeSum.empty();
      boolean allWhole = true;
      for (BigDecimal term : list) {
        chain = chain.add(term);
        sum.add(term);
        allWhole &= term.scale() == 0;
      }
      // equals compares value and scale: the same digits, the same representation.
      assertEquals(chain, sum.value());
      if (!allWhole) {
        fellBack[0]++;
      }
    });
    // Not vacuous: many lists took the BigDecimal route after a term of another scale.
    assertTrue(fellBack[0] > 1_000, "lists with a term of another scale: " + fellBack[0]);
  }

  @Test
  void wholeSumOverflowsIntoDecimals() {
    WholeSum sum = WholeSum.empty();
    sum.add(BigDecimal.valueOf(Long.MAX_VALUE));
    sum.add(BigDecimal.ONE);
    assertEquals(BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE), sum.value());
    WholeSum low = WholeSum.empty();
    low.add(BigDecimal.valueOf(Long.MIN_VALUE + 1));
    low.add(BigDecimal.valueOf(-2));
    assertEquals(BigDecimal.valueOf(Long.MIN_VALUE + 1).subtract(BigDecimal.valueOf(2)), low.value());
  }

  @Test
  void plusIsAdd() {
    qt().withFixedSeed(SEED).withExamples(5_000).forAll(terms(), terms()).checkAssert((a, b) -> {
      assertEquals(a.add(b), AllocationUnits.plus(a, b));
      assertEquals(b.add(a), AllocationUnits.plus(b, a));
    });
    BigDecimal five = new BigDecimal("5");
    assertSame(five, AllocationUnits.plus(five, BigDecimal.ZERO));
    assertSame(five, AllocationUnits.plus(BigDecimal.ZERO, five));
    // A zero of a larger scale makes the sum take its scale: 5.00, not the same object.
    assertEquals(new BigDecimal("5.00"), AllocationUnits.plus(five, new BigDecimal("0.00")));
    assertEquals(new BigDecimal("5.00"), AllocationUnits.plus(new BigDecimal("0.00"), five));
  }

  private static GeneratingUnit unit(String id, String entity) {
    return GeneratingUnit.builder().id(id).entityId(entity).category(UnitCategory.III)
        .verifiedEmissions(BigDecimal.TEN).grossGenerationMwh(BigDecimal.TEN).heatSuppliedGj(BigDecimal.ZERO).build();
  }

  @Test
  void groupsAreTheMapLookedUpPerUnit() {
    // Entity of each unit drawn from a few, so that an entity's units are sometimes together, sometimes apart.
    qt().withFixedSeed(SEED).withExamples(500).forAll(lists().of(integers().between(0, 6)).ofSizeBetween(1, 60))
        .checkAssert(entities -> {
          List<GeneratingUnit> units = new ArrayList<>();
          Map<String, List<GeneratingUnit>> expected = new LinkedHashMap<>();
          for (int i = 0; i < entities.size(); i++) {
            GeneratingUnit u = unit("u" + i, "e" + entities.get(i));
            units.add(u);
            expected.computeIfAbsent(u.entityId(), k -> new ArrayList<>()).add(u);
          }
          Map<String, List<GeneratingUnit>> groups = AllocationUnits.byEntity(units);
          assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(groups.keySet()));
          assertEquals(expected, groups);
        });
  }

  @Test
  void repeatedIdsAreRefusedWhereverTheyStand() {
    // Ids that collide in the table's hash ("Aa" and "BB" have one hash code) are told apart; a repeat is refused.
    List<GeneratingUnit> colliding = List.of(unit("Aa", "e1"), unit("BB", "e2"), unit("AaAa", "e1"),
        unit("BBBB", "e3"), unit("AaBB", "e1"));
    assertEquals(3, AllocationUnits.byEntity(colliding).size());
    List<GeneratingUnit> repeated = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      repeated.add(unit("u" + i, "e" + (i % 7)));
    }
    repeated.add(unit("u123", "e9"));
    EtsValidationException refused = assertThrows(EtsValidationException.class,
        () -> AllocationUnits.byEntity(repeated));
    assertTrue(refused.getMessage().contains("units[300].id"), refused.getMessage());
  }
}
