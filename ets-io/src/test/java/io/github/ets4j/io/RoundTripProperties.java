package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.Source;
import io.github.ets4j.sectors.aluminum.Carbonate;
import io.github.ets4j.sectors.aluminum.CarbonateUse;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.power.UnitType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * read(write(x)) equals x over generated years of the four sectors: quantities with any scale, measured and
 * default parameters with evidence and sources, labelled fuel lines, optional figures.
 */
class RoundTripProperties {

  static BigDecimal amount(Random random, int max) {
    return BigDecimal.valueOf(random.nextInt(max) + 1L, random.nextInt(4));
  }

  static Evidence evidence(Random random) {
    String sha = Long.toHexString(random.nextLong() | Long.MIN_VALUE).repeat(4);
    return Evidence.of(EvidenceKind.values()[random.nextInt(EvidenceKind.values().length)],
        "DOC-" + random.nextInt(1000) + (random.nextBoolean() ? ":annex b" : ""), sha, LocalDate.of(2025, 1 + random.nextInt(12), 3));
  }

  static FuelLine coal(Random random, boolean measured) {
    FuelLine line = FuelLine.of(Fuel.BITUMINOUS_COAL, amount(random, 5_000_000), FuelUnit.TONNE);
    if (measured) {
      line = line.withNcv(Parameter.measured("NCV", BigDecimal.valueOf(18_000 + random.nextInt(6000), 3), "GJ/t",
          evidence(random), evidence(random)));
    }
    if (random.nextBoolean()) {
      line = line.withOxidationRate(Parameter.ofDefault("OF", new BigDecimal("99"), "%",
          Source.of("AG-CEMENT-2024", random.nextBoolean() ? "Table B.1" : "", Confidence.OFFICIAL)));
    }
    if (random.nextBoolean()) {
      line = line.withLabel("coal, kiln " + random.nextInt(3));
    }
    return line;
  }

  static FuelLine gas(Random random) {
    return FuelLine.of(Fuel.NATURAL_GAS, amount(random, 100_000), FuelUnit.TEN_THOUSAND_NM3);
  }

  static MonthlyData month(int sector, long seed, int m, boolean measuredCoal) {
    Random random = new Random(seed * 31 + m);
    YearMonth month = YearMonth.of(2025, m);
    switch (sector) {
      case 0: {
        GeneratingUnitMonth.Builder b = GeneratingUnitMonth.builder().month(month)
            .unitType(UnitType.values()[(int) Math.floorMod(seed, (long) UnitType.values().length)])
            .addFuels(coal(random, true)).grossGenerationMwh(BigDecimal.valueOf(200_000 + random.nextInt(100_000)))
            // 1,000–1,499 MW for 300–671 h holds up to 300,000 MWh: a load factor of at most 100 %
            .electricitySuppliedMwh(amount(random, 100_000)).operatingHours(BigDecimal.valueOf(300 + random.nextInt(372)))
            .ratedCapacityMw(BigDecimal.valueOf(1000 + random.nextInt(500)));
        if (random.nextBoolean()) {
          b.heatSuppliedGj(amount(random, 100_000));
        }
        if (random.nextBoolean()) {
          b.purchasedElectricityMwh(amount(random, 10_000));
        }
        return b.build();
      }
      case 1: {
        ClinkerLineMonth.Builder b = ClinkerLineMonth.builder().month(month).clinkerType(ClinkerType.PORTLAND)
            .clinkerTonnes(BigDecimal.valueOf(100_000 + random.nextInt(100_000)))
            .addFuels(coal(random, measuredCoal))
            .putAlternativeMaterials(AlternativeMaterial.CARBIDE_SLAG, amount(random, 1000));
        if (random.nextBoolean()) {
          b.addFuels(gas(random));
        }
        return b.build();
      }
      case 2:
        return SectorYears.steelMonth(m);
      default: {
        ElectrolysisMonth.Builder b = ElectrolysisMonth.builder().month(month)
            .aluminumLiquidTonnes(BigDecimal.valueOf(20_000 + random.nextInt(20_000)))
            .netAnodeConsumption(Parameter.measured("NC", BigDecimal.valueOf(400 + random.nextInt(50), 3), "t/t Al",
                evidence(random)))
            .addFuels(gas(random))
            .addCarbonates(CarbonateUse.of(Carbonate.values()[random.nextInt(Carbonate.values().length)],
                amount(random, 1000), BigDecimal.valueOf(90 + random.nextInt(10))));
        if (random.nextBoolean()) {
          b.anodeSulfurPercent(Parameter.measured("S", BigDecimal.valueOf(random.nextInt(30), 1), "%"));
        }
        if (random.nextBoolean()) {
          b.anodeEffectMinutes(Parameter.measured("AEM", BigDecimal.valueOf(random.nextInt(50), 2), "min/cell-day"));
        }
        return b.build();
      }
    }
  }

  static Gen<AnnualReport> years() {
    return integers().between(0, 3).zip(longs().all(), (sector, seed) -> SectorYears.year("91110000600037341L",
        "facility-" + sector, m -> month(sector, seed, m, seed % 2 == 0)));
  }

  static AnnualReport reread(AnnualReport report) {
    try {
      return MonitoringCsv.readYear(new ByteArrayInputStream(MonitoringCsv.write(report).getBytes(StandardCharsets.UTF_8)),
          "generated.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readOfWriteIsTheSameYear() {
    qt().withFixedSeed(20251201L).withExamples(60).forAll(years())
        .check(year -> reread(year).equals(year) && reread(year).verifiedEmissions().equals(year.verifiedEmissions()));
  }

  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Ets4jModule());

  static AnnualReport rereadJson(AnnualReport report) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(report), AnnualReport.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void jsonReadOfWriteIsTheSameYear() {
    qt().withFixedSeed(20251202L).withExamples(40).forAll(years()).check(year -> rereadJson(year).equals(year));
  }

  @Test
  void writeOfReadIsTheSameText() {
    qt().withFixedSeed(7L).withExamples(20).forAll(years()).check(year -> {
      String text = MonitoringCsv.write(year);
      return MonitoringCsv.write(reread(year)).equals(text);
    });
    assertEquals(MonitoringCsv.write(SectorYears.cement()), MonitoringCsv.write(reread(SectorYears.cement())));
  }
}
