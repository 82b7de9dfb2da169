package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one CSV writer of the result tables: columns, cells, rounding, quoting, refusals. */
class CsvTableTest {
  /** A row of the test table. */
  private record Row(String id, BigDecimal tonnes, Optional<BigDecimal> rate, boolean flag, Optional<Integer> rank) {}

  private static final CsvTable<Row> TABLE = CsvTable.<Row>builder()
      .column("id", Row::id)
      .exact("exact_t", Row::tonnes)
      .rounded("whole_t", 0, Row::tonnes)
      .roundedIfPresent("rate_pct", 2, Row::rate)
      .column("flag", Row::flag)
      .columnIfPresent("rank", Row::rank)
      .build();

  @Test
  void writesTheHeaderAndOneRecordPerRow() {
    String csv = TABLE.write(List.of(
        new Row("a", new BigDecimal("1234.5"), Optional.of(new BigDecimal("2.995")), true, Optional.of(3)),
        new Row("b,\"c\"", new BigDecimal("-0.5"), Optional.empty(), false, Optional.empty())));
    // 1,234.5 → 1,235 and 2.995 → 3.00 half up; −0.5 → −1 half up (away from zero); a comma or quote is quoted.
    assertEquals(List.of("id,exact_t,whole_t,rate_pct,flag,rank", "a,1234.5,1235,3.00,true,3",
        "\"b,\"\"c\"\"\",-0.5,-1,,false,"), Arrays.asList(csv.split("\n")));
    assertEquals(List.of("id", "exact_t", "whole_t", "rate_pct", "flag", "rank"), TABLE.columns());
    assertEquals("id,exact_t,whole_t,rate_pct,flag,rank\n", TABLE.write(List.of()));
    assertEquals(TABLE.write(List.of()), AllocationCsv.table(TABLE, List.of()));
  }

  @Test
  void refusesWhatCannotBeWritten() {
    EtsValidationException nullCell = assertThrows(EtsValidationException.class, () -> TABLE.write(
        List.of(new Row("a", BigDecimal.ONE, Optional.empty(), true, Optional.empty()),
            new Row("a", null, Optional.empty(), true, Optional.empty()))));
    assertEquals("exact_t", nullCell.field());
    assertEquals("row 2", assertThrows(EtsValidationException.class,
        () -> TABLE.write(Arrays.asList(new Row("a", BigDecimal.ONE, Optional.empty(), true, Optional.empty()), null)))
        .field());
    assertEquals("rows", assertThrows(EtsValidationException.class, () -> TABLE.write(null)).field());
    assertEquals("table", assertThrows(EtsValidationException.class, () -> AllocationCsv.table(null, List.of()))
        .field());
    assertEquals("name", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>builder().column("id", Row::id).column("id", Row::id)).field());
    assertEquals("name", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>builder().column(" ", Row::id)).field());
    assertEquals("value", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>builder().exact("x", null)).field());
    assertEquals("decimals", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>builder().rounded("x", -1, Row::tonnes)).field());
    assertEquals("decimals", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>builder().roundedIfPresent("x", 19, Row::rate)).field());
    assertEquals("columns", assertThrows(EtsValidationException.class, () -> CsvTable.<Row>builder().build()).field());
    // A cell function that gives null for an optional or a plain column is refused too.
    CsvTable<Row> nulls = CsvTable.<Row>builder().columnIfPresent("rank", r -> null).build();
    assertEquals("rank", assertThrows(EtsValidationException.class,
        () -> nulls.write(List.of(new Row("a", BigDecimal.ONE, Optional.empty(), true, Optional.empty())))).field());
    CsvTable<Row> nullRates = CsvTable.<Row>builder().roundedIfPresent("rate", 2, r -> null).rounded("t", 0, r -> null)
        .build();
    assertEquals("rate", assertThrows(EtsValidationException.class,
        () -> nullRates.write(List.of(new Row("a", BigDecimal.ONE, Optional.empty(), true, Optional.empty())))).field());
    CsvTable<Row> nullWhole = CsvTable.<Row>builder().rounded("t", 0, r -> null).build();
    assertEquals("t", assertThrows(EtsValidationException.class,
        () -> nullWhole.write(List.of(new Row("a", BigDecimal.ONE, Optional.empty(), true, Optional.empty())))).field());
    CsvTable<Row> nullPlain = CsvTable.<Row>builder().column("id", r -> null).build();
    assertEquals("id", assertThrows(EtsValidationException.class,
        () -> nullPlain.write(List.of(new Row("a", BigDecimal.ONE, Optional.empty(), true, Optional.empty())))).field());
    assertEquals("CsvTable[id]", nullPlain.toString());
  }

  /** The same table as {@link #TABLE}, one row writer instead of a function per column. */
  private static final CsvTable<Row> ROWS = CsvTable.ofRows(List.of("id", "exact_t", "whole_t", "rate_pct", "flag",
      "rank"), (r, c) -> {
        c.text(r.id()).exact(r.tonnes()).rounded(r.tonnes(), 0);
        if (r.rate().isPresent()) {
          c.rounded(r.rate().get(), 2);
        } else {
          c.empty();
        }
        c.text(r.flag());
        if (r.rank().isPresent()) {
          c.text(r.rank().get());
        } else {
          c.empty();
        }
      });

  @Test
  void aRowWriterWritesTheSameTextAsColumns() {
    List<Row> rows = List.of(
        new Row("a", new BigDecimal("1234.5"), Optional.of(new BigDecimal("2.995")), true, Optional.of(3)),
        new Row("b,\"c\"", new BigDecimal("-0.5"), Optional.empty(), false, Optional.empty()),
        new Row("d", new BigDecimal("0.125"), Optional.of(new BigDecimal("-0.005")), false, Optional.of(12)));
    // 0.5 and 0.005 are half-way cases: half up rounds them away from zero.
    assertEquals(List.of("id,exact_t,whole_t,rate_pct,flag,rank", "a,1234.5,1235,3.00,true,3",
        "\"b,\"\"c\"\"\",-0.5,-1,,false,", "d,0.125,0,-0.01,false,12"), Arrays.asList(ROWS.write(rows).split("\n")));
    assertEquals(TABLE.write(rows), ROWS.write(rows));
    assertEquals(TABLE.columns(), ROWS.columns());
    assertEquals("id,exact_t,whole_t,rate_pct,flag,rank\n", ROWS.write(List.of()));
    assertEquals("CsvTable[id, exact_t, whole_t, rate_pct, flag, rank]", ROWS.toString());
  }

  @Test
  void aRowWriterIsRefusedWhatCannotBeWritten() {
    Row row = new Row("a", BigDecimal.ONE, Optional.empty(), true, Optional.empty());
    // Too few cells: the first column left without one is named.
    EtsValidationException few = assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of("id", "t"), (r, c) -> c.text(r.id())).write(List.of(row)));
    assertEquals("t", few.field());
    EtsValidationException many = assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of("id"), (r, c) -> c.text(r.id()).empty()).write(List.of(row)));
    assertEquals("cells", many.field());
    assertEquals("t", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of("id", "t"), (r, c) -> c.text(r.id()).exact(null)).write(List.of(row)))
        .field());
    assertEquals("id", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of("id"), (r, c) -> c.text(null)).write(List.of(row))).field());
    assertEquals("id", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of("id"), (r, c) -> c.rounded(null, 0)).write(List.of(row))).field());
    assertEquals("decimals", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of("t"), (r, c) -> c.rounded(r.tonnes(), 19)).write(List.of(row))).field());
    assertEquals("decimals", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of("t"), (r, c) -> c.rounded(r.tonnes(), -1)).write(List.of(row))).field());
    assertEquals("row 2", assertThrows(EtsValidationException.class,
        () -> ROWS.write(Arrays.asList(row, null))).field());
    assertEquals("columns", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(null, (r, c) -> c.empty())).field());
    assertEquals("writer", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of("id"), null)).field());
    assertEquals("columns", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of(), (r, c) -> c.empty())).field());
    assertEquals("name", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of("id", " "), (r, c) -> c.empty())).field());
    assertEquals("name", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(List.of("id", "id"), (r, c) -> c.empty())).field());
    assertEquals("name", assertThrows(EtsValidationException.class,
        () -> CsvTable.<Row>ofRows(Arrays.asList("id", null), (r, c) -> c.empty())).field());
  }
}
