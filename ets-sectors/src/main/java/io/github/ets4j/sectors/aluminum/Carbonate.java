package io.github.ets4j.sectors.aluminum;

/**
 * The carbonates of AG-ALU-2024 whose decomposition is accounted ({@code Σ t × EF × purity}), each with
 * its factor in the default-value catalogue (tCO2/t [C]). Immutable and thread-safe.
 */
public enum Carbonate {
  /** Calcium carbonate, 0.4400. */
  CACO3("caco3"),
  /** Magnesium carbonate, 0.5220. */
  MGCO3("mgco3"),
  /** Sodium carbonate, 0.4149. */
  NA2CO3("na2co3"),
  /** Sodium bicarbonate, 0.5237. */
  NAHCO3("nahco3"),
  /** Iron carbonate, 0.3799. */
  FECO3("feco3"),
  /** Manganese carbonate, 0.3829. */
  MNCO3("mnco3"),
  /** Barium carbonate, 0.2230. */
  BACO3("baco3"),
  /** Lithium carbonate, 0.5955. */
  LI2CO3("li2co3"),
  /** Potassium carbonate, 0.3184. */
  K2CO3("k2co3"),
  /** Strontium carbonate, 0.2980. */
  SRCO3("srco3"),
  /** Dolomite, 0.4773. */
  DOLOMITE("dolomite");

  private final String code;

  Carbonate(String code) {
    this.code = code;
  }

  /**
   * The catalogue code, e.g. {@code "caco3"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
