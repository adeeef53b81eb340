package org.moisson.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * schema.org JSON-LD read as plain JSON, since its contexts are remote and cannot be fetched by a
 * pure mapper. What is understood: properties written bare, with a schema: or sdo: prefix, or as a
 * full schema.org IRI; values as one or a list, {@code @list}, {@code @value} and {@code @language};
 * nodes of a {@code @graph} (or a top-level array) referred to by {@code {"@id": …}}.
 */
final class SchemaOrgJson {
  private static final String[] PREFIXES = {"", "schema:", "sdo:", "schemaorg:", "http://schema.org/", "https://schema.org/"};
  private static final int MAX_VALUES = 2000;
  private final Map<String, JsonNode> byId = new HashMap<>();
  private final List<JsonNode> nodes = new ArrayList<>();

  SchemaOrgJson(JsonNode root) {
    JsonNode graph = root.isObject() && root.path("@graph").isArray() ? root.path("@graph") : root;
    for (JsonNode n : JsonValues.items(graph)) {
      if (!n.isObject()) continue;
      nodes.add(n);
      String id = JsonValues.text(n.path("@id"));
      if (id != null && n.size() > 1) byId.putIfAbsent(id, n);
    }
  }

  /**
   * The one Dataset of the payload: a top-level node, or a page's mainEntity. Several are refused
   * (a catalogue page, not a landing page) unless all but one are parts the one refers to.
   */
  JsonNode dataset() {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode n : nodes) if (isType(n, "Dataset")) found.add(n);
    if (found.isEmpty()) {
      for (JsonNode n : nodes) {
        for (String p : List.of("mainEntity", "about")) {
          for (JsonNode v : values(n, p)) if (isType(v, "Dataset")) found.add(v);
        }
      }
    }
    if (found.isEmpty()) {
      String type = nodes.isEmpty() ? "none" : String.valueOf(JsonValues.texts(nodes.get(0).path("@type")));
      throw new MappingException("no schema.org Dataset in payload (type " + type + ")");
    }
    if (found.size() == 1) return found.get(0);
    Set<String> referred = new HashSet<>();
    for (JsonNode d : found) collectIds(d, referred, true);
    List<JsonNode> roots = found.stream().filter(d -> !referred.contains(JsonValues.text(d.path("@id")))).toList();
    if (roots.size() == 1) return roots.get(0);
    throw new MappingException("payload holds " + found.size() + " schema.org Datasets; map them one at a time");
  }

  private static void collectIds(JsonNode n, Set<String> ids, boolean top) {
    if (n.isArray()) n.forEach(v -> collectIds(v, ids, false));
    if (!n.isObject()) return;
    if (!top && JsonValues.text(n.path("@id")) != null) ids.add(JsonValues.text(n.path("@id")));
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!e.getKey().equals("@id")) collectIds(e.getValue(), ids, false);
    }
  }

  /** The values of a schema.org property: lists flattened, references to graph nodes resolved. */
  List<JsonNode> values(JsonNode node, String property) {
    List<JsonNode> out = new ArrayList<>();
    if (node == null || !node.isObject()) return out;
    for (String prefix : PREFIXES) {
      JsonNode v = node.get(prefix + property);
      if (v != null) flatten(v, out);
    }
    return out;
  }

  /** The values of a property of any vocabulary, matched by local name (OWL-Time's time:hasBeginning…). */
  List<JsonNode> valuesAnyPrefix(JsonNode node, String localName) {
    List<JsonNode> out = new ArrayList<>();
    if (node == null || !node.isObject()) return out;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String k = e.getKey();
      String local = k.substring(Math.max(k.lastIndexOf(':'), Math.max(k.lastIndexOf('/'), k.lastIndexOf('#'))) + 1);
      if (local.equals(localName)) flatten(e.getValue(), out);
    }
    return out;
  }

  private void flatten(JsonNode v, List<JsonNode> out) {
    if (out.size() >= MAX_VALUES || v == null || v.isNull()) return;
    if (v.isArray()) {
      v.forEach(x -> flatten(x, out));
    } else if (v.isObject() && v.has("@list")) {
      flatten(v.path("@list"), out);
    } else if (v.isObject() && v.size() == 1 && v.has("@id") && byId.containsKey(JsonValues.text(v.path("@id")))) {
      out.add(byId.get(JsonValues.text(v.path("@id"))));
    } else {
      out.add(v);
    }
  }

  List<String> texts(JsonNode node, String property) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : values(node, property)) Payloads.addOnce(out, text(v));
    return out;
  }

  String text(JsonNode node, String property) {
    List<String> all = texts(node, property);
    return all.isEmpty() ? null : all.get(0);
  }

  /** A literal: a scalar, or {@code {"@value": …}}; null for a node. */
  static String text(JsonNode v) {
    if (v == null) return null;
    return v.isObject() ? JsonValues.text(v.path("@value")) : JsonValues.text(v);
  }

  static String lang(JsonNode v) {
    return v != null && v.isObject() ? JsonValues.text(v.path("@language")) : null;
  }

  /** Whether the node's @type names the schema.org type, bare, prefixed or as an IRI. */
  static boolean isType(JsonNode n, String type) {
    if (n == null || !n.isObject()) return false;
    for (String t : JsonValues.texts(n.path("@type"))) {
      for (String prefix : PREFIXES) if (t.equals(prefix + type)) return true;
    }
    return false;
  }

  /** Whether a node is typed as one of the types, or any of their schema.org subtypes named *suffix. */
  static boolean isTypeEndingWith(JsonNode n, String suffix) {
    if (n == null || !n.isObject()) return false;
    return JsonValues.texts(n.path("@type")).stream().anyMatch(t -> t.endsWith(suffix));
  }
}
