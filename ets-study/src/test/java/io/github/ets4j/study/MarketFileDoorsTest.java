package io.github.ets4j.study;

import static io.github.ets4j.study.MarketCsvTest.CEMENT_ROW;
import static io.github.ets4j.study.MarketCsvTest.HEADER;
import static io.github.ets4j.study.MarketCsvTest.POWER_ROW;
import static io.github.ets4j.study.MarketCsvTest.STEEL_ROW;
import static io.github.ets4j.study.MarketCsvTest.bad;
import static io.github.ets4j.study.MarketCsvTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The market file's doors (issue "Guarded doors", item 6): each case of "Market CSV of the study". */
class MarketFileDoorsTest {
  static final String ALUMINUM_ROW = "2024,E4,Alu four,Gansu,ALUMINUM,A1,,1700000,1000000,,,,";

  @TempDir Path dir;

  /** The row with one cell replaced. */
  static String with(String row, String column, String value) {
    String[] cells = row.split(",", -1);
    cells[MarketCsv.COLUMNS.indexOf(column)] = value;
    return String.join(",", cells);
  }

  @Test
  void specialIsOnlyADocumentedKindOfTheSector() {
    // The case: special=foo made a unit special, falling back to the first kind.
    CsvFileException foo = bad(HEADER, with(CEMENT_ROW, "special", "foo"));
    assertEquals(2, foo.line());
    assertEquals("special", foo.column());
    assertEquals("foo", foo.value());
    assertEquals("must be one of the special-unit kinds of CEMENT: WHITE_CLINKER, CARBIDE_SLAG, GYPSUM_SULFURIC_ACID "
        + "(or empty for an ordinary unit)", foo.rule());
    // A kind of another sector is no kind here; aluminum has none.
    assertEquals("special", bad(HEADER, with(STEEL_ROW, "special", "WHITE_CLINKER")).column());
    assertEquals("ALUMINUM has no special-unit kinds: leave the column empty",
        bad(HEADER, with(ALUMINUM_ROW, "special", "HYDROGEN_RICH_BLAST_FURNACE")).rule());
    // A kind in words is stored by its name.
    MarketUnit white = read(HEADER, with(CEMENT_ROW, "special", "white clinker")).units().get(0);
    assertEquals("WHITE_CLINKER", white.special().orElseThrow());
    assertEquals("BIOMASS_CO_FIRING",
        read(HEADER, with(POWER_ROW, "special", "BIOMASS_CO_FIRING")).units().get(0).special().orElseThrow());
  }

  @Test
  void loadFactorsAreAPercentAboveZeroAndAtMostHundred() {
    // The case: 0.62 (a fraction) or 0 changed a unit's allocation from 163,261 t to 1,072,310 t.
    CsvFileException fraction = bad(HEADER, with(POWER_ROW, "load_factor_pct", "0.62"));
    assertEquals("load_factor_pct", fraction.column());
    assertEquals("0.62", fraction.value());
    assertTrue(fraction.rule().startsWith("looks like a fraction: the column is in percent (62 for 62 %)"),
        fraction::getMessage);
    assertTrue(bad(HEADER, with(POWER_ROW, "load_factor_pct", "1")).rule().startsWith("looks like a fraction"));
    assertTrue(bad(HEADER, with(POWER_ROW, "load_factor_pct", "0")).rule().startsWith("must be above 0"));
    assertEquals("load_factor_pct", bad(HEADER, with(POWER_ROW, "load_factor_pct", "100.01")).column());
    assertEquals(0, new BigDecimal("1.01").compareTo(read(HEADER, with(POWER_ROW, "load_factor_pct", "1.01"))
        .units().get(0).loadFactorPercent().orElseThrow()));
    assertEquals(0, new BigDecimal("100").compareTo(read(HEADER, with(POWER_ROW, "load_factor_pct", "100"))
        .units().get(0).loadFactorPercent().orElseThrow()));
    // Outside power the column stays empty.
    assertEquals("must be empty for CEMENT", bad(HEADER, with(CEMENT_ROW, "load_factor_pct", "62")).rule());
    // The threshold is a catalogue entry, an assumption with its reason.
    assertEquals(Confidence.ASSUMED, MarketBounds.FRACTION_LIKE_LOAD_FACTOR_PCT.source().confidence());
  }

  @Test
  void aBlankLoadFactorOfACoalUnitNamesFileLineAndColumn() {
    CsvFileException blank = bad(HEADER, CEMENT_ROW, with(POWER_ROW, "load_factor_pct", ""));
    assertEquals("m.csv line 3, column load_factor_pct, value \"\": a conventional coal unit (category I) needs its "
        + "load factor, in percent: it sets the peak-shaving factor Ff", blank.getMessage());
    // Gas (IV) and special coal units need none.
    read(HEADER, with(with(POWER_ROW, "load_factor_pct", ""), "category", "IV"));
    read(HEADER, with(with(POWER_ROW, "load_factor_pct", ""), "special", "EMERGENCY_STANDBY"));
  }

  @Test
  void aSteelRowWithZeroIntensityEmissionsNamesItsCellAsWritten() {
    // The case: the message named no file and no line, and a projected value not in the file.
    CsvFileException zero = bad(HEADER, CEMENT_ROW, with(STEEL_ROW, "intensity_emissions_t", "0"));
    assertEquals("m.csv", zero.file());
    assertEquals(3, zero.line());
    assertEquals("intensity_emissions_t", zero.column());
    assertEquals("0", zero.value());
    assertEquals("verified_t", bad(HEADER, with(CEMENT_ROW, "verified_t", "0")).column());
    // Values that a projected year would round to 0 (whole tonnes, 3 decimals of output).
    assertTrue(bad(HEADER, with(STEEL_ROW, "intensity_emissions_t", "0.4")).rule().contains("at least 1 t"));
    assertEquals("an ordinary unit's output must be at least 0.001 (projected outputs keep 3 decimals)",
        bad(HEADER, with(POWER_ROW, "output", "1E-30")).rule());
    read(HEADER, with(POWER_ROW, "output", "0.001"));
    // A special line may have none.
    read(HEADER, with(with(CEMENT_ROW, "verified_t", "0"), "special", "WHITE_CLINKER"));
  }

  @Test
  void everyYearHoldsEverySectorOfTheYearBefore() {
    // The case: one row moved to 2025 in a 2024 market; from 2025 on three sectors vanished silently.
    CsvFileException moved = bad(HEADER, POWER_ROW, CEMENT_ROW, with(STEEL_ROW, "year", "2025"), ALUMINUM_ROW);
    assertEquals(4, moved.line());
    assertEquals("year", moved.column());
    assertEquals("2025", moved.value());
    assertEquals("year 2025 lacks [POWER, CEMENT, ALUMINUM] of 2024: every year of the file must hold every sector "
        + "of the year before it", moved.rule());
    // A sector may join later (industry from 2024), and a later year holding every sector is fine.
    Market joined = read(HEADER, with(POWER_ROW, "year", "2023"), POWER_ROW, CEMENT_ROW);
    assertEquals(List.of(Year.of(2023), Year.of(2024)), joined.years());
  }

  @Test
  void magnitudesBeyondAPhysicalBoundAreRefusedWithTheirLine() {
    // The case: verified_t=1e30 or heat_gj=1e20 printed a saturated long as the draw band.
    CsvFileException huge = bad(HEADER, POWER_ROW, with(CEMENT_ROW, "verified_t", "1e30"));
    assertEquals(3, huge.line());
    assertEquals("verified_t", huge.column());
    assertEquals("1e30", huge.value());
    assertTrue(huge.rule().startsWith("beyond the physical bound of one unit, 1000000000 tCO2e"), huge::getMessage);
    assertEquals("heat_gj", bad(HEADER, with(POWER_ROW, "heat_gj", "1e20")).column());
    assertEquals("output", bad(HEADER, with(POWER_ROW, "output", "100000001")).column());
    assertEquals("output", bad(HEADER, with(CEMENT_ROW, "output", "1000000001")).column());
    assertEquals("intensity_emissions_t", bad(HEADER, with(STEEL_ROW, "intensity_emissions_t", "1e10")).column());
    // At the bound: accepted (10^9 t; 10^8 MWh; 10^9 GJ).
    read(HEADER, with(with(CEMENT_ROW, "verified_t", "1000000000"), "output", "1000000000"));
    read(HEADER, with(with(POWER_ROW, "output", "100000000"), "heat_gj", "1000000000"));
    assertEquals(Confidence.ASSUMED, MarketBounds.MAX_UNIT_TONNES.source().confidence());
    assertEquals(MarketBounds.MAX_POWER_OUTPUT_MWH, MarketBounds.maxOutput(Sector.POWER));
    assertEquals(MarketBounds.MAX_INDUSTRY_OUTPUT_T, MarketBounds.maxOutput(Sector.STEEL));
  }

  @Test
  void aByteOrderMarkIsAcceptedAndDropped() throws IOException {
    // The case: unknown column "\uFEFFyear".
    Path file = dir.resolve("bom.csv");
    Files.writeString(file, "\uFEFF" + HEADER + "\n" + CEMENT_ROW + "\n", StandardCharsets.UTF_8);
    assertEquals(Year.of(2024), MarketCsv.read(file).units().get(0).year());
    assertEquals(1, read("\uFEFF" + HEADER, CEMENT_ROW).units().size());
  }

  @Test
  void bytesThatAreNotUtf8StopTheReadWithFileAndLine() throws IOException {
    // The case: a GBK file gave java.nio.charset.MalformedInputException: Input length = 1.
    Path file = dir.resolve("gbk.csv");
    String text = HEADER + "\n" + CEMENT_ROW + "\n" + with(CEMENT_ROW, "entity_name", "安徽水泥").replace("L1", "L2") + "\n";
    Files.write(file, text.getBytes(Charset.forName("GBK")));
    CsvFileException e = assertThrows(CsvFileException.class, () -> MarketCsv.read(file));
    assertEquals(file.toString(), e.file());
    assertEquals(3, e.line());
    assertEquals("(encoding)", e.column());
    // 安 is B0 B2 in GBK; B0 is not a UTF-8 lead byte.
    assertTrue(e.value().startsWith("bytes B0"), e::getMessage);
    assertTrue(e.rule().startsWith("the file must be UTF-8"), e::getMessage);
  }

  @Test
  void fileSystemErrorsNameThePathAndTheReason() throws IOException {
    UncheckedIOException missing = assertThrows(UncheckedIOException.class,
        () -> MarketCsv.read(dir.resolve("absent.csv")));
    assertEquals("cannot read market file " + dir.resolve("absent.csv") + ": no such file", missing.getMessage());
    UncheckedIOException folder = assertThrows(UncheckedIOException.class, () -> MarketCsv.read(dir));
    assertEquals("cannot read market file " + dir + ": is a directory", folder.getMessage());
    Path file = dir.resolve("f.csv");
    Files.writeString(file, HEADER + "\n");
    UncheckedIOException notDir = assertThrows(UncheckedIOException.class,
        () -> MarketCsv.read(file.resolve("m.csv")));
    assertEquals("cannot read market file " + file.resolve("m.csv") + ": not a directory", notDir.getMessage());
    // The reasons of the exceptions a file system raises (permission cannot be denied to the test's user here).
    assertEquals("no such file", StudyFiles.reason(new NoSuchFileException("x")));
    assertEquals("permission denied", StudyFiles.reason(new AccessDeniedException("x")));
    assertEquals("not a directory", StudyFiles.reason(new NotDirectoryException("x")));
    assertEquals("is a directory", StudyFiles.reason(new DirectoryNotEmptyException("x")));
    assertEquals("exists and is a file", StudyFiles.reason(new FileAlreadyExistsException("x")));
    assertEquals("permission denied", StudyFiles.reason(new FileSystemException("x", null, "Read-only file system")));
    assertEquals("is a directory", StudyFiles.reason(new IOException("Is a directory")));
    assertEquals("disk full", StudyFiles.reason(new IOException("disk full")));
    assertEquals("IOException", StudyFiles.reason(new IOException()));
  }

  @Test
  void theOutputFolderIsCheckedBeforeAnyWork() throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, "x");
    assertEquals("cannot write to " + file + ": exists and is a file",
        assertThrows(UncheckedIOException.class, () -> ResultsCsv.checkWritable(file)).getMessage());
    assertTrue(assertThrows(UncheckedIOException.class, () -> ResultsCsv.checkWritable(file.resolve("sub")))
        .getMessage().startsWith("cannot write to " + file.resolve("sub") + ": not a directory"));
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("sectors.svg"));
    assertEquals("cannot write " + out.toAbsolutePath().resolve("sectors.svg") + ": is a directory",
        assertThrows(UncheckedIOException.class, () -> ResultsCsv.checkWritable(out)).getMessage());
    ResultsCsv.checkWritable(dir.resolve("new/deeper"));
  }

  @Test
  void aResultSetIsAllOrNothing() throws IOException {
    Path out = dir.resolve("out");
    StudyFiles.writeAll(out, Map.of("a.csv", "old a", "b.csv", "old b"));
    Map<String, String> next = new LinkedHashMap<>();
    next.put("a.csv", "new a");
    // A name that cannot be written (its folder does not exist) fails after a.csv was staged.
    next.put("no/such/b.csv", "new b");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> StudyFiles.writeAll(out, next));
    assertTrue(e.getMessage().endsWith("no earlier file was replaced"), e::getMessage);
    assertEquals("old a", Files.readString(out.resolve("a.csv")));
    assertEquals("old b", Files.readString(out.resolve("b.csv")));
    // Nothing is left beside the folder or in it.
    try (var files = Files.list(dir)) {
      assertEquals(List.of("out"), files.map(p -> p.getFileName().toString()).toList());
    }
    StudyFiles.writeAll(out, Map.of("a.csv", "new a"));
    assertEquals("new a", Files.readString(out.resolve("a.csv")));
    try (var files = Files.list(out)) {
      assertEquals(List.of("a.csv", "b.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void theApiDoorsOfAMarketUnitAreTheFileDoors() {
    MarketUnit.Builder b = MarketUnit.builder().year(Year.of(2024)).entityId("E").sector(Sector.POWER).unitId("U")
        .category("I").verifiedTonnes(BigDecimal.ONE).output(BigDecimal.ONE);
    assertEquals("load_factor_pct", assertThrows(EtsValidationException.class,
        () -> b.loadFactorPercent(new BigDecimal("0.62")).build()).field());
    assertEquals("special", assertThrows(EtsValidationException.class,
        () -> b.loadFactorPercent(new BigDecimal("62")).special("foo").build()).field());
    assertEquals(true, Arrays.asList(SpecialKinds.describe().split("; ")).contains("ALUMINUM: none"));
  }
}
