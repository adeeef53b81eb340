package org.moisson.rdf;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one repair made to third-party contexts when they are loaded (the cached file keeps the
 * upstream bytes): a term named like a compact IRI whose prefix the context does not define, and
 * whose IRI is not the term itself, is dropped.
 *
 * <p>Why: JSON-LD 1.1 (Create Term Definition, step 14.2.3) expands such a term as an absolute IRI
 * with the prefix as its scheme, finds it differs from the IRI given, and rejects the whole
 * context with INVALID_IRI_MAPPING. The official DCAT-AP 3.0.0 context has five of them
 * ({@code "Xsd:dateTime": "http://www.w3.org/2001/XMLSchema#dateTime"}…, no {@code Xsd} prefix),
 * so without this no page using it could be read. A document could never use those terms anyway.
 *
 * <p>Narrow on purpose: only the term definitions directly in the document's top-level
 * {@code @context} (an object, or the objects of an array) are looked at, not scoped contexts;
 * a key ending in {@code ://…} (an absolute IRI written as a term) is left alone; and a prefix is
 * "defined" when the same context object has a term of that name. A context that relies on a
 * prefix defined by another context loses such terms, which only costs those terms.
 */
final class ContextRepair {
  private static final Pattern COMPACT_IRI = Pattern.compile("([A-Za-z][A-Za-z0-9._-]*):(?!//)(.+)");

  private ContextRepair() {}

  /** @param json the repaired document, or the given one when nothing was dropped */
  record Result(JsonStructure json, List<String> dropped) {}

  static Result repair(JsonStructure document) {
    if (!(document instanceof JsonObject root) || !root.containsKey("@context")) {
      return new Result(document, List.of());
    }
    List<String> dropped = new ArrayList<>();
    JsonValue context = root.get("@context");
    JsonValue repaired = context;
    if (context instanceof JsonObject object) {
      repaired = repairContext(object, dropped);
    } else if (context instanceof JsonArray array) {
      JsonArrayBuilder b = Json.createArrayBuilder();
      for (JsonValue v : array) b.add(v instanceof JsonObject o ? repairContext(o, dropped) : v);
      repaired = b.build();
    }
    if (dropped.isEmpty()) return new Result(document, List.of());
    return new Result(Json.createObjectBuilder(root).add("@context", repaired).build(), List.copyOf(dropped));
  }

  private static JsonObject repairContext(JsonObject context, List<String> dropped) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> term : context.entrySet()) {
      if (undefinedPrefix(term.getKey(), term.getValue(), context)) {
        dropped.add(term.getKey());
      } else {
        b.add(term.getKey(), term.getValue());
      }
    }
    return b.build();
  }

  private static boolean undefinedPrefix(String term, JsonValue definition, JsonObject context) {
    Matcher m = COMPACT_IRI.matcher(term);
    if (!m.matches() || context.containsKey(m.group(1))) return false;
    String iri = null;
    if (definition instanceof JsonString s) {
      iri = s.getString();
    } else if (definition instanceof JsonObject o && o.get("@id") instanceof JsonString id) {
      iri = id.getString();
    }
    // without an IRI of its own the term is its own IRI, which JSON-LD accepts
    return iri != null && !iri.equals(term);
  }
}
