package org.moisson.bench;

import java.util.Locale;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Identifier;
import org.moisson.record.Period;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What the JSON protocols' servers share: one mapper, and the few values every JSON shape repeats. */
final class ServedJson {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String TYPE = "application/json; charset=UTF-8";

  private ServedJson() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static ArrayNode array() {
    return JSON.createArrayNode();
  }

  static ServedProtocol.Reply reply(Object node) {
    return new ServedProtocol.Reply(TYPE, JSON.writeValueAsBytes(node));
  }

  /** The DOI, "10.x/y", or null. */
  static String doi(Dataset d) {
    return d.identifiers().stream().filter(id -> id.scheme() == Identifier.Scheme.DOI).map(Identifier::value)
        .findFirst().orElse(null);
  }

  /** The first box as a GeoJSON polygon, or null. */
  static String geoJson(Dataset d) {
    if (d.spatial().boxes().isEmpty()) return null;
    BoundingBox b = d.spatial().boxes().get(0);
    return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
        b.west(), b.south(), b.east(), b.south(), b.east(), b.north(), b.west(), b.north(), b.west(), b.south());
  }

  static Period period(Dataset d) {
    return d.temporal().isEmpty() ? null : d.temporal().get(0);
  }

  /** A date as the record gives it, made a full timestamp for the formats that want one. */
  static String timestamp(String date) {
    if (date == null) return "2026-01-01T00:00:00Z";
    return date.length() == 4 ? date + "-01-01T00:00:00Z" : date.length() == 7 ? date + "-01T00:00:00Z"
        : date.length() == 10 ? date + "T00:00:00Z" : date;
  }
}
