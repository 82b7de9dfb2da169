package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IndustrySpecialUnit;
import io.github.ets4j.allocation.industry.ProducerClass;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.PowerSpecialUnit;
import io.github.ets4j.allocation.power.PowerUnitAllocation;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Sector;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * read(write(x)) equals x over allocations the rules make from generated units (power 2019–2030 with every
 * category, special units, the Art 31 adjustment and consumption; cement 2024–2030 with special, report-only and
 * ordinary lines, a published BP in the plan years) and over accounts reached by generated operations.
 */
class AllocationRoundTripProperties {

  static String write(Object value) {
    try {
      return AllocationJsonTest.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BigDecimal amount(Random random, long max, int decimals) {
    return BigDecimal.valueOf(Math.floorMod(random.nextLong(), max) + 1, random.nextInt(decimals + 1));
  }

  static Allocation power(long seed, int year) {
    Random random = new Random(seed);
    List<GeneratingUnit> units = new ArrayList<>();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      BigDecimal generation = amount(random, 5_000_000L, 2);
      GeneratingUnit.Builder unit = GeneratingUnit.builder().id("U" + i).entityId("E" + random.nextInt(3))
          .category(UnitCategory.values()[random.nextInt(UnitCategory.values().length)])
          .verifiedEmissions(amount(random, 5_000_000L, 2)).grossGenerationMwh(generation)
          .suppliedElectricityMwh(generation.multiply(new BigDecimal("0.93")))
          .heatSuppliedGj(random.nextBoolean() ? BigDecimal.ZERO : amount(random, 3_000_000L, 1))
          .loadFactor(BigDecimal.valueOf(40 + random.nextInt(61), 2));
      if (random.nextInt(5) == 0) {
        unit.special(PowerSpecialUnit.values()[random.nextInt(PowerSpecialUnit.values().length)]);
      }
      units.add(unit.build());
    }
    Rulebook rules = Rulebook.chinaNational(Year.of(year));
    if (year >= 2024 && random.nextBoolean()) {
      rules = rules.withNonFossilElectricityAdjustment(amount(random, 1000, 3), AllocationSamples.NATIONAL_RULE);
    }
    Allocation allocation = rules.allocatePower(units);
    if (allocation.nonFossilElectricityAdjustment().isPresent() && random.nextBoolean()) {
      Map<String, BigDecimal> consumption = new LinkedHashMap<>();
      for (int i = allocation.entities().size() - 1; i >= 0; i--) {
        consumption.put(allocation.entities().get(i).entityId(), amount(random, 100_000, 2));
      }
      allocation = allocation.withNonFossilElectricityConsumption(consumption);
    }
    return allocation;
  }

  static Allocation cement(long seed, int year) {
    Random random = new Random(seed);
    List<IndustrialUnit> lines = new ArrayList<>();
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      BigDecimal emissions = amount(random, 2_000_000_00L, 2);
      // clinker of 0.5 to 2 t per t CO2 of the line: a physical cement intensity
      BigDecimal clinker = emissions.multiply(BigDecimal.valueOf(50 + random.nextInt(151), 2))
          .setScale(0, java.math.RoundingMode.HALF_UP).max(BigDecimal.ONE);
      IndustrialUnit.Builder line = IndustrialUnit.builder().from(IndustrialUnit.cementLine("L" + i,
          "D" + random.nextInt(3), emissions, clinker));
      // the first line is ordinary, so the sector has a balance value
      int kind = i == 0 ? 9 : random.nextInt(10);
      if (kind == 0) {
        line.special(IndustrySpecialUnit.values()[random.nextInt(IndustrySpecialUnit.values().length)]);
      } else if (kind == 1) {
        line.producerClass(ProducerClass.NON_PORTLAND_CLINKER);
      }
      lines.add(line.build());
    }
    Rulebook rules = Rulebook.chinaNational(Year.of(year));
    if ((year == 2025 || year == 2026) && random.nextBoolean()) {
      rules = rules.withPublishedBalanceValue(Sector.CEMENT, BigDecimal.valueOf(7000 + random.nextInt(3000), 4),
          AllocationSamples.PLATFORM);
    }
    return rules.allocateIndustry(Sector.CEMENT, lines);
  }

  static ComplianceAccount account(long seed, int year) {
    Random random = new Random(seed);
    ComplianceRules rules = ComplianceRules.chinaNational(Year.of(year));
    if (random.nextBoolean()) {
      rules = rules.withOffsetLimit(BigDecimal.valueOf(random.nextInt(11), 2));
    }
    BigDecimal verified = amount(random, 5_000_000L, 2);
    ComplianceAccount account = ComplianceAccount.open("E" + random.nextInt(100), verified, rules);
    BigDecimal obligation = account.obligation();
    BigDecimal received = BigDecimal.valueOf(1 + Math.floorMod(random.nextLong(), 6_000_000L));
    account = account.withReceived(Year.of(year), received);
    if (random.nextBoolean()) {
      account = account.withReceived(Year.of(year + 1), BigDecimal.valueOf(1 + random.nextInt(1000)));
    }
    BigDecimal give = received.min(obligation).multiply(BigDecimal.valueOf(random.nextInt(101), 2))
        .setScale(0, java.math.RoundingMode.FLOOR);
    if (give.signum() > 0) {
      account = account.surrender(Year.of(year), give);
    }
    if (year >= 2025 && random.nextBoolean()) {
      BigDecimal carried = BigDecimal.valueOf(1 + random.nextInt(50_000));
      account = account.withCarriedOver(carried);
      BigDecimal part = carried.min(account.remaining()).divide(BigDecimal.valueOf(2), 0, java.math.RoundingMode.FLOOR);
      if (part.signum() > 0) {
        account = account.surrenderCarriedOver(part);
      }
    }
    BigDecimal ccer = rules.offsetCap(obligation).min(account.remaining());
    if (ccer.signum() > 0 && random.nextBoolean()) {
      account = account.surrenderCcer(ccer, LocalDate.of(2024, 6, 1), false);
    }
    if (rules.borrowingAllowed() && random.nextBoolean()) {
      BigDecimal allocation = obligation.multiply(new BigDecimal("0.8")).setScale(0, java.math.RoundingMode.FLOOR);
      BigDecimal loan = obligation.subtract(allocation).divide(BigDecimal.valueOf(2), 0, java.math.RoundingMode.FLOOR);
      if (loan.signum() > 0 && obligation.signum() > 0) {
        account = account.borrow(loan, allocation, true);
      }
    }
    return account;
  }

  static Gen<long[]> seedsAndYears(int from, int to) {
    return longs().all().zip(integers().between(from, to), (seed, year) -> new long[] {seed, year});
  }

  /** What the generated allocations held, so that a property over them is not empty of the figures it is for. */
  static Set<String> seen(Allocation allocation) {
    Set<String> seen = new TreeSet<>();
    allocation.nonFossilElectricityAdjustment().ifPresent(a -> seen.add("adjustment"));
    seen.add(allocation.nonFossilElectricityConsumption().isEmpty() ? "no consumption" : "consumption");
    allocation.publishedBalanceValue().ifPresent(bp -> seen.add("published"));
    seen.add(allocation.reportOnly().isEmpty() ? "all listed" : "report only");
    seen.add(allocation.isProjected() ? "projected" : "plan year");
    for (UnitAllocation unit : allocation.units()) {
      seen.add(unit.getClass().getSimpleName() + (unit.isSpecial() ? " special" : ""));
      if (unit instanceof PowerUnitAllocation && ((PowerUnitAllocation) unit).topUp().signum() > 0
          && !unit.isSpecial()) {
        seen.add("gas top-up");
      }
    }
    return seen;
  }

  @Test
  void powerAllocationsReadBackEqual() {
    Set<String> seen = new TreeSet<>();
    qt().withFixedSeed(20261202L).withExamples(120).forAll(seedsAndYears(2019, 2030)).checkAssert(s -> {
      Allocation allocation = power(s[0], (int) s[1]);
      String json = write(allocation);
      Allocation read = AllocationJsonTest.readAllocation(json);
      assertEquals(allocation, read, json);
      assertEquals(json, write(read));
      seen.addAll(seen(allocation));
    });
    assertTrue(seen.containsAll(List.of("adjustment", "consumption", "no consumption", "projected", "plan year",
        "PowerUnitAllocation", "PowerUnitAllocation special", "gas top-up")), seen.toString());
  }

  @Test
  void cementAllocationsReadBackEqual() {
    Set<String> seen = new TreeSet<>();
    qt().withFixedSeed(20261203L).withExamples(120).forAll(seedsAndYears(2024, 2030)).checkAssert(s -> {
      Allocation allocation = cement(s[0], (int) s[1]);
      String json = write(allocation);
      Allocation read = AllocationJsonTest.readAllocation(json);
      assertEquals(allocation, read, json);
      assertEquals(json, write(read));
      seen.addAll(seen(allocation));
    });
    assertTrue(seen.containsAll(List.of("published", "report only", "all listed", "projected", "IndustryUnitAllocation",
        "IndustryUnitAllocation special", "VerifiedUnitAllocation special")), seen.toString());
  }

  @Test
  void accountsReadBackEqual() {
    Set<String> seen = new TreeSet<>();
    qt().withFixedSeed(20261204L).withExamples(200).forAll(seedsAndYears(2019, 2030)).checkAssert(s -> {
      ComplianceAccount account = account(s[0], (int) s[1]);
      String json = write(account);
      ComplianceAccount read = AllocationJsonTest.readAccount(json);
      assertEquals(account, read, json);
      assertEquals(json, write(read));
      seen.add(account.isSettled() ? "settled" : "owing");
      if (account.carriedOverSurrendered().signum() > 0) {
        seen.add("carried over");
      }
      if (account.ccerSurrendered().signum() > 0) {
        seen.add("ccer");
      }
      if (account.borrowed().signum() > 0) {
        seen.add("borrowed");
      }
      if (account.holdings().size() > 1) {
        seen.add("two vintages");
      }
    });
    assertTrue(seen.containsAll(List.of("settled", "owing", "carried over", "ccer", "borrowed", "two vintages")),
        seen.toString());
  }
}
