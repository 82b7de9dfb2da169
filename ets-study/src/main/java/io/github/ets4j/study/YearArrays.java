package io.github.ets4j.study;

import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.industry.CoefficientRule;
import io.github.ets4j.allocation.industry.IntensityCoefficientPolicy;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * One year's market laid out for the fast engine, with the scratch space of one workspace: a draw or the central
 * case in one pass over the entities.
 *
 * <p>Units are held entity by entity (each entity's units together, entities in order of first appearance, units in
 * their order within it): a market listed so, like the embedded one and the files it writes, keeps its order. A
 * draw walks the entities once, drawing each unit's two factors in that order. A power or verified-emissions run's
 * units are allocated into running sums, and after the run each entity's sums are a difference of two of them, the
 * entity relieved and the run's entities settled in one loop (the sums in registers); an industry entity's units
 * keep their verified emissions and intensity until the pass is over, when each industry sector is sorted, its
 * balance value solved, its units allocated and its entities settled. The sums are exact (see {@link #perUnit}) or
 * follow the same order as the unit-by-unit arithmetic before them, so the results are the same numbers.
 *
 * <p>Not thread-safe: a workspace belongs to one thread at a time; {@link #YearArrays(YearArrays)} makes another
 * that shares the fixed arrays.
 */
final class YearArrays {
  /** What a sector's entities get in a draw. */
  private static final int NOT_COVERED = 0;
  /** Allocated unit by unit, no sector-wide figure: the power benchmarks, or the verified emissions. */
  private static final int PER_UNIT = 1;
  /** The intensity-coefficient method (or Phase 2 against an advanced level): the sector's balance value first. */
  private static final int INDUSTRY = 2;
  private static final int SECTORS = Sector.values().length;
  /** 2^53: whole numbers of smaller magnitude, and their sums while below it, are exact in {@code double}. */
  private static final double EXACT_WHOLE_TONNES = 0x1.0p53;

  final Year year;
  /** Units. */
  final int n;
  final String[] entityIds;
  // Fixed at setup, shared by every workspace. Per unit, in the engine's order (entity by entity):
  /** The unit's index in the list given at setup; null when that list was already entity by entity. */
  private final @Nullable int[] setupIndex;
  /** Allocated its verified emissions (a special unit, or a sector on the verified-emissions method). */
  private final boolean[] allocatesVerified;
  /** Topped up to its verified emissions when allocated below them (the gas top-up). */
  private final boolean[] topUp;
  private final double[] baseVerified;
  private final double[] baseIntensityEmissions;
  private final double[] baseOutput;
  private final double[] baseHeat;
  /** {@code Be × Ff}, t/MWh, of an ordinary power unit. */
  private final double[] electricityCoefficient;
  /** {@code Bh}, t/GJ, of an ordinary power unit. */
  private final double[] heatCoefficient;
  /** The unit's entity. */
  private final int[] unitEntity;
  /** The unit is its entity's last. */
  private final boolean[] endsEntity;
  // Per entity: its units are [entityStart[e], entityStart[e + 1]).
  private final int[] entityStart;
  private final int[] entitySector;
  /**
   * Runs of consecutive entities of one sector, as unit ranges: run r is the units [runStart[r], runStart[r + 1]) of
   * sector runSector[r]. The embedded market, sector after sector, has one run per sector.
   */
  private final int[] runStart;
  private final int[] runSector;
  // Per sector.
  final boolean[] present;
  /** The allocation model's method; null where the sector is not covered that year. */
  private final AllocationMethod[] method;
  private final int[] kind;
  private final double[] relief;
  private final double[] slope;
  private final double[] band;
  private final double[] cap;
  private final double[] bestShare;
  private final double[] benchmarkFactor;
  /** A published balance value replacing the solved one (NaN: solve it from the units). */
  private final double[] publishedBalanceValue;
  /** The ordinary (not special) units of each industry sector, in order: those of its balance value. */
  private final int[][] ordinaryUnits;
  /**
   * Where each industry sector's ordinary units start in {@link #ordinaryVerified}, {@link #ordinaryIntensity} and
   * {@link #ordinaryOutput}: a sector's units side by side in the order of {@link #ordinaryUnits}, so its sort and
   * balance value read a few hundred kilobytes in sequence at 10^5 units, not the year's arrays at random.
   */
  private final int[] ordinaryFrom;
  // Scratch, rewritten by every draw.
  /** The draw's standard normals, two per unit in the engine's order: output's, then intensity's. */
  private final double[] normals;
  private final double[] verified;
  // An industry sector's ordinary units, side by side (see ordinaryFrom); ordinaryNext is where a sector's next unit
  // of the pass goes.
  private final double[] ordinaryVerified;
  private final double[] ordinaryIntensity;
  private final double[] ordinaryOutput;
  private final int[] ordinaryNext = new int[SECTORS];
  /** The allocations of one industry sector's ordinary units, in the order of {@link #ordinaryUnits}. */
  private final long[] ordinaryAllocation;
  private final long[] unitAllocation;
  private final double[] entityVerified;
  private final long[] entityAllocation;
  /** Per unit k (and n): the sum of the verified emissions of its run's units before it, t. */
  private final double[] unitsVerifiedBefore;
  /** Per unit k (and n): the sum of the allocations of its run's units before it, t. */
  private final long[] unitsAllocationBefore;
  private final double[] sectorTotal = new double[SECTORS];
  private final int[] sorted;
  /**
   * The intensities and verified emissions of {@link #sorted}'s units, in sorted order: gathered once after the sort
   * in a loop of independent loads, so the balance value's walk and the allocation loop read them in sequence
   * instead of a load from anywhere in the year's arrays per step (which leave the core's caches at 10^5 units).
   */
  private final double[] sortedIntensity;
  private final double[] sortedVerified;
  private final IntensityOrder order;
  /** The settled totals of each sector in the last draw. */
  final FastSettlement[] settlement;
  /**
   * The magnitude below which a run's whole-tonne running sums are exact: 2^53, lowered only by tests to take the
   * unit-by-unit fallback on an ordinary market.
   */
  private double exactSumsBelow = EXACT_WHOLE_TONNES;
  // The draw's log-normal parameters (per run): σ and the drift −σ²/2 of the output and intensity factors.
  private double outputSigma;
  private double outputDrift;
  private double intensitySigma;
  private double intensityDrift;

  /**
   * Lays out a year's units, reading every rule parameter once.
   *
   * @throws EtsValidationException if an entity is listed under two sectors, or a unit's figure is beyond the
   *     engine's range
   */
  YearArrays(Year year, List<MarketUnit> units, StudyRules rules, BigDecimal offsetLimit, Scenario scenario) {
    this.year = year;
    this.n = units.size();
    present = new boolean[SECTORS];
    method = new AllocationMethod[SECTORS];
    kind = new int[SECTORS];
    relief = new double[SECTORS];
    slope = new double[SECTORS];
    band = new double[SECTORS];
    cap = new double[SECTORS];
    bestShare = new double[SECTORS];
    benchmarkFactor = new double[SECTORS];
    publishedBalanceValue = new double[SECTORS];
    // Entities in order of first appearance, each with its sector and unit count.
    Map<String, Integer> entityIndex = new HashMap<>();
    List<String> ids = new ArrayList<>();
    List<Sector> sectors = new ArrayList<>();
    int[] entityOf = new int[n];
    int[] count = new int[n + 1];
    for (int i = 0; i < n; i++) {
      MarketUnit u = units.get(i);
      Integer e = entityIndex.get(u.entityId());
      if (e == null) {
        e = ids.size();
        entityIndex.put(u.entityId(), e);
        ids.add(u.entityId());
        sectors.add(u.sector());
      } else if (sectors.get(e) != u.sector()) {
        throw new EtsValidationException("entity_id", u.entityId(),
            "is listed under " + sectors.get(e) + " and " + u.sector() + " in " + year);
      }
      entityOf[i] = e;
      count[e + 1]++;
      readSector(u.sector(), rules);
    }
    entityIds = ids.toArray(new String[0]);
    int entities = entityIds.length;
    entityStart = new int[entities + 1];
    entitySector = new int[entities];
    for (int e = 0; e < entities; e++) {
      entityStart[e + 1] = entityStart[e] + count[e + 1];
      entitySector[e] = sectors.get(e).ordinal();
    }
    // Each unit's place: its entity's start plus the units of the entity before it.
    int[] next = new int[entities];
    System.arraycopy(entityStart, 0, next, 0, entities);
    int[] position = new int[n];
    boolean sameOrder = true;
    for (int i = 0; i < n; i++) {
      position[i] = next[entityOf[i]]++;
      sameOrder &= position[i] == i;
    }
    allocatesVerified = new boolean[n];
    topUp = new boolean[n];
    baseVerified = new double[n];
    baseIntensityEmissions = new double[n];
    baseOutput = new double[n];
    baseHeat = new double[n];
    electricityCoefficient = new double[n];
    heatCoefficient = new double[n];
    int[] index = new int[n];
    unitEntity = new int[n];
    endsEntity = new boolean[n];
    for (int e = 0; e < entities; e++) {
      for (int k = entityStart[e]; k < entityStart[e + 1]; k++) {
        unitEntity[k] = e;
      }
      endsEntity[entityStart[e + 1] - 1] = true;
    }
    List<Integer> starts = new ArrayList<>();
    List<Integer> runSectors = new ArrayList<>();
    for (int e = 0; e < entities; e++) {
      if (e == 0 || entitySector[e] != entitySector[e - 1]) {
        starts.add(entityStart[e]);
        runSectors.add(entitySector[e]);
      }
    }
    starts.add(n);
    runStart = starts.stream().mapToInt(Integer::intValue).toArray();
    runSector = runSectors.stream().mapToInt(Integer::intValue).toArray();
    for (int i = 0; i < n; i++) {
      MarketUnit u = units.get(i);
      int k = position[i];
      int s = u.sector().ordinal();
      index[k] = i;
      allocatesVerified[k] = u.isSpecial() || method[s] == AllocationMethod.VERIFIED_EMISSIONS;
      baseVerified[k] = FastEngine.inRange("verified_t", u, u.verifiedTonnes());
      baseIntensityEmissions[k] = FastEngine.inRange("intensity_emissions_t", u, u.intensityEmissions());
      baseOutput[k] = FastEngine.inRange("output", u, u.output());
      baseHeat[k] = FastEngine.inRange("heat_gj", u, u.heatGj());
      if (method[s] == AllocationMethod.POWER_BENCHMARK && !u.isSpecial()) {
        electricityCoefficient[k] = rules.electricityBenchmark(year, u)
            .multiply(rules.peakShavingFactor(year, u)).doubleValue();
        heatCoefficient[k] = rules.heatBenchmark(year, u).doubleValue();
        topUp[k] = rules.topsUp(year, u);
      }
    }
    setupIndex = sameOrder ? null : index;
    ordinaryUnits = new int[SECTORS][];
    ordinaryFrom = new int[SECTORS + 1];
    int largest = 0;
    for (int s = 0; s < SECTORS; s++) {
      List<Integer> ordinary = new ArrayList<>();
      for (int e = 0; e < entities; e++) {
        if (entitySector[e] == s) {
          for (int k = entityStart[e]; k < entityStart[e + 1]; k++) {
            if (!allocatesVerified[k]) {
              ordinary.add(k);
            }
          }
        }
      }
      ordinaryUnits[s] = kind[s] == INDUSTRY ? ordinary.stream().mapToInt(Integer::intValue).toArray() : new int[0];
      largest = Math.max(largest, ordinaryUnits[s].length);
      ordinaryFrom[s + 1] = ordinaryFrom[s] + ordinaryUnits[s].length;
    }
    normals = new double[2 * n];
    verified = new double[n];
    ordinaryVerified = new double[ordinaryFrom[SECTORS]];
    ordinaryIntensity = new double[ordinaryFrom[SECTORS]];
    ordinaryOutput = new double[ordinaryFrom[SECTORS]];
    ordinaryAllocation = new long[largest];
    unitAllocation = new long[n];
    entityVerified = new double[entities];
    entityAllocation = new long[entities];
    unitsVerifiedBefore = new double[n + 1];
    unitsAllocationBefore = new long[n + 1];
    sorted = new int[largest];
    sortedIntensity = new double[largest];
    sortedVerified = new double[largest];
    order = new IntensityOrder(n);
    double limit = offsetLimit.doubleValue();
    double share = FastPercent.toFraction(scenario.ccerSharePercent());
    double price = scenario.carbonPriceCnyPerTonne().doubleValue();
    double ccerPrice = scenario.ccerPriceCnyPerTonne().doubleValue();
    settlement = new FastSettlement[SECTORS];
    for (int s = 0; s < SECTORS; s++) {
      settlement[s] = new FastSettlement(limit, share, price, ccerPrice);
    }
  }

  /** Reads a sector's method and parameters from the rules, the first time one of its units comes. */
  private void readSector(Sector sector, StudyRules rules) {
    int s = sector.ordinal();
    if (present[s]) {
      return;
    }
    present[s] = true;
    AllocationMethod m = rules.method(year, sector).orElse(null);
    method[s] = m;
    relief[s] = rules.entityReliefFraction(year, sector).map(BigDecimal::doubleValue).orElse(0.0);
    publishedBalanceValue[s] = Double.NaN;
    if (m == null) {
      kind[s] = NOT_COVERED;
    } else if (m == AllocationMethod.INTENSITY_COEFFICIENT || m == AllocationMethod.PHASE_2_ADVANCED_LEVEL) {
      // Phase 2 is the intensity-coefficient rule against an advanced level: the same parameters.
      kind[s] = INDUSTRY;
      IntensityCoefficientPolicy policy = rules.industry(year, sector);
      CoefficientRule rule = policy.rule();
      slope[s] = rule.slope().value().doubleValue();
      band[s] = rule.band().value().doubleValue();
      cap[s] = rule.cap().value().doubleValue();
      // 0 marks "no best share": the level is the (published or solved) balance value × the factor.
      bestShare[s] = policy.bestShare().map(BigDecimal::doubleValue).orElse(0.0);
      benchmarkFactor[s] = policy.tighteningFactor().doubleValue();
      publishedBalanceValue[s] = policy.publishedBalanceValue().map(v -> v.value().doubleValue()).orElse(Double.NaN);
    } else {
      kind[s] = PER_UNIT;
    }
  }

  /** A workspace that shares the fixed arrays of {@code shared} and has scratch arrays of its own. */
  YearArrays(YearArrays shared) {
    year = shared.year;
    n = shared.n;
    entityIds = shared.entityIds;
    setupIndex = shared.setupIndex;
    allocatesVerified = shared.allocatesVerified;
    topUp = shared.topUp;
    baseVerified = shared.baseVerified;
    baseIntensityEmissions = shared.baseIntensityEmissions;
    baseOutput = shared.baseOutput;
    baseHeat = shared.baseHeat;
    electricityCoefficient = shared.electricityCoefficient;
    heatCoefficient = shared.heatCoefficient;
    unitEntity = shared.unitEntity;
    endsEntity = shared.endsEntity;
    entityStart = shared.entityStart;
    entitySector = shared.entitySector;
    runStart = shared.runStart;
    runSector = shared.runSector;
    present = shared.present;
    method = shared.method;
    kind = shared.kind;
    relief = shared.relief;
    slope = shared.slope;
    band = shared.band;
    cap = shared.cap;
    bestShare = shared.bestShare;
    benchmarkFactor = shared.benchmarkFactor;
    publishedBalanceValue = shared.publishedBalanceValue;
    ordinaryUnits = shared.ordinaryUnits;
    ordinaryFrom = shared.ordinaryFrom;
    normals = new double[2 * n];
    verified = new double[n];
    ordinaryVerified = new double[ordinaryFrom[SECTORS]];
    ordinaryIntensity = new double[ordinaryFrom[SECTORS]];
    ordinaryOutput = new double[ordinaryFrom[SECTORS]];
    ordinaryAllocation = new long[shared.ordinaryAllocation.length];
    unitAllocation = new long[n];
    entityVerified = new double[entityIds.length];
    entityAllocation = new long[entityIds.length];
    unitsVerifiedBefore = new double[n + 1];
    unitsAllocationBefore = new long[n + 1];
    sorted = new int[shared.sorted.length];
    sortedIntensity = new double[sorted.length];
    sortedVerified = new double[sorted.length];
    order = new IntensityOrder(n);
    settlement = new FastSettlement[SECTORS];
    for (int s = 0; s < SECTORS; s++) {
      settlement[s] = new FastSettlement(shared.settlement[s]);
    }
  }

  /**
   * Sets the draw's factors: output × LN(σo), intensity × LN(σi), each of mean one.
   *
   * @param outputSigma σ of the output factor's logarithm
   * @param intensitySigma σ of the intensity factor's logarithm
   */
  void spreads(double outputSigma, double intensitySigma) {
    this.outputSigma = outputSigma;
    this.outputDrift = -0.5 * outputSigma * outputSigma;
    this.intensitySigma = intensitySigma;
    this.intensityDrift = -0.5 * intensitySigma * intensitySigma;
  }

  /**
   * Lowers the magnitude below which running sums are taken as exact (tests only: {@code 0} makes every draw take
   * the unit-by-unit loops, which must give the same numbers).
   *
   * @param limit at most 2^53
   */
  void exactSumsBelow(double limit) {
    exactSumsBelow = Math.min(limit, EXACT_WHOLE_TONNES);
  }

  /** Each unit's allocation including unit relief, t, in the order of the list given at setup. */
  long[] unitAllocations() {
    long[] result = new long[n];
    for (int k = 0; k < n; k++) {
      result[setupIndex == null ? k : setupIndex[k]] = unitAllocation[k];
    }
    return result;
  }

  /** Each entity's verified emissions in the last draw, t, in entity order. */
  double[] entityVerified() {
    return entityVerified.clone();
  }

  /** Each entity's final allocation (with entity relief), t, in entity order. */
  long[] entityAllocations() {
    return entityAllocation.clone();
  }

  /**
   * Allocates and settles one draw ({@code random} given) or the central case ({@code null}: every factor 1 and the
   * units' own figures): the results are in {@link #settlement}, {@link #unitAllocations()} and
   * {@link #entityAllocations()}.
   *
   * @param random the draw's generator, advanced by two normals per unit in the engine's order; null for the
   *     central case
   */
  void allocate(@Nullable DrawRandom random) {
    for (int s = 0; s < SECTORS; s++) {
      settlement[s].clear();
      sectorTotal[s] = 0;
      ordinaryNext[s] = ordinaryFrom[s];
    }
    boolean draw = random != null;
    if (random != null) {
      // All the draw's normals first, in one loop of their own: the ziggurat's rare path (a loop and native calls)
      // then stays out of the allocation loops, which compile as plain loops over arrays.
      NormalZiggurat.fill(random, normals);
    }
    for (int r = 0; r < runSector.length; r++) {
      int s = runSector[r];
      switch (kind[s]) {
        case PER_UNIT:
          perUnit(runStart[r], runStart[r + 1], s, draw);
          break;
        case INDUSTRY:
          industryUnits(runStart[r], runStart[r + 1], s, draw);
          break;
        default:
          notCovered(runStart[r], runStart[r + 1]);
      }
    }
    for (int s = 0; s < SECTORS; s++) {
      if (kind[s] == INDUSTRY) {
        industry(s);
      }
    }
  }

  /** The output factor of unit k: from the first of its two normals. */
  private double outputFactor(int k) {
    // The ziggurat's normals and the table exponential: see their classes (same distribution as nextGaussian
    // and Math.exp, about half the time, and the same numbers on every JVM).
    return SmallExp.exp(outputSigma * normals[2 * k] + outputDrift);
  }

  /** The intensity factor of unit k: from the second of its two normals. */
  private double intensityFactor(int k) {
    return SmallExp.exp(intensitySigma * normals[2 * k + 1] + intensityDrift);
  }

  /**
   * Units {@code [from, to)} of a power or verified-emissions sector, whole entities: each allocated, then each
   * entity relieved and settled.
   *
   * <p>The units' verified emissions and allocations go into running sums ({@link #unitsVerifiedBefore},
   * {@link #unitsAllocationBefore}), and an entity's sums are the difference of two of them, read in a loop over the
   * entities: no branch at an entity's last unit, which a market of entities of one to four units made the unit
   * loop mispredict at about every other unit. The allocations are {@code long}s, whose differences are exact. The
   * verified emissions are whole tonnes in {@code double}s: while the run's sum of their magnitudes stays below
   * 2^53 every running sum and every difference is exact, so equal to the entity's sum unit by unit; beyond (or
   * for a value that is not finite) the run is done again by {@link #perUnitByEntity}, the arithmetic before. The
   * central case, whose verified emissions are the units' own (not rounded to whole tonnes), takes that loop too.
   */
  private void perUnit(int from, int to, int s, boolean draw) {
    int firstEntity = unitEntity[from];
    int lastEntity = unitEntity[to - 1] + 1;
    if (!draw) {
      perUnitByEntity(from, to, s, false);
      settlement[s].addEntities(entityVerified, entityAllocation, firstEntity, lastEntity);
      return;
    }
    double[] verifiedBefore = unitsVerifiedBefore;
    long[] allocationBefore = unitsAllocationBefore;
    double runningVerified = 0;
    double magnitude = 0;
    long runningAllocation = 0;
    verifiedBefore[from] = 0;
    allocationBefore[from] = 0;
    for (int k = from; k < to; k++) {
      double fo = outputFactor(k);
      double fi = intensityFactor(k);
      // Verified emissions are whole tonnes, as reported.
      double v = Math.rint(baseVerified[k] * fo * fi);
      long a = unitAllocation(k, fo, v);
      unitAllocation[k] = a;
      runningVerified += v;
      magnitude += Math.abs(v);
      runningAllocation += a;
      verifiedBefore[k + 1] = runningVerified;
      allocationBefore[k + 1] = runningAllocation;
    }
    if (magnitude < exactSumsBelow) {
      for (int e = firstEntity; e < lastEntity; e++) {
        int start = entityStart[e];
        int end = entityStart[e + 1];
        double entityTonnes = verifiedBefore[end] - verifiedBefore[start];
        entityVerified[e] = entityTonnes;
        entityAllocation[e] = relieved(s, entityTonnes, allocationBefore[end] - allocationBefore[start]);
      }
    } else {
      perUnitByEntity(from, to, s, true);
    }
    settlement[s].addEntities(entityVerified, entityAllocation, firstEntity, lastEntity);
  }

  /** A power or verified-emissions unit's allocation, t, from its output factor and verified emissions. */
  private long unitAllocation(int k, double fo, double v) {
    if (allocatesVerified[k]) {
      return (long) v;
    }
    long a = (long) Math.floor(baseOutput[k] * fo * electricityCoefficient[k] + FastEngine.FLOOR_EPSILON)
        + (long) Math.floor(baseHeat[k] * fo * heatCoefficient[k] + FastEngine.FLOOR_EPSILON);
    return topUp[k] && a < v ? (long) v : a;
  }

  /**
   * {@link #perUnit}'s entities summed unit by unit, each relieved at its last unit: the central case, and the
   * fallback for a draw whose verified emissions are too large for exact running sums in {@code double}.
   */
  private void perUnitByEntity(int from, int to, int s, boolean draw) {
    double entityTonnes = 0;
    long allocation = 0;
    for (int k = from; k < to; k++) {
      double fo = 1;
      double v = baseVerified[k];
      if (draw) {
        fo = outputFactor(k);
        double fi = intensityFactor(k);
        v = Math.rint(baseVerified[k] * fo * fi);
      }
      long a = unitAllocation(k, fo, v);
      unitAllocation[k] = a;
      entityTonnes += v;
      allocation += a;
      if (endsEntity[k]) {
        int e = unitEntity[k];
        entityVerified[e] = entityTonnes;
        entityAllocation[e] = relieved(s, entityTonnes, allocation);
        entityTonnes = 0;
        allocation = 0;
      }
    }
  }

  /**
   * Units {@code [from, to)} of an industry sector, whole entities: verified emissions and intensities kept. Each
   * entity's verified emissions are a difference of running sums, as in {@link #perUnit} and with its proof of
   * exactness; the central case sums them entity by entity.
   */
  private void industryUnits(int from, int to, int s, boolean draw) {
    double[] verifiedBefore = unitsVerifiedBefore;
    double runningVerified = 0;
    double magnitude = 0;
    verifiedBefore[from] = 0;
    // The sector's total in a local through the loop (the same sum, in the same order), not a store per unit.
    double total = sectorTotal[s];
    int j = ordinaryNext[s];
    for (int k = from; k < to; k++) {
      double fo = 1;
      double v = baseVerified[k];
      double emissions = baseIntensityEmissions[k];
      if (draw) {
        fo = outputFactor(k);
        double fi = intensityFactor(k);
        v = Math.rint(baseVerified[k] * fo * fi);
        emissions = Math.rint(baseIntensityEmissions[k] * fo * fi);
      }
      verified[k] = v;
      if (allocatesVerified[k]) {
        unitAllocation[k] = (long) v;
      } else {
        double q = baseOutput[k] * fo;
        ordinaryVerified[j] = v;
        ordinaryOutput[j] = q;
        ordinaryIntensity[j] = emissions / q;
        j++;
        total += v;
      }
      runningVerified += v;
      magnitude += Math.abs(v);
      verifiedBefore[k + 1] = runningVerified;
    }
    sectorTotal[s] = total;
    ordinaryNext[s] = j;
    if (draw && magnitude < exactSumsBelow) {
      for (int e = unitEntity[from]; e < unitEntity[to - 1] + 1; e++) {
        entityVerified[e] = verifiedBefore[entityStart[e + 1]] - verifiedBefore[entityStart[e]];
      }
    } else {
      double entityTonnes = 0;
      for (int k = from; k < to; k++) {
        entityTonnes += verified[k];
        if (endsEntity[k]) {
          entityVerified[unitEntity[k]] = entityTonnes;
          entityTonnes = 0;
        }
      }
    }
  }

  /** Units {@code [from, to)} of a sector not covered that year: nothing allocated, but they draw their numbers. */
  private void notCovered(int from, int to) {
    for (int k = from; k < to; k++) {
      unitAllocation[k] = 0;
      entityAllocation[unitEntity[k]] = 0;
    }
  }

  /** An entity's allocation after the entity relief (a floor at a fraction of its verified emissions). */
  private long relieved(int s, double entityTonnes, long allocation) {
    long a = allocation;
    if (relief[s] > 0) {
      long floor = (long) Math.floor(relief[s] * entityTonnes + FastEngine.FLOOR_EPSILON);
      if (a < floor) {
        a = floor;
      }
    }
    return a;
  }

  /** An industry sector after the pass: sorted, its level found, its units allocated and its entities settled. */
  private void industry(int s) {
    int[] units = ordinaryUnits[s];
    int m = units.length;
    if (m > 0) {
      int from = ordinaryFrom[s];
      order.sort(ordinaryIntensity, from, m, sorted);
      double[] ordered = sortedIntensity;
      double[] orderedVerified = sortedVerified;
      for (int j = 0; j < m; j++) {
        int i = from + sorted[j];
        ordered[j] = ordinaryIntensity[i];
        orderedVerified[j] = ordinaryVerified[i];
      }
      double bp = bestShare[s] > 0 ? bestOutputBenchmark(from, m, bestShare[s])
          : (Double.isNaN(publishedBalanceValue[s]) ? balanceValue(m, sectorTotal[s], slope[s], band[s], cap[s])
              : publishedBalanceValue[s]) * benchmarkFactor[s];
      for (int j = 0; j < m; j++) {
        double x = (bp - ordered[j]) / bp;
        double alpha = x >= band[s] ? cap[s] : x <= -band[s] ? -cap[s] : slope[s] * x;
        ordinaryAllocation[sorted[j]] = (long) Math.floor(orderedVerified[j] * (1 + alpha) + FastEngine.FLOOR_EPSILON);
      }
      // Back to the units' places, in their order: a store in sequence each.
      for (int j = 0; j < m; j++) {
        unitAllocation[units[j]] = ordinaryAllocation[j];
      }
    }
    // Run by run of the sector's entities (each run's entities consecutive): each
    // entity's allocation a difference of the run's running sums (exact in long), without a loop per entity whose
    // end the branch predictor would miss; then the run settled.
    long[] allocationBefore = unitsAllocationBefore;
    for (int r = 0; r < runSector.length; r++) {
      if (runSector[r] == s) {
        int from = runStart[r];
        int to = runStart[r + 1];
        long running = 0;
        allocationBefore[from] = 0;
        for (int k = from; k < to; k++) {
          running += unitAllocation[k];
          allocationBefore[k + 1] = running;
        }
        int firstEntity = unitEntity[from];
        int lastEntity = unitEntity[to - 1] + 1;
        for (int e = firstEntity; e < lastEntity; e++) {
          entityAllocation[e] = relieved(s, entityVerified[e],
              allocationBefore[entityStart[e + 1]] - allocationBefore[entityStart[e]]);
        }
        settlement[s].addEntities(entityVerified, entityAllocation, firstEntity, lastEntity);
      }
    }
  }

  /** The output-weighted intensity of the cleanest share of output (units sorted by intensity). */
  private double bestOutputBenchmark(int from, int m, double share) {
    double totalOutput = 0;
    for (int j = 0; j < m; j++) {
      totalOutput += ordinaryOutput[from + sorted[j]];
    }
    double target = share * totalOutput;
    double taken = 0;
    double weighted = 0;
    for (int j = 0; j < m && taken < target; j++) {
      double q = Math.min(ordinaryOutput[from + sorted[j]], target - taken);
      taken += q;
      weighted += q * sortedIntensity[j];
    }
    return weighted / taken;
  }

  /**
   * The balance value: the B at which Σ E(1 + α) = Σ E. Between breakpoints (B = I/(1+band) where a unit leaves
   * the lower cap, B = I/(1−band) where it reaches the upper one) the total is a − slope·S/B, so each piece is
   * solved in closed form; both breakpoint sequences follow the intensity order.
   */
  private double balanceValue(int m, double total, double slope, double band, double cap) {
    if (total <= 0) {
      // No verified emissions: every allocation is floor(0 × (1 + α)) = 0 whatever B is.
      return 1.0;
    }
    double a = (1 - cap) * total;
    double weighted = 0;
    double low = 0;
    int p = 0;
    int q = 0;
    // The next breakpoint of each sequence, computed once per unit (the same quotients as computed afresh).
    double[] ordered = sortedIntensity;
    double[] orderedVerified = sortedVerified;
    double enter = ordered[0] / (1 + band);
    double leave = Double.POSITIVE_INFINITY;
    while (true) {
      double next = Math.min(enter, leave);
      double atNext = next == Double.POSITIVE_INFINITY ? a : a - slope * weighted / next;
      if (atNext >= total) {
        if (weighted > 0 && a > total) {
          double root = slope * weighted / (a - total);
          return Math.max(low, Math.min(next, root));
        }
        return low > 0 ? low : next;
      }
      if (enter <= leave) {
        double v = orderedVerified[p];
        a += v * (1 + slope) - v * (1 - cap);
        weighted += v * ordered[p];
        p++;
        enter = p < m ? ordered[p] / (1 + band) : Double.POSITIVE_INFINITY;
      } else {
        double v = orderedVerified[q];
        a += v * (1 + cap) - v * (1 + slope);
        weighted -= v * ordered[q];
        q++;
      }
      leave = q < p ? ordered[q] / (1 - band) : Double.POSITIVE_INFINITY;
      low = next;
    }
  }
}
