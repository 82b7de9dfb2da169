package io.github.ets4j.sectors.internal;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import java.time.Year;
import javax.annotation.Nullable;

/**
 * Values computed from a catalogue's entries and ranges in force for one sector and year alone (a fuel's default
 * parameters and plausibility ranges, a steel material's factor), computed once per catalogue, sector and year and
 * kept with the catalogue, which never changes. The library's own memo, not API (the {@code internal} package is no part of the public surface), so
 * {@link DefaultCatalogue} keeps its public surface and lends its memo here when its class is initialised. Holds no
 * state of its own beyond that one reference; thread-safe.
 */
public final class CatalogueMemo {
  // Tells the caller of lend without a stack trace; created once (its permission is checked here, not per call).
  private static final StackWalker CALLERS = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  @Nullable private static volatile Keeper keeper;

  private CatalogueMemo() {}

  /**
   * A value computed from a catalogue for one sector and year. An implementation is a constant (the memo remembers
   * it by identity), a pure function of its arguments, and its values are immutable.
   *
   * @param <T> the type of the value
   */
  @FunctionalInterface
  public interface Derivation<T> {
    /**
     * Computes the value.
     *
     * @param catalogue the catalogue
     * @param sector the sector
     * @param year the compliance year
     * @return the value, never null
     * @throws io.github.ets4j.core.EtsValidationException as the catalogue's lookups it makes (then nothing is kept)
     */
    T compute(DefaultCatalogue catalogue, Sector sector, Year year);
  }

  /** The catalogue's side of the memo, lent by {@link DefaultCatalogue}. */
  @FunctionalInterface
  public interface Keeper {
    /**
     * The value of a derivation for a sector and year, computed on first use and then kept with the catalogue.
     *
     * @param <T> the type of the value
     * @param catalogue the catalogue
     * @param derivation the derivation, a constant
     * @param sector the sector
     * @param year the compliance year
     * @return the value
     */
    <T> T derived(DefaultCatalogue catalogue, Derivation<T> derivation, Sector sector, Year year);
  }

  /**
   * Lends the catalogue's memo; called once, by {@link DefaultCatalogue}'s class initialisation. A call from any
   * other class (on the class path any code can make one), before or after, is refused, so that
   * no other code can put itself between the library and its catalogue.
   *
   * @param lent the catalogue's side
   * @throws EtsValidationException if the caller is not {@link DefaultCatalogue}, or {@code lent} is null
   */
  public static synchronized void lend(Keeper lent) {
    Class<?> caller = CALLERS.getCallerClass();
    if (caller != DefaultCatalogue.class) {
      throw new EtsValidationException("keeper", "lent by " + caller.getName(),
          "only " + DefaultCatalogue.class.getName() + " lends its memo");
    }
    // The caller's class initialisation, which runs once per class loader (as this class's), is the only call.
    keeper = Checks.notNull("keeper", lent);
  }

  /**
   * The value of a derivation for a sector and year, computed on first use and then kept with the catalogue: code
   * that reads the same few keys for many lines (the fuel lines of a month) looks them up once.
   *
   * @param <T> the type of the value
   * @param catalogue the catalogue
   * @param derivation the derivation, a constant
   * @param sector the sector
   * @param year the compliance year
   * @return the value
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null, or as the derivation
   */
  public static <T> T derived(DefaultCatalogue catalogue, Derivation<T> derivation, Sector sector, Year year) {
    Checks.notNull("catalogue", catalogue);
    Checks.notNull("derivation", derivation);
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    // A catalogue exists, so its class was initialised and has lent its memo.
    return Checks.notNull("catalogue memo", keeper).derived(catalogue, derivation, sector, year);
  }
}
