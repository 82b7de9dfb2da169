package io.github.ets4j.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ets4j.core.Co2e;
import io.github.ets4j.core.EmissionLine;
import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.Emissions;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Gas;
import io.github.ets4j.core.GwpSet;
import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.Finding;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON forms of the library's values, as trees: rendering (decimals as JSON strings, exact) and
 * reading with the JSON path of every refused value. Monthly reports are the rows of the long format
 * ({@code docs/formats.md}) as objects, read by the same code as the CSV files, so the same rules apply.
 * Stateless, immutable and thread-safe.
 */
final class JsonForms {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Set<String> ROW_KEYS = Set.of("item", "name", "value", "unit", "acquisition", "evidence", "source");
  private static final Set<String> EVIDENCE_KEYS = Set.of("kind", "documentId", "sha256", "uploaded");
  private static final Set<String> SOURCE_KEYS = Set.of("document", "place", "confidence");
  private static final Set<String> MONTH_KEYS = Set.of("entityId", "facilityId", "sector", "month", "rows",
      "coveredCo2e", "emissions");
  private static final Set<String> YEAR_KEYS = Set.of("entityId", "facilityId", "sector", "year", "gwpSet", "months",
      "coveredCo2e", "verifiedEmissions", "findings", "defaultsUsed");
  private static final Set<String> LINE_KEYS = Set.of("source", "gas", "tonnes", "label");
  private static final Set<String> CO2E_KEYS = Set.of("tonnes", "gwpSet");

  private JsonForms() {
  }

  // ---- reading helpers ---------------------------------------------------------------------------------

  static EtsValidationException at(String path, JsonNode value, String rule) {
    return new EtsValidationException(path, value.isTextual() ? "\"" + value.asText() + "\"" : value.toString(), rule);
  }

  static ObjectNode object(JsonNode node, String path, Set<String> keys) {
    if (!node.isObject()) {
      throw at(path, node, "expected a JSON object");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!keys.contains(name)) {
        throw at(path + "." + name, node.get(name), "unknown key: expected one of " + String.join(", ", keys.stream().sorted().toList()));
      }
    }
    return (ObjectNode) node;
  }

  static JsonNode required(ObjectNode node, String key, String path) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw new EtsValidationException(path + "." + key, "missing", "required");
    }
    return value;
  }

  static String text(ObjectNode node, String key, String path) {
    JsonNode value = required(node, key, path);
    if (!value.isTextual()) {
      throw at(path + "." + key, value, "expected a JSON string");
    }
    return value.asText();
  }

  static String optionalText(ObjectNode node, String key, String path) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw at(path + "." + key, value, value.isNumber() ? "decimals are JSON strings (e.g. \"0.535\"), so that no"
          + " binary floating point comes in between" : "expected a JSON string");
    }
    return value.asText();
  }

  static BigDecimal decimal(ObjectNode node, String key, String path) {
    JsonNode value = required(node, key, path);
    if (!value.isTextual()) {
      throw at(path + "." + key, value, value.isNumber() ? "decimals are JSON strings (e.g. \"0.535\"), so that no"
          + " binary floating point comes in between" : "expected a decimal as a JSON string");
    }
    if (!DECIMAL.matcher(value.asText()).matches()) {
      throw at(path + "." + key, value, "not a decimal number: digits with an optional sign and decimal point");
    }
    return new BigDecimal(value.asText());
  }

  static <E extends Enum<E>> E constant(ObjectNode node, String key, String path, Class<E> type) {
    String text = text(node, key, path);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw at(path + "." + key, node.get(key), "unknown " + type.getSimpleName() + ": use one of "
        + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
  }

  static GwpSet gwpSet(ObjectNode node, String key, String path) {
    String name = text(node, key, path);
    for (GwpSet set : List.of(GwpSet.AR2, GwpSet.AR4, GwpSet.AR5, GwpSet.AR6)) {
      if (set.name().equals(name)) {
        return set;
      }
    }
    throw at(path + "." + key, node.get(key), "unknown GWP set: use AR2, AR4, AR5 or AR6");
  }

  private static String gwpName(GwpSet set) {
    if (!List.of(GwpSet.AR2, GwpSet.AR4, GwpSet.AR5, GwpSet.AR6).contains(set)) {
      throw new EtsValidationException("gwpSet", set.name(), "only the IPCC sets AR2, AR4, AR5, AR6 have a JSON form");
    }
    return set.name();
  }

  // ---- emissions and CO2e ------------------------------------------------------------------------------

  static JsonNode emissions(Emissions emissions) {
    ObjectNode node = NODES.objectNode();
    ArrayNode lines = node.putArray("lines");
    for (EmissionLine line : emissions.lines()) {
      ObjectNode l = lines.addObject();
      l.put("source", line.source().name());
      l.put("gas", line.gas().name());
      l.put("tonnes", line.tonnes().toPlainString());
      if (!line.label().isEmpty()) {
        l.put("label", line.label());
      }
    }
    return node;
  }

  static Emissions emissions(JsonNode tree, String path) {
    ObjectNode node = object(tree, path, Set.of("lines"));
    JsonNode lines = required(node, "lines", path);
    if (!lines.isArray()) {
      throw at(path + ".lines", lines, "expected a JSON array");
    }
    List<EmissionLine> read = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String p = path + ".lines[" + i + "]";
      ObjectNode l = object(lines.get(i), p, LINE_KEYS);
      EmissionSource source = constant(l, "source", p, EmissionSource.class);
      Gas gas = constant(l, "gas", p, Gas.class);
      BigDecimal tonnes = decimal(l, "tonnes", p);
      String label = optionalText(l, "label", p);
      try {
        read.add(EmissionLine.of(source, gas, tonnes).withLabel(label));
      } catch (EtsValidationException e) {
        throw at(p + ".tonnes", l.get("tonnes"), Cells.why(e));
      }
    }
    return Emissions.of(read);
  }

  static JsonNode co2e(Co2e co2e) {
    ObjectNode node = NODES.objectNode();
    node.put("tonnes", co2e.tonnes().toPlainString());
    node.put("gwpSet", gwpName(co2e.gwpSet()));
    return node;
  }

  static Co2e co2e(JsonNode tree, String path) {
    ObjectNode node = object(tree, path, CO2E_KEYS);
    BigDecimal tonnes = decimal(node, "tonnes", path);
    return Co2e.of(tonnes, gwpSet(node, "gwpSet", path));
  }

  // ---- monthly and annual reports ---------------------------------------------------------------------

  static JsonNode month(MonthlyReport report) {
    ObjectNode node = NODES.objectNode();
    node.put("entityId", report.entityId());
    node.put("facilityId", report.facilityId());
    node.put("sector", report.sector().name());
    node.put("month", report.month().toString());
    ArrayNode rows = node.putArray("rows");
    for (List<String> cells : MonthWriter.rows(report)) {
      ObjectNode row = rows.addObject();
      row.put("item", cells.get(Row.ITEM - 1));
      row.put("name", cells.get(Row.NAME - 1));
      putIfNotBlank(row, "value", cells.get(Row.VALUE - 1));
      putIfNotBlank(row, "unit", cells.get(Row.UNIT - 1));
      putIfNotBlank(row, "acquisition", cells.get(Row.ACQUISITION - 1));
    }
    // The provenance as objects: taken from the parameters again rather than parsed from the CSV cells.
    List<Parameter> parameters = provenanceOf(report);
    int p = 0;
    for (JsonNode row : rows) {
      if (row.has("acquisition")) {
        Parameter parameter = parameters.get(p++);
        if (parameter.isDefault()) {
          ObjectNode source = ((ObjectNode) row).putObject("source");
          source.put("document", parameter.source().orElseThrow().document());
          source.put("place", parameter.source().orElseThrow().place());
          source.put("confidence", parameter.source().orElseThrow().confidence().tag());
        } else if (!parameter.evidence().isEmpty()) {
          ArrayNode evidence = ((ObjectNode) row).putArray("evidence");
          for (io.github.ets4j.core.Evidence e : parameter.evidence()) {
            ObjectNode ev = evidence.addObject();
            ev.put("kind", e.kind().name());
            ev.put("documentId", e.documentId());
            ev.put("sha256", e.sha256());
            ev.put("uploaded", e.uploaded().toString());
          }
        }
      }
    }
    node.put("coveredCo2e", report.coveredCo2e().toPlainString());
    node.set("emissions", emissions(report.emissions()));
    return node;
  }

  private static void putIfNotBlank(ObjectNode node, String key, String value) {
    if (!value.isEmpty()) {
      node.put(key, value);
    }
  }

  /** The parameters of the report's rows that carry provenance, in row order (as the writer writes them). */
  private static List<Parameter> provenanceOf(MonthlyReport report) {
    return MonthWriter.parameters(report);
  }

  static MonthlyReport month(JsonNode tree, String path, String entityId, String facilityId, String sector) {
    ObjectNode node = object(tree, path, MONTH_KEYS);
    String entity = node.has("entityId") ? text(node, "entityId", path) : entityId;
    String facility = node.has("facilityId") ? text(node, "facilityId", path) : facilityId;
    String sectorName = node.has("sector") ? text(node, "sector", path) : sector;
    String monthText = text(node, "month", path);
    JsonNode rowsNode = required(node, "rows", path);
    if (!rowsNode.isArray() || rowsNode.isEmpty()) {
      throw at(path + ".rows", rowsNode, "expected a non-empty JSON array of rows");
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < rowsNode.size(); i++) {
      String rowPath = path + ".rows[" + i + "]";
      ObjectNode row = object(rowsNode.get(i), rowPath, ROW_KEYS);
      String acquisition = optionalText(row, "acquisition", rowPath);
      Row.Where where = jsonWhere(path, rowPath, acquisition);
      rows.add(new Row(where, entity, facility, sectorName, monthText, text(row, "item", rowPath),
          text(row, "name", rowPath), optionalText(row, "value", rowPath), optionalText(row, "unit", rowPath), acquisition,
          sourceCell(row, rowPath)));
    }
    Row first = rows.get(0);
    for (int column = Row.ENTITY_ID; column <= Row.SECTOR; column++) {
      if (first.cell(column).isBlank()) {
        throw first.error(column, "required");
      }
    }
    Sector s = Cells.constant(first, Row.SECTOR, sectorName, Sector.class, "sector");
    YearMonth month;
    try {
      month = YearMonth.parse(monthText);
    } catch (DateTimeParseException e) {
      throw first.error(Row.MONTH, "a month is written yyyy-mm, e.g. 2025-01");
    }
    MonthlyData data = MonthReader.read(s, month, rows);
    MonthlyReport report;
    try {
      report = MonthlyReport.of(entity, facility, data);
    } catch (EtsValidationException e) {
      throw first.error(Row.ENTITY_ID, Cells.why(e));
    }
    checkDerived(node, month(report), path, Set.of("coveredCo2e", "emissions"));
    return report;
  }

  private static Row.Where jsonWhere(String monthPath, String rowPath, String acquisition) {
    return new Row.Where() {
      @Override
      public String field(int column) {
        switch (column) {
          case Row.ENTITY_ID:
            return monthPath + ".entityId";
          case Row.FACILITY_ID:
            return monthPath + ".facilityId";
          case Row.SECTOR:
            return monthPath + ".sector";
          case Row.MONTH:
            return monthPath + ".month";
          case Row.SOURCE:
            return rowPath + (acquisition.equals("default") ? ".source" : ".evidence");
          default:
            return rowPath + "." + Row.HEADER[column - 1];
        }
      }

      @Override
      public String describe() {
        return rowPath;
      }
    };
  }

  /** The provenance of a JSON row in the form of the CSV's source cell, so that one reader reads both. */
  private static String sourceCell(ObjectNode row, String path) {
    JsonNode evidence = row.get("evidence");
    JsonNode source = row.get("source");
    if (evidence != null && source != null) {
      throw at(path + ".source", source, "a row gives evidence (measured, calculated, design) or a source (default), not both");
    }
    if (source != null) {
      ObjectNode s = object(source, path + ".source", SOURCE_KEYS);
      String place = optionalText(s, "place", path + ".source");
      return text(s, "document", path + ".source") + (place.isEmpty() ? "" : " " + place) + " ["
          + text(s, "confidence", path + ".source") + "]";
    }
    if (evidence == null) {
      return "";
    }
    if (!evidence.isArray()) {
      throw at(path + ".evidence", evidence, "expected a JSON array");
    }
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < evidence.size(); i++) {
      String p = path + ".evidence[" + i + "]";
      ObjectNode e = object(evidence.get(i), p, EVIDENCE_KEYS);
      String id = text(e, "documentId", p);
      if (id.contains(";")) {
        throw at(p + ".documentId", e.get("documentId"), "a document id holds no ';'");
      }
      cell.append(i == 0 ? "" : ";").append(text(e, "kind", p)).append(':').append(id).append(':')
          .append(text(e, "sha256", p)).append(':').append(text(e, "uploaded", p));
    }
    return cell.toString();
  }

  /** A derived value given in a document must be the value recomputed from its data. */
  private static void checkDerived(ObjectNode given, JsonNode computed, String path, Set<String> keys) {
    for (String key : keys) {
      JsonNode value = given.get(key);
      if (value != null && !value.equals(computed.get(key))) {
        throw at(path + "." + key, value, "does not match the value recomputed from the data: " + computed.get(key));
      }
    }
  }

  static JsonNode year(AnnualReport report) {
    ObjectNode node = NODES.objectNode();
    node.put("entityId", report.entityId());
    node.put("facilityId", report.facilityId());
    node.put("sector", report.sector().name());
    node.put("year", report.year().getValue());
    node.put("gwpSet", gwpName(report.gwpSet()));
    ArrayNode months = node.putArray("months");
    for (MonthlyReport month : report.months()) {
      ObjectNode m = (ObjectNode) month(month);
      m.remove(List.of("entityId", "facilityId", "sector"));
      months.add(m);
    }
    node.put("coveredCo2e", report.coveredCo2e().toPlainString());
    node.put("verifiedEmissions", report.verifiedEmissions().toPlainString());
    ArrayNode findings = node.putArray("findings");
    for (Finding finding : report.findings()) {
      findings.addObject().put("month", finding.month().toString()).put("code", finding.code())
          .put("message", finding.message());
    }
    ArrayNode defaults = node.putArray("defaultsUsed");
    for (Parameter parameter : report.defaultsUsed()) {
      ObjectNode d = defaults.addObject();
      d.put("name", parameter.name());
      d.put("value", parameter.value().toPlainString());
      d.put("unit", parameter.unit());
      parameter.source().ifPresent(source -> d.put("source", source.toString()));
    }
    return node;
  }

  static AnnualReport year(JsonNode tree, String path) {
    ObjectNode node = object(tree, path, YEAR_KEYS);
    String entity = optionalText(node, "entityId", path);
    String facility = optionalText(node, "facilityId", path);
    String sector = optionalText(node, "sector", path);
    JsonNode monthsNode = required(node, "months", path);
    if (!monthsNode.isArray()) {
      throw at(path + ".months", monthsNode, "expected a JSON array of the twelve months");
    }
    List<MonthlyReport> months = new ArrayList<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < monthsNode.size(); i++) {
      MonthlyReport month = month(monthsNode.get(i), path + ".months[" + i + "]", entity, facility, sector);
      Integer first = seen.putIfAbsent(month.entityId() + "/" + month.facilityId() + "/" + month.month(), i);
      if (first != null) {
        throw at(path + ".months[" + i + "].month", monthsNode.get(i).get("month"),
            "the month is reported twice (first at " + path + ".months[" + first + "])");
      }
      months.add(month);
    }
    AnnualReport report;
    try {
      report = AnnualReport.of(months);
    } catch (EtsValidationException e) {
      throw at(path + ".months", NODES.textNode(monthsNode.size() + " months"), Cells.why(e));
    }
    JsonNode computed = year(report);
    checkDerived(node, computed, path, Set.of("entityId", "facilityId", "sector", "year", "gwpSet", "coveredCo2e",
        "verifiedEmissions", "findings", "defaultsUsed"));
    return report;
  }
}
