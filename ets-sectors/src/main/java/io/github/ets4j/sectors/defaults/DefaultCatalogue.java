package io.github.ets4j.sectors.defaults;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.internal.CatalogueMemo;
import io.github.ets4j.sectors.internal.CatalogueMemo.Derivation;
import io.github.ets4j.sectors.mrv.Parameter;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.annotation.Nullable;

/**
 * The catalogue of regulatory default values and factors, each with its source and the sectors and
 * compliance years it applies to.
 *
 * <p>{@link #chinaNational()} holds every figure of the domain reference (mrv.md). A user supplies
 * figures of their own (for example the national emission-factor database values that apply to power
 * from reporting year 2026, UPD-POWER-2026 [V]) with {@link #with(Collection)}: such entries take
 * precedence over the built-in ones wherever they apply. {@link #nonOfficial()} lists every figure not
 * read in an official final text. Within one catalogue, two entries of one key may not both apply to
 * the same sector and year. Immutable and thread-safe.
 */
public final class DefaultCatalogue {
  private static final List<PlausibilityRange> NATIONAL_RANGES = List.copyOf(ChinaNationalDefaults.ranges());
  private static final DefaultCatalogue CHINA_NATIONAL = of(ChinaNationalDefaults.entries());

  /** Entries in order of precedence: the first entry that applies wins. */
  private final List<DefaultValue> entries;
  /** Plausibility ranges in order of precedence: the first range that applies wins. */
  private final List<PlausibilityRange> ranges;
  /** The same entries by key, each list in order of precedence: a lookup reads only its key's entries. */
  private final Map<String, List<DefaultValue>> byKey;
  /** The ranges by key, each list in order of precedence: a range lookup reads only its key's ranges. */
  private final Map<String, List<PlausibilityRange>> rangesByKey;
  /**
   * What the lookups of one year and sector found, by year, then sector: a month reads the same few keys for each of
   * its lines, and the catalogue never changes, so each key is looked up once per sector and year.
   */
  private final ConcurrentMap<Year, AtomicReferenceArray<InForce>> lookups = new ConcurrentHashMap<>();

  private DefaultCatalogue(List<DefaultValue> entries, List<PlausibilityRange> ranges) {
    this.entries = entries;
    this.ranges = ranges;
    Map<String, List<DefaultValue>> index = new HashMap<>();
    for (DefaultValue entry : entries) {
      index.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry);
    }
    Map<String, List<DefaultValue>> frozen = new HashMap<>();
    index.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
    this.byKey = Map.copyOf(frozen);
    Map<String, List<PlausibilityRange>> rangeIndex = new HashMap<>();
    for (PlausibilityRange range : ranges) {
      rangeIndex.computeIfAbsent(range.key(), k -> new ArrayList<>()).add(range);
    }
    Map<String, List<PlausibilityRange>> frozenRanges = new HashMap<>();
    rangeIndex.forEach((key, list) -> frozenRanges.put(key, List.copyOf(list)));
    this.rangesByKey = Map.copyOf(frozenRanges);
  }

  /**
   * The built-in catalogue of China's national ETS (the figures of mrv.md). The rulebook of a year
   * ({@code Rulebook.chinaNational(year).monitoring()}) is the door to the rules of a year and carries it.
   *
   * @return the catalogue
   */
  public static DefaultCatalogue chinaNational() {
    return CHINA_NATIONAL;
  }

  /**
   * Creates a catalogue of the given entries only, with the national plausibility ranges (a catalogue of
   * one's own must not lose the checks; give other ranges with {@link #withRanges(Collection)}).
   *
   * @param entries the entries
   * @return the catalogue
   * @throws EtsValidationException if an entry is null or two entries of one key apply to the same
   *     sector and year
   */
  public static DefaultCatalogue of(Collection<DefaultValue> entries) {
    Checks.notNull("entries", entries);
    List<DefaultValue> copy = new ArrayList<>();
    for (DefaultValue entry : entries) {
      Checks.notNull("entries[" + copy.size() + "]", entry);
      for (DefaultValue other : copy) {
        if (other.key().equals(entry.key()) && overlap(other, entry)) {
          throw new EtsValidationException("key", entry.key(),
              "two entries apply to the same sector and year (" + other.source() + " and " + entry.source()
                  + "); override with DefaultCatalogue.with(...) instead");
        }
      }
      copy.add(entry);
    }
    return new DefaultCatalogue(List.copyOf(copy), NATIONAL_RANGES);
  }

  private static boolean overlap(DefaultValue a, DefaultValue b) {
    boolean sectors = a.sectors().stream().anyMatch(b.sectors()::contains);
    boolean aEndsBeforeB = a.lastYear().map(last -> last.isBefore(b.firstYear())).orElse(Boolean.FALSE);
    boolean bEndsBeforeA = b.lastYear().map(last -> last.isBefore(a.firstYear())).orElse(Boolean.FALSE);
    return sectors && !aEndsBeforeB && !bEndsBeforeA;
  }

  /**
   * Returns a catalogue in which the given entries take precedence over this catalogue's where they
   * apply (same key, sector and year).
   *
   * @param overrides the user's entries
   * @return the new catalogue
   * @throws EtsValidationException if the overrides conflict among themselves
   */
  public DefaultCatalogue with(Collection<DefaultValue> overrides) {
    DefaultCatalogue own = of(overrides);
    List<DefaultValue> merged = new ArrayList<>(own.entries);
    merged.addAll(entries);
    return new DefaultCatalogue(List.copyOf(merged), ranges);
  }

  /**
   * Returns a catalogue in which the given plausibility ranges take precedence over this catalogue's where
   * they apply (same key, sector and year), e.g. a verifier's own ranges.
   *
   * @param overrides the ranges
   * @return the new catalogue
   * @throws EtsValidationException if a range is null
   */
  public DefaultCatalogue withRanges(Collection<PlausibilityRange> overrides) {
    Checks.notNull("ranges", overrides);
    List<PlausibilityRange> merged = new ArrayList<>();
    for (PlausibilityRange range : overrides) {
      merged.add(Checks.notNull("ranges[" + merged.size() + "]", range));
    }
    merged.addAll(ranges);
    return new DefaultCatalogue(entries, List.copyOf(merged));
  }

  /**
   * Finds the plausibility range of a key in force for a sector and year. The national catalogue holds the
   * ranges of mrv.md "Plausibility ranges" (VG-POWER-2026 [V]) and, where none is published, ranges of ours
   * tagged [A] (see the README's Conventions for the list and the reason of each).
   *
   * @param key the key (see {@link DefaultKeys}, e.g. {@link DefaultKeys#ncvRange(String)})
   * @param sector the sector
   * @param year the compliance year
   * @return the range, or empty
   */
  public Optional<PlausibilityRange> range(String key, Sector sector, Year year) {
    Checks.notNull("key", key);
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    return rangesByKey.containsKey(key) ? lookups(sector, year).range(key) : Optional.empty();
  }

  /**
   * The plausibility ranges of one key, in order of precedence (a keyed lookup, for a caller that has no year:
   * the first range naming its sector applies).
   *
   * @param key the key, e.g. {@code DefaultKeys.intensityRange("cement")}
   * @return an unmodifiable list, empty for an unknown key
   * @throws EtsValidationException if the key is null
   */
  public List<PlausibilityRange> ranges(String key) {
    return rangesByKey.getOrDefault(Checks.notNull("key", key), List.of());
  }

  /**
   * Every plausibility range, in order of precedence.
   *
   * @return an unmodifiable list
   */
  public List<PlausibilityRange> ranges() {
    return ranges;
  }

  /**
   * Returns a catalogue with one more entry that takes precedence where it applies.
   *
   * @param override the user's entry
   * @return the new catalogue
   */
  public DefaultCatalogue with(DefaultValue override) {
    return with(List.of(Checks.notNull("override", override)));
  }

  /**
   * Finds the entry of a key in force for a sector and year.
   *
   * @param key the key (see {@link DefaultKeys})
   * @param sector the sector
   * @param year the compliance year
   * @return the entry, or empty
   * @throws EtsValidationException if the key is null
   */
  public Optional<DefaultValue> find(String key, Sector sector, Year year) {
    Checks.notNull("key", key);
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    // Only keys of the catalogue are remembered, so that looking up unknown keys cannot grow the memo.
    return byKey.containsKey(key) ? lookups(sector, year).find(key) : Optional.empty();
  }

  /** The first entry of a key that applies to a sector and year, looked up in the entries' order of precedence. */
  private Optional<DefaultValue> search(String key, Sector sector, Year year) {
    for (DefaultValue entry : byKey.getOrDefault(key, List.of())) {
      if (entry.appliesTo(sector, year)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** The first range of a key that applies to a sector and year, in the ranges' order of precedence. */
  private Optional<PlausibilityRange> searchRange(String key, Sector sector, Year year) {
    for (PlausibilityRange range : rangesByKey.getOrDefault(key, List.of())) {
      if (range.appliesTo(sector, year)) {
        return Optional.of(range);
      }
    }
    return Optional.empty();
  }

  private InForce lookups(Sector sector, Year year) {
    AtomicReferenceArray<InForce> bySector = lookups.get(year);
    if (bySector == null) {
      bySector = lookups.computeIfAbsent(year, y -> new AtomicReferenceArray<>(Sector.values().length));
    }
    InForce found = bySector.get(sector.ordinal());
    if (found == null) {
      // Two threads may both make one; either is as good, and the first one stored is kept.
      bySector.compareAndSet(sector.ordinal(), null, new InForce(sector, year));
      found = bySector.get(sector.ordinal());
    }
    return found;
  }

  /**
   * Returns the entry of a key in force for a sector and year.
   *
   * @param key the key (see {@link DefaultKeys})
   * @param sector the sector
   * @param year the compliance year
   * @return the entry
   * @throws EtsValidationException if no entry is in force, saying how to supply one
   */
  public DefaultValue get(String key, Sector sector, Year year) {
    Checks.notBlank("key", key);
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    return find(key, sector, year).orElseThrow(() -> new EtsValidationException("default " + key,
        sector + " " + year, "no default value is in force for this sector and year in the catalogue"
            + (sector == Sector.POWER && year.getValue() >= 2026
                ? "; from reporting year 2026 power takes OF and oil and gas factors from the national"
                    + " emission-factor database (UPD-POWER-2026): supply them with DefaultCatalogue.with(...)"
                : "; supply one with DefaultCatalogue.with(...) or report a measured value")));
  }

  /**
   * Returns the entry of a key in force as a default parameter.
   *
   * @param key the key
   * @param sector the sector
   * @param year the compliance year
   * @param name the parameter's name, e.g. {@code "NCV"}
   * @return the default parameter with the entry's source
   * @throws EtsValidationException if no entry is in force
   */
  public Parameter parameter(String key, Sector sector, Year year, String name) {
    DefaultValue entry = get(key, sector, year);
    // The parameter's own first check, before the memo reads the name.
    Checks.notBlank("name", name);
    // get(...) refused a key that is not in force, so the key is one of the catalogue's.
    return lookups(sector, year).parameter(entry, name);
  }

  // The memo of values derived from one sector's and year's entries, lent to the library's own code through a
  // package the module does not export: it is no part of the catalogue's public surface.
  static {
    CatalogueMemo.lend(DefaultCatalogue::derived);
  }

  /** The memo's side of {@link CatalogueMemo#derived}, which refused null arguments. */
  private static <T> T derived(DefaultCatalogue catalogue, Derivation<T> derivation, Sector sector, Year year) {
    return catalogue.lookups(sector, year).derived(derivation);
  }

  /**
   * Every entry, in order of precedence.
   *
   * @return an unmodifiable list
   */
  public List<DefaultValue> entries() {
    return entries;
  }

  /**
   * The entries in force for a sector and year (the first of each key).
   *
   * @param sector the sector
   * @param year the compliance year
   * @return the entries in force
   */
  public List<DefaultValue> inForce(Sector sector, Year year) {
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    List<DefaultValue> result = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (DefaultValue entry : entries) {
      if (entry.appliesTo(sector, year) && !keys.contains(entry.key())) {
        keys.add(entry.key());
        result.add(entry);
      }
    }
    return result;
  }

  /**
   * Every entry whose source is not an official final text ([D], [S], [C] or [A]).
   *
   * @return the non-official entries
   */
  public List<DefaultValue> nonOfficial() {
    List<DefaultValue> result = new ArrayList<>();
    for (DefaultValue entry : entries) {
      if (!entry.source().confidence().isOfficial()) {
        result.add(entry);
      }
    }
    return result;
  }

  /**
   * The non-official entries in force for a sector and year.
   *
   * @param sector the sector
   * @param year the compliance year
   * @return the non-official entries in force
   */
  public List<DefaultValue> nonOfficial(Sector sector, Year year) {
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    List<DefaultValue> result = new ArrayList<>();
    for (DefaultValue entry : inForce(sector, year)) {
      if (!entry.source().confidence().isOfficial()) {
        result.add(entry);
      }
    }
    return result;
  }

  /**
   * The lookups of one sector and year, each done once: the entry in force of a key, the range in force of a key and
   * the default parameter of an entry under a name. The catalogue is immutable, so what was found once stays true;
   * every value kept is immutable, and a race only computes an equal value twice.
   */
  private final class InForce {
    /** Names remembered per entry at most: parameter names carry the fuel line's label, which a user chooses. */
    private static final int NAMES_PER_ENTRY = 64;
    /** Derivations remembered at most: the library's are a few dozen constants. */
    private static final int DERIVATIONS = 1024;

    private final Sector sector;
    private final Year year;
    private final ConcurrentMap<String, Optional<DefaultValue>> entries = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Optional<PlausibilityRange>> ranges = new ConcurrentHashMap<>();
    // By key: within one sector and year a key has one entry in force.
    private final ConcurrentMap<String, ConcurrentMap<String, Parameter>> parameters = new ConcurrentHashMap<>();
    // By the derivation's identity (a constant of the caller's); each value is of its derivation's type.
    private final ConcurrentMap<Derivation<?>, Object> derived = new ConcurrentHashMap<>();

    InForce(Sector sector, Year year) {
      this.sector = sector;
      this.year = year;
    }

    Optional<DefaultValue> find(String key) {
      Optional<DefaultValue> found = entries.get(key);
      return found != null ? found : entries.computeIfAbsent(key, k -> search(k, sector, year));
    }

    Optional<PlausibilityRange> range(String key) {
      Optional<PlausibilityRange> found = ranges.get(key);
      return found != null ? found : ranges.computeIfAbsent(key, k -> searchRange(k, sector, year));
    }

    Parameter parameter(DefaultValue entry, String name) {
      ConcurrentMap<String, Parameter> byName = parameters.get(entry.key());
      if (byName == null) {
        byName = parameters.computeIfAbsent(entry.key(), k -> new ConcurrentHashMap<>());
      }
      @Nullable Parameter made = byName.get(name);
      if (made != null) {
        return made;
      }
      // Made (and refused, for a blank name) exactly as before; remembered only while the entry has few names.
      made = entry.toParameter(name);
      if (byName.size() < NAMES_PER_ENTRY) {
        byName.putIfAbsent(name, made);
      }
      return made;
    }

    // Each value was computed by its own key, so it has that derivation's type.
    @SuppressWarnings("unchecked")
    <T> T derived(Derivation<T> derivation) {
      Object found = derived.get(derivation);
      if (found != null) {
        return (T) found;
      }
      T value = Checks.notNull("value of a derivation", derivation.compute(DefaultCatalogue.this, sector, year));
      if (derived.size() < DERIVATIONS) {
        Object first = derived.putIfAbsent(derivation, value);
        return first != null ? (T) first : value;
      }
      return value;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DefaultCatalogue && ((DefaultCatalogue) other).entries.equals(entries)
        && ((DefaultCatalogue) other).ranges.equals(ranges);
  }

  @Override
  public int hashCode() {
    return 31 * entries.hashCode() + ranges.hashCode();
  }

  /**
   * Renders the size of the catalogue.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "DefaultCatalogue[" + entries.size() + " entries, " + ranges.size() + " ranges]";
  }
}
