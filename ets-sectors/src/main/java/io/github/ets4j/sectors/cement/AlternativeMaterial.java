package io.github.ets4j.sectors.cement;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.util.Arrays;

/**
 * The non-carbonate alternative raw materials of AG-CEMENT-2024 whose use is deducted from the clinker
 * process emissions, each with its deduction factor D in the default-value catalogue (tCO2/t [C]).
 * Immutable and thread-safe.
 */
public enum AlternativeMaterial {
  /** desulfurization ash Ca(OH)2. */
  DESULFURIZATION_ASH("desulfurization-ash", "desulfurization ash Ca(OH)2"),
  /** slaked lime. */
  SLAKED_LIME("slaked-lime", "slaked lime"),
  /** carbide slag 电石渣. */
  CARBIDE_SLAG("carbide-slag", "carbide slag 电石渣"),
  /** magnesium slag. */
  MAGNESIUM_SLAG("magnesium-slag", "magnesium slag"),
  /** paper white mud. */
  PAPER_WHITE_MUD("paper-white-mud", "paper white mud"),
  /** CaF2 sludge. */
  CAF2_SLUDGE("caf2-sludge", "CaF2 sludge"),
  /** phosphorus slag. */
  PHOSPHORUS_SLAG("phosphorus-slag", "phosphorus slag"),
  /** V-Ti slag. */
  V_TI_SLAG("v-ti-slag", "V-Ti slag"),
  /** nitrogen slag. */
  NITROGEN_SLAG("nitrogen-slag", "nitrogen slag"),
  /** incineration fly ash. */
  INCINERATION_FLY_ASH("incineration-fly-ash", "incineration fly ash"),
  /** ferroalloy slag. */
  FERROALLOY_SLAG("ferroalloy-slag", "ferroalloy slag"),
  /** FGD gypsum. */
  FGD_GYPSUM("fgd-gypsum", "FGD gypsum"),
  /** phosphogypsum. */
  PHOSPHOGYPSUM("phosphogypsum", "phosphogypsum"),
  /** titanogypsum. */
  TITANOGYPSUM("titanogypsum", "titanogypsum"),
  /** fluorogypsum. */
  FLUOROGYPSUM("fluorogypsum", "fluorogypsum"),
  /** borogypsum. */
  BOROGYPSUM("borogypsum", "borogypsum"),
  /** mould gypsum. */
  MOULD_GYPSUM("mould-gypsum", "mould gypsum"),
  /** citric-acid residue. */
  CITRIC_ACID_RESIDUE("citric-acid-residue", "citric-acid residue"),
  /** steel slag. */
  STEEL_SLAG("steel-slag", "steel slag"),
  /** nickel slag. */
  NICKEL_SLAG("nickel-slag", "nickel slag"),
  /** Mn slag. */
  MANGANESE_SLAG("manganese-slag", "Mn slag"),
  /** Zn slag. */
  ZINC_SLAG("zinc-slag", "Zn slag"),
  /** Sn slag. */
  TIN_SLAG("tin-slag", "Sn slag"),
  /** municipal sludge. */
  MUNICIPAL_SLUDGE("municipal-sludge", "municipal sludge"),
  /** Al slag. */
  ALUMINUM_SLAG("aluminum-slag", "Al slag"),
  /** pyrite cinder. */
  PYRITE_CINDER("pyrite-cinder", "pyrite cinder"),
  /** Cu slag. */
  COPPER_SLAG("copper-slag", "Cu slag"),
  /** Pb-Zn slag. */
  LEAD_ZINC_SLAG("lead-zinc-slag", "Pb-Zn slag"),
  /** coal fly ash. */
  COAL_FLY_ASH("coal-fly-ash", "coal fly ash"),
  /** red mud. */
  RED_MUD("red-mud", "red mud");

  private final String code;
  private final String displayName;

  AlternativeMaterial(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Finds a material by its code or name.
   *
   * @param name e.g. {@code "carbide-slag"} or {@code "carbide slag 电石渣"}
   * @return the material
   * @throws EtsValidationException if the material is not in the deduction table
   */
  public static AlternativeMaterial fromName(String name) {
    Checks.notBlank("alternative material", name);
    for (AlternativeMaterial material : values()) {
      if (material.code.equalsIgnoreCase(name.strip()) || material.displayName.equalsIgnoreCase(name.strip())) {
        return material;
      }
    }
    throw new EtsValidationException("alternative material", name,
        "not in the deduction table of AG-CEMENT-2024 (non-carbonate alternative raw materials): "
            + Arrays.toString(values()));
  }

  /**
   * The catalogue code, e.g. {@code "carbide-slag"}.
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
}
