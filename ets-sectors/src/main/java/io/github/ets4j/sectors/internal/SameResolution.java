package io.github.ets4j.sectors.internal;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.ResolvedFuel;
import javax.annotation.Nullable;

/**
 * A fuel line's resolution taken from another line of the same fuel, label and unit with no parameter of its own
 * (the steel month's process flows beside its purchased fuels): the rules and the catalogue fill such a line's NCV,
 * CC and OF, and refuse or flag them, by the fuel, the label, the sector and the year alone, never by the quantity,
 * so the resolved parameters and findings are the same and only the consumption is the line's own. The library's own
 * shortcut, not API (the {@code internal} package is no part of the public surface): {@link ResolvedFuel} lends its
 * side here when its class is initialised, and only {@link ResolvedFuel} may (on the class path any code can call
 * {@link #lend}: a call from elsewhere, before or after, is refused, so no other code can put itself between the steel
 * month and its fuels' resolutions). Holds no state beyond that one reference; thread-safe.
 */
public final class SameResolution {
  // Tells the caller of lend without a stack trace; created once (its permission is checked here, not per call).
  private static final StackWalker CALLERS = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  @Nullable private static volatile Rebaser rebaser;

  private SameResolution() {}

  /** The resolved fuel's side: the same resolution for another line, or null when the lines may resolve apart. */
  @FunctionalInterface
  public interface Rebaser {
    /**
     * The resolution of {@code line} taken from {@code resolved}.
     *
     * @param resolved a line resolved by the rules, sector, year and catalogue that {@code line} is for
     * @param line the line to resolve
     * @return the resolved line, or null when it must be resolved on its own
     */
    @Nullable
    ResolvedFuel forLine(ResolvedFuel resolved, FuelLine line);
  }

  /**
   * Takes the resolved fuel's side, once, from {@link ResolvedFuel}'s class initialisation.
   *
   * @param lent the resolved fuel's side
   * @throws EtsValidationException if the caller is not {@link ResolvedFuel}, or {@code lent} is null
   */
  public static synchronized void lend(Rebaser lent) {
    Class<?> caller = CALLERS.getCallerClass();
    if (caller != ResolvedFuel.class) {
      throw new EtsValidationException("rebaser", "lent by " + caller.getName(),
          "only " + ResolvedFuel.class.getName() + " lends the resolution of a line to another");
    }
    // The caller's class initialisation, which runs once per class loader (as this class's), is the only call.
    rebaser = Checks.notNull("rebaser", lent);
  }

  /**
   * The resolution of a line taken from a line resolved for the same rules, sector, year and catalogue.
   *
   * @param resolved the resolved line
   * @param line the line to resolve
   * @return the same resolution with the line's own consumption, or null when neither line may give its parameters
   *     to the other (a parameter given on either, another fuel, label or unit): then resolve it on its own
   */
  @Nullable
  public static ResolvedFuel forLine(ResolvedFuel resolved, FuelLine line) {
    Checks.notNull("resolved", resolved);
    Checks.notNull("line", line);
    // A resolved fuel exists, so its class was initialised and has lent its side.
    return Checks.notNull("resolved fuel's side", rebaser).forLine(resolved, line);
  }
}
