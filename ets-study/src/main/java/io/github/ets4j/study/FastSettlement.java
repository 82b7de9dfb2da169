package io.github.ets4j.study;

/**
 * The fast engine's settlement of one sector's entities in a draw: the primitive replica of {@link Settlement}
 * (an entity's {@link io.github.ets4j.allocation.compliance.ComplianceAccount}), summed over the sector.
 *
 * <p>Each entity: obligation {@code O = ⌊V + 0.5⌋} of its verified emissions {@code V} (whole tonnes, half up);
 * CCERs {@code C = ⌊share × ⌊limit × O⌋⌋}; shortfall {@code max(0, O − C − A)} and surplus {@code max(0, A − (O −
 * C))} of its allocation {@code A}; cost {@code shortfall × P + C × Pccer − surplus × P}. The floors carry the
 * engine's epsilon ({@link FastEngine#FLOOR_EPSILON}), so a product that is whole in decimal is not dropped a tonne
 * by binary rounding. Tonnes and CNY, as {@code double}s; the totals are read from the fields after a draw.
 *
 * <p>A QuickTheories property holds it to the account (tonnes exactly, money within 10^-3 CNY). Not thread-safe:
 * each workspace owns one per sector.
 */
final class FastSettlement {
  private final double offsetLimit;
  private final double ccerShare;
  private final double carbonPrice;
  private final double ccerPrice;

  /** CCERs surrendered, t. */
  double ccer;
  /** Allowances owed beyond the allocation, t. */
  double shortfall;
  /** Allowances left over, t. */
  double surplus;
  /** Surplus − shortfall, t. */
  double net;
  /** Compliance cost, CNY. */
  double cost;
  /** Entities with a shortfall. */
  int shortEntities;

  /**
   * A settlement with the year's offset limit and the scenario's options.
   *
   * @param offsetLimit the CCER offset limit, a fraction of the obligation
   * @param ccerShare the share of the cap used, a fraction
   * @param carbonPrice the allowance price, CNY/t
   * @param ccerPrice the CCER price, CNY/t
   */
  FastSettlement(double offsetLimit, double ccerShare, double carbonPrice, double ccerPrice) {
    this.offsetLimit = offsetLimit;
    this.ccerShare = ccerShare;
    this.carbonPrice = carbonPrice;
    this.ccerPrice = ccerPrice;
  }

  /** A settlement with the same parameters and totals of its own, for another workspace. */
  FastSettlement(FastSettlement parameters) {
    this(parameters.offsetLimit, parameters.ccerShare, parameters.carbonPrice, parameters.ccerPrice);
  }

  /** Sets every total to zero, before a draw. */
  void clear() {
    ccer = 0;
    shortfall = 0;
    surplus = 0;
    net = 0;
    cost = 0;
    shortEntities = 0;
  }

  /**
   * Settles one entity and adds it to the totals (the tests' door; the engine settles runs of entities).
   *
   * @param verified the entity's verified emissions, t, not negative
   * @param allocation its final allocation, t
   */
  void add(double verified, long allocation) {
    addEntities(new double[] {verified}, new long[] {allocation}, 0, 1);
  }

  /**
   * Settles the entities {@code [from, to)} in order and adds them to the totals: the same sums, in the same order,
   * as one {@link #add} per entity, but the totals stay in local variables through the loop instead of a load and a
   * store of each field per entity (which made each entity wait for the last one's sums).
   *
   * @param verified each entity's verified emissions, t, not negative, by entity index
   * @param allocation each entity's final allocation, t, by entity index
   * @param from the first entity
   * @param to one past the last
   */
  void addEntities(double[] verified, long[] allocation, int from, int to) {
    double ccerTotal = ccer;
    double shortfallTotal = shortfall;
    double surplusTotal = surplus;
    double netTotal = net;
    double costTotal = cost;
    int shortCount = shortEntities;
    for (int e = from; e < to; e++) {
      double obligation = Math.floor(verified[e] + 0.5);
      double cap = Math.floor(obligation * offsetLimit + FastEngine.FLOOR_EPSILON);
      double c = Math.floor(cap * ccerShare + FastEngine.FLOOR_EPSILON);
      double owed = obligation - c;
      long a = allocation[e];
      double entityShortfall = Math.max(0, owed - a);
      double entitySurplus = Math.max(0, a - owed);
      ccerTotal += c;
      shortfallTotal += entityShortfall;
      surplusTotal += entitySurplus;
      netTotal += entitySurplus - entityShortfall;
      costTotal += entityShortfall * carbonPrice + c * ccerPrice - entitySurplus * carbonPrice;
      if (entityShortfall > 0) {
        shortCount++;
      }
    }
    ccer = ccerTotal;
    shortfall = shortfallTotal;
    surplus = surplusTotal;
    net = netTotal;
    cost = costTotal;
    shortEntities = shortCount;
  }
}
