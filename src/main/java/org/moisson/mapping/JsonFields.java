package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading JSON payloads the way sources write them: a value may be a string or a number, a list
 * may be a single object, and blank means absent. Shared by the JSON mappers (DataCite, CKAN).
 */
final class JsonFields {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonFields() {}

  /** The payload as a JSON object; anything else is a MappingException naming what it is. */
  static JsonNode object(String payload, String format) {
    if (payload == null || payload.isBlank()) throw new MappingException("empty payload");
    JsonNode root;
    try {
      root = JSON.readTree(payload.strip().replaceFirst("^\uFEFF", ""));
    } catch (JacksonException e) {
      throw new MappingException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new MappingException("not a " + format + " record: the payload is not a JSON object");
    }
    return root;
  }

  /** A string, number or boolean as trimmed text; null for anything else or blank. */
  static String text(JsonNode node) {
    if (node == null) return null;
    String t = node.isString() ? node.stringValue() : node.isNumber() || node.isBoolean() ? node.asString() : null;
    if (t == null) return null;
    t = t.strip();
    return t.isEmpty() ? null : t;
  }

  static String text(JsonNode parent, String field) {
    return parent == null ? null : text(parent.get(field));
  }

  /** Text with every run of white space folded to one space, as XML mappers read element text. */
  static String folded(JsonNode parent, String field) {
    String t = text(parent, field);
    return t == null ? null : org.moisson.xml.WhiteSpace.fold(t);
  }

  /**
   * The items of a list field; a lone object or string counts as a list of one, since sources
   * often drop the brackets around a single value.
   */
  static List<JsonNode> items(JsonNode parent, String field) {
    return elements(parent == null ? null : parent.get(field));
  }

  /** The elements of an array node; a lone value counts as one. */
  static List<JsonNode> elements(JsonNode v) {
    List<JsonNode> out = new ArrayList<>();
    if (v == null || v.isNull() || v.isMissingNode()) return out;
    if (v.isArray()) v.forEach(out::add);
    else out.add(v);
    return out;
  }

  /** A number written as a JSON number or as text; null when it is not a finite one. */
  static Double number(JsonNode node) {
    if (node == null) return null;
    if (node.isNumber()) {
      double d = node.asDouble();
      return Double.isFinite(d) ? d : null;
    }
    return node.isString() ? DataCiteGeo.number(node.stringValue()) : null;
  }

  /** Whether the text is an absolute http(s) URL. */
  static boolean isWebUrl(String text) {
    if (text == null) return false;
    try {
      java.net.URI u = new java.net.URI(text.strip());
      return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
