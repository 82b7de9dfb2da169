package io.github.ets4j.io;

import static io.github.ets4j.io.SectorYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.core.Co2e;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A service that speaks JSON: a request with the twelve months of a cement line, the annual report, the
 * allocation, each step validated. The module is found through the ServiceLoader.
 */
class JsonServiceTest {
  static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  /** The request a client sends: the cement line of CementFacilityYearTest, written by hand as JSON. */
  static String request() {
    StringBuilder months = new StringBuilder();
    for (int m = 1; m <= 12; m++) {
      String clinker = m == 7 ? "80000" : "100000";
      months.append(m == 1 ? "" : ",\n").append("{\"month\":\"2025-").append(m < 10 ? "0" : "").append(m)
          .append("\",\"rows\":[")
          .append("{\"item\":\"clinker_type\",\"name\":\"PORTLAND\"},")
          .append("{\"item\":\"product_output\",\"name\":\"CLINKER\",\"value\":\"").append(clinker).append("\",\"unit\":\"t\"},")
          .append("{\"item\":\"fuel\",\"name\":\"BITUMINOUS_COAL\",\"value\":\"12000\",\"unit\":\"t\"},")
          .append("{\"item\":\"alternative_material\",\"name\":\"CARBIDE_SLAG\",\"value\":\"5000\",\"unit\":\"t\"},")
          .append("{\"item\":\"alternative_material\",\"name\":\"COAL_FLY_ASH\",\"value\":\"2\",\"unit\":\"kt\"}]}");
    }
    return "{\"entityId\":\"91110000600037341L\",\"facilityId\":\"line-2\",\"sector\":\"CEMENT\",\"months\":[\n"
        + months + "]}";
  }

  @Test
  void requestToAnnualReportToAllocation() throws IOException {
    AnnualReport report = MAPPER.readValue(request(), AnnualReport.class);
    assertEquals(SectorYears.cement(), report);
    // 12 × 27,068.55 + 11 × 50,990.00 + 40,290.00 = 926,002.60 → 926,003 t
    String reportJson = MAPPER.writeValueAsString(report);
    JsonNode reportTree = MAPPER.readTree(reportJson);
    assertEquals("926003", reportTree.get("verifiedEmissions").asText());
    assertEquals("926002.60", reportTree.get("coveredCo2e").asText());
    assertEquals(12, reportTree.get("months").size());
    assertEquals(report, MAPPER.readValue(reportJson, AnnualReport.class));

    Allocation allocation = Rulebook.chinaNational(Year.of(2025)).allocateIndustry(Sector.CEMENT,
        List.of(IndustrialUnit.cementLine(ClinkerLineYear.of(MAPPER.readValue(reportJson, AnnualReport.class)))));
    JsonNode allocationTree = MAPPER.readTree(MAPPER.writeValueAsString(allocation));
    // one Portland line is the whole sector: BP = its intensity, X = 0, α = 0, A = E = 926,003 t (allocation.md)
    assertEquals("926003", allocationTree.get("total").asText());
    assertEquals("CEMENT", allocationTree.get("sector").asText());
    assertEquals("91110000600037341L", allocationTree.get("entities").get(0).get("entityId").asText());
    assertEquals("926003", allocationTree.get("entities").get(0).get("units").get(0).get("allocation").asText());
    assertTrue(allocationTree.get("explanation").asText().contains("926003"), allocationTree.toString());
    // the unit is compared with BP = its own intensity: X = 0 up to the 34-digit arithmetic (0.00 % as reported),
    // so E x (1 + α) is 926,003 t up to far below a tonne
    JsonNode line = allocationTree.get("entities").get(0).get("units").get(0);
    assertEquals("industry", line.get("kind").asText());
    assertEquals("0.00", line.get("deviationPercentReported").asText(), line.toString());
    assertTrue(new BigDecimal(line.get("deviation").asText()).abs().compareTo(new BigDecimal("1e-30")) < 0);
    assertTrue(new BigDecimal(line.get("unroundedAllocation").asText()).subtract(new BigDecimal("926003")).abs()
        .compareTo(new BigDecimal("1e-20")) < 0, line.toString());

    // a second service reads the allocation back and gets the same value, every figure checked on the way in
    String allocationJson = MAPPER.writeValueAsString(allocation);
    Allocation readBack = MAPPER.readValue(allocationJson, Allocation.class);
    assertEquals(allocation, readBack);
    assertEquals(allocation.explain(), readBack.explain());
    ComplianceAccount account = ComplianceAccount.open(readBack.entities().get(0).entityId(),
        readBack.entities().get(0).verifiedEmissions(), ComplianceRules.chinaNational(Year.of(2025)))
        .withReceived(Year.of(2025), readBack.entities().get(0).allocation()).surrender(Year.of(2025), bd("926003"));
    ComplianceAccount accountBack = MAPPER.readValue(MAPPER.writeValueAsString(account), ComplianceAccount.class);
    assertEquals(account, accountBack);
    assertTrue(accountBack.isSettled());
    // a tampered allocation is refused at the figure that disagrees
    EtsValidationException tampered = assertThrows(EtsValidationException.class, () -> MAPPER.readValue(
        allocationJson.replace("\"allocation\":\"926003\"", "\"allocation\":\"999999\""), Allocation.class));
    assertEquals("$.entities[0].units[0].allocation", tampered.field(), tampered.getMessage());
  }

  @Test
  void everySampleYearAndMonthRoundTrips() throws IOException {
    for (AnnualReport year : List.of(SectorYears.power(), SectorYears.cement(), SectorYears.steel(), SectorYears.aluminum())) {
      assertEquals(year, MAPPER.readValue(MAPPER.writeValueAsString(year), AnnualReport.class));
      MonthlyReport month = year.months().get(8);
      assertEquals(month, MAPPER.readValue(MAPPER.writeValueAsString(month), MonthlyReport.class));
      assertEquals(month.emissions(), MAPPER.readValue(MAPPER.writeValueAsString(month.emissions()),
          io.github.ets4j.core.Emissions.class));
    }
    JsonNode power = MAPPER.readTree(MAPPER.writeValueAsString(SectorYears.power().months().get(0)));
    JsonNode ncv = power.get("rows").get(2);
    assertEquals("ncv", ncv.get("item").asText());
    assertEquals("20.000", ncv.get("value").asText());
    assertEquals("LAB-COAL", ncv.get("evidence").get(0).get("documentId").asText());
    Co2e co2e = Co2e.of(bd("26316.00"), GwpSet.AR5);
    String text = MAPPER.writeValueAsString(co2e);
    assertEquals("{\"tonnes\":\"26316\",\"gwpSet\":\"AR5\"}", text);
    assertEquals(co2e, MAPPER.readValue(text, Co2e.class));
  }

  @Test
  void aComplianceAccountsStateIsWrittenAndRead() throws IOException {
    ComplianceAccount account = ComplianceAccount.open("91110000600037341L", bd("926003"),
        ComplianceRules.chinaNational(Year.of(2025))).withReceived(Year.of(2025), bd("900000"))
        .surrender(Year.of(2025), bd("900000"));
    JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(account));
    // 926,003 obligation − 900,000 surrendered = 26,003 remaining
    assertEquals("26003", tree.get("remaining").asText());
    assertEquals("900000", tree.get("surrendered").get("2025").asText());
    assertEquals(false, tree.get("isSettled").asBoolean());
    assertEquals(account, MAPPER.readValue(MAPPER.writeValueAsString(account), ComplianceAccount.class));
  }

  static EtsValidationException refused(String json) {
    return assertThrows(EtsValidationException.class, () -> MAPPER.readValue(json, AnnualReport.class));
  }

  @Test
  void aBadDocumentNamesTheJsonPath() {
    EtsValidationException number = refused(request().replace("\"value\":\"12000\"", "\"value\":12000"));
    assertEquals("$.months[0].rows[2].value", number.field(), number.getMessage());
    assertTrue(number.rule().contains("decimals are JSON strings"), number.getMessage());
    EtsValidationException item = refused(request().replace("\"item\":\"fuel\"", "\"item\":\"fuels\""));
    assertEquals("$.months[0].rows[2].item", item.field(), item.getMessage());
    EtsValidationException unit = refused(request().replace("\"kt\"", "\"Mt\""));
    assertEquals("$.months[0].rows[4].unit", unit.field(), unit.getMessage());
    EtsValidationException key = refused(request().replace("\"item\":\"fuel\"", "\"item\":\"fuel\",\"colour\":\"red\""));
    assertEquals("$.months[0].rows[2].colour", key.field(), key.getMessage());
    EtsValidationException month = refused(request().replace("2025-12", "2025-11"));
    assertEquals("$.months[11].month", month.field(), month.getMessage());
    EtsValidationException derived = refused(request().replace("\"months\"", "\"verifiedEmissions\":\"900000\",\"months\""));
    assertEquals("$.verifiedEmissions", derived.field(), derived.getMessage());
    assertTrue(derived.rule().contains("926003"), derived.getMessage());
    EtsValidationException missing = refused(request().replace(",\"sector\":\"CEMENT\"", ""));
    assertEquals("$.months[0].sector", missing.field(), missing.getMessage());
  }
}
