package io.github.ets4j.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelCombustion;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.CalculatedLine;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Conservation laws of the monitoring rules, with a fixed seed. */
class MonitoringProperties {
  static final long SEED = 20_260_129L;
  static final Evidence LAB = Evidence.of(EvidenceKind.LAB_REPORT, "LAB-P", "e".repeat(64), LocalDate.of(2025, 2, 1));

  /** Builds a clinker line's year from twelve clinker amounts (centitonnes) and twelve fuel amounts. */
  static List<MonthlyReport> year(List<Long> clinkerCentitonnes, List<Long> coalCentitonnes) {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      BigDecimal clinker = BigDecimal.valueOf(clinkerCentitonnes.get(m - 1), 2);
      months.add(MonthlyReport.of("E", "L", ClinkerLineMonth.builder().month(YearMonth.of(2025, m))
          .clinkerType(ClinkerType.PORTLAND).clinkerTonnes(clinker)
          // carbide slag at most a tenth of the clinker: the deduction never exceeds the process CO2
          .putAlternativeMaterials(AlternativeMaterial.CARBIDE_SLAG, clinker.movePointLeft(1).setScale(2, java.math.RoundingMode.DOWN))
          .addFuels(FuelLine.of(Fuel.BITUMINOUS_COAL, BigDecimal.valueOf(coalCentitonnes.get(m - 1), 2), Fuel.BITUMINOUS_COAL.unit()))
          .build()));
    }
    return months;
  }

  @Test
  void emissionsAreLinearInActivityData() {
    qt().withFixedSeed(SEED)
        .forAll(longs().between(0, 10_000_000_000L), integers().between(1, 1000), arbitrary().enumValues(Fuel.class))
        .checkAssert((centitonnes, k, fuel) -> {
          BigDecimal fc = BigDecimal.valueOf(centitonnes, 2);
          BigDecimal ncv = DefaultCatalogue.chinaNational().get("fuel/" + fuel.code() + "/ncv", Sector.STEEL, Year.of(2025)).value();
          BigDecimal cc = DefaultCatalogue.chinaNational().get("fuel/" + fuel.code() + "/cc", Sector.STEEL, Year.of(2025)).value();
          BigDecimal one = FuelCombustion.co2(fc, ncv, cc, new BigDecimal("99"));
          BigDecimal many = FuelCombustion.co2(fc.multiply(BigDecimal.valueOf(k)), ncv, cc, new BigDecimal("99"));
          // exact before the named rounding: k × E(FC) = E(k × FC) to 30 significant digits
          assertEquals(0, one.multiply(BigDecimal.valueOf(k)).round(new java.math.MathContext(30))
              .compareTo(many.round(new java.math.MathContext(30))), fuel + " " + fc + " × " + k);
        });
  }

  @Test
  void annualIsTheSumOfMonthsBeforeTheFinalRoundingAndOrderDoesNotMatter() {
    qt().withFixedSeed(SEED)
        .forAll(lists().of(longs().between(0, 20_000_000L)).ofSize(12), lists().of(longs().between(0, 2_000_000L)).ofSize(12),
            longs().all())
        .checkAssert((clinker, coal, shuffleSeed) -> {
          List<MonthlyReport> months = year(clinker, coal);
          AnnualReport report = AnnualReport.of(months);
          BigDecimal sum = BigDecimal.ZERO;
          for (MonthlyReport month : months) {
            sum = sum.add(month.coveredCo2e());
          }
          assertEquals(0, sum.compareTo(report.coveredCo2e()));
          assertEquals(ReportingPrecision.enterpriseTotal(sum), report.verifiedEmissions());
          List<MonthlyReport> shuffled = new ArrayList<>(months);
          Collections.shuffle(shuffled, new Random(shuffleSeed));
          AnnualReport again = AnnualReport.of(shuffled);
          assertEquals(report, again);
          assertEquals(report.verifiedEmissions(), again.verifiedEmissions());
        });
  }

  @Test
  void zeroActivityGivesZeroEmissions() {
    qt().withFixedSeed(SEED).forAll(arbitrary().enumValues(Fuel.class), arbitrary().enumValues(ClinkerType.class))
        .checkAssert((fuel, type) -> {
          CalculatedLine line = FuelRules.resolve(FuelLine.of(fuel, BigDecimal.ZERO, fuel.unit()), Sector.STEEL,
              Year.of(2025), DefaultCatalogue.chinaNational()).combustion();
          assertEquals(0, line.reportedCo2e().signum());
          ClinkerLineMonth idle = ClinkerLineMonth.builder().month(YearMonth.of(2025, 1)).clinkerType(type)
              .clinkerTonnes(BigDecimal.ZERO).addFuels(FuelLine.of(fuel, BigDecimal.ZERO, fuel.unit())).build();
          assertEquals(0, MonthlyReport.of("E", "L", idle).coveredCo2e().signum());
        });
  }

  @Test
  void everyDefaultUsedIsListed() {
    qt().withFixedSeed(SEED)
        .forAll(lists().of(arbitrary().enumValues(Fuel.class)).ofSizeBetween(0, 6), lists().of(booleans().all()).ofSize(6))
        .checkAssert((fuels, measured) -> {
          List<FuelLine> lines = new ArrayList<>();
          for (int i = 0; i < fuels.size(); i++) {
            Fuel fuel = fuels.get(i);
            FuelLine line = FuelLine.of(fuel, new BigDecimal("10"), fuel.unit()).withLabel(fuel.code() + "-" + i);
            if (measured.get(i) && fuel != Fuel.COKE) {
              line = line.withNcv(Parameter.measured("NCV", new BigDecimal("20"), "GJ/" + fuel.unit().symbol(), LAB));
            }
            lines.add(line);
          }
          ClinkerLineMonth month = ClinkerLineMonth.builder().month(YearMonth.of(2025, 1)).clinkerType(ClinkerType.PORTLAND)
              .clinkerTonnes(BigDecimal.TEN).addAllFuels(lines).build();
          MonthlyReport report = MonthlyReport.of("E", "L", month);
          long defaults = 0;
          for (CalculatedLine line : month.calculatedLines()) {
            for (Parameter parameter : line.parameters()) {
              if (parameter.isDefault()) {
                defaults++;
                assertTrue(report.defaultsUsed().contains(parameter));
                assertTrue(line.explanation().contains(parameter.provenance()), line.explanation());
              }
            }
          }
          assertEquals(defaults, report.defaultsUsed().size());
          assertTrue(report.defaultsUsed().stream().allMatch(Parameter::isDefault));
        });
  }
}
