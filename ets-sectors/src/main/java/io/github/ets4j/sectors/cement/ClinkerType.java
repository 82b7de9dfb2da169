package io.github.ets4j.sectors.cement;

/**
 * The clinker types of AG-CEMENT-2024, each with its clinker emission factor in the default-value
 * catalogue (Portland 0.535, white Portland 0.550, sulfo-/ferro-aluminate 0.413, aluminate 0.292
 * tCO2/t [C]). Immutable and thread-safe.
 */
public enum ClinkerType {
  /** Portland clinker (硅酸盐水泥熟料). */
  PORTLAND("portland"),
  /** White Portland clinker. */
  WHITE_PORTLAND("white-portland"),
  /** Sulfoaluminate and ferroaluminate clinker. */
  SULFO_FERRO_ALUMINATE("sulfo-ferro-aluminate"),
  /** Aluminate clinker. */
  ALUMINATE("aluminate");

  private final String code;

  ClinkerType(String code) {
    this.code = code;
  }

  /**
   * The catalogue code, e.g. {@code "portland"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
