package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each door case of a monitoring data file stops the read, naming file, line, column and the value. */
class BadFilesTest {
  static final String HEADER = String.join(",", MonitoringCsv.HEADER) + "\n";
  static final String CEMENT = "91110000600037341L,line-2,CEMENT,";

  static List<MonthlyReport> months(String text) throws IOException {
    return MonitoringCsv.readMonths(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.csv");
  }

  static EtsValidationException refused(String text) {
    return assertThrows(EtsValidationException.class, () -> months(text));
  }

  static EtsValidationException refused(byte[] bytes) {
    return assertThrows(EtsValidationException.class,
        () -> MonitoringCsv.readMonths(new ByteArrayInputStream(bytes), "in.csv"));
  }

  /** A January of the cement sample, rows at lines 2 to 6. */
  static String january() {
    return CEMENT + "2025-01,clinker_type,PORTLAND,,,,\n"
        + CEMENT + "2025-01,product_output,CLINKER,100000,t,,\n"
        + CEMENT + "2025-01,fuel,BITUMINOUS_COAL,12000,t,,\n"
        + CEMENT + "2025-01,alternative_material,CARBIDE_SLAG,5000,t,,\n"
        + CEMENT + "2025-01,alternative_material,COAL_FLY_ASH,2000,t,,\n";
  }

  static void names(EtsValidationException e, long line, int column, String value, String rule) {
    String location = "in.csv line " + line + ", column " + column;
    assertTrue(e.field().startsWith(location), e.getMessage());
    assertEquals("\"" + value + "\"", e.value(), e.getMessage());
    assertTrue(e.rule().contains(rule), e.getMessage());
  }

  @Test
  void aGoodMonthReads() throws IOException {
    List<MonthlyReport> read = months(HEADER + january());
    assertEquals(1, read.size());
    assertEquals(SectorYears.cementMonth(1), read.get(0).data());
  }

  @Test
  void aByteOrderMarkIsAcceptedAndDropped() throws IOException {
    byte[] text = (HEADER + january()).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(text);
    assertEquals(months(HEADER + january()), MonitoringCsv.readMonths(new ByteArrayInputStream(bytes.toByteArray()), "in.csv"));
  }

  @Test
  void gbkBytesAreRefused() {
    // 电石渣 (carbide slag) in a source cell of line 4, saved as GBK: the source is the 10th cell
    String text = HEADER + CEMENT + "2025-01,clinker_type,PORTLAND,,,,\n"
        + CEMENT + "2025-01,product_output,CLINKER,100000,t,,\n"
        + CEMENT + "2025-01,fuel,BITUMINOUS_COAL,12000,t,,电石渣\n";
    EtsValidationException e = refused(text.getBytes(Charset.forName("GBK")));
    assertTrue(e.field().startsWith("in.csv line 4, column 10"), e.getMessage());
    assertTrue(e.rule().contains("the file must be UTF-8"), e.getMessage());
    // 电 is 0xB5 0xE7 in GBK
    assertTrue(e.value().startsWith("\"0xB5 0xE7"), e.value());
  }

  @Test
  void aMonthTwiceIsRefused() {
    String text = HEADER + january() + CEMENT.replace("line-2", "line-3") + "2025-01,clinker_type,PORTLAND,,,,\n"
        + january();
    names(refused(text), 8, Row.MONTH, "2025-01", "is reported twice: its rows started on line 2");
    names(refused(HEADER + january() + CEMENT + "2025-01,product_output,CLINKER,1,t,,\n"), 7, Row.NAME, "CLINKER",
        "reported twice in 2025-01 (first on line 3)");
  }

  @Test
  void aTruncatedFileIsRefused() {
    String text = HEADER + january() + CEMENT + "2025-02,clinker_type,PORT";
    names(refused(text), 7, 7, "", "this one 6 (a truncated row or file?)");
    names(refused(HEADER + january() + CEMENT + "2025-02,clinker_type,\"PORT"), 7, 1, "", "ends inside a quoted cell");
    // one month of twelve: the year is refused, naming its first row
    EtsValidationException year = assertThrows(EtsValidationException.class, () -> MonitoringCsv.readYear(
        new ByteArrayInputStream((HEADER + january()).getBytes(StandardCharsets.UTF_8)), "in.csv"));
    names(year, 2, Row.FACILITY_ID, "line-2", "missing: an annual report needs all twelve months of 2025");
  }

  @Test
  void anUnknownItemNameOrUnitIsRefused() {
    names(refused(HEADER + january() .replace("fuel,BITUMINOUS_COAL", "fuels,BITUMINOUS_COAL")), 4, Row.ITEM, "fuels",
        "unknown item: a CEMENT month reports clinker_type, fuel,");
    names(refused(HEADER + january().replace("fuel,BITUMINOUS_COAL", "fuel,BITUMINOUS")), 4, Row.NAME, "BITUMINOUS",
        "unknown fuel \"BITUMINOUS\": use one of ANTHRACITE, BITUMINOUS_COAL");
    names(refused(HEADER + january().replace("12000,t", "12000,barrel")), 4, Row.UNIT, "barrel",
        "unknown unit for fuel BITUMINOUS_COAL: use one of");
    names(refused(HEADER + january().replace("operating", "x") + CEMENT + "2025-01,operating_hours,OPERATING_HOURS,1,h,,\n"),
        7, Row.ITEM, "operating_hours", "not a CEMENT item");
    // a coal in Nm3 is converted to 10^4 Nm3 and refused by the fuel line, naming the unit cell
    names(refused(HEADER + january().replace("12000,t", "12000,Nm3")), 4, Row.UNIT, "Nm3",
        "solid fuels are reported in t");
    names(refused(HEADER + january() + CEMENT + "2025-01,ncv,BITUMINOUS_COAL,25,MJ/t,measured,\n"), 7, Row.ITEM, "ncv",
        "must directly follow its fuel's row");
  }

  @Test
  void badCellsAreRefused() {
    names(refused(HEADER + january().replace("12000,t", "\"12,000\",t")), 4, Row.VALUE, "12,000", "not a decimal number");
    names(refused(HEADER + january().replace("12000,t", "-5,t")), 4, Row.VALUE, "-5", "must be zero or more");
    names(refused(HEADER + january().replace("2025-01,fuel", "2025-13,fuel")), 4, Row.MONTH, "2025-13", "yyyy-mm");
    names(refused(HEADER + january().replace("12000,t,,", "12000,t,measured,")), 4, Row.ACQUISITION, "measured",
        "without provenance");
    names(refused(HEADER.replace("unit", "units") + january()), 1, 8, "units", "the header is");
    names(refused(""), 1, 1, "", "an empty file");
    names(refused(HEADER), 2, 1, "", "no rows after the header");
    names(refused(HEADER + january().replace("CEMENT,2025-01,fuel", "POWER,2025-01,fuel")), 4, Row.SECTOR, "POWER",
        "name one sector");
    names(refused(HEADER + january().replace("PORTLAND,,,,", "PORTLAND,1,,,")), 2, Row.VALUE, "1", "is named");
    names(refused(HEADER + january().replace(CEMENT + "2025-01,clinker_type,PORTLAND,,,,\n", "")), 2, Row.MONTH,
        "2025-01", "has no clinker_type");
  }

  @Test
  void parametersReadWithTheirProvenance() throws IOException {
    String sha = "a".repeat(64);
    String coal = CEMENT + "2025-01,fuel,BITUMINOUS_COAL,12000,t,,\n";
    String ncv = CEMENT + "2025-01,ncv,BITUMINOUS_COAL,23.5,GJ/t,measured,LAB_REPORT:LAB-1:" + sha + ":2025-02-03\n";
    MonthlyReport read = months(HEADER + january().replace(coal, coal + ncv)).get(0);
    assertEquals("LAB-1", read.data().fuelUses().get(0).ncv().evidence().get(0).documentId());
    String defaulted = CEMENT + "2025-01,oxidation_rate,BITUMINOUS_COAL,99,%,default,AG-CEMENT-2024 Table B.1 [V]\n";
    MonthlyReport withDefault = months(HEADER + january().replace(coal, coal + defaulted)).get(0);
    assertEquals(1, withDefault.defaultsUsed().stream().filter(p -> p.name().equals("OF")).count());
    names(refused(HEADER + january().replace(coal, coal + ncv.replace("LAB_REPORT", "LAB"))), 5, Row.SOURCE,
        "LAB:LAB-1:" + sha + ":2025-02-03", "unknown evidence kind \"LAB\"");
    names(refused(HEADER + january().replace(coal, coal + ncv.replace(":2025-02-03", ""))), 5, Row.SOURCE,
        "LAB_REPORT:LAB-1:" + sha, "evidence is KIND:document id:sha256:upload date");
    names(refused(HEADER + january().replace(coal, coal + ncv.replace("2025-02-03", "2025-02-30"))), 5, Row.SOURCE,
        "LAB_REPORT:LAB-1:" + sha + ":2025-02-30", "not a date");
    names(refused(HEADER + january().replace(coal, coal + defaulted.replace(" [V]", ""))), 5, Row.SOURCE,
        "AG-CEMENT-2024 Table B.1", "a default names its source");
    names(refused(HEADER + january().replace(coal, coal + defaulted.replace("[V]", "[X]"))), 5, Row.SOURCE,
        "AG-CEMENT-2024 Table B.1 [X]", "unknown confidence tag");
    names(refused(HEADER + january().replace(coal, coal + ncv.replace("measured", "guessed"))), 5, Row.ACQUISITION,
        "guessed", "one of measured, calculated, design, default");
    names(refused(HEADER + january().replace(coal, coal + ncv.replace("GJ/t", "MJ/t"))), 5, Row.UNIT,
        "MJ/t", "unknown unit for ncv BITUMINOUS_COAL: use one of GJ/t");
    names(refused(HEADER + january().replace(coal, coal + ncv + ncv)), 6, Row.ITEM, "ncv", "reported twice");
    names(refused(HEADER + january().replace(coal, coal + ncv.replace("ncv,BITUMINOUS_COAL", "ncv,DIESEL"))), 5,
        Row.NAME, "DIESEL", "names the fuel row above it");
    names(refused(HEADER + january().replace(coal, coal + defaulted.replace("99,", "101,"))), 5, Row.VALUE, "101",
        "oxidationRate");
  }

  @Test
  void aRuleOfTheWholeMonthNamesItsFirstRow() {
    // 1,000 t clinker × 0.535 = 535 < 5,000 t carbide slag × 0.480 = 2,400: negative process emissions
    names(refused(HEADER + january().replace("CLINKER,100000", "CLINKER,1000")), 2, Row.MONTH, "2025-01",
        "negative cement process emissions");
  }

  @Test
  void aFileNamesOneFacilityYearForReadYear() throws IOException {
    String two = MonitoringCsv.write(List.of(SectorYears.cement(), SectorYears.power()));
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> MonitoringCsv.readYear(
        new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8)), "two.csv"));
    assertTrue(e.getMessage().contains("2 facility-years"), e.getMessage());
    AnnualReport one = MonitoringCsv.readYears(new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8)), "two.csv")
        .get(0);
    assertEquals(SectorYears.cement(), one);
  }
}
