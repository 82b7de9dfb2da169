package io.github.ets4j.study;

import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.Phase2;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.allocation.industry.CoefficientRule;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.allocation.power.BenchmarkSet;
import io.github.ets4j.allocation.power.OutputBasis;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test reference of the rules, typed in from allocation.md (2024 power benchmarks for every year, the
 * 2023–2024 Ff formula, the 2025–2026 intensity-coefficient method) with a slow BigDecimal allocation:
 * the balance value by bisection, so that it is independent of the fast engine's closed form.
 */
class DocumentRules implements StudyRules {
  private static final MathContext MC = MathContext.DECIMAL128;
  // 20 digits and 64 halvings pin the balance value far below a tonne's effect on any allocation.
  private static final MathContext BISECTION = new MathContext(20);
  // allocation.md, 2024 row [V]: I 0.7910, II 0.8049, III 0.8244, IV 0.3288, heat coal 0.1033, heat gas 0.0533.
  private static final Map<String, BigDecimal> BE = Map.of("I", new BigDecimal("0.7910"), "II",
      new BigDecimal("0.8049"), "III", new BigDecimal("0.8244"), "IV", new BigDecimal("0.3288"));
  private static final BigDecimal HEAT_COAL = new BigDecimal("0.1033");
  private static final BigDecimal HEAT_GAS = new BigDecimal("0.0533");
  private static final BigDecimal RELIEF = new BigDecimal("0.80");

  // allocation.md, intensity-coefficient method 2025-2026: α = 0.15 X inside ±20 %, ±3 % outside.
  private static final BigDecimal SLOPE = new BigDecimal("0.15");
  private static final BigDecimal BAND = new BigDecimal("0.20");
  private static final BigDecimal CAP = new BigDecimal("0.03");

  /** From 2027 the best p % of output instead of the balance value, or the balance value when empty. */
  private final Optional<BigDecimal> phase2Percentile;

  DocumentRules() {
    this(Optional.empty());
  }

  DocumentRules(Optional<BigDecimal> phase2Percentile) {
    this.phase2Percentile = phase2Percentile;
  }

  private Optional<BigDecimal> percentile(Year year) {
    return year.getValue() >= 2027 ? phase2Percentile : Optional.empty();
  }

  @Override
  public Optional<AllocationMethod> method(Year year, Sector sector) {
    if (sector == Sector.POWER) {
      return Optional.of(AllocationMethod.POWER_BENCHMARK);
    }
    return Optional.of(year.getValue() <= 2024 ? AllocationMethod.VERIFIED_EMISSIONS
        : AllocationMethod.INTENSITY_COEFFICIENT);
  }

  @Override
  public BigDecimal electricityBenchmark(Year year, MarketUnit unit) {
    return BE.get(unit.category());
  }

  /** The 2024 row as a benchmark set, every year (as the other power figures here). */
  @Override
  public BenchmarkSet powerBenchmarks(Year year) {
    Source table = Source.of("allocation.md", "power benchmarks, 2024", Confidence.OFFICIAL);
    Map<UnitCategory, RuleValue> electricity = new EnumMap<>(UnitCategory.class);
    for (UnitCategory category : UnitCategory.values()) {
      electricity.put(category, RuleValue.of("Be " + category, BE.get(category.name()), "tCO2/MWh", table));
    }
    return BenchmarkSet.of(year, OutputBasis.GROSS_GENERATION, electricity,
        RuleValue.of("Bh coal", HEAT_COAL, "tCO2/GJ", table), RuleValue.of("Bh gas", HEAT_GAS, "tCO2/GJ", table));
  }

  @Override
  public BigDecimal peakShavingFactor(Year year, MarketUnit unit) {
    // allocation.md: Ff = 1.015^(16 − 20F) for F < 0.65, conventional coal (I, II) only; half up, 6 decimals.
    if (!unit.category().equals("I") && !unit.category().equals("II") || unit.loadFactorPercent().isEmpty()) {
      return BigDecimal.ONE;
    }
    double f = unit.loadFactorPercent().get().doubleValue() / 100;
    if (f >= 0.65) {
      return BigDecimal.ONE;
    }
    return new BigDecimal(Double.toString(Math.pow(1.015, 16 - 20 * f))).setScale(6, RoundingMode.HALF_UP);
  }

  @Override
  public BigDecimal heatBenchmark(Year year, MarketUnit unit) {
    return unit.category().equals("IV") ? HEAT_GAS : HEAT_COAL;
  }

  @Override
  public boolean topsUp(Year year, MarketUnit unit) {
    return unit.category().equals("IV"); // allocation.md relief: gas units below their emissions are topped up
  }

  @Override
  public List<RuleValue> assumptions(Year year) {
    return List.of(); // the document's figures are typed in, not taken from a rulebook
  }

  @Override
  public Optional<BigDecimal> entityReliefFraction(Year year, Sector sector) {
    return sector == Sector.POWER ? Optional.of(RELIEF) : Optional.empty();
  }

  /** The document's figures handed over in the allocation model's type, as the fast engine reads them. */
  @Override
  public IntensityCoefficientPolicy industry(Year year, Sector sector) {
    IntensityCoefficientPolicy policy = IntensityCoefficientPolicy.chinaNational(sector, Year.of(2025))
        .withRule(CoefficientRule.chinaNational(Year.of(2025)).with(SLOPE, BAND, CAP));
    return percentile(year).map(p -> policy.withPhase2(Phase2.bestShare(p.movePointLeft(2)))).orElse(policy);
  }

  @Override
  public SectorAllocation allocate(Year year, Sector sector, List<MarketUnit> units) {
    List<UnitResult> results = new ArrayList<>();
    Optional<BigDecimal> bp = Optional.empty();
    AllocationMethod method = method(year, sector).orElseThrow();
    if (method == AllocationMethod.INTENSITY_COEFFICIENT) {
      bp = Optional.of(benchmark(units, percentile(year)));
    }
    for (MarketUnit u : units) {
      UnitResult.Builder r = UnitResult.builder().year(year).entityId(u.entityId()).sector(sector)
          .unitId(u.unitId()).verifiedTonnes(u.verifiedTonnes());
      if (u.isSpecial() || method == AllocationMethod.VERIFIED_EMISSIONS) {
        results.add(r.initialAllocationTonnes(u.verifiedTonnes()).build());
      } else if (method == AllocationMethod.POWER_BENCHMARK) {
        BigDecimal ae = u.output().multiply(BE.get(u.category())).multiply(peakShavingFactor(year, u))
            .setScale(0, RoundingMode.FLOOR);
        BigDecimal ah = u.heatGj().multiply(heatBenchmark(year, u)).setScale(0, RoundingMode.FLOOR);
        BigDecimal a = ae.add(ah);
        BigDecimal relief = u.category().equals("IV") && a.compareTo(u.verifiedTonnes()) < 0
            ? u.verifiedTonnes().subtract(a) : BigDecimal.ZERO;
        results.add(r.initialAllocationTonnes(a).reliefTonnes(relief).build());
      } else {
        BigDecimal b = bp.orElseThrow();
        BigDecimal intensity = u.intensityEmissions().divide(u.output(), MC);
        BigDecimal x = b.subtract(intensity).divide(b, MC);
        BigDecimal alpha = alpha(x);
        results.add(r.intensity(intensity).balanceValue(b).deviationPercent(x.movePointRight(2)).coefficient(alpha)
            .initialAllocationTonnes(u.verifiedTonnes().multiply(BigDecimal.ONE.add(alpha))
                .setScale(0, RoundingMode.FLOOR)).build());
      }
    }
    Map<String, BigDecimal[]> entities = new LinkedHashMap<>();
    for (UnitResult r : results) {
      BigDecimal[] sums = entities.computeIfAbsent(r.entityId(), e -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(r.verifiedTonnes());
      sums[1] = sums[1].add(r.allocationTonnes());
    }
    List<EntityResult> entityResults = new ArrayList<>();
    entities.forEach((id, sums) -> {
      BigDecimal rate = sums[0].signum() == 0 ? BigDecimal.ZERO.setScale(2)
          : sums[0].subtract(sums[1]).multiply(BigDecimal.valueOf(100)).divide(sums[0], 2, RoundingMode.HALF_UP);
      BigDecimal relief = BigDecimal.ZERO;
      if (sector == Sector.POWER) {
        BigDecimal floor = sums[0].multiply(RELIEF).setScale(0, RoundingMode.FLOOR);
        if (sums[1].compareTo(floor) < 0) {
          relief = floor.subtract(sums[1]);
        }
      }
      entityResults.add(EntityResult.builder().year(year).entityId(id).sector(sector).verifiedTonnes(sums[0])
          .initialAllocationTonnes(sums[1]).reliefTonnes(relief).shortfallRatePercent(rate).build());
    });
    return SectorAllocation.builder().year(year).sector(sector).units(results).entities(entityResults)
        .balanceValue(bp).build();
  }

  static BigDecimal alpha(BigDecimal x) {
    if (x.compareTo(BAND) >= 0) {
      return CAP;
    }
    if (x.compareTo(BAND.negate()) <= 0) {
      return CAP.negate();
    }
    return SLOPE.multiply(x);
  }

  /** The balance value by bisection (slow, independent of the fast engine), or the best-output benchmark. */
  static BigDecimal benchmark(List<MarketUnit> units, Optional<BigDecimal> percentile) {
    List<MarketUnit> ordinary = units.stream().filter(u -> !u.isSpecial()).toList();
    if (percentile.isPresent()) {
      List<MarketUnit> sorted = new ArrayList<>(ordinary);
      sorted.sort((a, b) -> a.intensityEmissions().divide(a.output(), MC)
          .compareTo(b.intensityEmissions().divide(b.output(), MC)));
      BigDecimal total = sorted.stream().map(MarketUnit::output).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal target = total.multiply(percentile.get()).divide(BigDecimal.valueOf(100), MC);
      BigDecimal taken = BigDecimal.ZERO;
      BigDecimal weighted = BigDecimal.ZERO;
      for (MarketUnit u : sorted) {
        if (taken.compareTo(target) >= 0) {
          break;
        }
        BigDecimal q = u.output().min(target.subtract(taken));
        taken = taken.add(q);
        weighted = weighted.add(q.multiply(u.intensityEmissions().divide(u.output(), MC)));
      }
      return weighted.divide(taken, MC);
    }
    BigDecimal verified = ordinary.stream().map(MarketUnit::verifiedTonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> intensities = ordinary.stream().map(u -> u.intensityEmissions().divide(u.output(), MC)).toList();
    // The root lies between the lowest intensity × (1 − band) and the highest × (1 + band) (all units capped).
    BigDecimal lo = intensities.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ONE)
        .multiply(BigDecimal.ONE.subtract(BAND), BISECTION);
    BigDecimal hi = intensities.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE)
        .multiply(BigDecimal.ONE.add(BAND), BISECTION);
    for (int i = 0; i < 64; i++) {
      BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2), BISECTION);
      // Σ E(1 + α): saturated units add E(1 ± cap); linear ones E + slope·E·(mid − I)/mid, summed before dividing.
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal linear = BigDecimal.ZERO;
      BigDecimal bandMid = BAND.multiply(mid);
      for (int k = 0; k < ordinary.size(); k++) {
        BigDecimal e = ordinary.get(k).verifiedTonnes();
        BigDecimal gap = mid.subtract(intensities.get(k));
        if (gap.compareTo(bandMid) >= 0) {
          total = total.add(e.multiply(BigDecimal.ONE.add(CAP)));
        } else if (gap.compareTo(bandMid.negate()) <= 0) {
          total = total.add(e.multiply(BigDecimal.ONE.subtract(CAP)));
        } else {
          total = total.add(e);
          linear = linear.add(e.multiply(gap));
        }
      }
      total = total.add(SLOPE.multiply(linear).divide(mid, BISECTION));
      if (total.compareTo(verified) < 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }
}
