package io.github.ets4j.io;

import static io.github.ets4j.io.SectorYears.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.EntityAllocation;
import io.github.ets4j.allocation.ReportOnlyUnit;
import io.github.ets4j.allocation.VerifiedUnitAllocation;
import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.allocation.industry.IndustryUnitAllocation;
import io.github.ets4j.allocation.power.PowerUnitAllocation;
import io.github.ets4j.core.EtsValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Allocations and compliance accounts in JSON: read back equal to what was written, every public figure in the
 * document, and bad documents refused at their JSON path.
 */
class AllocationJsonTest {
  static final ObjectMapper MAPPER = JsonServiceTest.MAPPER;

  static ObjectNode tree(Object value) {
    return (ObjectNode) MAPPER.valueToTree(value);
  }

  static Allocation readAllocation(String json) {
    try {
      return MAPPER.readValue(json, Allocation.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ComplianceAccount readAccount(String json) {
    try {
      return MAPPER.readValue(json, ComplianceAccount.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everySampleAllocationAndAccountReadsBackEqual() throws IOException {
    for (Allocation allocation : AllocationSamples.allocations()) {
      String json = MAPPER.writeValueAsString(allocation);
      Allocation read = readAllocation(json);
      assertEquals(allocation, read, json);
      assertEquals(allocation.hashCode(), read.hashCode());
      assertEquals(allocation.explain(), read.explain());
      assertEquals(json, MAPPER.writeValueAsString(read));
    }
    for (ComplianceAccount account : List.of(AllocationSamples.account2025(), AllocationSamples.account2021())) {
      String json = MAPPER.writeValueAsString(account);
      assertEquals(account, readAccount(json), json);
      assertEquals(account.hashCode(), readAccount(json).hashCode());
    }
  }

  @Test
  void theNewFiguresAreInTheDocument() {
    ObjectNode power = tree(AllocationSamples.power2025());
    // Art 31: floor(0.5 t/MWh x 1,001 MWh) = floor(500.5) = 500 t for E1, nothing for E2
    assertEquals("0.5", power.get("nonFossilElectricityAdjustment").get("value").asText());
    assertEquals("A", power.get("nonFossilElectricityAdjustment").get("source").get("confidence").asText());
    assertEquals("1001", power.get("nonFossilElectricityConsumption").get("E1").asText());
    assertEquals("500", power.get("entities").get(0).get("nonFossilAdjustment").asText());
    assertEquals("0", power.get("entities").get(1).get("nonFossilAdjustment").asText());
    assertEquals(bd(power.get("total").asText()).add(bd("500")), bd(power.get("adjustedTotal").asText()));
    assertFalse(power.get("projected").asBoolean());
    JsonNode special = power.get("entities").get(1).get("units").get(0);
    assertEquals("power", special.get("kind").asText());
    assertEquals("BIOMASS_CO_FIRING", special.get("specialReason").asText());
    // a special unit gets floor(verified 40,000.7) = 40,000 t
    assertEquals("40000", special.get("allocation").asText());

    ObjectNode cement = tree(AllocationSamples.cement2025());
    assertEquals("0.85", cement.get("publishedBalanceValue").get("value").asText());
    assertEquals("PLATFORM-2025", cement.get("publishedBalanceValue").get("source").get("document").asText());
    assertEquals("0.8500", cement.get("balanceValueReported").asText());
    assertEquals(bd("0.85").subtract(bd(cement.get("solvedBalanceValue").asText())),
        bd(cement.get("balanceValueDifference").asText()));
    JsonNode reportOnly = cement.get("reportOnly").get(0);
    assertEquals("N", reportOnly.get("unitId").asText());
    assertEquals("70000", reportOnly.get("verifiedEmissions").asText());
    // the report-only line is in no total: 850,000 + 400,000.55 + 875,000 + 90,000.6 = 2,215,001.15 t verified
    assertEquals(0, bd("2215001.15").compareTo(bd(cement.get("verifiedTotal").asText())));

    assertTrue(tree(AllocationSamples.cement2027()).get("projected").asBoolean());
    assertTrue(tree(AllocationSamples.cement2027()).get("explanation").asText().contains("PROJECTED"));
    JsonNode verified = tree(AllocationSamples.cement2024()).get("entities").get(0).get("units").get(0);
    assertEquals("verified", verified.get("kind").asText());
    assertEquals("850000", verified.get("allocation").asText());
  }

  // ---- every public figure is in the document -----------------------------------------------------------

  /** JSON keys of getters whose key is not their name, and the figures not held (each with the reason). */
  static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("explain", "explanation");
    KEYS.put("isSpecial", "special");
    KEYS.put("isProjected", "projected");
    KEYS.put("isSettled", "isSettled");
    // UnitAllocation.special() (the reason) is "specialReason": "special" is the flag, kept from the first form.
    KEYS.put("special", "specialReason");
    KEYS.put("rules", "year");
  }

  /** Public methods that are no figure of the value, with the reason. */
  static final Map<String, String> NOT_FIGURES = Map.of(
      "Allocation.units", "every unit, entity by entity: the entities' units",
      "Allocation.entity", "a lookup by id in the entities",
      "Allocation.unit", "a lookup by id in the entities' units",
      "Allocation.nonFossilAdjustment", "per entity: the entities' nonFossilAdjustment",
      "ComplianceAccount.penalty", "a range at a price the caller gives, not a figure of the account");

  static Set<String> figures(Class<?> type) {
    Set<String> keys = new TreeSet<>();
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class
          || method.getName().startsWith("with") || method.getReturnType() == type
          || Set.of("equals", "hashCode", "toString").contains(method.getName())
          || NOT_FIGURES.containsKey(type.getSimpleName() + "." + method.getName())) {
        continue;
      }
      keys.add(KEYS.getOrDefault(method.getName(), method.getName()));
    }
    return keys;
  }

  static void collect(JsonNode node, Map<String, Set<String>> keysByKind, String kind) {
    Set<String> keys = keysByKind.computeIfAbsent(kind, k -> new TreeSet<>());
    node.fieldNames().forEachRemaining(keys::add);
  }

  @Test
  void everyPublicGetterOfTheAllocationTypesIsInTheDocument() {
    Map<String, Set<String>> written = new LinkedHashMap<>();
    for (Allocation allocation : AllocationSamples.allocations()) {
      ObjectNode node = tree(allocation);
      collect(node, written, "Allocation");
      for (JsonNode entity : node.get("entities")) {
        collect(entity, written, "EntityAllocation");
        for (JsonNode unit : entity.get("units")) {
          collect(unit, written, unit.get("kind").asText());
        }
      }
      for (JsonNode unit : node.get("reportOnly")) {
        collect(unit, written, "ReportOnlyUnit");
      }
    }
    collect(tree(AllocationSamples.account2025()), written, "ComplianceAccount");
    Map<String, Class<?>> types = new LinkedHashMap<>();
    types.put("Allocation", Allocation.class);
    types.put("EntityAllocation", EntityAllocation.class);
    types.put("power", PowerUnitAllocation.class);
    types.put("industry", IndustryUnitAllocation.class);
    types.put("verified", VerifiedUnitAllocation.class);
    types.put("ReportOnlyUnit", ReportOnlyUnit.class);
    types.put("ComplianceAccount", ComplianceAccount.class);
    for (Map.Entry<String, Class<?>> type : types.entrySet()) {
      Set<String> missing = figures(type.getValue());
      missing.removeAll(written.getOrDefault(type.getKey(), Set.of()));
      assertEquals(Set.of(), missing, type.getValue().getSimpleName() + " has figures the JSON drops");
    }
    // The walk itself finds figures: a getter this list lacks would be reported.
    assertTrue(figures(PowerUnitAllocation.class).containsAll(List.of("electricityPart", "heatBenchmark",
        "specialReason", "special", "explanation")), figures(PowerUnitAllocation.class).toString());
    assertTrue(figures(Allocation.class).containsAll(List.of("publishedBalanceValue", "solvedBalanceValue",
        "balanceValueDifference", "reportOnly", "nonFossilElectricityAdjustment", "projected")));
  }

  // ---- bad documents ---------------------------------------------------------------------------------------

  static EtsValidationException refusedAllocation(ObjectNode document) {
    return assertThrows(EtsValidationException.class, () -> readAllocation(document.toString()), document::toString);
  }

  static EtsValidationException refusedAccount(ObjectNode document) {
    return assertThrows(EtsValidationException.class, () -> readAccount(document.toString()), document::toString);
  }

  static ObjectNode power(Consumer<ObjectNode> change) {
    ObjectNode node = tree(AllocationSamples.power2025());
    change.accept(node);
    return node;
  }

  static ObjectNode cement(Consumer<ObjectNode> change) {
    ObjectNode node = tree(AllocationSamples.cement2025());
    change.accept(node);
    return node;
  }

  static ObjectNode unit(ObjectNode allocation, int entity, int unit) {
    return (ObjectNode) allocation.get("entities").get(entity).get("units").get(unit);
  }

  static void assertRefused(String path, EtsValidationException e) {
    assertEquals(path, e.field(), e.getMessage());
  }

  @Test
  void aMissingFieldIsNamed() {
    assertRefused("$.method", refusedAllocation(power(n -> n.remove("method"))));
    assertRefused("$.entities[0].topUp", refusedAllocation(power(n -> ((ObjectNode) n.get("entities").get(0))
        .remove("topUp"))));
    assertRefused("$.entities[0].units[0].electricityBenchmark", refusedAllocation(power(n -> unit(n, 0, 0)
        .remove("electricityBenchmark"))));
    assertRefused("$.entities[0].units[0].kind", refusedAllocation(power(n -> unit(n, 0, 0).remove("kind"))));
    assertRefused("$.reportOnly[0].reason", refusedAllocation(cement(n -> ((ObjectNode) n.get("reportOnly").get(0))
        .remove("reason"))));
    assertRefused("$.publishedBalanceValue.source", refusedAllocation(cement(n -> ((ObjectNode) n
        .get("publishedBalanceValue")).remove("source"))));
  }

  @Test
  void aWrongTypeIsNamed() {
    assertRefused("$.year", refusedAllocation(power(n -> n.put("year", "2025"))));
    assertRefused("$.entities", refusedAllocation(power(n -> n.put("entities", "E1"))));
    assertRefused("$.entities[1]", refusedAllocation(power(n -> ((ArrayNode) n.get("entities")).set(1, "E2"))));
    assertRefused("$.entities[0].units[0].category", refusedAllocation(power(n -> unit(n, 0, 0).put("category", 1))));
    EtsValidationException number = refusedAllocation(power(n -> unit(n, 0, 0).put("heatOutput", 200000)));
    assertRefused("$.entities[0].units[0].heatOutput", number);
    assertTrue(number.rule().contains("decimals are JSON strings"), number.getMessage());
    EtsValidationException derivedNumber = refusedAllocation(power(n -> n.put("total", 1)));
    assertRefused("$.total", derivedNumber);
    assertTrue(derivedNumber.rule().contains("decimals are JSON strings"), derivedNumber.getMessage());
  }

  @Test
  void anUnknownFieldOrKindIsNamed() {
    assertRefused("$.colour", refusedAllocation(power(n -> n.put("colour", "red"))));
    assertRefused("$.entities[0].units[1].colour", refusedAllocation(power(n -> unit(n, 0, 1).put("colour", "red"))));
    assertRefused("$.entities[0].units[0].kind", refusedAllocation(power(n -> unit(n, 0, 0).put("kind", "wind"))));
    assertRefused("$.sector", refusedAllocation(power(n -> n.put("sector", "GLASS"))));
    assertRefused("$.entities[1].units[0].specialReason", refusedAllocation(power(n -> unit(n, 1, 0)
        .put("specialReason", "SOLAR"))));
    assertRefused("$.publishedBalanceValue.source.confidence", refusedAllocation(cement(n -> ((ObjectNode) n
        .get("publishedBalanceValue").get("source")).put("confidence", "X"))));
  }

  @Test
  void aBadDecimalIsNamed() {
    assertRefused("$.balanceValue", refusedAllocation(cement(n -> n.put("balanceValue", "0.8x"))));
    assertRefused("$.entities[0].verifiedEmissions", refusedAllocation(power(n -> ((ObjectNode) n.get("entities")
        .get(0)).put("verifiedEmissions", "1e6"))));
    assertRefused("$.nonFossilElectricityConsumption.E1", refusedAllocation(power(n -> ((ObjectNode) n
        .get("nonFossilElectricityConsumption")).put("E1", "-1"))));
    assertRefused("$.entities[0].units[0].electricityOutput", refusedAllocation(power(n -> unit(n, 0, 0)
        .put("electricityOutput", "-5"))));
  }

  @Test
  void aNullIsRefusedWhereAValueIsRequired() {
    assertRefused("$.sector", refusedAllocation(power(n -> n.putNull("sector"))));
    assertRefused("$.entities[0]", refusedAllocation(power(n -> ((ArrayNode) n.get("entities")).set(0, com.fasterxml.jackson.databind.node.NullNode.getInstance()))));
    assertRefused("$.entities[0].units[0].unitId", refusedAllocation(power(n -> unit(n, 0, 0).putNull("unitId"))));
    assertRefused("$.holdings", refusedAccount(account(n -> n.putNull("holdings"))));
  }

  @Test
  void aFigureThatDisagreesWithTheInputsIsRefused() {
    EtsValidationException total = refusedAllocation(power(n -> n.put("total", "1")));
    assertRefused("$.total", total);
    assertRefused("$.entities[0].units[0].electricityPart", refusedAllocation(power(n -> unit(n, 0, 0)
        .put("electricityPart", "1"))));
    assertRefused("$.entities[0].units[0].explanation", refusedAllocation(power(n -> unit(n, 0, 0)
        .put("explanation", "trust me"))));
    assertRefused("$.entities[0].nonFossilAdjustment", refusedAllocation(power(n -> ((ObjectNode) n.get("entities")
        .get(0)).put("nonFossilAdjustment", "501"))));
    assertRefused("$.balanceValueDifference", refusedAllocation(cement(n -> n.put("balanceValueDifference", "0"))));
    assertRefused("$.projected", refusedAllocation(cement(n -> n.put("projected", true))));
    // the entity's figures are the sums of its units'
    assertRefused("$.entities[0].initialAllocation", refusedAllocation(power(n -> ((ObjectNode) n.get("entities")
        .get(0)).put("initialAllocation", "1").remove(List.of("allocation", "shortfallRatePercent", "explanation")))));
    // a coal unit is not topped up (only gas units, category IV)
    EtsValidationException topUp = refusedAllocation(power(n -> unit(n, 0, 0).put("topUp", "5")));
    assertRefused("$.entities[0].units[0].topUp", topUp);
    assertTrue(topUp.rule().contains("category IV"), topUp.getMessage());
    // X = 1 - I / BP is recomputed from I and BP
    assertRefused("$.entities[0].units[0].deviation", refusedAllocation(cement(n -> unit(n, 0, 0)
        .put("deviation", "0.5"))));
    assertRefused("$.entities[0].units[0].entityId", refusedAllocation(power(n -> unit(n, 0, 0).put("entityId", "E9"))));
    assertRefused("$.reportOnly[0].unitId", refusedAllocation(cement(n -> ((ObjectNode) n.get("reportOnly").get(0))
        .put("unitId", "L1"))));
    // REG-2024 Art 31 applies from 2024: a 2020 allocation has no adjustment
    ObjectNode old = tree(AllocationSamples.power2020());
    old.set("nonFossilElectricityAdjustment", tree(AllocationSamples.power2025()).get("nonFossilElectricityAdjustment"));
    assertRefused("$.nonFossilElectricityAdjustment", refusedAllocation(old));
  }

  // ---- accounts --------------------------------------------------------------------------------------------

  static ObjectNode account(Consumer<ObjectNode> change) {
    ObjectNode node = tree(AllocationSamples.account2025());
    change.accept(node);
    return node;
  }

  @Test
  void aBadAccountIsRefusedAtItsPath() {
    assertRefused("$.obligation", refusedAccount(account(n -> n.remove("obligation"))));
    assertRefused("$.holdings", refusedAccount(account(n -> n.putArray("holdings"))));
    assertRefused("$.colour", refusedAccount(account(n -> n.put("colour", "red"))));
    assertRefused("$.carriedOver", refusedAccount(account(n -> n.put("carriedOver", "1e4"))));
    assertRefused("$.holdings.20x6", refusedAccount(account(n -> ((ObjectNode) n.get("holdings")).put("20x6", "1"))));
    assertRefused("$.holdings.2026", refusedAccount(account(n -> ((ObjectNode) n.get("holdings")).put("2026", "0.5"))));
    assertRefused("$.year", refusedAccount(account(n -> n.put("year", 2018))));
    assertRefused("$.remaining", refusedAccount(account(n -> n.put("remaining", "0"))));
    assertRefused("$.isSettled", refusedAccount(account(n -> n.put("isSettled", true))));
    // 8 % of 926,003 = 74,080.24: 80,000 CCERs are above the cap
    assertRefused("$.ccerSurrendered", refusedAccount(account(n -> n.put("ccerSurrendered", "80000")
        .remove(List.of("settled", "remaining", "isSettled")))));
    assertRefused("$.borrowed", refusedAccount(account(n -> n.put("borrowed", "10")
        .remove(List.of("settled", "remaining", "isSettled")))));
    // 700,000 + 20,000 + 40,000 + 200,000 = 960,000 t surrendered, above the obligation of 926,003 t
    assertRefused("$.surrendered", refusedAccount(account(n -> ((ObjectNode) n.get("surrendered")).put("2026", "200000"))
        .put("settled", "960000")));
    // an offset limit that is neither the national figure nor the what-if of withOffsetLimit
    assertRefused("$.rules.offsetLimit", refusedAccount(account(n -> ((ObjectNode) n.get("rules").get("offsetLimit")
        .get("source")).put("confidence", "V"))));
    assertRefused("$.rules.ccerRegisteredAfter", refusedAccount(account(n -> ((ObjectNode) n.get("rules"))
        .put("ccerRegisteredAfter", "2020-01-01"))));
    ObjectNode early = tree(AllocationSamples.account2021());
    early.put("carriedOver", "5");
    assertRefused("$.carriedOver", refusedAccount(early));
  }
}
