package io.github.ets4j.sectors.fuel;

/**
 * The unit in which a fuel's consumption is reported: tonnes for solid and liquid fuels, 10^4 Nm3 for
 * gaseous fuels (mrv.md "Units"). Immutable and thread-safe.
 */
public enum FuelUnit {
  /** Tonnes. */
  TONNE("t"),
  /** Ten thousand normal cubic metres. */
  TEN_THOUSAND_NM3("10^4 Nm3");

  private final String symbol;

  FuelUnit(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The unit's symbol, e.g. {@code "10^4 Nm3"}.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }
}
