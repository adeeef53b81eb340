package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading JSON payloads leniently: a value where a list was expected, numbers where text was. */
final class JsonValues {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonValues() {}

  /** The payload's root object or array; the message says what is wrong, for the harvest report. */
  static JsonNode parse(String payload, String format) {
    if (payload == null || payload.isBlank()) throw new MappingException("empty payload");
    JsonNode root;
    try {
      root = JSON.readTree(payload.strip().replaceFirst("^\uFEFF", ""));
    } catch (JacksonException e) {
      throw new MappingException(format + " payload is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !(root.isObject() || root.isArray())) {
      throw new MappingException(format + " payload is not a JSON object");
    }
    return root;
  }

  /** A scalar as text, stripped; null for a container, null or blank value. Jackson 3 throws instead. */
  static String text(JsonNode n) {
    if (n == null || !(n.isString() || n.isNumber() || n.isBoolean())) return null;
    String s = n.asString().strip();
    return s.isEmpty() ? null : s;
  }

  /** The elements of an array, the node itself when it is one value, nothing when missing or null. */
  static List<JsonNode> items(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n == null || n.isMissingNode() || n.isNull()) return out;
    if (n.isArray()) {
      n.forEach(v -> {
        if (!v.isNull()) out.add(v);
      });
    } else {
      out.add(n);
    }
    return out;
  }

  /** Every scalar of a value or list of values, as text. */
  static List<String> texts(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : items(n)) Payloads.addOnce(out, text(v));
    return out;
  }

  static Double number(JsonNode n) {
    if (n == null) return null;
    if (n.isNumber()) return Double.isFinite(n.asDouble()) ? n.asDouble() : null;
    return DataCiteGeo.number(text(n));
  }
}
