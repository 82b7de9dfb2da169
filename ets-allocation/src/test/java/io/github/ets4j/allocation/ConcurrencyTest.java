package io.github.ets4j.allocation;

import static io.github.ets4j.allocation.SectorReports.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.aluminum.AluminumYear;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultKeys;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.power.PowerUnitYear;
import io.github.ets4j.sectors.steel.SteelEnterpriseYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, concurrency: one set of rulebooks, the national default catalogue and one set of verified annual
 * reports are shared by 8 threads that all compute the same annual totals, bridge inputs, allocations and
 * compliance figures at the same moment, a few rounds each. Every thread must get exactly what one thread
 * alone gets. The work is small (a few hundred milliseconds in all); nothing about time is asserted.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 2;

  private static final Rulebook RULES_2024 = Rulebook.chinaNational(Year.of(2024));
  private static final Rulebook RULES_2025 = Rulebook.chinaNational(Year.of(2025));
  private static final Rulebook RULES_2027 = Rulebook.chinaNational(Year.of(2027));
  private static final DefaultCatalogue CATALOGUE = DefaultCatalogue.chinaNational();
  private static final AnnualReport POWER = SectorReports.power();
  private static final List<AnnualReport> CLINKER = List.of(SectorReports.cementLineA(), SectorReports.cementLineB(),
      SectorReports.cementWhite(), SectorReports.cementCarbide());
  private static final AnnualReport STEEL = SectorReports.steel();
  private static final AnnualReport ALUMINUM = SectorReports.aluminum(GwpSet.AR5);
  private static final GeneratingUnit E2_COAL = GeneratingUnit.builder().id("coal").entityId("E2")
      .category(UnitCategory.I).grossGenerationMwh(bd("2000000")).loadFactor(bd("0.62"))
      .heatSuppliedGj(bd("300000")).verifiedEmissions(bd("1900000")).build();
  private static final GeneratingUnit E2_GAS = GeneratingUnit.builder().id("gas").entityId("E2")
      .category(UnitCategory.IV).grossGenerationMwh(bd("600000")).verifiedEmissions(bd("250000")).build();

  /** Everything one round computes; lists, BigDecimals and Strings compare by value. */
  private static List<Object> round() {
    List<Object> out = new ArrayList<>();
    List<AnnualReport> reports = new ArrayList<>(CLINKER);
    reports.add(POWER);
    reports.add(STEEL);
    reports.add(ALUMINUM);
    for (AnnualReport report : reports) {
      // the annual totals of the shared reports
      out.add(report.verifiedEmissions());
      out.add(report.coveredCo2e());
    }
    // and one year summed again from its shared months
    AnnualReport again = AnnualReport.of(POWER.months());
    out.add(again.verifiedEmissions());
    out.add(again.sourceLines());
    out.add(CATALOGUE.get(DefaultKeys.GJ_PER_MWH, Sector.POWER, Year.of(2025)).value());
    out.add(CATALOGUE.entries().size());

    PowerUnitYear unitYear = PowerUnitYear.of(POWER);
    out.add(unitYear.generationIntensity());
    out.add(unitYear.heatIntensity());
    GeneratingUnit unit = GeneratingUnit.fromReport(unitYear, UnitCategory.I);
    Allocation power2025 = RULES_2025.allocatePower(List.of(unit));
    out.add(power2025.explain());
    Allocation power2024 = RULES_2024.allocatePower(List.of(E2_COAL, E2_GAS));
    out.add(power2024.explain());

    List<IndustrialUnit> lines = new ArrayList<>();
    for (AnnualReport report : CLINKER) {
      lines.add(IndustrialUnit.cementLine(ClinkerLineYear.of(report)));
    }
    out.add(RULES_2025.allocateIndustry(Sector.CEMENT, lines).explain());
    out.add(RULES_2024.allocateIndustry(Sector.CEMENT, lines).explain());
    out.add(RULES_2027.allocateIndustry(Sector.CEMENT, lines).explain());
    out.add(RULES_2025.withPhase2(Phase2.bestShare(new BigDecimal("0.5")))
        .allocateIndustry(Sector.CEMENT, lines).explain());
    IndustrialUnit steel = IndustrialUnit.steelEnterprise(SteelEnterpriseYear.of(STEEL));
    IndustrialUnit direct = IndustrialUnit.steelEnterprise("direct", "E9", bd("1000000"), bd("400000"),
        bd("100000"), bd("500000"));
    out.add(RULES_2025.allocateIndustry(Sector.STEEL, List.of(steel, direct)).explain());
    IndustrialUnit potline = IndustrialUnit.aluminumProcess(AluminumYear.of(ALUMINUM), RULES_2025.gwpSet());
    out.add(RULES_2025.allocateIndustry(Sector.ALUMINUM, List.of(potline)).explain());

    ComplianceAccount account = ComplianceAccount.open("E2", power2024.verifiedTotal(), RULES_2024.compliance())
        .withReceived(Year.of(2024), power2024.total())
        .surrenderCcer(bd("100000"), LocalDate.of(2023, 5, 1), false)
        .surrender(Year.of(2024), bd("1950096"));
    out.add(account.toString());
    out.add(account.penalty(bd("90")).toString());
    out.add(RULES_2025.assumptions());
    out.add(RULES_2027.ruleValues());
    return out;
  }

  @Test
  void sharedRulesCataloguesAndReportsGiveTheSameResultsOnEveryThread() throws Exception {
    List<Object> expected = round();
    // A few spot checks that the single-threaded reference is the hand-computed one (ReportBridgeTest,
    // PowerExamplesTest): 2025 unit 1,577,506 t; E2 2024 1,950,096 t; 2,150,000 − 1,950,096 − 100,000 = 99,904 t owed.
    assertTrue(expected.contains(RULES_2025.allocatePower(List.of(GeneratingUnit.fromReport(PowerUnitYear.of(POWER),
        UnitCategory.I))).explain()));
    assertTrue(((String) expected.get(expected.size() - 4)).contains("remaining 99904 t"));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<Object>>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<List<Object>>> task = () -> {
          start.await();
          List<List<Object>> results = new ArrayList<>();
          for (int r = 0; r < ROUNDS; r++) {
            results.add(round());
          }
          return results;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<List<Object>>> future : futures) {
        // a guard against a hang only (a deadlock would otherwise stop the build), not a speed check
        for (List<Object> result : future.get(10, TimeUnit.MINUTES)) {
          assertEquals(expected, result);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
