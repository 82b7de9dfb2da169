package io.github.ets4j.io;

import java.util.Optional;
import io.github.ets4j.core.rules.RuleEntry;
import static io.github.ets4j.io.SectorYears.bd;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.industry.IndustrySpecialUnit;
import io.github.ets4j.allocation.industry.ProducerClass;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.PowerSpecialUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

/**
 * Allocations and accounts made by the library's own rules, between them holding every figure the JSON form
 * carries: power units of each kind (conventional coal, gas topped up, special), industrial lines (ordinary,
 * special, report only) against a published balance value, verified-emissions units, the Art 31 adjustment with
 * consumption, a projected year, and accounts with every kind of holding and surrender.
 */
final class AllocationSamples {
  static final Source NATIONAL_RULE = Source.of("WHAT-IF", "Art 31 figure of a study", Confidence.ASSUMED);
  static final Source PLATFORM = Source.of("PLATFORM-2025", "published cement BP", Confidence.SECONDARY);

  private AllocationSamples() {
  }

  static List<GeneratingUnit> powerUnits() {
    return List.of(
        GeneratingUnit.builder().id("U1").entityId("E1").category(UnitCategory.I).verifiedEmissions(bd("1300000.4"))
            .grossGenerationMwh(bd("1500000")).heatSuppliedGj(bd("200000")).loadFactor(bd("0.70")).build(),
        GeneratingUnit.builder().id("U2").entityId("E1").category(UnitCategory.IV).verifiedEmissions(bd("600000"))
            .grossGenerationMwh(bd("1000000")).build(),
        GeneratingUnit.builder().id("U3").entityId("E2").category(UnitCategory.III).verifiedEmissions(bd("40000.7"))
            .special(PowerSpecialUnit.BIOMASS_CO_FIRING).heatSuppliedGj(bd("1000")).build());
  }

  /** Power 2025 with an Art 31 figure of 0.5 t/MWh and 1,001 MWh of non-fossil electricity for E1. */
  static Allocation power2025() {
    return Rulebook.chinaNational(Year.of(2025)).withNonFossilElectricityAdjustment(bd("0.5"), NATIONAL_RULE)
        .allocatePower(powerUnits()).withNonFossilElectricityConsumption(Map.of("E1", bd("1001")));
  }

  /** Power 2020: electricity supplied, cooling, heat and load factors; no Art 31 adjustment before 2024. */
  static Allocation power2020() {
    return Rulebook.chinaNational(Year.of(2020)).allocatePower(List.of(
        GeneratingUnit.builder().id("U1").entityId("E1").category(UnitCategory.II).verifiedEmissions(bd("900000"))
            .grossGenerationMwh(bd("1100000")).suppliedElectricityMwh(bd("1000000")).heatSuppliedGj(bd("50000"))
            .heatRatio(bd("0.1")).loadFactor(bd("0.6")).build()));
  }

  static List<IndustrialUnit> cementLines() {
    return List.of(IndustrialUnit.cementLine("L1", "D1", bd("850000"), bd("1000000")),
        IndustrialUnit.cementLine("L2", "D1", bd("400000.55"), bd("500000")),
        IndustrialUnit.cementLine("L3", "D2", bd("875000"), bd("1000000")),
        IndustrialUnit.builder().from(IndustrialUnit.cementLine("W", "D2", bd("90000.6"), bd("50000")))
            .special(IndustrySpecialUnit.WHITE_CLINKER).build(),
        IndustrialUnit.builder().from(IndustrialUnit.cementLine("N", "D3", bd("70000"), bd("60000")))
            .producerClass(ProducerClass.NON_PORTLAND_CLINKER).build());
  }

  /** Cement 2025 against a published BP of 0.8500, a special white-clinker line and a report-only line. */
  static Allocation cement2025() {
    return Rulebook.chinaNational(Year.of(2025)).withPublishedBalanceValue(Sector.CEMENT, bd("0.8500"), PLATFORM)
        .allocateIndustry(Sector.CEMENT, cementLines());
  }

  /** Cement 2024 data: allocation equals verified emissions. */
  static Allocation cement2024() {
    return Rulebook.chinaNational(Year.of(2024)).allocateIndustry(Sector.CEMENT, cementLines());
  }

  /** Cement 2027: Phase 2, a projected year. */
  static Allocation cement2027() {
    return Rulebook.chinaNational(Year.of(2027)).allocateIndustry(Sector.CEMENT, cementLines());
  }

  /** Power 2025 with the category I benchmark replaced by a row of 0.7900 tCO2/MWh from a (sample) final plan. */
  static Allocation power2025Replaced() {
    RuleEntry row = RuleEntry.builder().key("power/benchmark/electricity/I").value(bd("0.7900")).unit("tCO2/MWh")
        .source(Source.of("PLAN-2526", "Annex 2", Confidence.OFFICIAL)).firstYear(Year.of(2025))
        .lastYear(Optional.of(Year.of(2025))).build();
    return Rulebook.chinaNational(Year.of(2025)).withFigures(List.of(row)).allocatePower(powerUnits());
  }

  static List<Allocation> allocations() {
    return List.of(power2025(), power2020(), cement2025(), cement2024(), cement2027(), power2025Replaced());
  }

  /** 2025: received, surrendered, carried over and surrendered, CCERs, an Art 31 figure and a what-if offset limit. */
  static ComplianceAccount account2025() {
    ComplianceRules rules = ComplianceRules.chinaNational(Year.of(2025)).withOffsetLimit(bd("0.08"))
        .withNonFossilElectricityAdjustment(io.github.ets4j.allocation.NonFossilElectricityAdjustment.of(bd("0.5"),
            NATIONAL_RULE));
    return ComplianceAccount.open("E1", bd("926002.6"), rules).withReceived(Year.of(2025), bd("800000"))
        .withReceived(Year.of(2026), bd("5000")).surrender(Year.of(2025), bd("700000")).withCarriedOver(bd("30000"))
        .surrenderCarriedOver(bd("20000")).surrenderCcer(bd("40000"), LocalDate.of(2024, 6, 1), false);
  }

  /** 2021: a loan from the 2023 pre-allocation. */
  static ComplianceAccount account2021() {
    return ComplianceAccount.open("E2", bd("1000000"), ComplianceRules.chinaNational(Year.of(2021)))
        .withReceived(Year.of(2021), bd("800000")).borrow(bd("50000"), bd("800000"), true)
        .surrender(Year.of(2023), bd("50000"));
  }
}
