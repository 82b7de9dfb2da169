package io.github.ets4j.sectors.steel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.util.Arrays;

/**
 * The carbonates, electrodes, carbon-bearing materials and carbon-bearing products of AG-STEEL-2024
 * Table A.2 [V], each with its process factor (tCO2/t) in the default-value catalogue. Materials not in
 * the table are not accounted, so an unknown name is refused. Immutable and thread-safe.
 */
public enum SteelMaterial {
  /** limestone. */
  LIMESTONE("limestone", "limestone", Kind.CARBONATE),
  /** dolomite. */
  DOLOMITE("dolomite", "dolomite", Kind.CARBONATE),
  /** electrode. */
  ELECTRODE("electrode", "electrode", Kind.ELECTRODE),
  /** ferronickel. */
  FERRONICKEL("ferronickel", "ferronickel", Kind.CARBON_BEARING),
  /** ferromolybdenum. */
  FERROMOLYBDENUM("ferromolybdenum", "ferromolybdenum", Kind.CARBON_BEARING),
  /** ferrosilicon. */
  FERROSILICON("ferrosilicon", "ferrosilicon", Kind.CARBON_BEARING),
  /** silicomanganese. */
  SILICOMANGANESE("silicomanganese", "silicomanganese", Kind.CARBON_BEARING),
  /** low-carbon silicomanganese. */
  LOW_CARBON_SILICOMANGANESE("low-carbon-silicomanganese", "low-carbon silicomanganese", Kind.CARBON_BEARING),
  /** blast-furnace ferromanganese. */
  BF_FERROMANGANESE("bf-ferromanganese", "blast-furnace ferromanganese", Kind.CARBON_BEARING),
  /** EAF high-carbon ferromanganese. */
  EAF_HIGH_CARBON_FERROMANGANESE("eaf-high-carbon-ferromanganese", "EAF high-carbon ferromanganese", Kind.CARBON_BEARING),
  /** micro-carbon ferromanganese. */
  MICRO_CARBON_FERROMANGANESE("micro-carbon-ferromanganese", "micro-carbon ferromanganese", Kind.CARBON_BEARING),
  /** high-carbon ferrochrome. */
  HIGH_CARBON_FERROCHROME("high-carbon-ferrochrome", "high-carbon ferrochrome", Kind.CARBON_BEARING),
  /** pig iron. */
  PIG_IRON("pig-iron", "pig iron", Kind.CARBON_BEARING),
  /** direct reduced iron. */
  DRI("dri", "direct reduced iron", Kind.CARBON_BEARING),
  /** scrap. */
  SCRAP("scrap", "scrap", Kind.CARBON_BEARING),
  /** crude steel. */
  CRUDE_STEEL("crude-steel", "crude steel", Kind.PRODUCT),
  /** tar. */
  TAR("tar", "tar", Kind.PRODUCT),
  /** crude benzol. */
  CRUDE_BENZOL("crude-benzol", "crude benzol", Kind.PRODUCT);

  /** What role a material plays in the mass balance. */
  public enum Kind {
    /** A carbonate flux (limestone, dolomite). */
    CARBONATE,
    /** Electrodes (EAF). */
    ELECTRODE,
    /** A purchased carbon-bearing material (ferroalloys, pig iron, DRI, scrap). */
    CARBON_BEARING,
    /** A product whose carbon leaves the enterprise (crude steel, tar, crude benzol). */
    PRODUCT
  }

  private final String code;
  private final String displayName;
  private final Kind kind;

  SteelMaterial(String code, String displayName, Kind kind) {
    this.code = code;
    this.displayName = displayName;
    this.kind = kind;
  }

  /**
   * Finds a material by its code or name.
   *
   * @param name e.g. {@code "limestone"} or {@code "pig-iron"}
   * @return the material
   * @throws EtsValidationException if the material is not in AG-STEEL-2024 Table A.2
   */
  public static SteelMaterial fromName(String name) {
    Checks.notBlank("material", name);
    for (SteelMaterial material : values()) {
      if (material.code.equalsIgnoreCase(name.strip()) || material.displayName.equalsIgnoreCase(name.strip())) {
        return material;
      }
    }
    throw new EtsValidationException("material", name,
        "not in AG-STEEL-2024 Table A.2: materials not in the table are not accounted; known: " + Arrays.toString(values()));
  }

  /**
   * The catalogue code, e.g. {@code "pig-iron"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The name in words.
   *
   * @return the name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * The material's role.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }
}
