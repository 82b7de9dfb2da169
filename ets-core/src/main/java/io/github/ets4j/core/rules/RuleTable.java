package io.github.ets4j.core.rules;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.internal.Checks;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A year-ranged table of regulatory figures: the rows ({@link RuleEntry}) of many keys, looked up by key and
 * year (and sector), so that the rules of a new plan year are new rows, not new code.
 *
 * <p>Within the rows given to {@link #of(Collection)}, two rows of one key may not be in force for a common
 * sector in a common year. {@link #withRows(Collection)} takes replacement rows (for example the final figures of
 * a draft plan, with their source): each must be of a key the table knows and in the key's unit, and wherever it
 * is in force it takes precedence over the rows it covers. Immutable and thread-safe.
 */
public final class RuleTable {
  /** The rows of each key in order of precedence: the first row in force wins. */
  private final Map<String, List<RuleEntry>> byKey;

  private RuleTable(Map<String, List<RuleEntry>> byKey) {
    this.byKey = byKey;
  }

  /**
   * Creates a table of rows.
   *
   * @param rows the rows
   * @return the table
   * @throws EtsValidationException if a row is null or two rows of one key overlap (a common sector and year)
   */
  public static RuleTable of(Collection<RuleEntry> rows) {
    return new RuleTable(index(checked(rows), new LinkedHashMap<>()));
  }

  private static List<RuleEntry> checked(Collection<RuleEntry> rows) {
    Checks.notNull("rows", rows);
    List<RuleEntry> copy = new ArrayList<>();
    for (RuleEntry row : rows) {
      Checks.notNull("rows[" + copy.size() + "]", row);
      for (RuleEntry other : copy) {
        if (other.key().equals(row.key()) && other.overlaps(row)) {
          throw new EtsValidationException("rows[" + copy.size() + "]", row,
              "overlaps the row " + other.years() + " of " + row.key() + " (" + other.source()
                  + "): two rows of one key may not be in force in the same year");
        }
      }
      copy.add(row);
    }
    return copy;
  }

  private static Map<String, List<RuleEntry>> index(List<RuleEntry> first, Map<String, List<RuleEntry>> then) {
    Map<String, List<RuleEntry>> merged = new LinkedHashMap<>();
    for (RuleEntry row : first) {
      merged.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
    }
    then.forEach((key, list) -> merged.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list));
    Map<String, List<RuleEntry>> frozen = new LinkedHashMap<>();
    merged.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
    return java.util.Collections.unmodifiableMap(frozen);
  }

  /**
   * Returns this table with replacement rows that take precedence wherever they are in force.
   *
   * @param replacements the rows, e.g. the final 2025–2026 figures with their source
   * @return the new table
   * @throws EtsValidationException if a row is null, of a key this table does not know, in another unit than the
   *     key's, or two replacement rows of one key overlap
   */
  public RuleTable withRows(Collection<RuleEntry> replacements) {
    List<RuleEntry> rows = checked(replacements);
    for (int i = 0; i < rows.size(); i++) {
      RuleEntry row = rows.get(i);
      checkKnown("rows[" + i + "].key", row.key(), row.unit());
    }
    return new RuleTable(index(rows, byKey));
  }

  /**
   * Refuses a key this table does not know, or a unit other than the key's.
   *
   * @param field the field for the message, e.g. {@code "key"}
   * @param key the key
   * @param unit the unit the row gives
   * @throws EtsValidationException if the key is unknown or the unit differs from the key's
   */
  public void checkKnown(String field, String key, String unit) {
    Checks.notNull("field", field);
    Checks.notNull(field, key);
    Checks.notNull("unit", unit);
    List<RuleEntry> known = byKey.get(key);
    if (known == null) {
      List<String> keys = new ArrayList<>(byKey.keySet());
      throw new EtsValidationException(field, key, "is not a key of the rule table (" + keys.size() + " known keys"
          + (keys.size() <= 20 ? ": " + keys : ", e.g. " + keys.subList(0, 5)) + ")");
    }
    String expected = known.get(0).unit();
    if (!expected.equals(unit)) {
      throw new EtsValidationException("unit of " + key, "\"" + unit + "\"", "must be \"" + expected
          + "\", the unit of the figure");
    }
  }

  /**
   * Finds the row of a key in force for a sector in a year.
   *
   * @param key the key
   * @param sector the sector
   * @param year the compliance year
   * @return the row, or empty
   * @throws EtsValidationException if an argument is null
   */
  public Optional<RuleEntry> find(String key, Sector sector, Year year) {
    Checks.notNull("key", key);
    Checks.notNull("sector", sector);
    Checks.notNull("year", year);
    for (RuleEntry row : byKey.getOrDefault(key, List.of())) {
      if (row.appliesTo(sector, year)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the row of a key in force in a year, whatever its sectors.
   *
   * @param key the key
   * @param year the compliance year
   * @return the row, or empty
   * @throws EtsValidationException if an argument is null
   */
  public Optional<RuleEntry> find(String key, Year year) {
    Checks.notNull("key", key);
    Checks.notNull("year", year);
    for (RuleEntry row : byKey.getOrDefault(key, List.of())) {
      if (row.isInForce(year)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the row of a key in force in a year.
   *
   * @param key the key
   * @param year the compliance year
   * @return the row
   * @throws EtsValidationException if no row of the key is in force in the year
   */
  public RuleEntry get(String key, Year year) {
    return find(key, year).orElseThrow(() -> new EtsValidationException(key, year,
        "no row of the rule table is in force in this year"));
  }

  /**
   * The row of a key whose years lie nearest to a year: the row in force, else the last row that ended before the
   * year, else the first row that starts after it. Used to carry a figure forward (or back) as an assumption.
   *
   * @param key the key
   * @param year the compliance year
   * @return the row
   * @throws EtsValidationException if the key is unknown
   */
  public RuleEntry nearest(String key, Year year) {
    Optional<RuleEntry> inForce = find(key, year);
    if (inForce.isPresent()) {
      return inForce.get();
    }
    RuleEntry before = null;
    RuleEntry after = null;
    for (RuleEntry row : rows(key)) {
      if (row.firstYear().isAfter(year)) {
        if (after == null || row.firstYear().isBefore(after.firstYear())) {
          after = row;
        }
      } else if (before == null || row.lastYear().orElse(year).isAfter(before.lastYear().orElse(year))) {
        before = row;
      }
    }
    RuleEntry nearest = before != null ? before : after;
    return Checks.notNull("nearest row of " + key, nearest);
  }

  /**
   * The rows of a key, in order of precedence.
   *
   * @param key the key
   * @return the rows
   * @throws EtsValidationException if the key is unknown
   */
  public List<RuleEntry> rows(String key) {
    Checks.notNull("key", key);
    List<RuleEntry> rows = byKey.get(key);
    if (rows == null) {
      throw new EtsValidationException("key", key, "is not a key of the rule table");
    }
    return rows;
  }

  /**
   * Every row, key by key, each key's rows in order of precedence.
   *
   * @return an unmodifiable list
   */
  public List<RuleEntry> rows() {
    List<RuleEntry> all = new ArrayList<>();
    byKey.values().forEach(all::addAll);
    return List.copyOf(all);
  }

  /**
   * The keys of the table, in the order they were first given.
   *
   * @return an unmodifiable set
   */
  public Set<String> keys() {
    return byKey.keySet();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleTable && ((RuleTable) other).byKey.equals(byKey);
  }

  @Override
  public int hashCode() {
    return byKey.hashCode();
  }

  /**
   * Renders the size of the table.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "RuleTable[" + byKey.size() + " keys, " + rows().size() + " rows]";
  }
}
