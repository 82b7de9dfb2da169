package io.github.ets4j.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.AllocationMethod;
import io.github.ets4j.allocation.AllocationUnit;
import io.github.ets4j.allocation.EntityAllocation;
import io.github.ets4j.allocation.NonFossilElectricityAdjustment;
import io.github.ets4j.allocation.ReportOnlyUnit;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.allocation.UnitAllocation;
import io.github.ets4j.allocation.VerifiedUnitAllocation;
import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.allocation.compliance.ComplianceRules;
import io.github.ets4j.allocation.industry.IndustrySpecialUnit;
import io.github.ets4j.allocation.industry.IndustryUnitAllocation;
import io.github.ets4j.allocation.power.OutputBasis;
import io.github.ets4j.allocation.power.PowerSpecialUnit;
import io.github.ets4j.allocation.power.PowerUnitAllocation;
import io.github.ets4j.allocation.power.UnitCategory;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The JSON forms of an {@link Allocation} and of a {@link ComplianceAccount}'s state, read and written. Every
 * public figure of the values is written; the inputs are read back through the library's factories, and a
 * derived figure given in a document (a total, a floored part, an explanation, ...) must equal the one recomputed
 * from the inputs. Unit allocations carry their {@code kind}: {@code power} ({@link PowerUnitAllocation}),
 * {@code industry} ({@link IndustryUnitAllocation}) or {@code verified} ({@link VerifiedUnitAllocation}).
 * Stateless, immutable and thread-safe.
 */
final class AllocationForms {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private static final Set<String> ALLOCATION_KEYS = Set.of("sector", "year", "method", "projected", "balanceValue",
      "balanceValueReported", "publishedBalanceValue", "solvedBalanceValue", "balanceValueDifference",
      "nonFossilElectricityAdjustment", "nonFossilElectricityConsumption", "total", "verifiedTotal", "adjustedTotal",
      "entities", "reportOnly", "replacedFigures", "explanation");
  private static final Set<String> ENTITY_KEYS = Set.of("entityId", "verifiedEmissions", "initialAllocation", "topUp",
      "allocation", "shortfallRatePercent", "nonFossilAdjustment", "units", "explanation");
  private static final Set<String> POWER_KEYS = Set.of("kind", "unitId", "entityId", "verifiedEmissions", "special",
      "specialReason", "category", "basis", "electricityOutput", "electricityBenchmark", "electricityFactor",
      "electricityPart", "heatOutput", "heatBenchmark", "heatPart", "initialAllocation", "topUp", "allocation",
      "explanation");
  private static final Set<String> INDUSTRY_KEYS = Set.of("kind", "unitId", "entityId", "verifiedEmissions", "special",
      "specialReason", "intensity", "level", "deviation", "deviationPercentReported", "alpha", "unroundedAllocation",
      "allocation", "explanation");
  private static final Set<String> VERIFIED_KEYS = Set.of("kind", "unitId", "entityId", "verifiedEmissions", "special",
      "reason", "allocation", "explanation");
  private static final Set<String> REPORT_ONLY_KEYS = Set.of("unitId", "entityId", "verifiedEmissions", "reason");
  private static final Set<String> ACCOUNT_KEYS = Set.of("entityId", "year", "rules", "obligation", "holdings",
      "carriedOver", "surrendered", "carriedOverSurrendered", "ccerSurrendered", "borrowed", "settled", "remaining",
      "isSettled");
  private static final Set<String> RULES_KEYS = Set.of("offsetLimit", "ccerRegisteredAfter",
      "nonFossilElectricityAdjustment");

  private AllocationForms() {
  }

  /** A factory's refusal at the JSON path: the key it names when the object has it, else the object. */
  static EtsValidationException refused(String path, ObjectNode node, EtsValidationException e) {
    String field = e.field();
    if (field.startsWith("$")) {
      return e; // already at its JSON path
    }
    if (node.has(field)) {
      return JsonForms.at(path + "." + field, node.get(field), e.rule());
    }
    return JsonForms.at(path, NODES.textNode(field + " = " + e.value()), e.rule());
  }

  // ---- writing ------------------------------------------------------------------------------------------

  static ObjectNode allocation(Allocation allocation) {
    ObjectNode node = NODES.objectNode();
    node.put("sector", allocation.sector().name());
    node.put("year", allocation.year().getValue());
    node.put("method", allocation.method().name());
    node.put("projected", allocation.isProjected());
    allocation.balanceValue().ifPresent(bp -> node.put("balanceValue", bp.toPlainString()));
    allocation.balanceValueReported().ifPresent(bp -> node.put("balanceValueReported", bp.toPlainString()));
    allocation.publishedBalanceValue().ifPresent(bp -> node.set("publishedBalanceValue", RuleFigures.write(bp)));
    allocation.solvedBalanceValue().ifPresent(bp -> node.put("solvedBalanceValue", bp.toPlainString()));
    allocation.balanceValueDifference().ifPresent(d -> node.put("balanceValueDifference", d.toPlainString()));
    allocation.nonFossilElectricityAdjustment().ifPresent(a -> node.set("nonFossilElectricityAdjustment",
        RuleFigures.write(a.factor())));
    if (!allocation.nonFossilElectricityConsumption().isEmpty()) {
      ObjectNode consumption = node.putObject("nonFossilElectricityConsumption");
      allocation.nonFossilElectricityConsumption().forEach((id, mwh) -> consumption.put(id, mwh.toPlainString()));
    }
    node.put("total", allocation.total().toPlainString());
    node.put("verifiedTotal", allocation.verifiedTotal().toPlainString());
    node.put("adjustedTotal", allocation.adjustedTotal().toPlainString());
    ArrayNode entities = node.putArray("entities");
    for (EntityAllocation entity : allocation.entities()) {
      ObjectNode e = entities.addObject();
      e.put("entityId", entity.entityId());
      e.put("verifiedEmissions", entity.verifiedEmissions().toPlainString());
      e.put("initialAllocation", entity.initialAllocation().toPlainString());
      e.put("topUp", entity.topUp().toPlainString());
      e.put("allocation", entity.allocation().toPlainString());
      e.put("shortfallRatePercent", entity.shortfallRatePercent().toPlainString());
      e.put("nonFossilAdjustment", allocation.nonFossilAdjustment(entity.entityId()).toPlainString());
      ArrayNode units = e.putArray("units");
      for (UnitAllocation unit : entity.units()) {
        units.add(unit(unit));
      }
      e.put("explanation", entity.explain());
    }
    ArrayNode reportOnly = node.putArray("reportOnly");
    for (ReportOnlyUnit unit : allocation.reportOnly()) {
      reportOnly.addObject().put("unitId", unit.unitId()).put("entityId", unit.entityId())
          .put("verifiedEmissions", unit.verifiedEmissions().toPlainString()).put("reason", unit.reason());
    }
    if (!allocation.replacedFigures().isEmpty()) {
      ArrayNode replaced = node.putArray("replacedFigures");
      allocation.replacedFigures().forEach(figure -> replaced.add(RuleFigures.write(figure)));
    }
    node.put("explanation", allocation.explain());
    return node;
  }

  private static ObjectNode unit(UnitAllocation unit) {
    ObjectNode u = NODES.objectNode();
    if (unit instanceof PowerUnitAllocation) {
      PowerUnitAllocation p = (PowerUnitAllocation) unit;
      u.put("kind", "power");
      common(u, unit);
      p.special().ifPresent(s -> u.put("specialReason", s.name()));
      u.put("category", p.category().name());
      u.put("basis", p.basis().name());
      u.put("electricityOutput", p.electricityOutput().toPlainString());
      u.put("electricityBenchmark", p.electricityBenchmark().toPlainString());
      u.put("electricityFactor", p.electricityFactor().toPlainString());
      u.put("electricityPart", p.electricityPart().toPlainString());
      u.put("heatOutput", p.heatOutput().toPlainString());
      u.put("heatBenchmark", p.heatBenchmark().toPlainString());
      u.put("heatPart", p.heatPart().toPlainString());
      u.put("initialAllocation", p.initialAllocation().toPlainString());
      u.put("topUp", p.topUp().toPlainString());
    } else if (unit instanceof IndustryUnitAllocation) {
      IndustryUnitAllocation i = (IndustryUnitAllocation) unit;
      u.put("kind", "industry");
      common(u, unit);
      i.special().ifPresent(s -> u.put("specialReason", s.name()));
      u.put("intensity", i.intensity().toPlainString());
      u.put("level", i.level().toPlainString());
      u.put("deviation", i.deviation().toPlainString());
      u.put("deviationPercentReported", i.deviationPercentReported().toPlainString());
      u.put("alpha", i.alpha().toPlainString());
      u.put("unroundedAllocation", i.unroundedAllocation().toPlainString());
    } else if (unit instanceof VerifiedUnitAllocation) {
      u.put("kind", "verified");
      common(u, unit);
      u.put("reason", ((VerifiedUnitAllocation) unit).reason());
    } else {
      // A caller's own UnitAllocation: its figures beyond the interface are unknown, so no reader could restore it.
      throw Cells.unwritable("unit " + unit.unitId(), unit.getClass().getName(),
          "only the library's unit allocations (power, industry, verified) have a JSON form");
    }
    u.put("allocation", unit.allocation().toPlainString());
    u.put("explanation", unit.explain());
    return u;
  }

  private static void common(ObjectNode u, UnitAllocation unit) {
    u.put("unitId", unit.unitId());
    u.put("entityId", unit.entityId());
    u.put("verifiedEmissions", unit.verifiedEmissions().toPlainString());
    u.put("special", unit.isSpecial());
  }

  static ObjectNode account(ComplianceAccount account) {
    ObjectNode node = NODES.objectNode();
    node.put("entityId", account.entityId());
    node.put("year", account.rules().year().getValue());
    ObjectNode rules = node.putObject("rules");
    rules.set("offsetLimit", RuleFigures.write(account.rules().offsetLimit()));
    account.rules().ccerRegisteredAfter().ifPresent(date -> rules.put("ccerRegisteredAfter", date.toString()));
    account.rules().nonFossilElectricityAdjustment().ifPresent(a -> rules.set("nonFossilElectricityAdjustment",
        RuleFigures.write(a.factor())));
    node.put("obligation", account.obligation().toPlainString());
    node.set("holdings", byYear(account.holdings()));
    node.put("carriedOver", account.carriedOver().toPlainString());
    node.set("surrendered", byYear(account.surrendered()));
    node.put("carriedOverSurrendered", account.carriedOverSurrendered().toPlainString());
    node.put("ccerSurrendered", account.ccerSurrendered().toPlainString());
    node.put("borrowed", account.borrowed().toPlainString());
    node.put("settled", account.settled().toPlainString());
    node.put("remaining", account.remaining().toPlainString());
    node.put("isSettled", account.isSettled());
    return node;
  }

  private static ObjectNode byYear(Map<Year, BigDecimal> amounts) {
    ObjectNode node = NODES.objectNode();
    for (Map.Entry<Year, BigDecimal> amount : amounts.entrySet()) {
      node.put(amount.getKey().toString(), amount.getValue().toPlainString());
    }
    return node;
  }

  // ---- reading ------------------------------------------------------------------------------------------

  static Allocation allocation(JsonNode tree, String path) {
    ObjectNode node = JsonForms.object(tree, path, ALLOCATION_KEYS);
    Sector sector = JsonForms.constant(node, "sector", path, Sector.class);
    Year year = year(node, "year", path);
    AllocationMethod method = JsonForms.constant(node, "method", path, AllocationMethod.class);
    Optional<BigDecimal> balanceValue = optionalDecimal(node, "balanceValue", path);
    Optional<RuleValue> published = node.hasNonNull("publishedBalanceValue")
        ? Optional.of(RuleFigures.read(node.get("publishedBalanceValue"), path + ".publishedBalanceValue"))
        : Optional.empty();
    Optional<BigDecimal> solved = optionalDecimal(node, "solvedBalanceValue", path);
    JsonNode entitiesNode = array(node, "entities", path);
    List<EntityAllocation> entities = new ArrayList<>();
    Map<String, String> unitPaths = new LinkedHashMap<>();
    for (int i = 0; i < entitiesNode.size(); i++) {
      entities.add(entity(entitiesNode.get(i), path + ".entities[" + i + "]", unitPaths));
    }
    Allocation allocation;
    try {
      allocation = Allocation.of(sector, year, method, entities, balanceValue, published, solved);
    } catch (EtsValidationException e) {
      throw refused(path, node, e);
    }
    if (node.hasNonNull("nonFossilElectricityAdjustment")) {
      String p = path + ".nonFossilElectricityAdjustment";
      NonFossilElectricityAdjustment adjustment = adjustment(node.get("nonFossilElectricityAdjustment"), p);
      try {
        allocation = allocation.withNonFossilElectricityAdjustment(adjustment);
      } catch (EtsValidationException e) {
        throw JsonForms.at(p, node.get("nonFossilElectricityAdjustment"), Cells.why(e));
      }
    }
    if (node.hasNonNull("nonFossilElectricityConsumption")) {
      String p = path + ".nonFossilElectricityConsumption";
      ObjectNode consumption = objectOfDecimals(node.get("nonFossilElectricityConsumption"), p);
      Map<String, BigDecimal> mwh = new LinkedHashMap<>();
      Iterator<String> ids = consumption.fieldNames();
      while (ids.hasNext()) {
        String id = ids.next();
        mwh.put(id, JsonForms.decimal(consumption, id, p));
        try {
          allocation = allocation.withNonFossilElectricityConsumption(mwh);
        } catch (EtsValidationException e) {
          throw JsonForms.at(p + "." + id, consumption.get(id), Cells.why(e));
        }
      }
    }
    if (node.hasNonNull("reportOnly")) {
      JsonNode reportOnly = array(node, "reportOnly", path);
      List<ReportOnlyUnit> units = new ArrayList<>();
      for (int i = 0; i < reportOnly.size(); i++) {
        String p = path + ".reportOnly[" + i + "]";
        ObjectNode u = JsonForms.object(reportOnly.get(i), p, REPORT_ONLY_KEYS);
        AllocationUnit unit = unitOf(u, p);
        try {
          units.add(ReportOnlyUnit.of(unit, JsonForms.text(u, "reason", p)));
        } catch (EtsValidationException e) {
          throw refused(p, u, e);
        }
        String first = unitPaths.putIfAbsent(unit.id(), p);
        if (first != null) {
          throw JsonForms.at(p + ".unitId", u.get("unitId"), "the unit is also at " + first
              + ": a report-only unit cannot also be allocated, nor a unit be listed twice");
        }
      }
      allocation = allocation.withReportOnly(units);
    }
    if (node.hasNonNull("replacedFigures")) {
      JsonNode replaced = array(node, "replacedFigures", path);
      List<RuleValue> figures = new ArrayList<>();
      for (int i = 0; i < replaced.size(); i++) {
        figures.add(RuleFigures.read(replaced.get(i), path + ".replacedFigures[" + i + "]"));
      }
      allocation = allocation.withReplacedFigures(figures);
    }
    same(node, allocation(allocation), path);
    return allocation;
  }

  private static EntityAllocation entity(JsonNode tree, String path, Map<String, String> unitPaths) {
    ObjectNode node = JsonForms.object(tree, path, ENTITY_KEYS);
    String entityId = JsonForms.text(node, "entityId", path);
    BigDecimal verified = JsonForms.decimal(node, "verifiedEmissions", path);
    BigDecimal initial = JsonForms.decimal(node, "initialAllocation", path);
    BigDecimal topUp = JsonForms.decimal(node, "topUp", path);
    JsonNode unitsNode = array(node, "units", path);
    List<UnitAllocation> units = new ArrayList<>();
    BigDecimal unitsVerified = BigDecimal.ZERO;
    BigDecimal unitsAllocation = BigDecimal.ZERO;
    for (int i = 0; i < unitsNode.size(); i++) {
      String p = path + ".units[" + i + "]";
      UnitAllocation unit = unit(unitsNode.get(i), p);
      if (!unit.entityId().equals(entityId)) {
        throw JsonForms.at(p + ".entityId", unitsNode.get(i).get("entityId"), "a unit of entity " + entityId
            + " is listed under it: the ids must agree");
      }
      String first = unitPaths.putIfAbsent(unit.unitId(), p);
      if (first != null) {
        throw JsonForms.at(p + ".unitId", unitsNode.get(i).get("unitId"), "the unit is also at " + first);
      }
      units.add(unit);
      unitsVerified = unitsVerified.add(unit.verifiedEmissions());
      unitsAllocation = unitsAllocation.add(unit.allocation());
    }
    EntityAllocation entity;
    try {
      entity = EntityAllocation.of(entityId, verified, initial, topUp, units);
    } catch (EtsValidationException e) {
      throw refused(path, node, e);
    }
    // The policies make an entity's figures the sums of its units (EntityAllocation's Javadoc).
    if (verified.compareTo(unitsVerified) != 0) {
      throw JsonForms.at(path + ".verifiedEmissions", node.get("verifiedEmissions"),
          "an entity's verified emissions are the sum of its units': " + unitsVerified.toPlainString());
    }
    if (initial.compareTo(unitsAllocation) != 0) {
      throw JsonForms.at(path + ".initialAllocation", node.get("initialAllocation"),
          "an entity's initial allocation is the sum of its units' allocations: " + unitsAllocation.toPlainString());
    }
    if (topUp.stripTrailingZeros().scale() > 0) {
      throw JsonForms.at(path + ".topUp", node.get("topUp"), "allowances are whole tonnes");
    }
    return entity;
  }

  private static UnitAllocation unit(JsonNode tree, String path) {
    if (!tree.isObject()) {
      throw JsonForms.at(path, tree, "expected a JSON object");
    }
    ObjectNode probe = (ObjectNode) tree;
    String kind = JsonForms.text(probe, "kind", path);
    switch (kind) {
      case "power":
        return power(JsonForms.object(tree, path, POWER_KEYS), path);
      case "industry":
        return industry(JsonForms.object(tree, path, INDUSTRY_KEYS), path);
      case "verified":
        return verified(JsonForms.object(tree, path, VERIFIED_KEYS), path);
      default:
        throw JsonForms.at(path + ".kind", probe.get("kind"), "a unit allocation is of kind power, industry or verified");
    }
  }

  private static PowerUnitAllocation power(ObjectNode node, String path) {
    Optional<PowerSpecialUnit> special = node.hasNonNull("specialReason")
        ? Optional.of(JsonForms.constant(node, "specialReason", path, PowerSpecialUnit.class)) : Optional.empty();
    try {
      return PowerUnitAllocation.of(JsonForms.text(node, "unitId", path), JsonForms.text(node, "entityId", path),
          JsonForms.constant(node, "category", path, UnitCategory.class), special,
          JsonForms.decimal(node, "verifiedEmissions", path), JsonForms.constant(node, "basis", path, OutputBasis.class),
          JsonForms.decimal(node, "electricityOutput", path), JsonForms.decimal(node, "electricityBenchmark", path),
          JsonForms.decimal(node, "electricityFactor", path), JsonForms.decimal(node, "heatOutput", path),
          JsonForms.decimal(node, "heatBenchmark", path), JsonForms.decimal(node, "topUp", path));
    } catch (EtsValidationException e) {
      throw refused(path, node, e.field().equals("special") ? renamed(e, "specialReason") : e);
    }
  }

  private static IndustryUnitAllocation industry(ObjectNode node, String path) {
    Optional<IndustrySpecialUnit> special = node.hasNonNull("specialReason")
        ? Optional.of(JsonForms.constant(node, "specialReason", path, IndustrySpecialUnit.class)) : Optional.empty();
    try {
      return IndustryUnitAllocation.of(JsonForms.text(node, "unitId", path), JsonForms.text(node, "entityId", path),
          JsonForms.decimal(node, "verifiedEmissions", path), special, JsonForms.decimal(node, "intensity", path),
          JsonForms.decimal(node, "level", path), JsonForms.decimal(node, "deviation", path),
          JsonForms.decimal(node, "alpha", path), JsonForms.decimal(node, "unroundedAllocation", path),
          JsonForms.decimal(node, "allocation", path));
    } catch (EtsValidationException e) {
      throw refused(path, node, e.field().equals("special") ? renamed(e, "specialReason") : e);
    }
  }

  private static VerifiedUnitAllocation verified(ObjectNode node, String path) {
    AllocationUnit unit = unitOf(node, path);
    return VerifiedUnitAllocation.of(unit, JsonForms.text(node, "reason", path));
  }

  private static EtsValidationException renamed(EtsValidationException e, String field) {
    return new EtsValidationException(field, e.value(), e.rule());
  }

  /** The allocation unit a verified or report-only unit records, checked as a sector's unit is. */
  private static AllocationUnit unitOf(ObjectNode node, String path) {
    String unitId = JsonForms.text(node, "unitId", path);
    String entityId = JsonForms.text(node, "entityId", path);
    BigDecimal verified = JsonForms.decimal(node, "verifiedEmissions", path);
    try {
      Checks.notBlank("unitId", unitId);
      Checks.notBlank("entityId", entityId);
      Checks.nonNegative("verifiedEmissions", verified);
    } catch (EtsValidationException e) {
      throw refused(path, node, e);
    }
    return new AllocationUnit() {
      @Override
      public String id() {
        return unitId;
      }

      @Override
      public String entityId() {
        return entityId;
      }

      @Override
      public BigDecimal verifiedEmissions() {
        return verified;
      }
    };
  }

  private static NonFossilElectricityAdjustment adjustment(JsonNode tree, String path) {
    RuleValue figure = RuleFigures.read(tree, path);
    if (!figure.name().equals(NonFossilElectricityAdjustment.NAME)) {
      throw JsonForms.at(path + ".name", tree.get("name"), "the figure is named \"" + NonFossilElectricityAdjustment.NAME
          + "\"");
    }
    NonFossilElectricityAdjustment adjustment;
    try {
      adjustment = NonFossilElectricityAdjustment.of(figure.value(), figure.source());
    } catch (EtsValidationException e) {
      throw JsonForms.at(path + ".value", tree.get("value"), Cells.why(e));
    }
    if (!adjustment.factor().unit().equals(figure.unit())) {
      throw JsonForms.at(path + ".unit", tree.get("unit"), "the figure's unit is " + adjustment.factor().unit());
    }
    return adjustment;
  }

  static ComplianceAccount account(JsonNode tree, String path) {
    ObjectNode node = JsonForms.object(tree, path, ACCOUNT_KEYS);
    String entityId = JsonForms.text(node, "entityId", path);
    Year year = year(node, "year", path);
    ComplianceRules rules;
    try {
      rules = ComplianceRules.chinaNational(year);
    } catch (EtsValidationException e) {
      throw JsonForms.at(path + ".year", node.get("year"), e.rule());
    }
    if (node.hasNonNull("rules")) {
      rules = rules(node.get("rules"), path + ".rules", rules);
    }
    ComplianceAccount account;
    try {
      account = ComplianceAccount.of(entityId, rules, JsonForms.decimal(node, "obligation", path),
          byYear(node, "holdings", path), JsonForms.decimal(node, "carriedOver", path),
          byYear(node, "surrendered", path), JsonForms.decimal(node, "carriedOverSurrendered", path),
          JsonForms.decimal(node, "ccerSurrendered", path), JsonForms.decimal(node, "borrowed", path));
    } catch (EtsValidationException e) {
      if (e.field().startsWith("$")) {
        throw e; // already at its JSON path
      }
      String field = e.field().startsWith("holdings ") || e.field().startsWith("surrendered ")
          ? e.field().replace(' ', '.') : e.field();
      JsonNode at = node.at("/" + field.replace('.', '/'));
      throw JsonForms.at(path + "." + field, at.isMissingNode() ? NODES.textNode(String.valueOf(e.value())) : at, e.rule());
    }
    same(node, account(account), path);
    return account;
  }

  private static ComplianceRules rules(JsonNode tree, String path, ComplianceRules national) {
    ObjectNode node = JsonForms.object(tree, path, RULES_KEYS);
    ComplianceRules rules = national;
    if (node.hasNonNull("offsetLimit")) {
      RuleValue limit = RuleFigures.read(node.get("offsetLimit"), path + ".offsetLimit");
      if (!limit.equals(rules.offsetLimit())) {
        try {
          rules = rules.withOffsetLimit(limit.value());
        } catch (EtsValidationException e) {
          throw JsonForms.at(path + ".offsetLimit.value", node.get("offsetLimit").get("value"), e.rule());
        }
        if (!limit.equals(rules.offsetLimit())) {
          throw JsonForms.at(path + ".offsetLimit", node.get("offsetLimit"), "the offset limit is the national figure ("
              + national.offsetLimit() + ") or a what-if of withOffsetLimit (" + rules.offsetLimit() + ")");
        }
      }
    }
    if (node.hasNonNull("nonFossilElectricityAdjustment")) {
      String p = path + ".nonFossilElectricityAdjustment";
      NonFossilElectricityAdjustment adjustment = adjustment(node.get("nonFossilElectricityAdjustment"), p);
      try {
        rules = rules.withNonFossilElectricityAdjustment(adjustment);
      } catch (EtsValidationException e) {
        throw JsonForms.at(p, node.get("nonFossilElectricityAdjustment"), Cells.why(e));
      }
    }
    return rules;
  }

  private static Map<Year, BigDecimal> byYear(ObjectNode node, String key, String path) {
    ObjectNode amounts = objectOfDecimals(JsonForms.required(node, key, path), path + "." + key);
    Map<Year, BigDecimal> byYear = new TreeMap<>();
    Iterator<String> vintages = amounts.fieldNames();
    while (vintages.hasNext()) {
      String vintage = vintages.next();
      if (!vintage.matches("[0-9]{4}")) {
        throw JsonForms.at(path + "." + key + "." + vintage, amounts.get(vintage), "a vintage is a year, e.g. 2025");
      }
      byYear.put(Year.of(Integer.parseInt(vintage)), JsonForms.decimal(amounts, vintage, path + "." + key));
    }
    return byYear;
  }

  // ---- helpers --------------------------------------------------------------------------------------------

  private static Year year(ObjectNode node, String key, String path) {
    JsonNode value = JsonForms.required(node, key, path);
    if (!value.isInt()) {
      throw JsonForms.at(path + "." + key, value, "a year is a JSON integer, e.g. 2025");
    }
    try {
      return Year.of(value.intValue());
    } catch (DateTimeException e) {
      throw JsonForms.at(path + "." + key, value, "not a year");
    }
  }

  private static Optional<BigDecimal> optionalDecimal(ObjectNode node, String key, String path) {
    return node.hasNonNull(key) ? Optional.of(JsonForms.decimal(node, key, path)) : Optional.empty();
  }

  private static JsonNode array(ObjectNode node, String key, String path) {
    JsonNode value = JsonForms.required(node, key, path);
    if (!value.isArray()) {
      throw JsonForms.at(path + "." + key, value, "expected a JSON array");
    }
    return value;
  }

  private static ObjectNode objectOfDecimals(JsonNode value, String path) {
    if (!value.isObject()) {
      throw JsonForms.at(path, value, "expected a JSON object of decimals by key");
    }
    return (ObjectNode) value;
  }

  /**
   * Every value given in the document equals the one written from what was read: inputs trivially, derived
   * figures (totals, floored parts, explanations) only when the document agrees with the library. Decimals
   * compare by value.
   */
  private static void same(JsonNode given, JsonNode computed, String path) {
    if (given.isObject() && computed.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode mine = computed.get(field.getKey());
        if (field.getValue().isNull()) {
          continue;
        }
        if (mine == null) {
          throw JsonForms.at(path + "." + field.getKey(), field.getValue(), "the value read has no such figure");
        }
        same(field.getValue(), mine, path + "." + field.getKey());
      }
      return;
    }
    if (given.isArray() && computed.isArray() && given.size() == computed.size()) {
      for (int i = 0; i < given.size(); i++) {
        same(given.get(i), computed.get(i), path + "[" + i + "]");
      }
      return;
    }
    if (given.equals(computed) || given.isTextual() && computed.isTextual()
        && DECIMAL.matcher(given.asText()).matches() && DECIMAL.matcher(computed.asText()).matches()
        && new BigDecimal(given.asText()).compareTo(new BigDecimal(computed.asText())) == 0) {
      return;
    }
    if (given.isNumber() && computed.isTextual()) {
      throw JsonForms.at(path, given, "decimals are JSON strings (e.g. \"0.535\"), so that no binary floating point"
          + " comes in between");
    }
    throw JsonForms.at(path, given, "does not match the value recomputed from the data: " + computed);
  }
}
