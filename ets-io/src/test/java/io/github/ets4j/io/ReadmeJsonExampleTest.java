package io.github.ets4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.Rulebook;
import io.github.ets4j.allocation.industry.IndustrialUnit;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.cement.ClinkerLineYear;
import io.github.ets4j.sectors.mrv.AnnualReport;
import java.io.IOException;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README example "JSON in a service", kept verbatim. */
class ReadmeJsonExampleTest {

  @Test
  void fromAJsonRequestToAJsonAllocation() throws IOException {
    String requestBody = JsonServiceTest.request();
    // README:BEGIN
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // finds Ets4jModule
    AnnualReport year = mapper.readValue(requestBody, AnnualReport.class); // refused: $.months[3].rows[2].value ...
    Allocation cement = Rulebook.chinaNational(year.year()).allocateIndustry(Sector.CEMENT,
        List.of(IndustrialUnit.cementLine(ClinkerLineYear.of(year))));
    String reportJson = mapper.writeValueAsString(year);       // "verifiedEmissions":"926003", decimals as strings
    String allocationJson = mapper.writeValueAsString(cement); // units, entities, relief, explanation
    // README:END
    JsonNode report = mapper.readTree(reportJson);
    assertEquals("926003", report.get("verifiedEmissions").asText());
    assertEquals(Year.of(2025).getValue(), report.get("year").asInt());
    assertEquals("926003", mapper.readTree(allocationJson).get("total").asText());
  }
}
