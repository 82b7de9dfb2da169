package io.github.ets4j.sectors.steel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * One month of one steel process: its carbon inputs and outputs and its product output. The emissions
 * {@code E_j = Σ inputs − Σ outputs} are calculated by the {@link SteelEnterpriseMonth} that holds it.
 * Only the secondary energy named for the process may be an output ({@link SteelProcess#outputFuels()}).
 * Build with {@code ProcessMonth.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractProcessMonth {

  /**
   * The process.
   *
   * @return the process
   */
  public abstract SteelProcess process();

  /**
   * The carbon inputs (fuels, carbonates, electrodes, carbon-bearing materials).
   *
   * @return the inputs
   */
  public abstract List<ProcessFlow> inputs();

  /**
   * The carbon outputs (the process's secondary energy).
   *
   * @return the outputs
   */
  public abstract List<ProcessFlow> outputs();

  /**
   * The product output (coke, sinter, pellets, ironmaking product, crude steel), t.
   *
   * @return the product
   */
  public abstract BigDecimal productTonnes();

  @Value.Check
  void check() {
    Checks.nonNegative("productTonnes of " + process(), productTonnes());
    for (ProcessFlow output : outputs()) {
      if (output.fuel().isEmpty() || !process().outputFuels().contains(output.fuel().get().fuel())) {
        throw new EtsValidationException("outputs of " + process(), output.label(),
            "the outputs of " + process() + " are " + process().outputFuels() + " (AG-STEEL-2024 process level)");
      }
    }
  }
}
