package org.moisson.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The metadata fields of a Dataverse dataset version by typeName, whichever block holds them
 * (citation, geospatial, a custom block): a field is primitive or controlled vocabulary (one value
 * or a list) or compound (one or a list of objects whose sub-fields are fields again).
 */
final class DataverseFields {
  private final Map<String, JsonNode> values = new LinkedHashMap<>();

  DataverseFields(JsonNode version) {
    for (Map.Entry<String, JsonNode> block : version.path("metadataBlocks").properties()) {
      for (JsonNode field : JsonValues.items(block.getValue().path("fields"))) {
        String type = JsonValues.text(field.path("typeName"));
        if (type != null) values.putIfAbsent(type, field.path("value"));
      }
    }
  }

  /** The values of a primitive or controlled-vocabulary field, one or many. */
  List<String> strings(String type) {
    return JsonValues.texts(values.get(type));
  }

  String string(String type) {
    List<String> all = strings(type);
    return all.isEmpty() ? null : all.get(0);
  }

  List<Compound> compounds(String type) {
    List<Compound> out = new ArrayList<>();
    for (JsonNode v : JsonValues.items(values.get(type))) if (v.isObject()) out.add(new Compound(v));
    return out;
  }

  /** One value of a compound field: its sub-fields by typeName. */
  record Compound(JsonNode node) {
    String get(String sub) {
      List<String> all = all(sub);
      return all.isEmpty() ? null : all.get(0);
    }

    List<String> all(String sub) {
      JsonNode s = node.path(sub);
      return JsonValues.texts(s.isObject() ? s.path("value") : s);
    }
  }
}
