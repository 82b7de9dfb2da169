package io.github.ets4j.sectors.aluminum;

import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A carbonate consumed in a month: its mass and purity. Create with
 * {@code CarbonateUse.of(Carbonate.CACO3, new BigDecimal("100"), new BigDecimal("98"))}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCarbonateUse {

  /**
   * The carbonate.
   *
   * @return the carbonate
   */
  @Value.Parameter
  public abstract Carbonate carbonate();

  /**
   * The mass consumed, t.
   *
   * @return the mass
   */
  @Value.Parameter
  public abstract BigDecimal tonnes();

  /**
   * The purity, % (0 to 100).
   *
   * @return the purity
   */
  @Value.Parameter
  public abstract BigDecimal purityPercent();

  @Value.Check
  void check() {
    Checks.nonNegative("tonnes of " + carbonate(), tonnes());
    Checks.percent("purityPercent of " + carbonate(), purityPercent());
  }
}
