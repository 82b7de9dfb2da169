package io.github.ets4j.allocation;

import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.allocation.power.GeneratingUnit;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EmissionLine;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.Gas;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Precision;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.entity.CoveredEntity;
import io.github.ets4j.core.entity.CreditCode;
import io.github.ets4j.core.entity.Province;
import io.github.ets4j.sectors.aluminum.AluminumYear;
import io.github.ets4j.sectors.aluminum.Carbonate;
import io.github.ets4j.sectors.aluminum.CarbonateUse;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.cems.CemsDailyRecord;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.power.PowerUnitYear;
import io.github.ets4j.sectors.power.UnitType;
import io.github.ets4j.sectors.steel.ProcessMonth;
import io.github.ets4j.sectors.steel.SteelEnterpriseMonth;
import io.github.ets4j.sectors.steel.SteelEnterpriseYear;
import io.github.ets4j.sectors.steel.SteelProcess;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Valid sample values for the null walker: one per type (and a few per parameter name), plus whole
 * argument lists for the factories whose arguments must agree with each other. Each sample is a
 * value the library must accept; the walker checks that before it passes null anywhere. A module
 * above (ets-study) adds the samples of its own types with {@link #type} and {@link #method}.
 */
public final class Samples {
  static final Year YEAR = Year.of(2025);
  static final YearMonth MONTH = YearMonth.of(2025, 1);
  static final Instant AT = Instant.parse("2026-02-10T09:00:00Z");
  static final String CREDIT_CODE = SectorReports.POWER_ENTITY;

  private final Map<Class<?>, Supplier<?>> byType = new HashMap<>();
  private final Map<String, Supplier<Object[]>> byMethod = new HashMap<>();
  private final Map<Class<?>, Object> cache = new HashMap<>();
  private final Path folder;

  public Samples(Path folder) {
    this.folder = folder;
    registerTypes();
    registerMethods();
    registerInstanceMethods();
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private void registerTypes() {
    type(String.class, () -> "x");
    type(BigDecimal.class, () -> bd("10"));
    type(Year.class, () -> YEAR);
    // Lazily read formula and exact-figure suppliers: the walker never reads them, so one sample serves both.
    type(java.util.function.Supplier.class, () -> (java.util.function.Supplier<Object>) () -> "x");
    type(io.github.ets4j.sectors.defaults.PlausibilityRange.class,
        () -> io.github.ets4j.sectors.defaults.PlausibilityRange.builder().key("ncv.test").unit("GJ/t")
            .physicalMin(bd("0")).physicalMax(bd("60")).plausibleMin(bd("5")).plausibleMax(bd("35"))
            .source((Source) of(Source.class, Samples.class)).addSectors(Sector.POWER).firstYear(YEAR)
            .description("test NCV").build());
    type(YearMonth.class, () -> MONTH);
    type(LocalDate.class, () -> LocalDate.of(2025, 1, 15));
    type(Instant.class, () -> AT);
    type(RoundingMode.class, () -> RoundingMode.HALF_UP);
    type(java.math.MathContext.class, () -> java.math.MathContext.DECIMAL128);
    type(Path.class, () -> folder.resolve("out"));
    type(PrintWriter.class, () -> new PrintWriter(new StringWriter()));
    type(java.io.Reader.class, () -> new StringReader(""));
    type(Object.class, () -> "x");
    type(Source.class, () -> Source.of("DOC", "Table 1", Confidence.OFFICIAL));
    type(Precision.class, () -> Precision.NCV);
    type(GwpSet.class, () -> GwpSet.AR5);
    type(Evidence.class, () -> Evidence.of(EvidenceKind.LAB_REPORT, "LAB-COAL", "b".repeat(64), LocalDate.of(2025, 2, 5)));
    type(EmissionLine.class, () -> EmissionLine.of(EmissionSource.FUEL_COMBUSTION, Gas.CO2, bd("10")));
    type(CreditCode.class, () -> CreditCode.of(CREDIT_CODE));
    type(CoveredEntity.class, () -> CoveredEntity.of(CreditCode.of(CREDIT_CODE), "Plant", Province.BEIJING,
        Sector.POWER, List.of("unit-1")));
    type(FuelLine.class, () -> measuredCoal("100"));
    type(Parameter.class, () -> Parameter.measured("NCV", bd("20"), "GJ/t", (Evidence) of(Evidence.class, Evidence.class)));
    type(CarbonateUse.class, () -> CarbonateUse.of(Carbonate.NA2CO3, bd("100"), bd("98")));
    type(GeneratingUnitMonth.class, () -> GeneratingUnitMonth.builder().month(MONTH).unitType(UnitType.CONDENSING)
        .addFuels(measuredCoal("50000"))
        .grossGenerationMwh(bd("120000")).electricitySuppliedMwh(bd("112000")).operatingHours(bd("650"))
        .ratedCapacityMw(bd("600")).build());
    type(MonthlyData.class, () -> of(GeneratingUnitMonth.class, MonthlyData.class));
    type(ClinkerLineMonth.class, () -> ClinkerLineMonth.builder().month(MONTH).clinkerType(ClinkerType.PORTLAND)
        .clinkerTonnes(bd("100000")).addFuels(FuelLine.of(Fuel.BITUMINOUS_COAL, bd("12000"), FuelUnit.TONNE)).build());
    type(SteelEnterpriseMonth.class, () -> SteelEnterpriseMonth.builder().month(MONTH).crudeSteelTonnes(bd("80000"))
        .addFuels(FuelLine.of(Fuel.COKE, bd("10000"), FuelUnit.TONNE)).build());
    type(ProcessMonth.class, () -> ProcessMonth.builder().process(SteelProcess.COKING).productTonnes(bd("1000"))
        .build());
    type(ElectrolysisMonth.class, () -> ElectrolysisMonth.builder().month(MONTH).aluminumLiquidTonnes(bd("30000"))
        .netAnodeConsumption(Parameter.measured("NC", bd("0.411"), "t/t Al")).build());
    type(MonthlyReport.class, () -> MonthlyReport.of(CREDIT_CODE, "unit-1", (MonthlyData) of(MonthlyData.class, MonthlyData.class)));
    type(AnnualReport.class, SectorReports::power);
    type(PowerUnitYear.class, () -> PowerUnitYear.of(SectorReports.power()));
    type(ClinkerLineYear.class, () -> ClinkerLineYear.of(SectorReports.cementLineB()));
    type(SteelEnterpriseYear.class, () -> SteelEnterpriseYear.of(SectorReports.steel()));
    type(AluminumYear.class, () -> AluminumYear.of(SectorReports.aluminum(GwpSet.AR5)));
    type(GeneratingUnit.class, () -> GeneratingUnit.builder().id("U").entityId("E").category(UnitCategory.III)
        .verifiedEmissions(bd("100")).grossGenerationMwh(bd("1000")).build());
    type(AllocationUnit.class, () -> of(GeneratingUnit.class, AllocationUnit.class));
    type(UnitAllocation.class, () -> VerifiedUnitAllocation.of((AllocationUnit) of(AllocationUnit.class,
        UnitAllocation.class), "sample"));
    type(io.github.ets4j.core.entity.CoverageRegistry.class, () -> io.github.ets4j.core.entity.CoverageRegistry.of(
        List.of(io.github.ets4j.core.entity.EntityCoverage.of((CoveredEntity) of(CoveredEntity.class, Samples.class)))));
    type(io.github.ets4j.sectors.fuel.ResolvedFuel.class, () -> io.github.ets4j.sectors.fuel.FuelRules.resolve(
        measuredCoal("100"), Sector.POWER, YEAR, io.github.ets4j.sectors.defaults.DefaultCatalogue.chinaNational()));
    type(io.github.ets4j.sectors.review.AcceptedYear.class, Samples::acceptedYear);
    type(io.github.ets4j.sectors.defaults.DefaultValue.class, () -> io.github.ets4j.sectors.defaults.DefaultValue.builder()
        .key("fuel/natural-gas/ncv").value(bd("390")).unit("GJ/10^4 Nm3").source((Source) of(Source.class, Samples.class))
        .addSectors(Sector.POWER).firstYear(Year.of(2026)).build());
    type(IndustrialUnit.class, () -> IndustrialUnit.cementLine("L", "E", bd("850"), bd("1000")));
  }

  private static FuelLine measuredCoal(String tonnes) {
    return FuelLine.of(Fuel.BITUMINOUS_COAL, bd(tonnes), FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", bd("20.000"), "GJ/t",
            Evidence.of(EvidenceKind.LAB_REPORT, "LAB-COAL", "b".repeat(64), LocalDate.of(2025, 2, 5))));
  }

  /** Twelve accepted months of one clinker line. */
  private static io.github.ets4j.sectors.review.AcceptedYear<MonthlyReport> acceptedYear() {
    List<io.github.ets4j.sectors.review.ReportReview<MonthlyReport>> reviews = new java.util.ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(2025, m);
      MonthlyReport report = MonthlyReport.of(CREDIT_CODE, "line-1", ClinkerLineMonth.builder().month(month)
          .clinkerType(ClinkerType.PORTLAND).clinkerTonnes(bd("100000")).build());
      Instant day = month.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plus(java.time.Duration.ofDays(40));
      reviews.add(io.github.ets4j.sectors.review.ReportReview.draft("line-1", month, report, "clerk-1", day)
          .submit("clerk-1", day.plusSeconds(3600))
          .pass(io.github.ets4j.sectors.review.ReviewTier.MUNICIPAL, "m-1", day.plusSeconds(7200))
          .pass(io.github.ets4j.sectors.review.ReviewTier.PROVINCIAL, "p-1", day.plusSeconds(10800))
          .pass(io.github.ets4j.sectors.review.ReviewTier.NATIONAL, "n-1", day.plusSeconds(14400)));
    }
    return io.github.ets4j.sectors.review.AcceptedYear.of(YEAR, reviews);
  }

  /** The factories whose arguments must agree with each other or with a table: whole argument lists. */
  private void registerMethods() {
    Source source = (Source) of(Source.class, Samples.class);
    method("io.github.ets4j.core.unit.Unit.parse(String,String)", () -> new Object[] {"ncv", "kcal/kg"});
    method("io.github.ets4j.core.unit.Unit.parse(String,String,Quantity)",
        () -> new Object[] {"ncv", "kcal/kg", io.github.ets4j.core.unit.Quantity.ENERGY_PER_MASS});
    method("io.github.ets4j.core.internal.Checks.fraction(String,BigDecimal)", () -> new Object[] {"x", bd("0.5")});
    // Restoring factories check their figures against each other: a consistent record of each.
    method("io.github.ets4j.allocation.compliance.ComplianceAccount.of(String,ComplianceRules,BigDecimal,Map,BigDecimal,"
        + "Map,BigDecimal,BigDecimal,BigDecimal)", () -> new Object[] {"x",
        io.github.ets4j.allocation.compliance.ComplianceRules.chinaNational(Year.of(2025)), bd("1000"),
        Map.of(Year.of(2025), bd("10")), bd("10"), Map.of(Year.of(2025), bd("10")), bd("10"), bd("10"), bd("0")});
    // 1 - 0.9 x (1 / 1) = 0.1; 100 x (1 + 0.01) = 101.00
    method("io.github.ets4j.allocation.industry.IndustryUnitAllocation.of(String,String,BigDecimal,Optional,BigDecimal,"
        + "BigDecimal,BigDecimal,BigDecimal,BigDecimal,BigDecimal)", () -> new Object[] {"L1", "E1", bd("100"),
        Optional.empty(), bd("0.9"), bd("1"), bd("0.1"), bd("0.01"), bd("101.00"), bd("101")});
    method("io.github.ets4j.allocation.power.PowerUnitAllocation.of(String,String,UnitCategory,Optional,BigDecimal,"
        + "OutputBasis,BigDecimal,BigDecimal,BigDecimal,BigDecimal,BigDecimal,BigDecimal)", () -> new Object[] {"U1", "E1",
        UnitCategory.I, Optional.empty(), bd("1000"), io.github.ets4j.allocation.power.OutputBasis.GROSS_GENERATION,
        bd("1000"), bd("0.8"), bd("1"), bd("100"), bd("0.1"), bd("0")});
    method("io.github.ets4j.core.GwpSet.of(String,Map,Source)",
        () -> new Object[] {"AR5", Map.of(Gas.CO2, BigDecimal.ONE), source});
    method("io.github.ets4j.core.entity.CreditCode.of(String)", () -> new Object[] {CREDIT_CODE});
    method("io.github.ets4j.core.entity.CreditCode.checkCharacterOf(String)",
        () -> new Object[] {CREDIT_CODE.substring(0, 17)});
    method("io.github.ets4j.core.entity.Province.ofChineseName(String)", () -> new Object[] {"湖北省"});
    method("io.github.ets4j.sectors.aluminum.AluminumYear.of(AnnualReport)",
        () -> new Object[] {SectorReports.aluminum(GwpSet.AR5)});
    method("io.github.ets4j.sectors.cement.ClinkerLineYear.of(AnnualReport)",
        () -> new Object[] {SectorReports.cementLineB()});
    method("io.github.ets4j.sectors.steel.SteelEnterpriseYear.of(AnnualReport)", () -> new Object[] {SectorReports.steel()});
    method("io.github.ets4j.sectors.cement.AlternativeMaterial.fromName(String)", () -> new Object[] {"carbide-slag"});
    method("io.github.ets4j.sectors.fuel.Fuel.fromName(String)", () -> new Object[] {"bituminous-coal"});
    method("io.github.ets4j.sectors.steel.SteelMaterial.fromName(String)", () -> new Object[] {"limestone"});
    method("io.github.ets4j.sectors.cems.CemsCrossCheck.withTolerance(BigDecimal)", () -> new Object[] {bd("0.05")});
    method("io.github.ets4j.sectors.fuel.FuelCombustion.co2FromElementCarbon(BigDecimal,BigDecimal,BigDecimal)",
        () -> new Object[] {bd("100"), bd("0.5432"), bd("99")});
    method("io.github.ets4j.allocation.Phase2.tightening(BigDecimal)", () -> new Object[] {bd("0.02")});
    method("io.github.ets4j.allocation.RuleValue.assumed(String,String,String,String)",
        () -> new Object[] {"r", "0.02", "fraction", "why"});
    method("io.github.ets4j.allocation.RuleValue.of(String,String,String,Source)",
        () -> new Object[] {"b", "0.795", "tCO2/MWh", source});
    RuleValue share = RuleValue.of("share", bd("0.7"), "", source);
    method("io.github.ets4j.allocation.compliance.PreAllocation.amount(BigDecimal,RuleValue)",
        () -> new Object[] {bd("1000"), share});
    method("io.github.ets4j.allocation.compliance.PreAllocation.amountFromOutput(BigDecimal,BigDecimal,RuleValue)",
        () -> new Object[] {bd("1000"), bd("0.8"), share});
    type(io.github.ets4j.core.rules.RuleTable.class, AllocationFigures::chinaNational);
    type(io.github.ets4j.core.rules.YearTable.class, () -> io.github.ets4j.core.rules.YearTable.starting(2019, "x"));
    method("io.github.ets4j.core.rules.YearTable.from(int,Object)", () -> new Object[] {2023, "y"});
    method("io.github.ets4j.allocation.industry.IntensityCoefficientPolicy.chinaNational(Sector,Year,RuleTable)",
        () -> new Object[] {Sector.CEMENT, YEAR, AllocationFigures.chinaNational()});
    String rules = "io.github.ets4j.core.rules.RuleTable.";
    String floor = AllocationFigures.POWER_ENTITY_FLOOR;
    method("io.github.ets4j.allocation.RuleValue.fromTable(RuleTable,String,String,Year,String)",
        () -> new Object[] {AllocationFigures.chinaNational(), floor, "x", YEAR, "x"});
    method("io.github.ets4j.allocation.power.PowerBenchmarkPolicy.loadCorrectionFactor(BigDecimal)",
        () -> new Object[] {bd("0.45")});
    method("io.github.ets4j.allocation.power.LoadCorrection.factor(BigDecimal,List)", () -> new Object[] {bd("0.45"),
        io.github.ets4j.allocation.power.LoadCorrection.EXPONENTIAL_2025.ruleValues()});
    method("io.github.ets4j.allocation.Phase2.tightening(RuleValue)", () -> new Object[] {Phase2.DEFAULT.parameter()});
    method("io.github.ets4j.sectors.rules.MonitoringRules.withFigures(Collection)", () -> new Object[] {List.of(
        io.github.ets4j.sectors.rules.MonitoringRules.nationalFigures().get("fuel/bituminous-coal/ncv", YEAR))});
    method(rules + "get(String,Year)", () -> new Object[] {floor, YEAR});
    method(rules + "nearest(String,Year)", () -> new Object[] {floor, YEAR});
    method(rules + "rows(String)", () -> new Object[] {floor});
    method(rules + "checkKnown(String,String,String)", () -> new Object[] {"key", floor, "fraction"});
    method(rules + "withRows(Collection)", () -> new Object[] {List.of(
        AllocationFigures.chinaNational().get(floor, YEAR))});
    method("io.github.ets4j.allocation.Rulebook.withFigures(Collection)", () -> new Object[] {List.of(
        AllocationFigures.chinaNational().get(AllocationFigures.POWER_ENTITY_FLOOR, YEAR))});
    method("io.github.ets4j.allocation.industry.IntensityCoefficientPolicy.chinaNational(Sector,Year)",
        () -> new Object[] {Sector.CEMENT, YEAR});
    method("io.github.ets4j.allocation.industry.IntensityCoefficientPolicy.intensityUnit(Sector)",
        () -> new Object[] {Sector.CEMENT});
    method("io.github.ets4j.allocation.power.BenchmarkSet.of(Year,OutputBasis,Map,RuleValue,RuleValue)", () -> {
      Map<UnitCategory, RuleValue> electricity = new java.util.EnumMap<>(UnitCategory.class);
      for (UnitCategory c : UnitCategory.values()) {
        electricity.put(c, RuleValue.of("e " + c, bd("0.8"), "tCO2/MWh", source));
      }
      return new Object[] {YEAR, io.github.ets4j.allocation.power.OutputBasis.SUPPLIED, electricity,
          RuleValue.of("h coal", bd("0.12"), "tCO2/GJ", source), RuleValue.of("h gas", bd("0.06"), "tCO2/GJ", source)};
    });
    method("io.github.ets4j.sectors.mrv.AnnualReport.of(Collection)", () -> new Object[] {SectorReports.power().months()});
    method("io.github.ets4j.sectors.review.AcceptedYear.of(Year,Collection)", () -> new Object[] {YEAR,
        ((io.github.ets4j.sectors.review.AcceptedYear<?>) of(io.github.ets4j.sectors.review.AcceptedYear.class,
            Samples.class)).reviews()});
    method("io.github.ets4j.sectors.cems.CemsMonth.of(YearMonth,Collection)", () -> new Object[] {MONTH,
        List.of(of(CemsDailyRecord.class, Samples.class))});
  }

  /** Whole argument lists of the instance methods whose arguments must fit the sample or a table. */
  private void registerInstanceMethods() {
    Source source = (Source) of(Source.class, Samples.class);
    String allocation = "io.github.ets4j.allocation.";
    method(allocation + "Rulebook.allocateIndustry(Sector,List)", () -> new Object[] {Sector.CEMENT,
        List.of(of(IndustrialUnit.class, Samples.class))});
    method(allocation + "Rulebook.industryPolicy(Sector)", () -> new Object[] {Sector.CEMENT});
    method(allocation + "Rulebook.withCoefficientRule(BigDecimal,BigDecimal,BigDecimal)",
        () -> new Object[] {bd("1"), bd("0.2"), bd("0.2")});
    method(allocation + "industry.CoefficientRule.with(BigDecimal,BigDecimal,BigDecimal)",
        () -> new Object[] {bd("1"), bd("0.2"), bd("0.2")});
    method(allocation + "Rulebook.withIndustryPolicy(Sector,AllocationPolicy)", () -> new Object[] {Sector.CEMENT,
        Rulebook.chinaNational(YEAR).industryPolicy(Sector.CEMENT).orElseThrow()});
    method(allocation + "Rulebook.withOffsetLimit(BigDecimal)", () -> new Object[] {bd("0.05")});
    method(allocation + "Rulebook.withPowerEntityCap(BigDecimal)", () -> new Object[] {bd("0.2")});
    method(allocation + "compliance.ComplianceRules.withOffsetLimit(BigDecimal)", () -> new Object[] {bd("0.05")});
    method(allocation + "power.PowerBenchmarkPolicy.withEntityCap(BigDecimal)", () -> new Object[] {bd("0.2")});
    method("io.github.ets4j.core.GwpSet.withGwp(String,Gas,BigDecimal,Source)",
        () -> new Object[] {"AR5 custom", Gas.CH4, bd("28"), source});
    method("io.github.ets4j.core.entity.CoverageRegistry.plus(EntityCoverage)", () -> {
      String first17 = "91350100M000100Y5";
      CoveredEntity other = CoveredEntity.of(CreditCode.of(first17 + CreditCode.checkCharacterOf(first17)), "Other",
          Province.BEIJING, Sector.CEMENT, List.of("line-1"));
      return new Object[] {io.github.ets4j.core.entity.EntityCoverage.of(other)};
    });
    method("io.github.ets4j.core.entity.CoverageRegistry.coveredBy(CreditCode,Year)",
        () -> new Object[] {CreditCode.of(CREDIT_CODE), YEAR});
    method("io.github.ets4j.sectors.defaults.DefaultCatalogue.get(String,Sector,Year)",
        () -> new Object[] {io.github.ets4j.sectors.defaults.DefaultKeys.fuelNcv("diesel"), Sector.POWER, YEAR});
    method("io.github.ets4j.sectors.defaults.DefaultCatalogue.parameter(String,Sector,Year,String)",
        () -> new Object[] {io.github.ets4j.sectors.defaults.DefaultKeys.fuelNcv("diesel"), Sector.POWER, YEAR, "NCV"});
    method("io.github.ets4j.sectors.indirect.PurchasedElectricity.line(BigDecimal,Sector,Year,DefaultCatalogue,GridFactor)",
        () -> new Object[] {bd("10"), Sector.CEMENT, Year.of(2026),
            io.github.ets4j.sectors.defaults.DefaultCatalogue.chinaNational(),
            io.github.ets4j.sectors.defaults.GridFactor.national()});
    method("io.github.ets4j.sectors.defaults.GridFactor.find(DefaultCatalogue,Sector,Year)", () -> new Object[] {
        io.github.ets4j.sectors.defaults.DefaultCatalogue.chinaNational(), Sector.CEMENT, Year.of(2026)});
    method("io.github.ets4j.sectors.power.NationalFactorDatabase.carbonContent(Fuel,BigDecimal,Year)",
        () -> new Object[] {io.github.ets4j.sectors.fuel.Fuel.NATURAL_GAS, bd("0.0153"), Year.of(2026)});
    method("io.github.ets4j.sectors.power.NationalFactorDatabase.ncv(Fuel,BigDecimal,Year)",
        () -> new Object[] {io.github.ets4j.sectors.fuel.Fuel.NATURAL_GAS, bd("389"), Year.of(2026)});
    method("io.github.ets4j.sectors.power.NationalFactorDatabase.oxidationRate(Fuel,BigDecimal,Year)",
        () -> new Object[] {io.github.ets4j.sectors.fuel.Fuel.NATURAL_GAS, bd("99"), Year.of(2026)});
    method("io.github.ets4j.core.entity.CoverageRegistry.plusReportOnly(ReportOnlyEntity)",
        () -> new Object[] {glassEntity()});
    method("io.github.ets4j.sectors.mrv.ReportOnlyYear.of(ReportOnlyEntity,AnnualReport)",
        () -> new Object[] {glassEntity(), SectorReports.flatGlass()});
    method("io.github.ets4j.sectors.power.HeatConversion.hotWaterGj(BigDecimal,BigDecimal)",
        () -> new Object[] {bd("100"), bd("80")});
    method("io.github.ets4j.sectors.power.HeatConversion.steamGj(BigDecimal,BigDecimal)",
        () -> new Object[] {bd("100"), bd("2800")});
    method("io.github.ets4j.sectors.review.AcceptedYear.sum(Function)", () -> new Object[] {
        (Function<MonthlyReport, BigDecimal>) report -> BigDecimal.ONE});
  }

  private static io.github.ets4j.core.entity.ReportOnlyEntity glassEntity() {
    String first17 = "91130100MA0000001";
    return io.github.ets4j.core.entity.ReportOnlyEntity.of(
        CreditCode.of(first17 + CreditCode.checkCharacterOf(first17)), "Glass", Province.HEBEI,
        io.github.ets4j.core.AnnouncedSector.FLAT_GLASS, List.of());
  }

  /** Registers the sample of a type (a module above registers its own types this way). */
  public Samples type(Class<?> type, Supplier<?> supplier) {
    byType.put(type, supplier);
    return this;
  }

  /** Registers a whole argument list for the method with this {@link NullDoors#key key}. */
  public Samples method(String key, Supplier<Object[]> arguments) {
    byMethod.put(key, arguments);
    return this;
  }

  Object[] argumentsFor(java.lang.reflect.Executable method) {
    Supplier<Object[]> whole = byMethod.get(NullDoors.key(method));
    if (whole != null) {
      return whole.get();
    }
    java.lang.reflect.Parameter[] parameters = method.getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      args[i] = forParameter(parameters[i], method.getDeclaringClass());
    }
    return args;
  }

  private Object forParameter(java.lang.reflect.Parameter parameter, Class<?> context) {
    String name = parameter.getName();
    java.lang.reflect.Executable owner = parameter.getDeclaringExecutable();
    if (owner.getParameterCount() == 1 && owner.getName().startsWith("with") && owner.getName().length() > 4) {
      name = owner.getName().substring(4); // generated copy methods call their parameter "value"
    }
    name = name.toLowerCase(Locale.ROOT);
    Type type = parameter.getParameterizedType();
    Class<?> raw = parameter.getType();
    if (raw == BigDecimal.class) {
      return byName(name);
    }
    if (raw == Optional.class && type instanceof ParameterizedType
        && ((ParameterizedType) type).getActualTypeArguments()[0] == BigDecimal.class) {
      return Optional.of(byName(name));
    }
    if (raw == String.class && name.equals("unit")) {
      return "GJ/t"; // unit spellings are parsed strictly: "x" is no unit
    }
    if (raw == String.class && name.contains("sha")) {
      return "b".repeat(64);
    }
    return of(type, context);
  }

  /** A decimal that suits a parameter's name: a percentage, a fraction or an amount. */
  private static BigDecimal byName(String name) {
    if (name.contains("percent")) {
      return bd("50");
    }
    if (name.contains("fraction") || name.contains("share") || name.equals("f") || name.contains("factor")
        || name.contains("rate") || name.contains("ratio") || name.contains("tolerance") || name.contains("band")
        || name.contains("carbon") || name.equals("cap") || name.contains("deviation") || name.contains("consumption")) {
      return bd("0.5");
    }
    return bd("10");
  }

  /** A sample of the given (possibly generic) type. */
  public Object of(Type type, Class<?> context) {
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
        return List.of(of(args[0], context));
      }
      if (raw == Map.class) {
        return Map.of(of(args[0], context), of(args[1], context));
      }
      if (raw == Optional.class) {
        return Optional.of(of(args[0], context));
      }
      return of(raw, context);
    }
    if (type instanceof WildcardType) {
      return of(((WildcardType) type).getUpperBounds()[0], context);
    }
    if (type instanceof TypeVariable) {
      return of(((TypeVariable<?>) type).getBounds()[0], context);
    }
    if (type instanceof GenericArrayType) {
      Type component = ((GenericArrayType) type).getGenericComponentType();
      Object element = of(component, context);
      Object array = Array.newInstance(element.getClass(), 1);
      Array.set(array, 0, element);
      return array;
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isPrimitive()) {
      return primitive(raw);
    }
    if (raw.isArray()) {
      Object array = Array.newInstance(raw.getComponentType(), 1);
      Array.set(array, 0, of(raw.getComponentType(), context));
      return array;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    Object cached = cache.get(raw);
    if (cached != null) {
      return cached;
    }
    Supplier<?> supplier = byType.get(raw);
    Object value = supplier != null ? supplier.get() : synthesise(raw);
    cache.put(raw, value);
    return value;
  }

  private static Object primitive(Class<?> raw) {
    if (raw == int.class) {
      return 1;
    }
    if (raw == long.class) {
      return 1L;
    }
    if (raw == double.class) {
      return 1.0;
    }
    if (raw == boolean.class) {
      return false;
    }
    throw new IllegalArgumentException("no sample for " + raw);
  }

  /**
   * A sample of a type without a registered one: the first of its public static factories (without
   * arguments first, then with sample arguments) that returns one, or a builder built without
   * attributes (all of them optional).
   */
  private Object synthesise(Class<?> raw) {
    List<Method> candidates = new java.util.ArrayList<>();
    for (Method m : raw.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && raw.isAssignableFrom(m.getReturnType())) {
        candidates.add(m);
      }
    }
    candidates.sort(java.util.Comparator.comparingInt(Method::getParameterCount).thenComparing(Method::toGenericString));
    for (Method m : candidates) {
      try {
        return m.invoke(null, argumentsFor(m));
      } catch (ReflectiveOperationException | RuntimeException e) {
        // try the next factory
      }
    }
    try {
      Object builder = raw.getMethod("builder").invoke(null);
      for (String attribute : NullDoors.requiredAttributes(builder.getClass())) {
        Method setter = null;
        for (Method m : builder.getClass().getMethods()) {
          if (m.getName().equals(attribute) && m.getParameterCount() == 1
              && (setter == null || m.getParameterTypes()[0] != String.class)) {
            setter = m;
          }
        }
        if (setter == null) {
          throw new IllegalStateException("no setter for " + attribute);
        }
        setter.invoke(builder, forParameter(setter.getParameters()[0], raw));
      }
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("no sample for " + raw.getName(), e);
    }
  }
}
