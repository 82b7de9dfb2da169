package io.github.ets4j.core.entity;

import io.github.ets4j.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The trading system that covers an entity's emissions of one year: the national ETS or one of the
 * regional pilots.
 *
 * <p>Use {@link #NATIONAL} or {@link #pilot(RegionalPilot)}. Immutable and thread-safe.
 */
public final class CoverageSystem {

  /** The national ETS. */
  public static final CoverageSystem NATIONAL = new CoverageSystem(null);

  @Nullable private final RegionalPilot pilot;

  private CoverageSystem(@Nullable RegionalPilot pilot) {
    this.pilot = pilot;
  }

  /**
   * Returns the system of a regional pilot.
   *
   * @param pilot the pilot
   * @return the system
   * @throws io.github.ets4j.core.EtsValidationException if {@code pilot} is null
   */
  public static CoverageSystem pilot(RegionalPilot pilot) {
    return new CoverageSystem(Checks.notNull("pilot", pilot));
  }

  /**
   * Tells whether this is the national ETS.
   *
   * @return true for {@link #NATIONAL}
   */
  public boolean isNational() {
    return pilot == null;
  }

  /**
   * The regional pilot, when this is one.
   *
   * @return the pilot, empty for the national ETS
   */
  public Optional<RegionalPilot> regionalPilot() {
    return Optional.ofNullable(pilot);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CoverageSystem && Objects.equals(((CoverageSystem) other).pilot, pilot);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(pilot);
  }

  /**
   * Names the system, e.g. {@code "national ETS"} or {@code "HUBEI pilot ETS"}.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return pilot == null ? "national ETS" : pilot + " pilot ETS";
  }
}
