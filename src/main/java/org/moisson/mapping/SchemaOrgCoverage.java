package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import org.moisson.record.BoundingBox;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * spatialCoverage and temporalCoverage. Shapes follow schema.org: a GeoShape box is "south west
 * north east" and a polygon a list of "latitude longitude" pairs (latitude first, unlike WKT and
 * GeoJSON), separated by spaces or commas as the page wrote them. Time is "start/end" in ISO 8601
 * with ".." for an open end, or OWL-Time intervals and instants (science-on-schema.org's way);
 * geological times (millions of years) are no ISO date and are left out.
 */
final class SchemaOrgCoverage {
  private SchemaOrgCoverage() {}

  static void map(SchemaOrgJson j, JsonNode ds, DatasetBuilder b) {
    List<JsonNode> places = new ArrayList<>(j.values(ds, "spatialCoverage"));
    places.addAll(j.values(ds, "spatial"));
    for (JsonNode place : places) {
      if (!place.isObject() || place.has("@value")) {
        Payloads.addOnce(b.places, DataCiteGeo.place(SchemaOrgJson.text(place)));
        continue;
      }
      Payloads.addOnce(b.places, j.text(place, "name"));
      List<JsonNode> geos = new ArrayList<>(j.values(place, "geo"));
      if (geos.isEmpty()) geos.add(place); // a GeoShape or GeoCoordinates given as the coverage itself
      for (JsonNode geo : geos) shape(j, geo, b);
    }
    for (JsonNode t : j.values(ds, "temporalCoverage")) Payloads.addOnce(b.temporal, period(j, t));
  }

  private static void shape(SchemaOrgJson j, JsonNode geo, DatasetBuilder b) {
    for (String box : j.texts(geo, "box")) {
      double[] v = numbers(box);
      if (v != null && v.length == 4) Payloads.addOnce(b.boxes, DataCiteGeo.box(v[1], v[0], v[3], v[2]));
    }
    for (String polygon : j.texts(geo, "polygon")) Payloads.addOnce(b.polygons, polygon(polygon));
    Double lat = DataCiteGeo.number(j.text(geo, "latitude"));
    Double lon = DataCiteGeo.number(j.text(geo, "longitude"));
    if (lat != null && lon != null) Payloads.addOnce(b.points, DataCiteGeo.point(lon, lat));
  }

  private static Polygon polygon(String text) {
    double[] v = numbers(text);
    if (v == null || v.length < 6 || v.length % 2 != 0) return null;
    List<Point> ring = new ArrayList<>();
    for (int i = 0; i < v.length; i += 2) {
      Point p = DataCiteGeo.point(v[i + 1], v[i]);
      if (p == null) return null;
      ring.add(p);
    }
    return ring.stream().distinct().count() >= 3 ? new Polygon(ring) : null;
  }

  private static double[] numbers(String text) {
    String[] parts = text.strip().split("[\\s,]+");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Double d = DataCiteGeo.number(parts[i]);
      if (d == null) return null;
      out[i] = d;
    }
    return out;
  }

  private static Period period(SchemaOrgJson j, JsonNode t) {
    String text = SchemaOrgJson.text(t);
    if (text != null) return IsoDates.period(text);
    List<JsonNode> begin = j.valuesAnyPrefix(t, "hasBeginning");
    List<JsonNode> end = j.valuesAnyPrefix(t, "hasEnd");
    if (begin.isEmpty() && end.isEmpty()) {
      String instant = instant(j, t);
      return instant == null ? null : new Period(instant, instant);
    }
    String s = begin.isEmpty() ? null : instant(j, begin.get(0));
    String e = end.isEmpty() ? null : instant(j, end.get(0));
    return s == null && e == null ? null : new Period(s, e);
  }

  /** An OWL-Time instant's ISO date, whichever of its XSD positions it uses. */
  private static String instant(SchemaOrgJson j, JsonNode instant) {
    for (String p : List.of("inXSDDateTimeStamp", "inXSDDateTime", "inXSDDate", "inXSDgYear")) {
      for (JsonNode v : j.valuesAnyPrefix(instant, p)) {
        String d = IsoDates.clean(SchemaOrgJson.text(v));
        if (d != null) return d;
      }
    }
    return null;
  }
}
