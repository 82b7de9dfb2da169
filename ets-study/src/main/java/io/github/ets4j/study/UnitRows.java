package io.github.ets4j.study;

import java.util.List;
import javax.annotation.Nullable;
import org.apache.commons.csv.CSVRecord;

/**
 * The market file's rows made into units, with each row's checks ({@link MarketCsv}): the bigger part of reading a
 * national market (thousands of rows, each parsed, bounded and built into the allocation model's unit before any
 * of it is compiled). With more than one core and enough rows the second half of the rows is built on a thread of
 * its own while the calling thread builds the first. Each half stops at its first refused row; {@link #unit(int)}
 * hands out the units in file order and throws the refusal when it reaches the refused row, so the file's first
 * fault is reported, with its file, line and column, whatever the split. Rows are independent: building one reads
 * only its record and the header's column positions.
 */
final class UnitRows {
  /** Fewer rows than this are built on the calling thread alone: a thread costs more than it saves. */
  private static final int ROWS_FOR_TWO_THREADS = 1_000;

  private final MarketUnit[] units;
  private final Half first;
  private final Half second;

  private UnitRows(MarketUnit[] units, Half first, Half second) {
    this.units = units;
    this.first = first;
    this.second = second;
  }

  static UnitRows build(List<CSVRecord> records, MarketCsv.Columns columns, String fileName) {
    MarketUnit[] units = new MarketUnit[records.size()];
    int middle = records.size() >= ROWS_FOR_TWO_THREADS && Runtime.getRuntime().availableProcessors() > 1
        ? records.size() / 2 : records.size();
    Half second = new Half(records, columns, fileName, units, middle, records.size());
    // Nothing to do for the second half of a small file: it is empty, and runs at once on the calling thread.
    SideTask<Void> task = SideTask.start("reading the market rows", middle < records.size(), () -> {
      second.run();
      return null;
    });
    Half first = new Half(records, columns, fileName, units, 0, middle);
    first.run();
    // A half records its rows' refusals itself; what the task throws is a fault of the reader, thrown as it is.
    task.join();
    return new UnitRows(units, first, second);
  }

  /**
   * The unit of a row, in file order.
   *
   * @throws RuntimeException the refusal of the row, if it was refused
   */
  MarketUnit unit(int i) {
    Half half = i < first.to ? first : second;
    if (half.failedAt == i && half.failure != null) {
      throw half.failure;
    }
    return units[i];
  }

  /** A run of rows built in order until the first refused one. */
  private static final class Half implements Runnable {
    private final List<CSVRecord> records;
    private final MarketCsv.Columns columns;
    private final String fileName;
    private final MarketUnit[] units;
    private final int from;
    private final int to;
    private int failedAt = -1;
    private @Nullable RuntimeException failure;

    Half(List<CSVRecord> records, MarketCsv.Columns columns, String fileName, MarketUnit[] units, int from,
        int to) {
      this.records = records;
      this.columns = columns;
      this.fileName = fileName;
      this.units = units;
      this.from = from;
      this.to = to;
    }

    @Override
    public void run() {
      for (int i = from; i < to; i++) {
        CSVRecord record = records.get(i);
        try {
          units[i] = MarketCsv.row(record, columns, fileName, record.getRecordNumber());
        } catch (RuntimeException e) {
          failedAt = i;
          failure = e;
          return;
        }
      }
    }
  }
}
