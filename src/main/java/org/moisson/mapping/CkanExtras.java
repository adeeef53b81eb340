package org.moisson.mapping;

import static org.moisson.mapping.JsonFields.folded;
import static org.moisson.mapping.JsonFields.items;
import static org.moisson.mapping.JsonFields.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Languages;
import org.moisson.record.Period;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extras of a CKAN package: the {@code extras} list of key/value pairs, or a top-level field of
 * the same name (ckanext-scheming moves them there). Spatial and temporal coverage and languages
 * as ckanext-spatial, ckanext-dcat and data.gov.uk write them.
 */
final class CkanExtras {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final JsonNode pkg;
  private final Map<String, String> extras = new HashMap<>();

  CkanExtras(JsonNode pkg) {
    this.pkg = pkg;
    for (JsonNode e : items(pkg, "extras")) {
      String key = text(e, "key");
      String value = text(e, "value");
      if (key != null && value != null) extras.putIfAbsent(key, value);
    }
  }

  /** The extra's value, else a top-level text field of that name; null when neither is there. */
  String get(String key) {
    String v = extras.get(key);
    return v != null ? v : text(pkg, key);
  }

  /**
   * {@code spatial} is GeoJSON (ckanext-spatial; WKT is read too); one a reader cannot use is
   * dropped without a word, since a bad footprint must not cost the record. {@code spatial_text}
   * names the place.
   */
  void coverage(DatasetBuilder b) {
    String spatial = get("spatial");
    if (spatial != null) GeometryLiterals.read(spatial, false, b);
    Payloads.addOnce(b.places, get("spatial_text"));
    period(first("temporal_start", "temporal_coverage_from", "temporal_coverage-from"),
        first("temporal_end", "temporal_coverage_to", "temporal_coverage-to"), b);
  }

  private static void period(String start, String end, DatasetBuilder b) {
    String s = IsoDates.clean(start);
    String e = IsoDates.clean(end);
    if (s != null || e != null) Payloads.addOnce(b.temporal, new Period(s, e));
  }

  /** One code, a comma-separated list, or a JSON list in a string ("[\"en\", \"fr\"]"). */
  void languages(DatasetBuilder b) {
    String v = get("language");
    if (v == null) {
      for (JsonNode l : items(pkg, "language")) Payloads.addOnce(b.languages, Languages.normalise(text(l)));
      return;
    }
    for (String l : split(v)) Payloads.addOnce(b.languages, Languages.normalise(l));
  }

  private static List<String> split(String v) {
    if (v.startsWith("[")) {
      try {
        JsonNode list = JSON.readTree(v);
        return JsonFields.elements(list).stream().map(JsonFields::text).filter(t -> t != null).toList();
      } catch (JacksonException e) {
        // not JSON after all: read it as a list of codes
      }
    }
    return List.of(v.replaceAll("[\\[\\]\"]", "").split("\\s*[,;]\\s*"));
  }

  private String first(String... keys) {
    for (String k : keys) {
      String v = get(k);
      if (v != null) return v;
    }
    return null;
  }
}
