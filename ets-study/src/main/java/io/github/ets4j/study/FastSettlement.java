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
   * Settles one entity and adds it to the totals.
   *
   * @param verified the entity's verified emissions, t, not negative
   * @param allocation its final allocation, t
   */
  void add(double verified, long allocation) {
    double obligation = Math.floor(verified + 0.5);
    double cap = Math.floor(obligation * offsetLimit + FastEngine.FLOOR_EPSILON);
    double c = Math.floor(cap * ccerShare + FastEngine.FLOOR_EPSILON);
    double owed = obligation - c;
    double entityShortfall = Math.max(0, owed - allocation);
    double entitySurplus = Math.max(0, allocation - owed);
    ccer += c;
    shortfall += entityShortfall;
    surplus += entitySurplus;
    net += entitySurplus - entityShortfall;
    cost += entityShortfall * carbonPrice + c * ccerPrice - entitySurplus * carbonPrice;
    if (entityShortfall > 0) {
      shortEntities++;
    }
  }
}
