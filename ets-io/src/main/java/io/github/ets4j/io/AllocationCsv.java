package io.github.ets4j.io;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.EntityAllocation;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Allocations and compliance balances as CSV for embedders: {@code units.csv} and {@code entities.csv} of
 * an {@link Allocation}, and one row per {@link ComplianceAccount}. Columns carry the unit in their name
 * ({@code _t} tonnes, {@code _pct} percent), as the study's result files do, and share their names where
 * they hold the same figure. Decimals are written exactly as the library holds them ({@code toPlainString}).
 *
 * <p>Every file is a {@link CsvTable}, the one writer of ets4j's result tables: the policy study writes its own
 * {@code units.csv}, {@code entities.csv} and {@code sectors.csv} as tables too, with {@link #table} or directly.
 * Stateless, immutable and thread-safe.
 */
public final class AllocationCsv {
  /** One unit of one allocation: a row of the units file. */
  private record UnitRow(Allocation allocation, UnitAllocation unit) {}

  /** One entity of one allocation: a row of the entities file. */
  private record EntityRow(Allocation allocation, EntityAllocation entity) {}

  private static final CsvTable<UnitRow> UNITS = CsvTable.<UnitRow>builder()
      .column("year", r -> r.allocation().year().getValue())
      .column("entity_id", r -> r.unit().entityId())
      .column("sector", r -> r.allocation().sector().name())
      .column("unit_id", r -> r.unit().unitId())
      .exact("verified_t", r -> r.unit().verifiedEmissions())
      .exact("allocation_t", r -> r.unit().allocation())
      .column("special", r -> r.unit().isSpecial())
      .build();

  private static final CsvTable<EntityRow> ENTITIES = CsvTable.<EntityRow>builder()
      .column("year", r -> r.allocation().year().getValue())
      .column("entity_id", r -> r.entity().entityId())
      .column("sector", r -> r.allocation().sector().name())
      .exact("verified_t", r -> r.entity().verifiedEmissions())
      .exact("initial_allocation_t", r -> r.entity().initialAllocation())
      .exact("relief_t", r -> r.entity().topUp())
      .exact("allocation_t", r -> r.entity().allocation())
      .exact("shortfall_rate_pct", r -> r.entity().shortfallRatePercent())
      .build();

  private static final CsvTable<ComplianceAccount> COMPLIANCE = CsvTable.<ComplianceAccount>builder()
      .column("year", a -> a.rules().year().getValue())
      .column("entity_id", ComplianceAccount::entityId)
      .exact("obligation_t", ComplianceAccount::obligation)
      .exact("carried_over_t", ComplianceAccount::carriedOver)
      .exact("ccer_surrendered_t", ComplianceAccount::ccerSurrendered)
      .exact("borrowed_t", ComplianceAccount::borrowed)
      .exact("settled_t", ComplianceAccount::settled)
      .exact("remaining_t", ComplianceAccount::remaining)
      .column("settled", ComplianceAccount::isSettled)
      .build();

  /** Columns of the units file. */
  public static final List<String> UNIT_COLUMNS = UNITS.columns();
  /** Columns of the entities file. */
  public static final List<String> ENTITY_COLUMNS = ENTITIES.columns();
  /** Columns of the compliance file. */
  public static final List<String> COMPLIANCE_COLUMNS = COMPLIANCE.columns();

  private AllocationCsv() {
  }

  /**
   * Writes rows of any kind through a table: the one CSV writer the files of this class and the study's result
   * files share ({@link CsvTable#write}).
   *
   * @param <T> the type of a row
   * @param table the columns
   * @param rows the rows, in file order
   * @return the CSV text, header first
   * @throws io.github.ets4j.core.EtsValidationException if an argument or a row is null
   */
  public static <T> String table(CsvTable<T> table, Iterable<? extends T> rows) {
    return Checks.notNull("table", table).write(rows);
  }

  /**
   * The units of allocations, one row each (the top-up relief is an entity's, see {@link #entities}).
   *
   * @param allocations the allocations, e.g. of several sectors
   * @return the CSV text, header first
   * @throws io.github.ets4j.core.EtsValidationException if an allocation is null
   */
  public static String units(Collection<Allocation> allocations) {
    Checks.notNull("allocations", allocations);
    List<UnitRow> rows = new ArrayList<>();
    for (Allocation allocation : allocations) {
      Checks.notNull("allocation", allocation);
      for (UnitAllocation unit : allocation.units()) {
        rows.add(new UnitRow(allocation, unit));
      }
    }
    return UNITS.write(rows);
  }

  /**
   * The entities of allocations, one row each, with the shortfall relief (top-up).
   *
   * @param allocations the allocations
   * @return the CSV text, header first
   * @throws io.github.ets4j.core.EtsValidationException if an allocation is null
   */
  public static String entities(Collection<Allocation> allocations) {
    Checks.notNull("allocations", allocations);
    List<EntityRow> rows = new ArrayList<>();
    for (Allocation allocation : allocations) {
      Checks.notNull("allocation", allocation);
      for (EntityAllocation entity : allocation.entities()) {
        rows.add(new EntityRow(allocation, entity));
      }
    }
    return ENTITIES.write(rows);
  }

  /**
   * The state of compliance accounts, one row each.
   *
   * @param accounts the accounts
   * @return the CSV text, header first
   * @throws io.github.ets4j.core.EtsValidationException if an account is null
   */
  public static String compliance(Collection<ComplianceAccount> accounts) {
    Checks.notNull("accounts", accounts);
    for (ComplianceAccount account : accounts) {
      Checks.notNull("account", account);
    }
    return COMPLIANCE.write(accounts);
  }
}
