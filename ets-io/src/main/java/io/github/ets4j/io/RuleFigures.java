package io.github.ets4j.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ets4j.allocation.RuleValue;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Source;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The JSON form of a rule figure (a catalogue entry) and of its source, in one place so that a change of the
 * catalogue types changes this file only: {@code {"name","value","unit","source":{"document","place",
 * "confidence"}}}, the value a decimal string and the confidence the one-letter tag of the domain reference
 * ({@code V, D, S, C, A}). Stateless, immutable and thread-safe.
 */
final class RuleFigures {
  private static final Set<String> KEYS = Set.of("name", "value", "unit", "source");
  private static final Set<String> SOURCE_KEYS = Set.of("document", "place", "confidence");

  private RuleFigures() {
  }

  static ObjectNode write(RuleValue figure) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", figure.name());
    node.put("value", figure.value().toPlainString());
    node.put("unit", figure.unit());
    node.set("source", write(figure.source()));
    return node;
  }

  static ObjectNode write(Source source) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("document", source.document());
    node.put("place", source.place());
    node.put("confidence", source.confidence().tag());
    return node;
  }

  static RuleValue read(JsonNode tree, String path) {
    ObjectNode node = JsonForms.object(tree, path, KEYS);
    String name = JsonForms.text(node, "name", path);
    BigDecimal value = JsonForms.decimal(node, "value", path);
    String unit = JsonForms.optionalText(node, "unit", path);
    Source source = source(JsonForms.required(node, "source", path), path + ".source");
    try {
      return RuleValue.of(name, value, unit, source);
    } catch (EtsValidationException e) {
      throw AllocationForms.refused(path, node, e);
    }
  }

  static Source source(JsonNode tree, String path) {
    ObjectNode node = JsonForms.object(tree, path, SOURCE_KEYS);
    String document = JsonForms.text(node, "document", path);
    String place = JsonForms.optionalText(node, "place", path);
    String tag = JsonForms.text(node, "confidence", path);
    Confidence confidence = null;
    for (Confidence c : Confidence.values()) {
      if (c.tag().equals(tag)) {
        confidence = c;
      }
    }
    if (confidence == null) {
      throw JsonForms.at(path + ".confidence", node.get("confidence"), "a confidence tag: V, D, S, C or A");
    }
    try {
      return Source.of(document, place, confidence);
    } catch (EtsValidationException e) {
      throw AllocationForms.refused(path, node, e);
    }
  }
}
