package io.github.ets4j.io;

import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.EntityAllocation;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.core.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Allocations and compliance balances as CSV for embedders: {@code units.csv} and {@code entities.csv} of
 * an {@link Allocation}, and one row per {@link ComplianceAccount}. Columns carry the unit in their name
 * ({@code _t} tonnes, {@code _pct} percent), as the study's result files do, and share their names where
 * they hold the same figure. Decimals are written exactly as the library holds them ({@code toPlainString}).
 *
 * <p>The study's own {@code units.csv}/{@code entities.csv} writer still lives inside ets-allocation; it
 * joins this one when the study moves to its own module above ets-io. Stateless, immutable and
 * thread-safe.
 */
public final class AllocationCsv {
  /** Columns of the units file. */
  public static final List<String> UNIT_COLUMNS = List.of("year", "entity_id", "sector", "unit_id", "verified_t",
      "allocation_t", "special");
  /** Columns of the entities file. */
  public static final List<String> ENTITY_COLUMNS = List.of("year", "entity_id", "sector", "verified_t",
      "initial_allocation_t", "relief_t", "allocation_t", "shortfall_rate_pct");
  /** Columns of the compliance file. */
  public static final List<String> COMPLIANCE_COLUMNS = List.of("year", "entity_id", "obligation_t", "carried_over_t",
      "ccer_surrendered_t", "borrowed_t", "settled_t", "remaining_t", "settled");

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private AllocationCsv() {
  }

  /** Prints the records of one file. */
  private interface Records {
    void print(CSVPrinter printer) throws IOException;
  }

  private static String render(List<String> header, Records records) {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      printer.printRecord(header);
      records.print(printer);
    } catch (IOException e) {
      // A StringBuilder never fails to append.
      throw new UncheckedIOException(e);
    }
    return text.toString();
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
    return render(UNIT_COLUMNS, printer -> {
      for (Allocation allocation : allocations) {
        Checks.notNull("allocation", allocation);
        for (UnitAllocation unit : allocation.units()) {
          printer.printRecord(allocation.year().getValue(), unit.entityId(), allocation.sector().name(), unit.unitId(),
              unit.verifiedEmissions().toPlainString(), unit.allocation().toPlainString(), unit.isSpecial());
        }
      }
    });
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
    return render(ENTITY_COLUMNS, printer -> {
      for (Allocation allocation : allocations) {
        Checks.notNull("allocation", allocation);
        for (EntityAllocation entity : allocation.entities()) {
          printer.printRecord(allocation.year().getValue(), entity.entityId(), allocation.sector().name(),
              entity.verifiedEmissions().toPlainString(), entity.initialAllocation().toPlainString(),
              entity.topUp().toPlainString(), entity.allocation().toPlainString(),
              entity.shortfallRatePercent().toPlainString());
        }
      }
    });
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
    return render(COMPLIANCE_COLUMNS, printer -> {
      for (ComplianceAccount account : accounts) {
        Checks.notNull("account", account);
        printer.printRecord(account.rules().year().getValue(), account.entityId(), account.obligation().toPlainString(),
            account.carriedOver().toPlainString(), account.ccerSurrendered().toPlainString(),
            account.borrowed().toPlainString(), account.settled().toPlainString(), account.remaining().toPlainString(),
            account.isSettled());
      }
    });
  }
}
